"""A result's warnings are stored with their keys and read back in the reader's language."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pandas as pd
import pytest
from languages import qgis_in_language
from test_output import _result

from riskmap_plugin.core.messages import provenance_warnings, warning
from riskmap_plugin.qgis_adapter.output import read_provenance, write_result
from riskmap_plugin.qgis_adapter.provenance import build_provenance
from riskmap_plugin.report.content.notes import caveats
from riskmap_plugin.report.phrases import briefing_words

#: A layer name the English text alone cannot be parsed back from (a line break in it).
LAYER = "events\n2018"


def _stored(tmp_path, warnings, *, with_keys: bool = True) -> dict:
    """The provenance of a result GeoPackage written with ``warnings``, as read back."""
    now = dt.datetime(2018, 2, 1, 12, 0)
    provenance = build_provenance(
        SimpleNamespace(name="test", as_of="2018-01-31"),
        [],
        started=now,
        finished=now,
        warnings=warnings,
    )
    if not with_keys:  # as RiskMap 0.3.0 wrote it: the English texts only
        provenance.pop("warning_keys")
    return read_provenance(write_result(_result(), tmp_path / "out.gpkg", provenance=provenance))


def _caveats(provenance: dict) -> list[str]:
    return caveats(pd.DataFrame(), [], [], provenance, briefing_words())


def test_a_stored_warning_reads_back_in_french(qgis_app, tmp_path):
    stored = _stored(tmp_path, [warning("made_valid", layer=LAYER, count=12)])
    assert stored["warning_keys"] == [["made_valid", {"layer": LAYER, "count": "12"}]]
    with qgis_in_language("fr"):
        said = _caveats(stored)
    assert said == [f"Couche « {LAYER} » : 12 géométries invalides ont été réparées."]


def test_an_old_result_with_english_warnings_still_opens_and_is_translated(qgis_app, tmp_path):
    stored = _stored(tmp_path, [warning("no_values", criterion="returns")], with_keys=False)
    assert "warning_keys" not in stored
    assert provenance_warnings(stored) == [
        "criterion 'returns': no unit has a value; it was left out"
    ]
    with qgis_in_language("fr"):
        said = _caveats(stored)
    assert len(said) == 1 and "returns" in said[0] and "no unit has a value" not in said[0]


@pytest.mark.parametrize("language", ["ar", "ckb", "fr"])
def test_the_run_warning_is_said_from_its_key_in_each_language(qgis_app, language):
    from riskmap_plugin.qgis_adapter.wording_warnings import say_warning

    with qgis_in_language(language):
        said = say_warning(warning("made_valid", layer=LAYER, count=12))
    assert LAYER in said and "were made valid" not in said
    assert ("١٢" if language in ("ar", "ckb") else "12") in said
