"""Properties of the score that must hold for any data (hypothesis)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from synthetic import square_units

from riskmap_plugin.core import parse_model, score

SIZE = 10_000.0
NORMALISATIONS = [
    "minmax",
    "percentile",
    "zscore",
    {"method": "goalposts", "min": 0, "max": 50},
    {"method": "threshold", "value": 10},
]


@st.composite
def datasets(draw):
    nx, ny = draw(st.integers(1, 4)), draw(st.integers(1, 3))
    units = square_units(nx, ny, SIZE)
    n_units = nx * ny
    values = draw(st.lists(st.floats(0, 100, allow_nan=False), min_size=n_units, max_size=n_units))
    units["hazard"] = values
    n_events = draw(st.integers(0, 30))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    cell = rng.integers(0, n_units, n_events)
    minx = units.geometry.bounds["minx"].to_numpy()[cell]
    miny = units.geometry.bounds["miny"].to_numpy()[cell]
    # Keep events ≥ 50 m inside their unit so no boundary rule decides a count.
    x = minx + rng.uniform(50, SIZE - 50, n_events)
    y = miny + rng.uniform(50, SIZE - 50, n_events)
    dates = pd.Timestamp("2017-01-01") + pd.to_timedelta(rng.integers(0, 395, n_events), "D")
    events = gpd.GeoDataFrame(
        {"date": dates.to_numpy(dtype="datetime64[ms]"), "best": rng.integers(0, 9, n_events)},
        geometry=shapely.points(x, y),
        crs=units.crs,
    )
    border_x = units.total_bounds[0] - draw(st.floats(100, 50_000))
    border = gpd.GeoDataFrame(
        {"n": [1]},
        geometry=[shapely.LineString([(border_x, 3_600_000), (border_x, 3_800_000)])],
        crs=units.crs,
    )
    weights = draw(st.lists(st.floats(0.1, 5), min_size=4, max_size=4))
    norms = draw(st.lists(st.sampled_from(NORMALISATIONS), min_size=4, max_size=4))
    method = draw(st.sampled_from(["weighted_arithmetic", "weighted_geometric"]))
    document = {
        "riskmap_model": 1,
        "name": "P",
        "as_of": "2018-01-31",
        "units": {"layer": "units", "id_field": "uid", "name_field": "uname"},
        "criteria": [
            {
                "id": "hazard",
                "label": "Hazard",
                "measure": "attribute",
                "field": "hazard",
                "normalise": norms[0],
                "weight": weights[0],
                "transform": draw(st.sampled_from([None, "log1p", "winsorise"])),
            },
            {
                "id": "events",
                "label": "Events",
                "layer": "events",
                "measure": "count",
                "date_field": "date",
                "window": {"days": 180},
                "normalise": norms[1],
                "weight": weights[1],
            },
            {
                "id": "deaths",
                "label": "Deaths",
                "layer": "events",
                "measure": "severity_sum",
                "field": "best",
                "normalise": norms[2],
                "weight": weights[2],
            },
            {
                "id": "border",
                "label": "Border",
                "layer": "border",
                "measure": "distance",
                "direction": "lower_is_riskier",
                "normalise": norms[3],
                "weight": weights[3],
            },
        ],
        "aggregation": {"method": method, "geometric_floor": draw(st.sampled_from([0, 0.05]))},
        "classes": {"method": draw(st.sampled_from(["jenks", "quantiles", "equal_interval"]))},
    }
    for criterion in document["criteria"]:
        if criterion["transform" if "transform" in criterion else "id"] is None:
            del criterion["transform"]
    return document, {"units": units, "events": events, "border": border}


def run(document, layers):
    return score(parse_model(document), layers)


def by_id(result):
    return result.units.set_index("unit_id").sort_index()


PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(datasets())
def test_scores_stay_within_0_and_100_and_contributions_add_up(data):
    result = run(*data)
    units = result.units
    assert units["score"].between(0, 100).all()
    contributions = units[[c for c in units.columns if c.endswith("_contrib")]].sum(axis=1)
    np.testing.assert_allclose(contributions, units["score"], atol=1e-6)
    assert set(units["rank"]) <= set(range(1, len(units) + 1))


@PROPERTY
@given(datasets(), st.integers(0, 11), st.floats(0.1, 500))
def test_raising_a_riskier_value_never_lowers_that_units_score(data, which, increase):
    document, layers = data
    before = run(document, layers).units["score"].to_numpy()
    unit = which % len(layers["units"])
    raised = layers["units"].copy()
    raised.loc[unit, "hazard"] = raised.loc[unit, "hazard"] + increase
    after = run(document, {**layers, "units": raised}).units["score"].to_numpy()
    assert after[unit] >= before[unit] - 1e-9


@PROPERTY
@given(datasets(), st.randoms(use_true_random=False))
def test_permuting_units_and_events_changes_nothing_but_order(data, rnd):
    document, layers = data
    expected = by_id(run(document, layers))
    order = list(range(len(layers["units"])))
    rnd.shuffle(order)
    events = layers["events"].sample(frac=1.0, random_state=rnd.randint(0, 1000))
    shuffled = {**layers, "units": layers["units"].iloc[order], "events": events}
    got = by_id(run(document, shuffled))
    pd.testing.assert_series_equal(got["score"], expected["score"], rtol=1e-12)
    pd.testing.assert_series_equal(got["class"], expected["class"])


@PROPERTY
@given(datasets(), st.sampled_from([4326, 3857, 32637]))
def test_reprojecting_every_input_changes_no_score(data, epsg):
    document, layers = data
    expected = run(document, layers).units["score"].to_numpy()
    moved = {name: frame.to_crs(epsg) for name, frame in layers.items()}
    got = run(document, moved).units["score"].to_numpy()
    np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-9)


@PROPERTY
@given(datasets(), st.floats(0.01, 1000))
def test_scaling_all_weights_changes_nothing(data, factor):
    document, layers = data
    expected = run(document, layers).units["score"].to_numpy()
    for criterion in document["criteria"]:
        criterion["weight"] *= factor
    got = run(document, layers).units["score"].to_numpy()
    np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-9)
