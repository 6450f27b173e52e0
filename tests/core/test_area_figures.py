"""Every area's figures at once (areas.AreaMembers) equal those of a plain loop over areas.

The areas' sums, means, maxima and riskiest-member values are computed for all areas
together; these tests compute them area by area, the obvious way, and ask for the
same numbers bit for bit (a sum in another order can differ in its last bit).
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from synthetic import ORIGIN, square_units

from riskmap_plugin.core import parse_model, score
from riskmap_plugin.core.areas import ADDITIVE, AreaMembers, area_raw_values
from riskmap_plugin.core.explain import Explainer


class _Measure:
    """A criterion as the area rule reads it: only its measure."""

    def __init__(self, measure: str) -> None:
        self.measure = measure


def _criteria(measures: list[str]) -> tuple:
    return tuple(_Measure(measure) for measure in measures)


@pytest.fixture
def many_areas():
    """1,500 units in 120 areas of 1 to 300 units (sizes repeat), labels shuffled."""
    rng = np.random.default_rng(7)
    sizes = np.concatenate([rng.integers(1, 12, 80), rng.integers(100, 300, 40)])
    label = rng.permutation(np.repeat(np.arange(len(sizes)), sizes))
    n = len(label) + 200  # 200 units outside every area
    units = np.sort(rng.permutation(n)[: len(label)])  # the at-risk units, in unit order
    raw = rng.gamma(2.0, 50.0, (n, 4)) * rng.choice([1e-3, 1.0, 1e4], (1, 4))
    raw[rng.random(raw.shape) < 0.2] = np.nan
    norm = np.round(rng.random((n, 4)), 1)  # ties in the riskiest member
    norm[rng.random(norm.shape) < 0.2] = np.nan
    lonely = int(np.flatnonzero(sizes > 150)[0])
    raw[units[label == lonely], 1] = np.nan  # an area without any value of criterion 1
    return units, label, len(sizes), raw, norm


def _members(units, label, area):
    """The area's units in unit order."""
    return np.sort(units[label == area])


def test_sums_means_and_maxima_equal_those_of_each_area(many_areas):
    units, label, count, raw, norm = many_areas
    areas = AreaMembers.of(units, label, count)
    sums, means, maxima = areas.sum(raw[:, 0]), areas.mean(raw), areas.max(norm[:, 2])
    columns = areas.mean(norm[:, 3])
    for area in range(count):
        members = _members(units, label, area)
        assert np.array_equal(areas.members[area], members)
        assert sums[area] == np.nansum(raw[members, 0])
        assert np.array_equal(means[area], raw[members].mean(axis=0), equal_nan=True)
        assert np.array_equal(maxima[area], norm[members, 2].max(), equal_nan=True)
        assert np.array_equal(columns[area], norm[members, 3].mean(), equal_nan=True)


def test_raw_values_are_totals_or_the_riskiest_members_value(many_areas):
    units, label, count, raw, norm = many_areas
    criteria = _criteria(["count", "distance", ADDITIVE[1], "ratio"])
    values = AreaMembers.of(units, label, count).raw_values(raw, criteria, norm)
    for area in range(count):
        members = _members(units, label, area).tolist()
        for j, criterion in enumerate(criteria):
            if not any(np.isfinite(raw[i, j]) for i in members):
                expected = np.nan
            elif criterion.measure in ADDITIVE:
                expected = np.nansum(raw[members, j])
            else:  # the highest finite normalised value, the first member on ties
                best = members[0]
                for i in members:
                    risk = norm[i, j] if np.isfinite(norm[i, j]) else -np.inf
                    if risk > (norm[best, j] if np.isfinite(norm[best, j]) else -np.inf):
                        best = i
                expected = raw[best, j]
            assert np.array_equal(values[area, j], expected, equal_nan=True), (area, j)
        assert np.array_equal(
            values[area], area_raw_values(raw, criteria, np.array(members), norm), equal_nan=True
        )
    assert np.isnan(area_raw_values(raw, criteria, np.zeros(0, dtype=int), norm)).all()


