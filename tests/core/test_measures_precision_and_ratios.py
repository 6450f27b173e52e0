"""Measures that mean what their label says: location precision by grain, severity floors,
ratios, town-weighted distance and correlated criteria (hand calculations on square units).
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from measure_runs import COUNT, X0, Y0, at, points, raw, run, ucdp_events
from synthetic import CRS, square_units

from riskmap_plugin.core import DataError, ModelError, parse_model


@pytest.mark.parametrize(
    ("grain", "counted"), [("province", 4), ("district", 3), ("sub_district", 2), ("grid", 2)]
)
def test_events_too_coarse_for_the_grain_are_left_out_and_counted(grain, counted):
    result = run([COUNT], {"events": ucdp_events()}, unit_keys={"grain": grain})
    assert raw(result)[0] == counted
    left = 7 - counted
    said = [w for w in result.warnings if "located more coarsely" in w]
    assert len(said) == 1 and f"{left} of 7 events ({round(100 * left / 7)} %)" in said[0]
    assert "'where_prec'" in said[0]


def test_the_grain_follows_the_units_and_a_rule_can_be_set_or_lifted():
    sub = parse_model(
        {
            "riskmap_model": 1,
            "name": "T",
            "as_of": "2018-01-31",
            "units": {"layer": "u", "id_field": "ADM3_PCODE"},
            "criteria": [COUNT],
        }
    )
    assert sub.units.grain == "sub_district"
    exact = {**COUNT, "precision": {"up_to": "exact"}}
    assert raw(run([exact], {"events": ucdp_events()}))[0] == 1
    lifted = {**COUNT, "precision": {"up_to": "any"}}
    result = run([lifted], {"events": ucdp_events()})
    assert raw(result)[0] == 7 and not any("coarsely" in w for w in result.warnings)
    own = ucdp_events().rename(columns={"where_prec": "prec", "type_of_violence": "kind"})
    assert raw(run([COUNT], {"events": own}))[0] == 7  # not a known dataset: no rule
    ruled = {**COUNT, "precision": {"field": "prec", "scale": "ucdp_ged"}}
    assert raw(run([ruled], {"events": own}))[0] == 3
    with pytest.raises(ModelError, match="scale"):
        run([{**COUNT, "precision": {"field": "prec"}}], {"events": own})


def test_acled_geo_precision_is_read_on_its_own_scale():
    acled = points(
        [at(5)] * 3,
        geo_precision=[1, 2, 3],
        event_date=["2017-12-01"] * 3,
        event_type=["Battles"] * 3,
        fatalities=[0, 0, 2],
    )
    assert raw(run([COUNT], {"events": acled}))[0] == 2  # 3: only a region → province level
    assert raw(run([COUNT], {"events": acled}, unit_keys={"grain": "province"}))[0] == 3


def test_a_severity_floor_is_said_for_low_severity_counts():
    low = {
        "id": "c",
        "label": "Small",
        "layer": "events",
        "measure": "low_severity_count",
        "field": "best",
        "threshold": 2,
    }
    result = run([low], {"events": ucdp_events()})
    assert any("'best' of at least 1" in w for w in result.warnings)
    acled = points(
        [at(5)], geo_precision=[1], event_date=["2017-12-01"], event_type=["Riots"], fatalities=[0]
    )
    result = run([{**low, "field": "fatalities"}], {"events": acled})
    assert not any("at least" in w for w in result.warnings)
    own = points([at(5)], deaths=[1])
    result = run(
        [{**low, "field": "deaths"}],
        {"events": own},
        layers={"events": {"severity_floor": {"field": "deaths", "value": 1}}},
    )
    assert any("'deaths' of at least 1" in w for w in result.warnings)


# ── Rates and denominators ─────────────────────────────────────────────────────────────


def test_the_return_ratio_divides_by_returnees_and_idps():
    units = square_units(4, 1)
    returnees = points([at(2), at(7), at(15)], people=[300, 100, 50])
    idps = points([at(5), at(25)], people=[600, 200])
    ratio = {
        "id": "c",
        "label": "Return ratio",
        "noun": "returned",
        "layer": "returnees",
        "measure": "ratio",
        "field": "people",
        "denominator": {"layer": "idps", "field": "people", "plus_numerator": True},
    }
    result = run([ratio], {"returnees": returnees, "idps": idps}, units=units)
    values = raw(result)
    assert values[:3] == pytest.approx([400 / 1000, 50 / 50, 0 / 200]) and np.isnan(values[3])
    assert any("1 units have nothing to divide by" in w for w in result.warnings)
    assert [d.text for d in result.explanations["U0001"]] == ["40 % returned"]
    per_person = {**ratio, "denominator": {"population": True}}
    result = run([per_person], {"returnees": returnees}, units=units)
    assert raw(result) == pytest.approx([400 / 50_000, 50 / 50_000, 0.0, 0.0])


def test_distance_from_towns_is_weighted_by_population():
    line = gpd.GeoDataFrame(
        {"n": [1]},
        geometry=[shapely.LineString([(X0, Y0 - 50_000), (X0, Y0 + 50_000)])],
        crs=CRS,
    )
    towns = points([at(2), at(8), at(12), at(18)], name=list("ABCD"), pop=[1000, 3000, None, 5000])
    border = {
        "id": "c",
        "label": "Border",
        "layer": "line",
        "measure": "distance",
        "from": "towns",
        "direction": "lower_is_riskier",
    }
    result = run(
        [border],
        {"line": line, "towns": towns},
        places={"layer": "towns", "name_field": "name", "population_field": "pop"},
    )
    # U1: (2 km × 1000 + 8 km × 3000) / 4000; U2: one town without population → equal
    # weights; U3: no town → from its centre.
    assert raw(result) == pytest.approx([6_500, 15_000, 25_000])
    assert any("1 units have no town" in w for w in result.warnings)
    assert "towns 6.5 km from border" in [d.text for d in result.explanations["U0001"]]
    with pytest.raises(DataError, match="towns layer"):
        run([border], {"line": line})


def test_correlated_criteria_are_shown_in_a_matrix_and_warned_about():
    units = square_units(12, 1)
    rng = np.random.default_rng(3)
    units["a"] = rng.normal(size=12)
    units["b"] = units["a"] * 2 + 1  # the same order: ρ = 1
    units["z"] = rng.normal(size=12)
    criteria = [{"id": k, "label": k.upper(), "measure": "attribute", "field": k} for k in "abz"]
    result = run(criteria, {}, units=units)
    assert result.correlations.loc["a", "b"] == pytest.approx(1.0)
    spearmanr = pytest.importorskip("scipy.stats").spearmanr
    rho = spearmanr(units["a"], units["z"]).statistic
    assert result.correlations.loc["a", "z"] == pytest.approx(rho, abs=1e-3)
    said = [w for w in result.warnings if "strongly correlated" in w]
    assert said == [
        "criteria 'a' and 'b' are strongly correlated on this run (Spearman ρ = "
        "1.00); together they may count the same thing twice"
    ]
