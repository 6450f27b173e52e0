"""Parts of a model on their own: one criterion checked alone, unit fields fitted to a layer."""

from __future__ import annotations

import pytest

from riskmap_plugin.core import DataError, ModelError, load_model, parse_model
from riskmap_plugin.core.model import CriterionProblem, criterion_problems, fit_units_fields


def districts_model(**units):
    return load_model(
        {
            "riskmap_model": 1,
            "name": "m",
            "as_of": "2018-01-31",
            "units": {"layer": "districts", "id_field": "ADM2_PCODE", **units},
            "criteria": [{"id": "a", "layer": "events", "measure": "count"}],
        }
    )


def test_a_layer_with_the_models_fields_keeps_the_model():
    model = districts_model(name_field="ADM2_EN")
    assert fit_units_fields(model, {"ADM2_PCODE", "ADM2_EN", "x"}, "districts") is model


def test_a_generated_grid_gives_its_own_fields_in_model_and_document():
    model = districts_model(name_field="ADM2_EN", population_field="pop")
    fitted = fit_units_fields(model, {"unit_id", "unit_name", "fid"}, "hexagons")
    assert (fitted.units.id_field, fitted.units.name_field) == ("unit_id", "unit_name")
    assert fitted.units.population_field is None
    assert fitted.document["units"] == {
        "layer": "districts",
        "id_field": "unit_id",
        "name_field": "unit_name",
    }
    assert model.units.id_field == "ADM2_PCODE"  # a value: the original is unchanged


def test_a_layer_without_either_set_of_fields_names_what_is_missing():
    with pytest.raises(DataError) as caught:
        fit_units_fields(districts_model(name_field="ADM2_EN"), {"ADM2_EN", "fid"}, "mine")
    message = str(caught.value)
    assert "units layer 'districts'" in message
    assert "'mine' lacks the field(s) ADM2_PCODE" in message
    assert "unit_id and unit_name" in message


EVENTS = {"id": "incidents", "layer": "events", "measure": "count"}


@pytest.mark.parametrize(
    ("change", "key", "what"),
    [
        ({"measure": "sum"}, "measure", "unknown value 'sum'"),
        ({"window": {"days": -1}}, "window → days", "must be between 1 and 36525, found -1"),
        ({"wieght": 2}, "", "unknown key 'wieght'"),
        ({"layer": None}, "layer", "the measure 'count' needs a layer"),
        ({"id": None}, "id", "this key is required but missing"),
    ],
)
def test_one_criterion_is_checked_on_its_own_with_the_key_named(change, key, what):
    criterion = {k: v for k, v in {**EVENTS, **change}.items() if v is not None}
    (problem,) = criterion_problems(criterion)
    assert (problem.key, problem.what) == (key, what)
    assert str(problem) == (f"{key}: {what}" if key else what)


def test_a_criterion_alone_gives_the_same_verdict_as_in_a_model():
    bad = {**EVENTS, "window": {"days": -1}}
    document = {
        "riskmap_model": 1,
        "name": "m",
        "as_of": "2018-01-31",
        "units": {"layer": "u", "id_field": "id"},
        "criteria": [dict(EVENTS, id="other"), bad],
    }
    with pytest.raises(ModelError) as caught:
        parse_model(document)
    (problem,) = criterion_problems(bad)
    assert caught.value.where == "criteria[1] 'incidents' → " + problem.key
    assert caught.value.what == problem.what


def test_a_valid_criterion_and_a_weight_of_zero_alone_are_no_problem():
    # All weights 0 is a whole-model check (the table says it for the table).
    assert criterion_problems(EVENTS) == []
    assert criterion_problems({**EVENTS, "weight": 0}) == []
    assert criterion_problems(["not", "an", "object"]) == [
        CriterionProblem("", "expected an object, found a list", 'write it as {"key": value, …}')
    ]
