"""The optional analyses of a run: time (trend, surge, reference level), hot spots, uncertainty.

Each adds fields to the units and areas and reasons to the watch list. When a
model leaves a section out, its fields are still written (empty), so the
output contract does not depend on the model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import DataError
from ..measures import Inputs
from ..messages import in_digits, warning
from ..model import Model, Reference, Window
from ..reference import reference_period
from ..scores import Scores
from .hotspots import band_neighbours, hot_spots, queen_neighbours
from .trends import categorise, mann_kendall, month_index, monthly_counts, surges
from .uncertainty import area_bands, monte_carlo

UNIT_FIELDS = (
    "trend",
    "trend_p",
    "surge",
    "ref_level_ratio",
    "hotspot",
    "rank_median",
    "rank_p05",
    "rank_p95",
    "p_top",
)


@dataclass
class Analyses:
    units: dict[str, np.ndarray]
    areas: pd.DataFrame  # indexed by area_id
    reasons: list[list[str]]
    sensitivity: pd.DataFrame = field(default_factory=pd.DataFrame)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Series:
    monthly: np.ndarray
    unit_of_event: np.ndarray
    dates: np.ndarray
    current: np.ndarray | None = None
    reference: np.ndarray | None = None


def run_analyses(
    model: Model,
    inputs: Inputs,
    scored: Scores,
    base_rank: np.ndarray,
    templates: dict[str, str],
    number,
) -> Analyses:
    """The model's time, hot-spot and uncertainty analyses of a run whose areas are built.

    ``base_rank``: each unit's rank in the run (1 = riskiest), which the rank bands vary.
    """
    scores, raw, norm, values = scored.score, scored.raw, scored.norm, scored.prepared
    gated, at_risk, area_of_unit = scored.gated, scored.at_risk, scored.area_of_unit
    n = len(scores)
    n_areas = int(area_of_unit.max()) if len(area_of_unit) else 0
    units: dict[str, np.ndarray] = {
        "trend": np.full(n, None, dtype=object),
        "trend_p": np.full(n, np.nan),
        "surge": np.full(n, None, dtype=object),
        "ref_level_ratio": np.full(n, np.nan),
        "hotspot": np.full(n, None, dtype=object),
        **{k: np.full(n, np.nan) for k in UNIT_FIELDS[5:]},
    }
    areas = pd.DataFrame(
        index=pd.RangeIndex(1, n_areas + 1, name="area_id"), columns=list(UNIT_FIELDS), dtype=object
    )
    reasons: list[list[str]] = [[] for _ in range(n)]
    outside = ~at_risk
    sensitivity = pd.DataFrame(columns=["criterion", "label", "first_order"])
    warnings: list[str] = []
    if model.time is not None:
        series = _time_series(model, inputs, warnings)
        _add_time(model, series, units, areas, area_of_unit, reasons, outside, templates, number)
    if model.hotspots is not None:
        rule = model.hotspots
        if rule.of == "score":
            of = scores
        else:
            of = raw[:, [c.id for c in model.criteria].index(rule.of)]
            of = np.where(np.isfinite(of), of, np.nanmedian(of) if np.isfinite(of).any() else 0)
        geometries = inputs.index.geometries
        i, j = (
            queen_neighbours(geometries)
            if rule.weights == "queen"
            else band_neighbours(geometries, rule.distance_km * 1000.0)
        )
        spots = hot_spots(of, i, j, rule.permutations, rule.seed, rule.fdr)
        units["hotspot"] = spots.label
        for area in areas.index:
            members = np.flatnonzero(area_of_unit == area)
            areas.loc[area, "hotspot"] = spots.label[members[np.argmax(spots.z[members])]]
    if model.uncertainty is not None:
        bands = model.uncertainty
        n_at_risk = int(at_risk.sum())
        mc = monte_carlo(
            norm,
            values,
            model.criteria,
            model.aggregation,
            gated,
            base_rank,
            n_at_risk,
            bands.draws,
            bands.seed,
            bands.concentration,
            bands.normalisations,
            bands.aggregations,
        )
        units.update(
            rank_median=mc.rank_median, rank_p05=mc.rank_p05, rank_p95=mc.rank_p95, p_top=mc.p_top
        )
        bands = area_bands(mc.ranks, area_of_unit, n_areas, n_at_risk).set_index("area_id")
        for column in bands.columns:
            areas[column] = bands[column]
        crossing = outside & (mc.rank_p05 <= n_at_risk) & (n_at_risk > 0)
        for unit in np.flatnonzero(crossing):
            reasons[unit].append(
                templates["watch_band"].format(
                    low=number(mc.rank_p05[unit], 0),
                    high=number(mc.rank_p95[unit], 0),
                    p=number(100 * mc.p_top[unit], 0),
                )
            )
        sensitivity = mc.sensitivity
    return Analyses(
        units=units, areas=areas, reasons=reasons, sensitivity=sensitivity, warnings=warnings
    )


def _time_series(model: Model, inputs: Inputs, warnings: list[str]) -> _Series:
    rule = model.time
    criterion = model.criterion(rule.criterion)
    table = inputs.table(criterion)
    layer = inputs.layer(criterion)
    features, unit_of_pair = inputs.index.join(criterion.layer, np.asarray(layer.geometry.values))
    first = (np.datetime64(model.as_of, "M") - rule.months + 1).astype("datetime64[D]")
    start = min(first.astype(dt.date), model.as_of - dt.timedelta(days=28 + 26 * 7))
    keep = table.mask(criterion, Window(start=start, end=model.as_of))[features]
    dates = table.dates(criterion.date_field)[features][keep]
    unit_of_event = unit_of_pair[keep]
    position = month_index(dates, model.as_of, rule.months)
    monthly = monthly_counts(
        unit_of_event, position, np.ones(len(dates)), inputs.index.size, rule.months
    )
    series = _Series(monthly=monthly, unit_of_event=unit_of_event, dates=dates)
    if rule.reference_year is not None:
        window = criterion.window or Window(days=180)
        reference = Reference(year=rule.reference_year, basis=rule.reference_basis)
        try:
            period = reference_period(criterion, table, reference, window, "time → reference_year")
        except DataError:
            # A level "as high as in <year>" the data cannot show is left out, and said; the
            # scores do not depend on it (a criterion's own reference is refused instead).
            warnings.append(warning("reference_level_left_out", year=rule.reference_year))
            return series
        size = inputs.index.size
        for name, counted, scale in (
            ("current", window, 1.0),
            ("reference", period.counted, period.scale),
        ):
            mask = table.mask(criterion, counted)[features]
            counts = np.bincount(unit_of_pair[mask], minlength=size).astype(float)
            setattr(series, name, counts * scale)
    return series


def _add_time(
    model, series: _Series, units, areas, area_of_unit, reasons, outside, templates, number
) -> None:
    rule = model.time
    s, _, p = mann_kendall(series.monthly)
    units["trend"] = categorise(series.monthly, s, p)
    units["trend_p"] = np.round(p, 6)
    surge, last4 = surges(
        series.unit_of_event,
        series.dates,
        np.ones(len(series.dates)),
        model.as_of,
        len(p),
        rule.surge_factor,
        rule.surge_min_count,
    )
    units["surge"] = np.where(surge, "surge", "")
    if series.current is not None:
        units["ref_level_ratio"] = (series.current + 1.0) / (series.reference + 1.0)
    for area in areas.index:
        members = area_of_unit == area
        total = series.monthly[members].sum(axis=0, keepdims=True)
        a_s, _, a_p = mann_kendall(total)
        areas.loc[area, "trend"] = categorise(total, a_s, a_p)[0]
        areas.loc[area, "trend_p"] = round(float(a_p[0]), 6)
        areas.loc[area, "surge"] = "surge" if surge[members].any() else ""
        if series.current is not None:
            areas.loc[area, "ref_level_ratio"] = (series.current[members].sum() + 1.0) / (
                series.reference[members].sum() + 1.0
            )
    criterion = model.criterion(rule.criterion)
    noun, label = criterion.noun or criterion.label.lower(), criterion.label
    for unit in np.flatnonzero(outside):
        trend = units["trend"][unit]
        # Rising only when the trend is significant at the model's alpha (areas → watch_alpha).
        if trend in ("intensifying", "new") and p[unit] <= model.areas.watch_alpha:
            reasons[unit].append(
                templates["watch_rising"].format(
                    trend=templates.get(f"trend_{trend}", trend), p=number(p[unit], 3), label=label
                )
            )
        if surge[unit]:
            reasons[unit].append(
                templates["watch_surge"].format(value=number(last4[unit]), noun=noun, label=label)
            )
        current = series.current[unit] if series.current is not None else 0.0
        if current >= max(
            series.reference[unit] if series.reference is not None else 0.0, rule.surge_min_count
        ):
            reasons[unit].append(
                templates["watch_reference"].format(
                    year=in_digits(str(rule.reference_year), number),
                    current=number(series.current[unit]),
                    reference=number(series.reference[unit]),
                    noun=noun,
                    label=label,
                )
            )
