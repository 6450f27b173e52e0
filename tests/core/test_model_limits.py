"""Numbers, dates and JSON a model may not hold (issue #15): each is a ModelError naming
the key, never a hang, an overflow or another exception. The JSON schema says the same."""

from __future__ import annotations

import copy
import json

import pytest
from conftest import SAMPLE as SAMPLE_FOLDER

from riskmap_plugin.core import ModelError, load_model, parse_model

SAMPLE = SAMPLE_FOLDER / "stabilization_2018.json"
SCHEMA = SAMPLE_FOLDER.parents[0] / "model.schema.json"


def sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def with_change(path: list, value) -> dict:
    document = sample()
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return document


def criterion_with(**changes) -> dict:
    document = sample()
    document["criteria"][0].update(changes)
    return document


def error_of(document) -> str:
    with pytest.raises(ModelError) as caught:
        parse_model(document)
    return str(caught.value)


@pytest.mark.parametrize(
    ("document", "words"),
    [
        # A window of 10^11 months looped for hours; 10^9 days overflowed the date.
        (criterion_with(window={"months": 100_000_000_000}), "window → months: must be between"),
        (criterion_with(window={"days": 1_000_000_000}), "window → days: must be between"),
        (with_change(["as_of"], "0001-01-31"), "as_of: the date 0001-01-31 is out of range"),
        (with_change(["hotspots", "seed"], -1), "hotspots → seed: must be between 0 and"),
        (with_change(["uncertainty", "seed"], 2**33), "uncertainty → seed: must be between"),
        (criterion_with(weight=1e7), "weight: must be at most"),
        (criterion_with(weight=10**400), "weight: expected a number between"),
        (with_change(["time", "reference_year"], 1), "time → reference_year: must be between"),
        (with_change(["time", "surge_factor"], 1e12), "surge_factor: must be at most"),
        (with_change(["classes", "breaks"], ["a"]), "classes → breaks[0]: expected a number"),
        (criterion_with(half_life_days=1e9), "half_life_days: must be at most"),
    ],
)
def test_numbers_beyond_their_bounds_name_the_key(document, words):
    assert words in error_of(document)


def test_a_duplicate_key_is_refused():
    text = SAMPLE.read_text(encoding="utf-8").replace(
        '"as_of": "2018-01-31",', '"as_of": "2018-01-31", "as_of": "2019-01-31",', 1
    )
    assert '"as_of": "2019-01-31"' in text
    with pytest.raises(ModelError, match="the key 'as_of' is given twice"):
        load_model(text)


def test_deep_nesting_and_a_number_of_thousands_of_digits_are_clear_errors():
    with pytest.raises(ModelError, match="nested more than"):
        load_model('{"riskmap_model": 1, "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(ModelError, match="nested more than"):
        load_model('{"riskmap_model": 1, "x": ' + "[" * 40 + "]" * 40 + "}")
    with pytest.raises(ModelError, match="too many digits"):
        load_model(
            '{"riskmap_model": 1, "name": "x", "as_of": "2018-01-31", "seed": 1' + "0" * 5000 + "}"
        )


def test_a_lone_surrogate_in_a_label_is_a_clear_error():
    text = SAMPLE.read_text(encoding="utf-8")
    label = sample()["criteria"][0]["label"]
    text = text.replace(json.dumps(label)[1:-1], "broken \\ud800 label", 1)
    with pytest.raises(ModelError, match=r"criteria\[0\] → label: the text holds an invalid"):
        load_model(text)


def test_criterion_ids_that_differ_only_in_case_are_refused_naming_both():
    document = sample()
    twin = copy.deepcopy(document["criteria"][0])
    twin["id"] = document["criteria"][0]["id"].upper()
    document["criteria"].append(twin)
    message = error_of(document)
    assert f"'{document['criteria'][0]['id']}' and '{twin['id']}' differ only in case" in message


def test_the_schema_bounds_every_number():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    unbounded = []

    def walk(node, path):
        if isinstance(node, dict):
            kinds = node.get("type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if {"number", "integer"} & set(kinds) and "const" not in node:
                low = "minimum" in node or "exclusiveMinimum" in node
                high = "maximum" in node or "exclusiveMaximum" in node
                if not (low and high):
                    unbounded.append(path)
            for key, value in node.items():
                walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{path}[{index}]")

    walk(schema, "")
    assert unbounded == []


def test_a_null_layers_entry_is_a_model_error():
    """Found by the mutation fuzzer on QGIS 3.40's hypothesis: null crashed the parser."""
    document = json.loads(SAMPLE.read_text(encoding="utf-8"))
    document["layers"]["returnees"] = None
    with pytest.raises(ModelError, match="layers → returnees"):
        parse_model(document)
