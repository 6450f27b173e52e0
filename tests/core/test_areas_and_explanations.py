"""Areas (merged, named), watch list reasons, annotations and hexagon units."""

from __future__ import annotations

import pickle

import geopandas as gpd
import numpy as np
import pytest
import shapely
from synthetic import CRS, ORIGIN, square_units

from riskmap_plugin.core import hex_grid, parse_model, score
from riskmap_plugin.core.explain import Explainer
from riskmap_plugin.core.unit_drivers import unit_drivers

X0, Y0 = ORIGIN


def model(**extra):
    doc = {
        "riskmap_model": 1,
        "name": "A",
        "as_of": "2018-01-31",
        "units": {"layer": "units", "id_field": "uid", "name_field": "uname"},
        "criteria": [
            {
                "id": "hazard",
                "label": "Hazard",
                "noun": "hazard points",
                "measure": "attribute",
                "field": "hazard",
                "normalise": "minmax",
            }
        ],
        "classes": {"method": "fixed", "breaks": [25, 50, 75]},
        "areas": {"min_class": "High", "watch_margin": 10},
    }
    doc.update(extra)
    return parse_model(doc)


def towns(*rows):
    return gpd.GeoDataFrame(
        {"name": [r[0] for r in rows], "pop": [r[1] for r in rows]},
        geometry=shapely.points([(r[2], r[3]) for r in rows]),
        crs=CRS,
    )


def test_touching_units_merge_and_areas_take_their_peak_units_town():
    units = square_units(5, 1)  # U1..U5 west to east
    units["hazard"] = [100, 90, 10, 80, 45]
    places = towns(
        ("Big", 90_000, X0 + 15_000, Y0 + 5_000),
        ("Small", 2_000, X0 + 5_000, Y0 + 5_000),
        ("Far", 500_000, X0 + 100_000, Y0 + 5_000),
    )
    result = score(
        model(places={"layer": "towns", "population_field": "pop"}),
        {"units": units, "towns": places},
    )
    areas = result.areas
    # Named after the town in the highest-scoring unit (U1), not the largest in the area.
    assert areas["name"].tolist() == ["Small", "near Big"]  # no town inside U4
    assert areas["units"].tolist() == ["Unit 1, Unit 2", "Unit 4"]
    assert areas["n_units"].tolist() == [2, 1]
    assert areas["score_max"].iloc[0] == pytest.approx(100.0)
    assert areas["score_mean"].iloc[0] == pytest.approx((100 + 800 / 9) / 2)  # minmax 10..100
    assert result.units["area_id"].tolist() == [1, 1, 0, 2, 0]
    assert areas.crs == units.crs
    assert areas.geometry.iloc[0].area == pytest.approx(2 * 1e8)


def test_watch_list_gives_reasons_for_near_cutoff_units():
    units = square_units(5, 1)
    units["hazard"] = [100, 90, 10, 80, 50.5]  # scores 100, 88.9, 0, 77.8, 45
    result = score(model(), {"units": units})
    watch = result.watch_list.set_index("unit_id")
    assert list(watch.index) == ["U0005"]
    assert "within 10 points of the at-risk cut-off 50.0" in watch.loc["U0005", "reason"]


def test_top_decile_criterion_puts_a_unit_on_the_watch_list():
    units = square_units(10, 2)
    units["hazard"] = np.arange(20, dtype=float)
    units["spike"] = 0.0
    units.loc[0, "spike"] = 9.0
    doc = model().to_dict()
    doc["criteria"][0]["weight"] = 10
    doc["criteria"].append(
        {"id": "spike", "label": "Spike", "measure": "attribute", "field": "spike", "weight": 0.1}
    )
    result = score(parse_model(doc), {"units": units})
    reason = result.watch_list.set_index("unit_id").loc["U0001", "reason"]
    assert reason.startswith("Spike in the top 10 %")


def four_criteria():
    return parse_model(
        {
            "riskmap_model": 1,
            "name": "E",
            "as_of": "2018-01-31",
            "units": {"layer": "u", "id_field": "id"},
            "criteria": [
                {
                    "id": "inc",
                    "label": "Incidents",
                    "noun": "incidents",
                    "layer": "e",
                    "measure": "count",
                    "date_field": "d",
                    "window": {"days": 180},
                },
                {
                    "id": "border",
                    "label": "Border",
                    "noun": "border",
                    "layer": "b",
                    "measure": "distance",
                },
                {
                    "id": "cells",
                    "label": "Cells",
                    "noun": "sleeper-cell reports",
                    "layer": "c",
                    "measure": "count",
                },
                {
                    "id": "ref",
                    "label": "vs 2013",
                    "noun": "incidents",
                    "layer": "e",
                    "measure": "change",
                    "date_field": "d",
                    "window": {"days": 180},
                    "reference": {"year": 2013},
                },
            ],
        }
    ).criteria


