"""One at-risk area as the briefing prints it: its table row and its atlas page values.

Pure (no QGIS, no Qt), like :mod:`context`, which builds one :class:`AreaRow` per
area from the result's ``areas`` and ``units`` tables.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ...core.areas import ADDITIVE, area_raw_values
from ...core.explain import Explainer
from ...core.model import Model
from .words import ENGLISH_WORDS, PLACEHOLDER, Words


@dataclass(frozen=True)
class DriverValue:
    """One criterion's value in an area and what it adds to the area's score."""

    criterion_id: str
    label: str
    value_text: str
    points: float
    share_pct: float
    illustrative: bool
    #: The share as printed ('31 %', in the reader's digits).
    share_text: str = ""


@dataclass(frozen=True)
class AreaRow:
    """One at-risk area as printed: the row of the areas table and its atlas page."""

    area_id: int
    name: str
    class_label: str
    score: float
    score_mean: float
    n_units: int
    units: tuple[str, ...]
    drivers: str
    rank_band: str = PLACEHOLDER
    trend: str = PLACEHOLDER
    driver_values: tuple[DriverValue, ...] = ()
    p_top: str = PLACEHOLDER
    surge: str = PLACEHOLDER
    hotspot: str = PLACEHOLDER
    #: The text block at the top of the area's page (:func:`area_details`).
    details: str = ""
    #: The area page's title, "Area 1 of 3: Kirkuk".
    heading: str = ""
    #: "4,210 km² (1.0 %)": size and share of the study area.
    size: str = PLACEHOLDER
    #: Share of the score from illustrative criteria, "23 %".
    illustrative: str = PLACEHOLDER


def area_row(
    area: Mapping,
    units: pd.DataFrame,
    model: Model | None,
    labels: Mapping,
    words: Words = ENGLISH_WORDS,
) -> AreaRow:
    """One area's row and page values, worded by ``words`` (class, trend, surge, drivers)."""
    area_id = int(area["area_id"])
    members = units.loc[pd.to_numeric(units.get("area_id"), errors="coerce") == area_id]
    members = members.sort_values("score", ascending=False) if "score" in members else members
    names = tuple(str(n) for n in members.get("unit_name", pd.Series(dtype=str)))
    if not names and area.get("units"):
        names = tuple(s.strip() for s in str(area["units"]).split(","))
    row = AreaRow(
        area_id=area_id,
        name=str(area.get("name") or words("area_name", number=words.number(area_id, 0))),
        class_label=words.term(str(area.get("class") or PLACEHOLDER)),
        score=float(area.get("score_max") or 0.0),
        score_mean=float(area.get("score_mean") or 0.0),
        n_units=int(area.get("n_units") or len(names)),
        units=names,
        drivers=str(area.get("drivers") or PLACEHOLDER),
        rank_band=_rank_band(area, words),
        trend=_trend(area, words),
        driver_values=_driver_values(members, model, labels, words),
        p_top=_percent(area.get("p_top"), words),
        surge=_surge(area.get("surge"), words),
        hotspot=_hotspot(area.get("hotspot"), words),
        size=_size(area, words),
        illustrative=_percent(_fraction(area.get("illustrative_pct")), words),
    )
    return dataclasses.replace(row, details=area_details(row, words))


def _fraction(percent) -> float | None:
    number = pd.to_numeric(pd.Series([percent]), errors="coerce").iloc[0]
    return None if pd.isna(number) else float(number) / 100.0


def _size(area: Mapping, words: Words) -> str:
    """'4,210 km² (1.0 %)', or the placeholder for a result without sizes."""
    km2 = pd.to_numeric(pd.Series([area.get("area_km2")]), errors="coerce").iloc[0]
    share = pd.to_numeric(pd.Series([area.get("share_pct")]), errors="coerce").iloc[0]
    if pd.isna(km2) or pd.isna(share):
        return PLACEHOLDER
    return words("area_size", km2=words.number(float(km2), 0), share=words.number(float(share), 1))


def area_details(area: AreaRow, words: Words = ENGLISH_WORDS) -> str:
    """The text block at the top of an area's page."""
    how_sure = words("rank_band", band=area.rank_band)
    if area.p_top != PLACEHOLDER:
        how_sure += words("in_top_class", share=area.p_top)
    return "\n".join(
        [
            words(
                "area_class",
                label=area.class_label,
                score=words.number(area.score, 1),
                mean=words.number(area.score_mean, 1),
                units=words.count(area.n_units),
            )
            + (words("area_size_note", size=area.size) if area.size != PLACEHOLDER else ""),
            how_sure,
            words("area_trend", trend=area.trend, surge=area.surge, hotspot=area.hotspot),
            words("area_drivers", drivers=area.drivers),
        ]
    )


