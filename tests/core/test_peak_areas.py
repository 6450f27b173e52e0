"""Areas around peaks, their caps and boundaries, place names and the watch list (#17)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from synthetic import CRS, ORIGIN, square_units

from riskmap_plugin.core import Wording, parse_model, score

X0, Y0 = ORIGIN
SIZE = 10_000.0


def model(areas=None, places=None, criteria=None, **extra):
    doc = {
        "riskmap_model": 1,
        "name": "Peaks",
        "as_of": "2018-01-31",
        "units": {"layer": "units", "id_field": "uid", "name_field": "uname"},
        "criteria": criteria
        or [
            {
                "id": "hazard",
                "label": "Hazard",
                "measure": "attribute",
                "field": "hazard",
                "normalise": {"method": "goalposts", "min": 0, "max": 100},
            }
        ],
        "classes": {"method": "fixed", "breaks": [25, 50, 75]},
        "areas": {"min_class": "Moderate", **(areas or {})},
    }
    if places is not None:
        doc["places"] = places
    doc.update(extra)
    return parse_model(doc)


def towns(rows, **columns):
    """Towns from (name, population, feature code, x offset, y offset) rows."""
    return gpd.GeoDataFrame(
        {
            "name": [r[0] for r in rows],
            "pop": [r[1] for r in rows],
            "code": [r[2] for r in rows],
            **columns,
        },
        geometry=shapely.points([(X0 + r[3], Y0 + r[4]) for r in rows]),
        crs=CRS,
    )


def in_unit(i: int) -> tuple[float, float]:
    """A point inside unit i (0-based) of a one-row strip."""
    return (i * SIZE + 5_000.0, 5_000.0)


CHAIN = [0, 100, 80, 70, 70, 70, 80, 95, 0]  # two peaks joined by a chain of high units


def members(result) -> list[list[str]]:
    units = result.units
    return [sorted(units.loc[units["area_id"] == a, "unit_id"]) for a in result.areas["area_id"]]


def test_two_peaks_joined_by_a_chain_of_high_units_stay_two_areas():
    units = square_units(len(CHAIN), 1)
    units["hazard"] = CHAIN
    peaks = score(model(), {"units": units})
    # The chain dips to 70 in the middle: U3, U4 and the tied U5 go to the higher peak.
    assert members(peaks) == [["U0002", "U0003", "U0004", "U0005"], ["U0006", "U0007", "U0008"]]
    touching = score(model({"method": "touching"}), {"units": units})
    assert members(touching) == [[f"U{i:04d}" for i in range(2, 9)]]


def test_area_km2_and_share_of_the_study_area():
    units = square_units(len(CHAIN), 1)
    units["hazard"] = CHAIN
    areas = score(model(), {"units": units}).areas
    assert areas["area_km2"].tolist() == pytest.approx([400.0, 300.0])
    assert areas["share_pct"].tolist() == pytest.approx([100 * 4 / 9, 100 * 3 / 9], abs=0.01)


@pytest.mark.parametrize("rule", [{"max_units": 2}, {"max_km2": 250}])
def test_caps_hold_and_every_at_risk_unit_keeps_an_area(rule):
    units = square_units(6, 3)
    rng = np.random.default_rng(17)
    units["hazard"] = rng.uniform(55, 100, len(units))
    result = score(model(rule), {"units": units})
    assert (result.areas["n_units"] <= 2).all()
    assert (result.areas["area_km2"] <= 250).all()
    assert (result.units["area_id"] > 0).all()
    assert result.areas["n_units"].sum() == len(units)


def test_a_unit_larger_than_the_cap_stays_whole_and_the_run_says_so():
    units = square_units(3, 1)
    units["hazard"] = [10, 100, 90]
    result = score(model({"max_km2": 50}), {"units": units})
    assert result.areas["n_units"].tolist() == [1, 1]
    assert result.warnings == [
        "area 'Unit 2': its unit alone covers 100 km², more than areas → max_km2 (50 km²); "
        "a unit is never split",
        "area 'Unit 3': its unit alone covers 100 km², more than areas → max_km2 (50 km²); "
        "a unit is never split",
    ]


def test_areas_do_not_cross_the_boundary_layer():
    units = square_units(6, 1)
    units["hazard"] = [60, 70, 80, 90, 70, 60]  # one peak, at U4
    west = shapely.box(X0, Y0, X0 + 3 * SIZE, Y0 + SIZE)
    east = shapely.box(X0 + 3 * SIZE, Y0, X0 + 6 * SIZE, Y0 + SIZE)
    boundary = gpd.GeoDataFrame({"gov": ["W", "E"]}, geometry=[west, east], crs=CRS)
    layers = {"units": units, "governorates": boundary}
    within = score(model({"boundary": "governorates"}), layers)
    assert members(within) == [["U0004", "U0005", "U0006"], ["U0001", "U0002", "U0003"]]
    assert len(score(model(), layers).areas) == 1


def test_min_separation_joins_close_peaks_under_a_compound_name():
    units = square_units(len(CHAIN), 1)
    units["hazard"] = CHAIN
    places = towns([("Tal Afar", 0, "PPLA2", *in_unit(1)), ("Sinjar", 0, "PPLA2", *in_unit(7))])
    spec = {"layer": "towns", "population_field": "pop", "feature_code_field": "code"}
    layers = {"units": units, "towns": places}
    apart = score(model(places=spec), layers).areas
    assert apart["name"].tolist() == ["Tal Afar", "Sinjar"]
    joined = score(model({"min_separation_km": 70}, places=spec), layers).areas
    assert joined["name"].tolist() == ["Tal Afar – Sinjar"]
    assert joined["n_units"].tolist() == [7]


def test_names_skip_neighbourhoods_and_treat_population_0_as_unknown():
    units = square_units(3, 1)
    units["hazard"] = [10, 100, 10]
    x, y = in_unit(1)
    places = towns(
        [
            ("Al Mawsil al Jadidah", 2_000_000, "PPLX", x, y),  # a neighbourhood
            ("Old Fort", 50_000, "PPLQ", x + 100, y),  # abandoned
            ("Tal Afar", 0, "PPLA2", x + 3_000, y),  # district seat, population unknown
            ("Hamlet", 800, "PPL", x + 200, y),
        ]
    )
    spec = {"layer": "towns", "population_field": "pop", "feature_code_field": "code"}
    result = score(model(places=spec), {"units": units, "towns": places})
    assert result.areas["name"].tolist() == ["Tal Afar"]
    # Without feature codes: largest known population; 0 is unknown, not smallest.
    no_codes = {"layer": "towns", "population_field": "pop"}
    unknown = towns([("Tal Afar", 0, None, x, y), ("Hamlet", 800, None, x + 4_000, y)])
    named = score(model(places=no_codes), {"units": units, "towns": unknown}).areas
    assert named["name"].tolist() == ["Hamlet"]
    # With no population at all: the town nearest the peak unit's centre.
    neither = towns([("Far", None, None, x + 4_000, y), ("Near", None, None, x + 100, y)])
    spec = {"layer": "towns", "population_field": "pop"}
    named = score(model(places=spec), {"units": units, "towns": neither}).areas
    assert named["name"].tolist() == ["Near"]


def test_names_follow_the_interface_language():
    units = square_units(3, 1)
    units["hazard"] = [10, 100, 10]
    places = towns(
        [("Tal Afar", 100, "PPLA2", *in_unit(1))],
        name_ar=["تلعفر"],
        name_ku=[None],
    )
    spec = {
        "layer": "towns",
        "population_field": "pop",
        "feature_code_field": "code",
        "name_fields": {"ckb": "name_ku"},
    }
    layers = {"units": units, "towns": places}
    assert score(model(places=spec), layers, wording=Wording(language="ar")).areas[
        "name"
    ].tolist() == ["تلعفر"]
    # No Kurdish name recorded: the name field's.
    assert (
        score(model(places=spec), layers, wording=Wording(language="ckb")).areas["name"][0]
        == "Tal Afar"
    )
    assert score(model(places=spec), layers).areas["name"][0] == "Tal Afar"


def test_grid_cells_and_watch_list_units_get_place_names():
    boundary = gpd.GeoDataFrame(geometry=[shapely.box(X0, Y0, X0 + 60_000, Y0 + 60_000)], crs=CRS)
    cells = {"units": {"grid": {"cell_km": 10, "boundary": "boundary"}}}
    doc = model(places={"layer": "towns", "population_field": "pop"}).to_dict()
    doc.update(cells)
    doc["criteria"][0].update(
        {"measure": "distance", "layer": "hazard_point", "normalise": "minmax"}
    )
    doc["criteria"][0]["direction"] = "lower_is_riskier"
    doc["criteria"][0].pop("field")
    doc["areas"] = {"min_class": "Very high", "watch_margin": 30}
    hazard = gpd.GeoDataFrame(geometry=shapely.points([(X0 + 30_000, Y0 + 30_000)]), crs=CRS)
    places = gpd.GeoDataFrame(
        {"name": ["Baiji"], "pop": [20_000]},
        geometry=shapely.points([(X0 + 30_000, Y0 + 120_000)]),
        crs=CRS,
    )
    result = score(
        parse_model(doc), {"boundary": boundary, "hazard_point": hazard, "towns": places}
    )
    assert result.areas["name"].tolist()[0] == "near Baiji"
    assert len(result.watch_list) > 0
    assert set(result.watch_list["place"]) == {"near Baiji"}
    assert not result.watch_list["place"].str.match(r"^H\d+").any()


def test_watch_list_is_capped_ranked_and_never_listed_for_illustrative_alone():
    units = square_units(10, 4)
    rng = np.random.default_rng(3)
    units["hazard"] = rng.uniform(0, 49, len(units))
    units.loc[0, "hazard"] = 99.0  # one at-risk unit: the cap is 5
    units["made_up"] = 0.0
    units.loc[39, "made_up"] = 10.0  # tops an illustrative criterion only
    units.loc[39, "hazard"] = 0.0
    criteria = [
        {
            "id": "hazard",
            "label": "Hazard",
            "measure": "attribute",
            "field": "hazard",
            "normalise": {"method": "goalposts", "min": 0, "max": 100},
            "weight": 10,
        },
        {
            "id": "made_up",
            "label": "Made-up hazard (illustrative)",
            "measure": "attribute",
            "field": "made_up",
            "normalise": "minmax",
            "illustrative": True,
            "weight": 0.1,
        },
    ]
    rule = {"min_class": "High", "watch_margin": 30}
    result = score(model(rule, criteria=criteria), {"units": units})
    watch = result.watch_list
    assert len(result.areas) == 1 and len(watch) == 5
    assert "U0040" not in set(watch["unit_id"])
    # Closest to the cut-off first: the five highest scores outside the area, in order.
    outside = result.units[result.units["area_id"] == 0].sort_values("score", ascending=False)
    assert watch["unit_id"].tolist() == outside["unit_id"].head(5).tolist()
    wider = score(model({**rule, "watch_max": 8}, criteria=criteria), {"units": units})
    assert len(wider.watch_list) == 8


def test_many_low_severity_events_while_the_score_is_low():
    from riskmap_plugin.core.aggregate import Aggregated
    from riskmap_plugin.core.explain import TEMPLATES
    from riskmap_plugin.core.scores import Scores
    from riskmap_plugin.core.watch import watch_reasons

    criteria = model(
        {"watch_top_share": 0.2},
        criteria=[
            {
                "id": "small",
                "label": "Low-severity attacks",
                "noun": "attacks",
                "layer": "events",
                "measure": "low_severity_count",
                "field": "best",
                "threshold": 2,
            }
        ],
    )
    score_ = np.array([90.0, 5.0, 10.0, 60.0, 8.0, 7.0, 6.0, 9.0, 4.0, 3.0])
    norm = np.array([[0.2], [1.0], [0.0], [0.9], [0.0], [0.0], [0.0], [0.0], [0.0], [0.0]])
    phrases = [[f"{k} attacks"] for k in range(10)]
    scores = Scores(
        raw=norm,
        prepared=norm,
        norm=norm,
        details=[],
        combined=Aggregated(score_, norm * score_[:, None], np.ones(10), [""] * 10),
        class_index=np.zeros(10, dtype=int),
        at_risk=score_ >= 80,
    )
    reasons = watch_reasons(
        scores,
        80.0,
        criteria.areas,
        criteria.criteria,
        phrases,
        TEMPLATES,
        lambda v, d=None: f"{v:.{d or 0}f}",
    )
    # Unit 2 (index 1) scores 5 but tops the low-severity count: the "perceived quiet" case.
    assert reasons[1] == [("Low-severity attacks: 1 attacks while the score is low (5.0)", 1.0)]
    # Unit 4 scores above the median: an ordinary top-criterion reason, not "quiet".
    assert reasons[3][0][0].startswith("Low-severity attacks in the top 20 %")


@st.composite
def grids(draw):
    nx, ny = draw(st.integers(1, 6)), draw(st.integers(1, 5))
    values = draw(st.lists(st.integers(0, 100), min_size=nx * ny, max_size=nx * ny))
    return nx, ny, values


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids())
def test_merge_touching_rule_gives_the_connected_at_risk_units(grid):
    """The "touching" rule's areas are the connected components of at-risk units, as before."""
    nx, ny, values = grid
    units = square_units(nx, ny)
    units["hazard"] = values
    result = score(model({"method": "touching"}), {"units": units})
    at_risk = np.array(values) >= 25  # "Moderate" and above
    # Independent: queen neighbours on the grid by index arithmetic, scipy's components.
    col, row = np.arange(nx * ny) % nx, np.arange(nx * ny) // nx
    i, j = np.nonzero(
        (np.abs(col[:, None] - col[None, :]) <= 1) & (np.abs(row[:, None] - row[None, :]) <= 1)
    )
    keep = at_risk[i] & at_risk[j]
    # The reference: scipy's connected components (the core venvs without QGIS lack scipy).
    sparse = pytest.importorskip("scipy.sparse")
    csgraph = pytest.importorskip("scipy.sparse.csgraph")
    graph = sparse.coo_matrix((np.ones(keep.sum()), (i[keep], j[keep])), shape=(nx * ny, nx * ny))
    _, component = csgraph.connected_components(graph, directed=False)
    expected = sorted(
        sorted(f"U{k + 1:04d}" for k in np.flatnonzero(at_risk & (component == c)))
        for c in np.unique(component[at_risk])
    )
    assert sorted(members(result)) == expected
    areas = result.areas
    for _, area in areas.iterrows():
        scores = result.units.loc[result.units["area_id"] == area["area_id"], "score"]
        assert area["score_max"] == pytest.approx(scores.max())
        assert area["n_units"] == len(scores)
    assert areas["score_max"].is_monotonic_decreasing


