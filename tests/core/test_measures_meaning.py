"""Measures that mean what their label says, each against a hand calculation on square units:
reference periods, zero against zero, distance and snapshot dates.
"""

from __future__ import annotations

import numpy as np
import pytest
from measure_runs import COUNT, at, points, raw, run, ucdp_events

from riskmap_plugin.core import DataError, ModelError, parse_model

# ── Reference periods ──────────────────────────────────────────────────────────────────

# The data start on 2013-01-01 (U0003's event): a 180-day window ending 2018-01-31 shifted
# to 2013 runs 2012-08-05…2013-01-31, of which the data cover 31 days.
HISTORY = points(
    [at(2), at(3), at(4), at(5), at(6), at(15), at(25)],
    date=np.array(
        [
            "2013-01-10",
            "2013-01-20",
            "2017-09-01",
            "2017-10-01",
            "2018-01-01",
            "2013-06-01",
            "2013-01-01",
        ],
        dtype="datetime64[ms]",
    ),
)


def change(reference, **extra):
    return [
        {
            "id": "c",
            "label": "vs 2013",
            "noun": "incidents",
            "layer": "events",
            "measure": "change",
            "date_field": "date",
            "window": {"days": 180},
            "reference": reference,
            **extra,
        }
    ]


def test_a_reference_the_data_cover_only_partly_is_refused():
    with pytest.raises(DataError) as error:
        run(change({"year": 2013}), {"events": HISTORY})
    assert "cover only 31 of the 180 days" in str(error.value)
    assert "2012-08-05…2013-01-31" in str(error.value) and "pro_rate" in error.value.fix


@pytest.mark.parametrize("incomplete", ["refuse", "pro_rate"])
@pytest.mark.parametrize(
    "reference",
    [
        {"year": 1990},
        {"year": 1990, "basis": "calendar_year"},
        {"start": "2000-01-01", "end": "2000-06-30"},
    ],
    ids=["same-months", "calendar-year", "named-period"],
)
def test_a_reference_wholly_outside_the_data_names_the_criterion_and_the_datas_dates(
    reference, incomplete
):
    """No day of the reference in the data: pro-rating cannot help (nothing to scale), so
    the message says which criterion, which period and which years the data do cover."""
    with pytest.raises(DataError) as error:
        run(change({**reference, "incomplete": incomplete}), {"events": HISTORY})
    text = str(error.value)
    assert "criterion 'c' (reference): 'vs 2013' compares with" in text
    assert "wholly outside the data" in text
    assert "run from 2013-01-01 to 2018-01-01" in text
    assert "choose a reference year from 2013 to 2018" in error.value.fix
    assert error.value.where == "criterion 'c' (reference)"


def test_an_incompletely_covered_reference_is_pro_rated_when_allowed_and_said():
    result = run(change({"year": 2013, "incomplete": "pro_rate"}), {"events": HISTORY})
    scale = 180 / 31
    assert raw(result) == pytest.approx([(3 + 1) / (2 * scale + 1), 1.0, 1 / (1 * scale + 1)])
    assert any("cover only 31 of the 180 days" in w and "pro-rated" in w for w in result.warnings)
    texts = [d.text for d in result.explanations["U0001"]]
    assert any("vs 11.6 in 2013 (pro-rated)" in t for t in texts), texts


def test_the_reference_year_is_written_in_the_numbers_digits():
    # One digit system per language: "vs ١١٫٦ in 2013" would mix two.
    from riskmap_plugin.core.wording import Wording

    digits = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")

    def arabic(value, decimals=None):
        return f"{value:.{1 if decimals is None else decimals}f}".translate(digits)

    result = run(
        change({"year": 2013, "incomplete": "pro_rate"}),
        {"events": HISTORY},
        wording=Wording(number_format=arabic),
    )
    texts = " ".join(d.text for d in result.explanations["U0001"])
    assert "٢٠١٣" in texts and "2013" not in texts, texts


def test_the_calendar_reference_year_and_a_named_period_are_scaled_to_the_window():
    result = run(change({"year": 2013, "basis": "calendar_year"}), {"events": HISTORY})
    scale = 180 / 365  # 2013 holds U1's two January events, U2's June one and U3's
    assert raw(result) == pytest.approx([4 / (2 * scale + 1), 1 / (scale + 1), 1 / (scale + 1)])
    texts = [d.text for d in result.explanations["U0001"]]
    assert "3 incidents vs 1.0 in 2013 scaled to 6 mo (≥ 2013 level)" in texts
    period = {"start": "2013-01-01", "end": "2013-03-31", "change": "difference"}
    result = run(change(period), {"events": HISTORY})
    scale = 180 / 90
    assert raw(result) == pytest.approx([3 - 2 * scale, 0, -1 * scale])
    with pytest.raises(DataError, match="ends after the as-of date"):
        run(change({"year": 2018, "basis": "calendar_year"}), {"events": HISTORY})


