"""The model document: validation messages name the key, unknown keys fail, round trips hold."""

from __future__ import annotations

import copy
import json

import pytest
from conftest import SAMPLE

from riskmap_plugin.core import ModelError, load_model, parse_model


def minimal(**criterion) -> dict:
    base = {"id": "incidents", "label": "Security incidents", "layer": "events", "measure": "count"}
    base.update(criterion)
    return {
        "riskmap_model": 1,
        "name": "Test",
        "as_of": "2018-01-31",
        "units": {"layer": "districts", "id_field": "ADM2_PCODE"},
        "criteria": [base],
    }


def error_of(document) -> str:
    with pytest.raises(ModelError) as caught:
        parse_model(document)
    return str(caught.value)


def test_sample_model_loads_with_all_criteria_of_the_brief():
    model = load_model(SAMPLE / "stabilization_2018.json")
    ids = {c.id for c in model.criteria}
    assert {
        "incidents",
        "sleeper_cells",
        "supportive_groups",
        "preachers",
        "border",
        "flashpoints",
        "ethnic_mix",
        "returns",
        "small_attacks",
        "vs_2013",
    } <= ids
    assert model.as_of.isoformat() == "2018-01-31"


def test_round_trip_keeps_every_key_and_value():
    text = (SAMPLE / "stabilization_2018.json").read_text(encoding="utf-8")
    model = load_model(text)
    assert json.loads(model.to_json()) == json.loads(text)
    assert load_model(model.to_json()) == model


