"""What the data cannot show reaches the run's warnings through the QGIS reading path too:
only the needed columns are read, so known datasets and snapshot fields must be asked for."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest
from qgis_test_helpers import SAMPLE_GPKG, SAMPLE_MODEL, needs_sample

from riskmap_plugin.qgis_adapter.runner import compute, prepare_inputs

pytestmark = needs_sample()


@pytest.fixture()
def sample_copy(tmp_path):
    shutil.copy2(SAMPLE_GPKG, tmp_path / SAMPLE_GPKG.name)
    shutil.copy2(SAMPLE_MODEL, tmp_path / SAMPLE_MODEL.name)
    return tmp_path / SAMPLE_MODEL.name


def test_a_snapshot_after_the_as_of_date_and_the_precision_rule_are_said(qgis_app, sample_copy):
    prepared = prepare_inputs(sample_copy, as_of=dt.date(2016, 6, 30))
    # The model names neither where_prec nor snapshot_date: the field names ask for them.
    assert "where_prec" in prepared.readers["events"].columns
    assert "snapshot_date" in prepared.readers["returnees"].columns
    warnings = compute(prepared).warnings
    for layer in ("returnees", "idps"):
        assert any(
            w.startswith(f"layer '{layer}': its data are a snapshot of 2017-12-31, after the "
                         "as-of date 2016-06-30") for w in warnings
        ), warnings  # fmt: skip
    # The sample's units are sub-districts: the rule by grain is "within 25 km" (UCDP 1-2).
    assert prepared.model.units.layer == "subdistricts"
    precision = [w for w in warnings if w.startswith("criterion 'incidents'") and "coarsely" in w]
    assert len(precision) == 1, precision
    assert "located to within 25 km or better ('where_prec')" in precision[0]
    assert _coarse_share("2016-06-30") in precision[0]
    assert any("'best' of at least 1" in w for w in warnings)


def test_no_snapshot_warning_at_the_sample_date(qgis_app, sample_copy):
    warnings = compute(prepare_inputs(sample_copy)).warnings
    assert not any("snapshot" in w for w in warnings)
    precision = [w for w in warnings if w.startswith("criterion 'incidents'") and "coarsely" in w]
    expected = _coarse_share("2018-01-31")
    assert len(precision) == 1 and expected in precision[0], (expected, precision)


def _coarse_share(as_of: str) -> str:
    """Independently, in SQL: the criterion's IS events up to ``as_of``, and those located
    more coarsely than within 25 km (UCDP where_prec 3+), as the warning words them."""
    dyads = "'Government of Iraq - IS', 'IS - Civilians', 'IS - JRTN', 'Government of Turkey - IS'"
    base = f"FROM events WHERE dyad_name IN ({dyads}) AND date_start <= '{as_of}'"
    with sqlite3.connect(SAMPLE_GPKG) as db:
        assert db.execute("SELECT count(*) FROM subdistricts").fetchone()[0] == 294
        total = db.execute(f"SELECT count(*) {base}").fetchone()[0]
        coarse = db.execute(f"SELECT count(*) {base} AND NOT where_prec <= 2").fetchone()[0]
    return f"{coarse} of {total} events ({round(100 * coarse / total)} %)"