def test_sample_areas_are_separate_named_and_inside_governorates(sample_layers):
    model_, layers = sample_layers
    result = score(model_, layers)
    areas, units = result.areas, result.units
    assert len(areas) >= 5
    # Sub-district codes start with their governorate's (IQG15Q08… → IQG15).
    for area_id in areas["area_id"]:
        members = units.loc[units["area_id"] == area_id, "unit_id"]
        assert members.str[:5].nunique() == 1, area_id
    # km² against an independent computation: geodesic areas of the member polygons.
    geod = layers["subdistricts"].set_index("ADM3_PCODE").geometry.to_crs("EPSG:6933")
    for _, area in areas.iterrows():
        members = units.loc[units["area_id"] == area["area_id"], "unit_id"]
        assert area["area_km2"] == pytest.approx(geod.loc[members].area.sum() / 1e6, rel=0.01)
    big = areas[areas["area_km2"] > 15_000]
    # A unit is never split: the only areas over 15,000 km² are single sub-districts, and the
    # run says so.
    assert (big["n_units"] == 1).all()
    for name in big["name"]:
        assert any(w.startswith(f"area '{name}': its unit alone covers") for w in result.warnings)
    assert (areas.loc[areas["n_units"] > 1, "area_km2"] <= model_.areas.max_km2).all()
    towns = layers["towns"]
    sections = set(towns.loc[towns["feature_code"] == "PPLX", "name"])
    assert not set(areas["name"]) & sections
    assert {"Tal Afar", "Al-Qa'im", "Hawija", "Tuz Khurmatu"} <= set(areas["name"])
    n_at_risk = int((units["area_id"] > 0).sum())
    assert len(result.watch_list) <= min(model_.areas.watch_max, max(n_at_risk, 5))
    ids = set(units["unit_id"])
    for name in [*areas["name"], *result.watch_list["place"]]:
        assert name and name not in ids and not name.startswith("IQG")