def test_sample_model_matches_the_json_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((SAMPLE.parent / "model.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads((SAMPLE / "stabilization_2018.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    bad = copy.deepcopy(document)
    bad["criteria"][0]["wieght"] = 2
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


@pytest.mark.parametrize(
    "change, words",
    [
        ({"weight": "3"}, ["criteria[0] 'incidents' → weight", "expected a number"]),
        ({"measure": "tally"}, ["criteria[0] 'incidents' → measure", "unknown value 'tally'"]),
        ({"weight": -1}, ["criteria[0] 'incidents' → weight", "at least 0"]),
        ({"weight": 0}, ["all weights are 0"]),
        ({"window": {"days": 180}}, ["criteria[0] 'incidents' → window", "needs a date field"]),
        ({"wieght": 2}, ["criteria[0] 'incidents'", "unknown key 'wieght'"]),
        ({"normalise": {"method": "goalposts", "min": 0}}, ["normalise → max", "required"]),
        ({"measure": "severity_sum"}, ["criteria[0] 'incidents' → field", "needs a field"]),
        (
            {"measure": "change", "date_field": "d", "window": {"days": 9}},
            ["→ reference", "reference period"],
        ),
        ({"id": "bad id!"}, ["→ id", "not a valid id"]),
        ({"filter": {"field": "x", "op": "like", "value": 1}}, ["filter → op", "unknown value"]),
    ],
)
def test_bad_criteria_name_the_criterion_and_the_key(change, words):
    message = error_of(minimal(**change))
    for word in words:
        assert word in message


def test_unknown_top_level_key_and_wrong_types_are_rejected():
    document = minimal()
    document["colour"] = "red"
    assert "unknown key 'colour'" in error_of(document)
    document = minimal()
    document["as_of"] = "31/01/2018"
    assert "as_of" in error_of(document) and "YYYY-MM-DD" in error_of(document)
    document = minimal()
    document["criteria"] = {"id": "x"}
    assert "criteria" in error_of(document) and "expected a list" in error_of(document)


def test_version_and_duplicates_and_classes():
    document = minimal()
    document["riskmap_model"] = 2
    assert "version 2 is not supported" in error_of(document)
    document = minimal()
    document["criteria"].append(dict(document["criteria"][0]))
    assert "used twice" in error_of(document)
    document = minimal()
    document["classes"] = {"method": "jenks", "count": 3, "labels": ["a", "b"]}
    assert "2 labels for 3 classes" in error_of(document)
    document = minimal()
    document["areas"] = {"min_class": "Extreme"}
    assert "min_class" in error_of(document)


def test_truncated_and_huge_files_give_clear_errors(tmp_path):
    truncated = tmp_path / "truncated.json"
    truncated.write_text((SAMPLE / "stabilization_2018.json").read_text()[:300])
    with pytest.raises(ModelError, match="not valid JSON"):
        load_model(truncated)
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (10 * 1024 * 1024 + 1))
    with pytest.raises(ModelError, match="larger than 10 MB"):
        load_model(huge)
    with pytest.raises(ModelError, match="does not exist"):
        load_model(tmp_path / "missing.json")


def test_overrides_replace_as_of_and_units():
    import datetime as dt

    model = parse_model(minimal())
    changed = model.with_overrides(as_of=dt.date(2017, 6, 30), units_layer="hexagons")
    assert changed.as_of == dt.date(2017, 6, 30) and changed.units.layer == "hexagons"
    assert model.as_of == dt.date(2018, 1, 31)


def _reparsed(document: dict, as_of=None, units_layer=None, units_fields=None):
    """What the overrides meant before they became a method: edit the document, parse it."""
    document = copy.deepcopy(document)
    if as_of is not None:
        document["as_of"] = as_of.isoformat()
    if units_layer is not None:
        units = {k: v for k, v in document["units"].items() if k != "grid"}
        document["units"] = {**units, "layer": units_layer}
    for key, value in (units_fields or {}).items():
        if value is None:
            document["units"].pop(key, None)
        else:
            document["units"][key] = value
    return parse_model(document)


@pytest.mark.parametrize(
    "units",
    [
        {"layer": "districts", "id_field": "ADM3_PCODE"},
        {"grid": {"cell_km": 10, "boundary": "country"}, "id_field": "ADM2_PCODE"},
        {"grid": {"cell_km": 10}, "id_field": "cell", "grain": "province"},
        {"layer": "districts", "id_field": "PCODE", "grain": "grid"},
        {"layer": "districts", "id_field": "ADM1_PCODE", "population_field": "pop"},
    ],
)
def test_overrides_give_the_model_the_edited_document_would_give(units):
    import datetime as dt

    document = {**minimal(), "units": units}
    model = parse_model(document)
    grid_fields = {"id_field": "unit_id", "name_field": "unit_name"}
    cases = [
        (dt.date(2017, 6, 30), None, None),
        (None, "hexagons", None),
        (dt.date(1999, 1, 1), "x", None),
        (None, None, grid_fields),
        (None, "hexagons", {**grid_fields, "population_field": None}),
        (None, None, {"id_field": "ADM3_PCODE"}),
    ]
    for as_of, layer, fields in cases:
        expected = _reparsed(document, as_of, layer, fields)
        changed = model.with_overrides(as_of=as_of, units_layer=layer, units_fields=fields)
        assert changed == expected, (as_of, layer, fields)
        assert changed.to_dict() == expected.to_dict()


def test_overrides_are_checked_as_the_document_would_be():
    import datetime as dt

    grid_without_id = {**minimal(), "units": {"grid": {"cell_km": 10}}}
    with pytest.raises(ModelError, match="units → id_field") as raised:
        _reparsed(grid_without_id, units_layer="hexagons")
    with pytest.raises(ModelError) as changed:
        parse_model(grid_without_id).with_overrides(units_layer="hexagons")
    assert str(changed.value) == str(raised.value)
    with pytest.raises(ModelError, match="out of range"):
        parse_model(minimal()).with_overrides(as_of=dt.date(1800, 1, 1))
    with pytest.raises(ModelError, match="units → id_field") as raised:
        _reparsed(minimal(), units_fields={"id_field": None})
    with pytest.raises(ModelError) as changed:
        parse_model(minimal()).with_overrides(units_fields={"id_field": None})
    assert str(changed.value) == str(raised.value)


def test_an_as_of_override_is_checked_on_the_date_itself(monkeypatch):
    """The document's rule and words, without writing the date out and reading it back."""
    import datetime as dt

    from riskmap_plugin.core.model import reader

    model = parse_model(minimal())
    too_early, too_late = dt.date(1899, 12, 31), dt.date(2201, 1, 1)
    expected = [error_of({**minimal(), "as_of": d.isoformat()}) for d in (too_early, too_late)]
    fix = "give a date between 1900-01-01 and 2200-12-31"
    assert expected[0] == f"as_of: the date 1899-12-31 is out of range — {fix}"

    def read_back(self, key, required=False):
        raise AssertionError(f"{key} was written into a document and read back")

    monkeypatch.setattr(reader.Reader, "date", read_back)
    for date, message in zip((too_early, too_late), expected):
        with pytest.raises(ModelError) as caught:
            model.with_overrides(as_of=date)
        assert str(caught.value) == message
    for date in (reader.FIRST_DATE, reader.LAST_DATE):
        changed = model.with_overrides(as_of=date)
        assert changed.as_of == date and changed.to_dict()["as_of"] == date.isoformat()
