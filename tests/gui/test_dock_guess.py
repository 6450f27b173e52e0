"""The automatic layer guess and the row checks: plain Python, no QGIS needed."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from riskmap_plugin.gui.criteria_rules import layer_need, row_problems
from riskmap_plugin.gui.document import UnitsChoice, build_run
from riskmap_plugin.gui.layer_guess import LayerInfo, LayerNeed, families, guess_layers

SAMPLE_MODEL = Path(__file__).resolve().parents[2] / "resources/sample/stabilization_2018.json"
SAMPLE_LAYERS = [
    LayerInfo(
        "s",
        "Sleeper-cell reports (illustrative — not real data)",
        "sleeper_cells_illustrative",
        "point",
        ("date_reported",),
    ),
    LayerInfo(
        "p", "Extremist preachers (illustrative — not real data)", "preachers_illustrative", "point"
    ),
    LayerInfo(
        "g",
        "Supportive political groups (illustrative — not real data)",
        "supportive_groups_illustrative",
        "point",
    ),
    LayerInfo(
        "f",
        "Political flashpoints (illustrative — not real data)",
        "flashpoints_illustrative",
        "polygon",
    ),
    LayerInfo(
        "m",
        "Ethnic and religious mix (illustrative — not real data)",
        "ethnic_mix_illustrative",
        "polygon",
        ("share_sunni_arab", "share_shia_arab", "share_kurd", "share_turkmen", "share_other"),
    ),
    LayerInfo("t", "Towns (GeoNames)", "towns", "point", ("name", "population")),
    LayerInfo(
        "r", "Returnees (IOM DTM, 31 Dec 2017)", "returnees", "point", ("returnee_individuals",)
    ),
    LayerInfo("i", "IDPs (IOM DTM, 31 Dec 2017)", "idps", "point", ("idp_individuals",)),
    LayerInfo(
        "e",
        "Security incidents (UCDP GED)",
        "events",
        "point",
        ("date_start", "best", "where_prec", "dyad_name"),
    ),
    LayerInfo("b", "Iraq–Syria border", "border", "line"),
    LayerInfo("x", "International boundaries", "international_boundaries", "line"),
    LayerInfo("s3", "Sub-districts (ADM3)", "subdistricts", "polygon", ("ADM3_PCODE",)),
    LayerInfo("d", "Districts (ADM2)", "districts", "polygon", ("ADM2_PCODE", "ADM2_EN")),
]


def test_every_sample_criterion_finds_its_layer_by_table():
    criteria = json.loads(SAMPLE_MODEL.read_text(encoding="utf-8"))["criteria"]
    references = sorted({c["layer"] for c in criteria})
    guesses = guess_layers([layer_need(r, criteria) for r in references], SAMPLE_LAYERS)
    assert {r: g.layer_id for r, g in guesses.items()} == {
        "border": "b",
        "ethnic_mix_illustrative": "m",
        "events": "e",
        "flashpoints_illustrative": "f",
        "preachers_illustrative": "p",
        "returnees": "r",
        "sleeper_cells_illustrative": "s",
        "supportive_groups_illustrative": "g",
    }
    assert {g.how for g in guesses.values()} == {"table"}


def test_keywords_when_names_differ():
    layers = [
        LayerInfo("a", "ACLED attacks 2017", "acled", "point", ("event_date",)),
        LayerInfo("c", "Known cells", None, "point"),
        LayerInfo("k", "Kurdistan frontier", None, "line"),
        LayerInfo("v", "Villages", None, "point"),
        LayerInfo("s", "Sub-district boundaries", None, "polygon"),
        LayerInfo("d", "District boundaries", None, "polygon"),
    ]
    needs = [
        LayerNeed("events", frozenset({"point"}), ("event_date",)),
        LayerNeed("sleeper_cells", frozenset({"point"})),
        LayerNeed("border"),
        LayerNeed("towns", frozenset({"point"})),
        LayerNeed("districts", frozenset({"polygon"})),
    ]
    guesses = guess_layers(needs, layers)
    assert {r: g.layer_id for r, g in guesses.items()} == {
        "events": "a",
        "sleeper_cells": "c",
        "border": "k",
        "towns": "v",
        "districts": "d",
    }
    assert {g.how for g in guesses.values()} == {"keyword"}


def test_unfit_geometry_or_missing_fields_lose():
    layers = [
        LayerInfo("poly", "Flashpoint areas", None, "polygon"),
        LayerInfo("pts", "Flashpoint sites", None, "point"),
    ]
    guess = guess_layers([LayerNeed("flashpoints", frozenset({"polygon"}))], layers)
    assert guess["flashpoints"].layer_id == "poly"
    nothing = guess_layers([LayerNeed("preachers")], layers)
    assert nothing == {}
    fields = [
        LayerInfo("a", "Incidents A", None, "point"),
        LayerInfo("b", "Incidents B", None, "point", ("date",)),
    ]
    picked = guess_layers([LayerNeed("incidents", frozenset({"point"}), ("date",))], fields)
    assert picked["incidents"].layer_id == "b"


def test_word_starts_not_substrings():
    assert families("IDPs (IOM DTM)") == {"idp"}
    assert "town" not in families("Ethnicity survey")
    assert families("Sub-districts (ADM3)") == {"subdistrict"}


def test_rows_explain_why_they_cannot_run():
    events = LayerInfo("e", "Events", "events", "point", ("best",))
    windowed = {"measure": "count", "date_field": "date_start", "window": {"days": 180}}
    assert row_problems(windowed, None) == ["no layer chosen"]
    assert row_problems(windowed, events) == [
        "this layer has no date field 'date_start' for a window"
    ]
    assert row_problems({"measure": "count", "window": {"days": 30}}, events) == [
        "a window needs a date field: choose one"
    ]
    assert row_problems({"measure": "area_share"}, events) == [
        "'area_share' needs polygons; this layer has points"
    ]
    assert row_problems({"measure": "severity_sum", "field": "best"}, events) == []


def test_build_run_maps_references_and_splits_conflicts():
    base = {
        "riskmap_model": 1,
        "name": "x",
        "as_of": "2018-01-31",
        "units": {"layer": "districts", "id_field": "P", "population_field": "pop"},
        "places": {
            "layer": "towns",
            "name_field": "name",
            "population_field": "population",
            "feature_code_field": "code",
            "name_fields": {"ar": "name_ar", "ckb": "name_ku"},
        },
        "classes": {"count": 4},
    }
    rows = [
        ({"id": "a", "layer": "events", "measure": "count"}, "E1"),
        ({"id": "b", "layer": "events", "measure": "count"}, "E2"),
    ]
    units = UnitsChoice(
        layer_id="D",
        id_field="P",
        name_field="N",
        layer_fields=("P", "N"),
        places_id="T",
        places_name="name",
        places_fields=("name",),
    )
    import datetime as dt

    document, layer_map = build_run(
        base, name="Mine", as_of=dt.date(2018, 2, 1), rows=rows, units=units
    )
    assert layer_map == {"districts": "D", "towns": "T", "events": "E1", "events_2": "E2"}
    assert [c["layer"] for c in document["criteria"]] == ["events", "events_2"]
    assert document["units"] == {"layer": "districts", "id_field": "P", "name_field": "N"}
    # Fields the chosen towns layer does not have are dropped, not left to fail the run.
    assert document["places"] == {"layer": "towns", "name_field": "name"}
    assert (document["name"], document["as_of"]) == ("Mine", "2018-02-01")
    richer = dataclasses.replace(units, places_fields=("name", "code", "name_ar"))
    document, _ = build_run(base, name="Mine", as_of=dt.date(2018, 2, 1), rows=rows, units=richer)
    assert document["places"] == {
        "layer": "towns",
        "name_field": "name",
        "feature_code_field": "code",
        "name_fields": {"ar": "name_ar"},
    }
    assert document["classes"] == {"count": 4}