def _percent(value, words: Words) -> str:
    """'99 %' for a share 0–1, else the placeholder."""
    number = pd.to_numeric(pd.Series([value]), errors="coerce").iloc[0]
    if pd.isna(number):
        return PLACEHOLDER
    return words("percent", share=words.number(100 * float(number), 0))


_SPOT = re.compile(r"^(Hot|Cold) spot (\d+) %$")


def _hotspot(value, words: Words) -> str:
    """The core's Gi* label ('Hot spot 95 %', 'Not significant') in the reader's words."""
    text = _text_or_placeholder(value)
    spot = _SPOT.match(text)
    if spot:
        key = "hot_spot" if spot.group(1) == "Hot" else "cold_spot"
        return words(key, level=words.number(int(spot.group(2)), 0))
    return words("not_significant") if text == "Not significant" else text


def _surge(value, words: Words) -> str:
    if value == "surge":
        return words("surge")
    return words("no_surge") if isinstance(value, str) else PLACEHOLDER


def _trend(area: Mapping, words: Words) -> str:
    """The trend category with its Mann–Kendall p-value when significant ('p = 0.012')."""
    trend = _text_or_placeholder(area.get("trend"))
    p = pd.to_numeric(pd.Series([area.get("trend_p")]), errors="coerce").iloc[0]
    if trend in ("intensifying", "diminishing") and pd.notna(p):
        return words("trend_p", trend=words.term(trend), p=words.number(float(p), 3))
    return words.term(trend)


def _rank_band(area: Mapping, words: Words) -> str:
    low, high = area.get("rank_p05"), area.get("rank_p95")
    if low is None or high is None or pd.isna(low) or pd.isna(high):
        return PLACEHOLDER
    low, high = int(round(float(low))), int(round(float(high)))
    if low == high:
        return words.number(low, 0)
    return f"{words.number(low, 0)}–{words.number(high, 0)}"


def _text_or_placeholder(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)) or str(value) == "":
        return PLACEHOLDER
    return str(value)


def _driver_values(
    members: pd.DataFrame, model: Model | None, labels: Mapping, words: Words
) -> tuple[DriverValue, ...]:
    """Every criterion's area value (totals or riskiest member) and mean contribution."""
    if model is None or members.empty:
        return ()
    criteria = tuple(c for c in model.criteria if f"{c.id}_raw" in members)
    if not criteria:
        return ()

    def matrix(suffix: str) -> np.ndarray:
        return np.column_stack(
            [pd.to_numeric(members[f"{c.id}_{suffix}"], errors="coerce") for c in criteria]
        ).astype(float)

    raw, norm = matrix("raw"), matrix("norm")
    contributions = np.nan_to_num(matrix("contrib")).mean(axis=0)
    values = area_raw_values(raw, criteria, np.arange(len(members)), norm)
    explainer = Explainer(
        criteria,
        model.as_of.year,
        templates=words.annotation_templates,
        number=words.number if words.annotation_templates else None,
        noun_for=words.noun_for,
    )
    total = float(contributions.sum()) or 1.0
    rows = []
    for j in np.argsort(-contributions, kind="stable"):
        criterion = criteria[j]
        share = round(100.0 * float(contributions[j]) / total, 1)
        rows.append(
            DriverValue(
                criterion_id=criterion.id,
                label=words.term(criterion.label),
                value_text=_value_text(explainer, criterion, float(values[j]), len(members), words),
                points=round(float(contributions[j]), 1),
                share_pct=share,
                illustrative=bool(
                    criterion.illustrative or getattr(labels.get(criterion.id), "illustrative", 0)
                ),
                share_text=words("percent", share=words.number(share, 0)),
            )
        )
    return tuple(rows)


def _value_text(explainer: Explainer, criterion, value: float, n_members: int, words: Words) -> str:
    """The annotation phrase; a change reads as a ratio (the detail counts are not stored).

    Counts are the area's totals; other measures are its riskiest unit's value, and say so.
    """
    if not np.isfinite(value):
        return words("no_data")
    if criterion.measure == "change" and criterion.reference is not None:
        year = criterion.reference.year
        period = str(year) if year else words("reference")  # as the annotations print it
        if criterion.reference.change == "ratio":
            text = words("times_level", value=words.number(value, 1), period=period)
        else:
            text = words("more_than", value=words.number(value), period=period)
    else:
        text = explainer.phrase(criterion, value, {})
    if n_members > 1 and criterion.measure not in ADDITIVE:
        text += words("riskiest_unit")
    return text
