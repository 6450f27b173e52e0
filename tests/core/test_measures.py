"""Each measure against a hand calculation on square units (10 km, UTM 38N)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from synthetic import CRS, ORIGIN, square_units

from riskmap_plugin.core import DataError, parse_model, score

X0, Y0 = ORIGIN


def points(coords, crs=CRS, **columns) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        columns, geometry=shapely.points(np.array(coords, dtype=float)), crs=crs
    )


def run(criteria, frames, units=None, **model):
    units = units if units is not None else square_units(3, 1)
    document = {
        "riskmap_model": 1,
        "name": "T",
        "as_of": "2018-01-31",
        "units": {
            "layer": "units",
            "id_field": "uid",
            "name_field": "uname",
            "population_field": "population",
        },
        "criteria": criteria,
        **model,
    }
    return score(parse_model(document), {"units": units, **frames})


def raw(result, criterion="c"):
    return result.units[f"{criterion}_raw"].tolist()


# Three units side by side: U0001 [0,10) km, U0002 [10,20) km, U0003 [20,30) km east of X0.
EVENTS = points(
    [
        (X0 + 5_000, Y0 + 5_000),
        (X0 + 6_000, Y0 + 5_000),
        (X0 + 15_000, Y0 + 1_000),
        (X0 + 16_000, Y0 + 2_000),
        (X0 + 17_000, Y0 + 3_000),
        (X0 + 25_000, Y0 + 9_000),
    ],
    date=np.array(
        ["2018-01-30", "2017-06-01", "2018-01-01", "2017-12-01", "2013-12-15", "2019-01-01"],
        dtype="datetime64[ms]",
    ),
    best=[3, 0, 1, 10, 2, "n/a"],
    kind=["ied", "clash", "ied", "ied", "clash", "ied"],
)


def test_count_window_filter_and_future_events():
    result = run(
        [
            {
                "id": "c",
                "label": "Incidents",
                "layer": "events",
                "measure": "count",
                "date_field": "date",
                "window": {"days": 90},
            }
        ],
        {"events": EVENTS},
    )
    # 2019 event is after the as-of date: never counted; 2017-06-01 and 2013 are outside 90 d.
    assert raw(result) == [1, 2, 0]
    assert any("after the as-of date" in w for w in result.warnings)
    result = run(
        [
            {
                "id": "c",
                "label": "IEDs",
                "layer": "events",
                "measure": "count",
                "filter": {"field": "kind", "op": "==", "value": "ied"},
            }
        ],
        {"events": EVENTS},
    )
    assert raw(result) == [1, 2, 1]  # without a date field no date rule applies


def test_severity_sum_low_severity_and_text_values():
    result = run(
        [
            {
                "id": "c",
                "label": "Deaths",
                "layer": "events",
                "measure": "severity_sum",
                "field": "best",
            },
            {
                "id": "low",
                "label": "Small",
                "layer": "events",
                "measure": "low_severity_count",
                "field": "best",
                "threshold": 2,
            },
        ],
        {"events": EVENTS},
    )
    assert raw(result) == [3, 13, 0]  # "n/a" is not a number; the 2019 event has no date rule
    assert raw(result, "low") == [1, 2, 0]


def test_density_rate_presence_and_recency():
    criteria = [
        {"id": "c", "label": "Density", "layer": "events", "measure": "density"},
        {"id": "r", "label": "Rate", "layer": "events", "measure": "rate", "per": 1000},
        {
            "id": "p",
            "label": "Presence",
            "layer": "events",
            "measure": "presence",
            "date_field": "date",
            "window": {"days": 40},
        },
        {
            "id": "h",
            "label": "Recent",
            "layer": "events",
            "measure": "count",
            "date_field": "date",
            "half_life_days": 30,
        },
    ]
    result = run(criteria, {"events": EVENTS})
    assert raw(result) == pytest.approx([2 / 100, 3 / 100, 1 / 100])  # 100 km² units
    assert raw(result, "r") == pytest.approx([2 / 50, 3 / 50, 1 / 50])  # per 1,000 people
    assert raw(result, "p") == [1, 1, 0]
    expected_u1 = 0.5 ** (1 / 30) + 0.5 ** (244 / 30)  # 1 day and 244 days before as-of
    assert raw(result, "h")[0] == pytest.approx(expected_u1)


def test_change_against_the_same_months_of_a_reference_year():
    result = run(
        [
            {
                "id": "c",
                "label": "vs 2013",
                "layer": "events",
                "measure": "change",
                "date_field": "date",
                "window": {"days": 90},
                "reference": {"year": 2013, "change": "difference"},
            }
        ],
        {"events": EVENTS},
        layers={"events": {"coverage": {"start": "2012-01-01"}}},  # the data start earlier
    )
    # Window 2017-11-03…2018-01-31; reference 2012-11-03…2013-01-31 has no event,
    # the 2013-12-15 event is outside the reference months.
    assert raw(result) == [1, 2, 0]
    result = run(
        [
            {
                "id": "c",
                "label": "vs 2016",
                "layer": "events",
                "measure": "change",
                "date_field": "date",
                "window": {"days": 90},
                "reference": {"start": "2013-12-01", "end": "2013-12-31"},
            }
        ],
        {"events": EVENTS},
        layers={"events": {"coverage": {"start": "2013-01-01"}}},
    )
    # (w+1)/(r+1) with the 31-day period's count scaled to the 90-day window.
    assert raw(result) == pytest.approx([2 / 1, 3 / (1 * 90 / 31 + 1), 1 / 1])


def test_distance_to_a_line_by_hand():
    line = gpd.GeoDataFrame(
        {"n": [1]},
        geometry=[shapely.LineString([(X0 - 3_000, Y0 - 50_000), (X0 - 3_000, Y0 + 50_000)])],
        crs=CRS,
    )
    result = run(
        [
            {
                "id": "c",
                "label": "Border",
                "layer": "line",
                "measure": "distance",
                "direction": "lower_is_riskier",
            },
            {
                "id": "m",
                "label": "Centre",
                "layer": "line",
                "measure": "distance",
                "from": "centroid",
            },
        ],
        {"line": line},
    )
    assert raw(result) == pytest.approx([3_000, 13_000, 23_000], abs=1.0)
    assert raw(result, "m") == pytest.approx([8_000, 18_000, 28_000], abs=1.0)
    assert result.units["c_norm"].tolist() == pytest.approx([1.0, 0.5, 0.0])


def test_distance_does_not_depend_on_the_input_crs():
    line = gpd.GeoDataFrame(
        {"n": [1]},
        geometry=[shapely.LineString([(X0 - 3_000, Y0 - 50_000), (X0 - 3_000, Y0 + 50_000)])],
        crs=CRS,
    )
    units = square_units(3, 1)
    result = run(
        [{"id": "c", "label": "Border", "layer": "line", "measure": "distance"}],
        {"line": line.to_crs(4326)},
        units=units.to_crs(3857),
    )
    assert raw(result) == pytest.approx([3_000, 13_000, 23_000], abs=1.0)


def test_area_share_attribute_and_diversity():
    zone = gpd.GeoDataFrame(
        {"a": [0.5, 0.1], "b": [0.5, 0.1], "c": [0.0, 0.8]},
        geometry=[
            shapely.box(X0, Y0, X0 + 15_000, Y0 + 10_000),
            shapely.box(X0 + 5_000, Y0, X0 + 10_000, Y0 + 10_000),
        ],
        crs=CRS,
    )
    result = run(
        [
            {"id": "c", "label": "Zones", "layer": "zones", "measure": "area_share"},
            {"id": "pop", "label": "Population", "measure": "attribute", "field": "population"},
            {
                "id": "mix",
                "label": "Mix",
                "layer": "zones",
                "measure": "diversity",
                "fields": ["a", "b", "c"],
            },
        ],
        {"zones": zone},
    )
    assert raw(result) == pytest.approx([1.0, 0.5, 0.0])  # overlaps are not counted twice
    assert raw(result, "pop") == [50_000] * 3
    # Unit 1: half area with (0.5, 0.5, 0), half with (0.1, 0.1, 0.8), area-weighted.
    p = np.array([0.3, 0.3, 0.4])
    assert raw(result, "mix")[0] == pytest.approx(1 - (p**2).sum())
    assert raw(result, "mix")[1] == pytest.approx(0.5)
    assert np.isnan(raw(result, "mix")[2])


def test_missing_field_names_the_criterion_layer_and_field():
    with pytest.raises(DataError) as caught:
        run(
            [
                {
                    "id": "c",
                    "label": "Deaths",
                    "layer": "events",
                    "measure": "severity_sum",
                    "field": "fatalities",
                }
            ],
            {"events": EVENTS},
        )
    message = str(caught.value)
    assert "criterion 'c'" in message and "'fatalities'" in message and "events" in message
    with pytest.raises(DataError, match="the layer 'nowhere' was not found"):
        run([{"id": "c", "label": "X", "layer": "nowhere", "measure": "count"}], {})