def test_a_declared_coverage_replaces_the_dates_read_from_the_data():
    with pytest.raises(DataError, match="wholly outside the data"):  # declared: from 2014 only
        run(
            change({"year": 2013, "basis": "calendar_year"}),
            {"events": HISTORY},
            layers={"events": {"coverage": {"start": "2014-01-01"}}},
        )
    result = run(
        change({"year": 2013}),
        {"events": HISTORY},
        layers={"events": {"coverage": {"start": "2010-01-01", "end": "2018-01-31"}}},
    )
    assert raw(result) == pytest.approx([4 / 3, 1.0, 1 / 2])


def test_nothing_now_and_nothing_then_is_no_change_and_gives_no_points():
    events = points(
        [at(2), at(3), at(22), at(23), at(24)],
        date=np.array(
            ["2013-05-01", "2017-12-01", "2017-11-01", "2017-12-01", "2018-01-10"],
            dtype="datetime64[ms]",
        ),
    )
    criteria = change(
        {"year": 2013, "basis": "calendar_year", "change": "ratio"},
        normalise={"method": "goalposts", "min": 0.5, "max": 2},
    )
    result = run(
        criteria,
        {"events": events},
        layers={"events": {"coverage": {"start": "2013-01-01", "end": "2018-01-31"}}},
    )
    ref = 180 / 365  # U1: one 2013 event, scaled to the 180-day window
    assert raw(result) == pytest.approx([2 / (ref + 1), 1.0, 4.0])
    norm = result.units["c_norm"].tolist()
    assert norm[1] == 0.0  # 0 vs 0: not the (1 - 0.5) / 1.5 a ratio of 1 would give
    assert norm[0] == pytest.approx((2 / (ref + 1) - 0.5) / 1.5)
    assert result.units["c_contrib"].tolist()[1] == 0.0
    assert result.explanations["U0002"] == []  # never printed as a driver


# ── Nothing from after the as-of date ──────────────────────────────────────────────────


def test_distance_honours_the_filter_the_date_field_the_window_and_the_as_of_date():
    events = points(
        [at(-2), at(-5), at(-8), at(-11)],
        kind=["ied", "clash", "ied", "ied"],
        date=np.array(
            ["2019-01-01", "2017-12-01", "2010-01-01", "2017-06-01"], dtype="datetime64[ms]"
        ),
    )
    nearest = {
        "id": "c",
        "label": "Attacks",
        "layer": "events",
        "measure": "distance",
        "filter": {"field": "kind", "op": "==", "value": "ied"},
        "date_field": "date",
    }
    result = run([{**nearest, "window": {"days": 365}}], {"events": events})
    # 2 km: after the as-of date; 5 km: a clash; 8 km: before the window. 11 km counts.
    assert raw(result) == pytest.approx([11_000, 21_000, 31_000])
    assert any("after the as-of date" in w for w in result.warnings)
    result = run([nearest], {"events": events}, as_of="2016-06-30")
    assert raw(result) == pytest.approx([8_000, 18_000, 28_000])  # 2017 events are the future


def test_a_snapshot_after_the_as_of_date_is_said():
    returnees = points([at(5), at(15)], people=[300, 50], snapshot_date=["2017-12-31"] * 2)
    criterion = {
        "id": "c",
        "label": "Returnees",
        "layer": "returnees",
        "measure": "severity_sum",
        "field": "people",
    }
    result = run([criterion], {"returnees": returnees}, as_of="2016-06-30")
    said = [w for w in result.warnings if "snapshot of 2017-12-31" in w]
    assert said and "after the as-of date 2016-06-30" in said[0]
    assert not any("snapshot" in w for w in run([criterion], {"returnees": returnees}).warnings)
    declared = returnees.drop(columns="snapshot_date")
    result = run(
        [criterion],
        {"returnees": declared},
        as_of="2016-06-30",
        layers={"returnees": {"snapshot": "2017-12-31"}},
    )
    assert any("snapshot of 2017-12-31" in w for w in result.warnings)


# ── Location precision ─────────────────────────────────────────────────────────────────


def test_a_misspelt_layer_in_the_layers_section_is_refused():
    with pytest.raises(ModelError, match="no layer named 'event'"):
        run([COUNT], {"events": ucdp_events()}, layers={"event": {"snapshot": "2017-12-31"}})
    with pytest.raises(ModelError, match="basis"):
        parse_model(
            {
                "riskmap_model": 1,
                "name": "T",
                "as_of": "2018-01-31",
                "units": {"layer": "u", "id_field": "id"},
                "criteria": change({"year": 2013, "basis": "period"}),
            }
        )
