"""Every translatable word has one home: marked where it is defined, found in each catalogue.

The core imports no Qt, so its tables are marked with its own ``QT_TRANSLATE_NOOP``
(``core/translatable.py``); ``make transup`` (pylupdate5) must collect them, and each
catalogue must translate every one of them, keeping the {fields}.
"""

from __future__ import annotations

import shutil
import string
import subprocess
import xml.etree.ElementTree as ET

import pytest

from riskmap_plugin.core.error_words import ERRORS
from riskmap_plugin.core.explain import TEMPLATES
from riskmap_plugin.core.messages import WARNINGS
from riskmap_plugin.report.content.words import ENGLISH as BRIEFING

#: Every table of the core and the pure report, with the context it is marked under.
TABLES = {
    "RiskMapAnnotations": TEMPLATES,
    "RiskMapWarnings": WARNINGS,
    "RiskMapBriefing": BRIEFING,
    "RiskMapErrors": ERRORS,
}


def _entries(ts_file) -> dict[tuple[str, str], str | None]:
    """(context, source) → finished translation (None when unfinished or empty)."""
    entries = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation.get("type") not in ("unfinished", "obsolete")
            entries[(name, message.findtext("source"))] = (
                translation.text if done and (translation.text or "").strip() else None
            )
    return entries


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("language", ["ar", "ckb", "fr"])
def test_every_marked_text_is_translated_in_each_catalogue(language, repo_root):
    entries = _entries(repo_root / "i18n" / f"riskmap_{language}.ts")
    missing, broken = [], []
    for context, table in TABLES.items():
        for key, text in table.items():
            translation = entries.get((context, text))
            if translation is None:
                missing.append((context, key))
            elif _fields(translation) != _fields(text):
                broken.append((context, key, translation))
    assert not missing, missing
    assert not broken, broken


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pylupdate5 not installed")
def test_pylupdate5_collects_the_core_marker(repo_root, tmp_path):
    """What ``make transup`` runs: each marked text lands under its context."""
    sources = sorted(
        str(p) for p in (repo_root / "riskmap_plugin").rglob("*.py") if "__pycache__" not in p.parts
    )
    ts_file = tmp_path / "collected.ts"
    subprocess.run(
        ["pylupdate5", "-noobsolete", *sources, "-ts", str(ts_file)],
        check=True,
        capture_output=True,
    )
    collected = set(_entries(ts_file))
    missed = [
        (context, key)
        for context, table in TABLES.items()
        for key, text in table.items()
        if (context, text) not in collected
    ]
    assert not missed, missed


def test_an_error_keeps_its_key_and_fields_through_the_child_process():
    import pickle

    from riskmap_plugin.core.errors import Canceled, DataError
    from riskmap_plugin.core.model import parse_model

    with pytest.raises(Exception) as raised:
        parse_model({"riskmap_model": 1, "name": "m", "as_of": "31/01/2018"})
    error = pickle.loads(pickle.dumps(raised.value))
    assert error.key == "not_a_date" and error.fields == {"value": "31/01/2018"}
    assert str(error) == str(raised.value)
    assert error.said({"not_a_date": "« {value} » ?"}).startswith("as_of: « 31/01/2018 » ?")
    assert isinstance(pickle.loads(pickle.dumps(Canceled())), Canceled)
    missing = DataError.of("no_field", "layer 'events'", field="date", options="a, b")
    assert str(missing) == "layer 'events': the field 'date' does not exist — pick one of: a, b"
    assert missing.said({"no_field": "{oops}"}) == str(missing)  # a broken template: English


def _criterion_error(criterion: dict):
    from riskmap_plugin.core.model import parse_model

    model = {"riskmap_model": 1, "name": "m", "as_of": "2018-01-31"}
    model.update(units={"layer": "u", "id_field": "PCODE"}, criteria=[criterion])
    with pytest.raises(Exception) as raised:
        parse_model(model)
    return raised.value


def test_a_criterion_validation_error_keeps_its_key_and_fields_in_another_table():
    criterion = {"id": "a", "layer": "events", "measure": "count", "reference": {"year": 1800}}
    error = _criterion_error(criterion)
    assert error.key == "year_out_of_range" and error.fields == {"year": 1800}
    assert str(error).endswith("reference: the reference year 1800 is out of range")
    french = {"year_out_of_range": "l’année {year} est hors limites"}
    assert error.said(french).endswith("reference: l’année 1800 est hors limites")
    # The window's fix is a template of its own, with the example as a field.
    error = _criterion_error({**criterion, "reference": None, "window": {"days": 30, "months": 2}})
    said = error.said({"one_window_length": "un seul", "for_example": "p. ex. {example}"})
    assert said.endswith(': un seul — p. ex. {"days": 180}')
    assert str(error).endswith(
        'give exactly one of days, months or start (with optional end) — e.g. {"days": 180}'
    )
