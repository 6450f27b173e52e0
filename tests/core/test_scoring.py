"""Normalisation, aggregation, classes and gates: defined results, checked by hand."""

from __future__ import annotations

import numpy as np
import pytest
from synthetic import square_units

from riskmap_plugin.core import parse_model, score
from riskmap_plugin.core.aggregate import aggregate, effective_weights
from riskmap_plugin.core.classify import classify, fisher_jenks
from riskmap_plugin.core.model import Aggregation, Classes, Normalisation
from riskmap_plugin.core.normalise import fill_missing, normalise


def criteria(model_document):
    return parse_model(model_document).criteria


def document(*specs, **extra):
    crits = [
        {"id": f"c{i}", "label": f"C{i}", "measure": "attribute", "field": f"f{i}", **s}
        for i, s in enumerate(specs)
    ]
    return {
        "riskmap_model": 1,
        "name": "S",
        "as_of": "2018-01-31",
        "units": {"layer": "units", "id_field": "uid"},
        "criteria": crits,
        **extra,
    }


@pytest.mark.parametrize(
    "method, expected",
    [
        ("minmax", [0.0, 0.25, 1.0]),
        ("percentile", [0.0, 0.5, 1.0]),
        ("zscore", None),
    ],
)
def test_normalisations_by_hand(method, expected):
    values = np.array([0.0, 2.0, 8.0])
    got = normalise(values, Normalisation(method), True)
    if expected is None:
        z = (values - values.mean()) / values.std()
        expected = (np.clip(z, -3, 3) + 3) / 6
    np.testing.assert_allclose(got, expected)
    np.testing.assert_allclose(normalise(values, Normalisation(method), False), 1 - got)


def test_degenerate_cases_are_defined():
    for method in ("minmax", "percentile", "zscore"):
        assert normalise(np.array([4.0, 4.0]), Normalisation(method), True).tolist() == [0.5, 0.5]
        assert normalise(np.array([7.0]), Normalisation(method), True).tolist() == [0.5]
        assert np.isnan(normalise(np.array([np.nan, np.nan]), Normalisation(method), True)).all()
    goal = Normalisation("goalposts", min=0, max=100_000)
    assert normalise(np.array([0, 50_000, 200_000.0]), goal, False).tolist() == [1, 0.5, 0]
    assert normalise(np.array([1, 3.0]), Normalisation("threshold", value=2), True).tolist() == [
        0,
        1,
    ]
    raw = np.array([1.0, np.nan, 5.0])
    assert fill_missing(raw, "zero").tolist() == [1, 0, 5]
    assert fill_missing(raw, "median").tolist() == [1, 3, 5]


def test_dimension_weights_nest_criteria():
    crits = criteria(
        document(
            {"weight": 1, "dimension": "A"},
            {"weight": 3, "dimension": "A"},
            {"weight": 5, "dimension": "B"},
        )
    )
    flat = effective_weights(crits, Aggregation())
    np.testing.assert_allclose(flat, [1 / 9, 3 / 9, 5 / 9])
    nested = effective_weights(crits, Aggregation(dimension_weights={"A": 1, "B": 1}))
    np.testing.assert_allclose(nested, [0.125, 0.375, 0.5])


def test_exclude_renormalises_weights_and_reports_coverage():
    crits = criteria(document({"weight": 1}, {"weight": 3}))
    norm = np.array([[1.0, np.nan], [0.5, 0.5]])
    result = aggregate(norm, norm, crits, Aggregation())
    np.testing.assert_allclose(result.score, [100.0, 50.0])
    np.testing.assert_allclose(result.coverage, [0.25, 1.0])
    np.testing.assert_allclose(result.contributions.sum(axis=1), result.score)


def test_geometric_mean_is_non_compensatory_with_a_documented_zero_case():
    crits = criteria(document({"weight": 1}, {"weight": 1}))
    norm = np.array([[1.0, 0.0], [0.25, 1.0], [0.5, 0.5]])
    plain = aggregate(norm, norm, crits, Aggregation(method="weighted_geometric"))
    np.testing.assert_allclose(plain.score, [0.0, 50.0, 50.0])
    np.testing.assert_allclose(plain.contributions[1], [10.0, 40.0])  # split by w·n
    floored = aggregate(
        norm, norm, crits, Aggregation(method="weighted_geometric", geometric_floor=0.04)
    )
    assert floored.score[0] == pytest.approx(20.0)


def test_gates_zero_the_score_and_say_why():
    units = square_units(3, 1)
    units["f0"] = [0.0, 1.0, 5.0]
    units["f1"] = [9.0, 1.0, 1.0]
    doc = document({}, {}, aggregation={"gates": [{"criterion": "c0", "op": ">=", "value": 1}]})
    doc["units"]["id_field"] = "uid"
    result = score(parse_model(doc), {"units": units})
    assert result.units["score"].iloc[0] == 0
    assert result.units["gate"].iloc[0] == "c0 >= 1"
    assert result.units["score"].iloc[2] > 0 and result.units["gate"].iloc[2] == ""


def test_natural_breaks_equal_mapclassify():
    mapclassify = pytest.importorskip("mapclassify")
    rng = np.random.default_rng(7)
    for n, k in ((30, 3), (101, 4), (500, 5)):
        values = np.round(rng.gamma(2.0, 12.0, n), 3)
        np.testing.assert_allclose(
            fisher_jenks(values, k), mapclassify.FisherJenks(values, k=k).bins
        )


def test_classes_by_each_method():
    scores = np.array([5.0, 10, 20, 40, 60, 80, 95])
    index, bounds = classify(scores, Classes("fixed", breaks=(25, 50, 75)))
    assert index.tolist() == [0, 0, 0, 1, 2, 3, 3]
    index, bounds = classify(scores, Classes("equal_interval", count=3))
    np.testing.assert_allclose(bounds, [35, 65, 95])
    assert index.tolist() == [0, 0, 0, 1, 1, 2, 2]
    index, _ = classify(scores, Classes("quantiles", count=2))
    assert index.tolist() == [0, 0, 0, 0, 1, 1, 1]
    index, _ = classify(np.array([50.0, 50.0]), Classes("jenks", count=4))
    assert index.tolist() == [0, 0]  # all units equal: one class, the lowest