def test_annotation_reads_like_an_analyst_with_raw_values():
    crits = four_criteria()
    explainer = Explainer(crits, 2018)
    assert explainer.phrase(crits[0], 31, {}) == "31 incidents in 6 mo"
    assert explainer.phrase(crits[1], 9_040.0, {}) == "9.0 km from border"
    assert explainer.phrase(crits[2], 1, {}) == "1 sleeper-cell report"
    assert explainer.phrase(crits[3], 32 / 29, {"current": 31, "reference": 28}) == (
        "31 incidents vs 28 in 2013 (≥ 2013 level)"
    )
    french = Explainer(crits, 2018, templates={"count_window": "{value} {noun} en {window}"})
    assert french.phrase(crits[0], 1, {}) == "1 incidents en 6 mo"


@pytest.mark.parametrize("top_k", [0, 2, 3, 9])
def test_drivers_of_all_units_at_once_equal_the_drivers_of_each_unit(top_k):
    # Ties, zero and NaN contributions, NaN and -0.0 raw values, NaN details, repeats.
    crits = four_criteria()
    rng = np.random.default_rng(7)
    n = 400
    raw = rng.choice([0.0, -0.0, 1.0, 2.0, 31.0, 1.5, np.nan, 12_500.0], size=(n, 4))
    norm = rng.random((n, 4))
    contributions = rng.choice([0.0, 0.1, 0.25, 0.25, np.nan, 0.7], size=(n, 4))
    details = [
        {},
        {},
        {},
        {
            "current": rng.choice([0.0, 3.0, 31.0, np.nan], size=n),
            "reference": rng.choice([0.0, 28.0, np.nan], size=n),
            "pro_rated": rng.choice([0.0, 1.0], size=n),
        },
    ]
    one_by_one = Explainer(crits, 2018)
    expected = [
        one_by_one.drivers(
            raw[i],
            norm[i],
            contributions[i],
            [{k: float(v[i]) for k, v in d.items()} for d in details],
            top_k,
        )
        for i in range(n)
    ]
    ids = [f"U{i}" for i in range(n)]
    at_once = unit_drivers(Explainer(crits, 2018), ids, raw, norm, contributions, details, top_k)
    assert list(at_once) == ids
    assert repr([at_once[i] for i in ids]) == repr(expected)  # repr: NaN raw values compare equal
    separator = Explainer(crits, 2018).templates["separator"]
    assert at_once.annotations() == [separator.join(d.text for d in e) for e in expected]
    # A run's result goes to QGIS's process pickled.
    assert repr(dict(pickle.loads(pickle.dumps(at_once)))) == repr(dict(zip(ids, expected)))
    assert sum(map(len, expected)) > (n if top_k > 1 else 0 if top_k else -1)  # really compared


def test_sample_run_names_areas_and_explains_drivers(sample_layers):
    model_, layers = sample_layers
    result = score(model_, layers)
    assert len(result.areas) >= 1
    assert result.areas["drivers"].str.len().min() > 0
    top = result.units.sort_values("rank").iloc[0]
    contributions = [top[f"{c.id}_contrib"] for c in model_.criteria]
    assert sum(contributions) == pytest.approx(top["score"])
    assert result.analysis_crs == "EPSG:32638"


def test_hex_grid_cells_have_the_requested_size_and_clip_to_the_boundary():
    boundary = gpd.GeoDataFrame(
        {"n": [1]}, geometry=[shapely.Point(X0, Y0).buffer(30_000)], crs=CRS
    )
    grid = hex_grid(10, boundary=boundary)
    full = grid.area.max() / 1e6
    assert full == pytest.approx(np.sqrt(3) / 2 * 100, rel=1e-6)
    # shapely's union_all: GeoDataFrame.union_all needs geopandas 1.0 (the minimum is 0.14).
    assert shapely.union_all(grid.geometry.values).area == pytest.approx(
        boundary.area.iloc[0], rel=1e-6
    )
    assert grid["unit_id"].is_unique
    geographic = hex_grid(25, boundary=boundary.to_crs(4326))
    assert geographic.crs.to_epsg() == 4326
    assert geographic.to_crs(CRS).area.max() / 1e6 == pytest.approx(np.sqrt(3) / 2 * 625, rel=1e-3)