def test_members_by_risk_keep_unit_order_on_ties(many_areas):
    units, label, count, _, norm = many_areas
    risk = np.nan_to_num(norm[:, 0])
    ranked = AreaMembers.of(units, label, count).by_risk(risk)
    for area in range(count):
        members = _members(units, label, area).tolist()
        expected = sorted(members, key=lambda i: (-risk[i], i))
        assert ranked[area].tolist() == expected


def test_areas_figures_equal_a_plain_computation_from_the_units_table():
    """Areas of many sizes, missing values, made-up data and units adding nothing."""
    units = square_units(30, 30, 2_000.0)
    rng = np.random.default_rng(3)
    hazard = rng.integers(0, 5, len(units)).astype(float)
    rumours = rng.integers(0, 3, len(units)).astype(float)
    hazard[:200], rumours[:200] = 4.0, 2.0  # one big area in the south
    hazard[200:][rng.random(len(units) - 200) < 0.1] = np.nan
    hazard[-60:] = rumours[-60:] = 0.0  # a corner where nothing adds to the score
    units["hazard"], units["rumours"] = hazard, rumours
    document = {
        "riskmap_model": 1,
        "name": "Areas",
        "as_of": "2018-01-31",
        "units": {"layer": "units", "id_field": "uid", "name_field": "uname"},
        "criteria": [
            {
                "id": "hazard",
                "label": "Hazard",
                "measure": "attribute",
                "field": "hazard",
                "normalise": "minmax",
                "missing": "zero",
            },
            {
                "id": "rumours",
                "label": "Rumours",
                "measure": "attribute",
                "field": "rumours",
                "normalise": "minmax",
                "illustrative": True,
                "weight": 0.5,
            },
        ],
        # Every unit is at risk, so units whose criteria add nothing form areas too.
        "classes": {"method": "fixed", "breaks": [0, 50, 75]},
        "areas": {"min_class": "Low", "max_units": 250, "boundary": "zones"},
    }
    # The corner is a zone of its own, so its units form areas without the others.
    north = ORIGIN[1] + 28 * 2_000.0
    left, bottom, right, top = units.total_bounds
    zones = gpd.GeoDataFrame(
        geometry=[shapely.box(left, bottom, right, north), shapely.box(left, north, right, top)],
        crs=units.crs,
    )
    model = parse_model(document)
    result = score(model, {"units": units, "zones": zones})
    explainer = Explainer(model.criteria, 2018)
    table, areas = result.units, result.areas
    sizes = areas["n_units"]
    assert sizes.nunique() > 10 and sizes.max() > 128, sizes.tolist()
    nothing = 0
    for area in areas.itertuples():
        members = table[table["area_id"] == area.area_id]
        assert area.n_units == len(members)
        assert area.area_km2 == round(len(members) * 4.0, 1)
        assert round(area.score_max, 6) == members["score"].max()
        ranked = members.sort_values("score", ascending=False, kind="stable")
        assert area.units == ", ".join(ranked["unit_name"])
        contributions = members[["hazard_contrib", "rumours_contrib"]].to_numpy().mean(axis=0)
        total = np.nansum(contributions)
        expected = round(100.0 * contributions[1] / total, 1) if total > 0 else 0.0
        assert area.illustrative_pct == expected
        raw = members[["hazard_raw", "rumours_raw"]].to_numpy()
        risk = members[["hazard_norm", "rumours_norm"]].to_numpy()
        risk = np.where(np.isfinite(risk), risk, -np.inf)
        phrases = [
            explainer.phrase(model.criteria[j], raw[int(np.argmax(risk[:, j])), j], {})
            for j in np.argsort(-contributions, kind="stable")[: model.areas.top_drivers]
            if contributions[j] > 0
        ]
        assert area.drivers == " · ".join(phrases)
        if total == 0:
            nothing += 1
            assert area.drivers == ""
    assert nothing > 0
