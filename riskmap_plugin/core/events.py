"""Which features a criterion counts: dates, windows, attribute filters, recency.

Dates are parsed once per layer and field. A feature dated after the as-of
date is never counted (the analysis describes the as-of date); features with
unreadable dates are left out of windowed criteria and reported as a warning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .errors import DataError
from .messages import warning
from .model import Criterion, Filter, Window
from .model.layers import (
    DATASETS,
    GRAIN_PRECISION,
    PRECISION_LEVELS,
    PRECISION_SCALES,
    LayerInfo,
    recognise,
)

#: The precision levels in the words of the caveats.
LEVEL_WORDS = {
    "exact": "an exact location",
    "within_25km": "within 25 km",
    "second_order_unit": "a second-order unit (district)",
    "first_order_unit": "a first-order unit (province)",
    "coarser": "a wider region",
}


def parse_dates(values: pd.Series) -> np.ndarray:
    """Day-resolution ``datetime64[D]`` from dates, datetimes or strings (NaT when unreadable)."""
    if pd.api.types.is_datetime64_any_dtype(values):
        parsed = values
        if getattr(values.dt, "tz", None) is not None:
            parsed = values.dt.tz_convert(None)
    else:
        text = values.astype("string").str.strip()
        parsed = pd.to_datetime(text, errors="coerce", format="ISO8601")
        retry = parsed.isna() & text.notna() & (text != "")
        if retry.any():  # spreadsheets: 31/01/2018, 2018/01/31, Jan 31 2018…
            parsed[retry] = pd.to_datetime(
                text[retry], errors="coerce", dayfirst=True, format="mixed"
            )
    return parsed.to_numpy(dtype="datetime64[D]")


def blank(values: pd.Series) -> np.ndarray:
    """NULL, NaN or text of only spaces: no value rather than a wrong one."""
    if values.dtype.kind in "biufcmM":  # typed columns hold no text: only NULLs are blank
        return values.isna().to_numpy(dtype=bool)
    text = values.astype("string").str.strip()
    return (text.isna() | (text == "")).to_numpy(dtype=bool)


def not_numbers(frame: pd.DataFrame, column: str) -> int:
    """How many values hold something (not blank) that is not a number, e.g. "high"."""
    values = frame[column]
    if values.dtype.kind in "biuf":  # already numbers: nothing to report
        return 0
    parsed = pd.to_numeric(values, errors="coerce")
    return int((parsed.isna().to_numpy() & ~blank(values)).sum())


def numeric(frame: pd.DataFrame, column: str, layer: str) -> np.ndarray:
    """A column as floats; text that is not a number becomes missing."""
    if column not in frame.columns:
        raise DataError.of(
            "no_field",
            f"layer '{layer}'",
            field=column,
            options=", ".join(map(str, list(frame.columns)[:15])),
        )
    return pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)


@dataclass
class EventTable:
    """The attributes of one layer, with parsed dates cached per field."""

    name: str
    frame: pd.DataFrame
    as_of: dt.date
    info: LayerInfo = field(default_factory=LayerInfo)
    grain: str = "district"
    _dates: dict[str, np.ndarray] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def say(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)

    @property
    def dataset(self) -> str | None:
        """The declared dataset, else the one its field names look like (None: unknown)."""
        if self.info.dataset is not None:
            return None if self.info.dataset == "other" else self.info.dataset
        return recognise(self.frame.columns)

    def column(self, name: str) -> str | None:
        """The layer's column of that name, whatever its case."""
        if name in self.frame.columns:
            return name
        return next((c for c in self.frame.columns if str(c).lower() == name.lower()), None)

    def coverage(self, column: str) -> tuple[dt.date, dt.date] | None:
        """First and last day the data cover: declared in the model, else read from the data."""
        declared = self.info.coverage
        dates = self.dates(column)
        dates = dates[~np.isnat(dates)]
        first = declared.start if declared and declared.start else None
        last = declared.end if declared and declared.end else None
        if len(dates):
            first = first or dates.min().astype(dt.date)
            last = last or dates.max().astype(dt.date)
        return (first, last) if first and last else None

    def snapshot(self) -> dt.date | None:
        """The date a static layer describes: declared, or the latest date of its snapshot field."""
        if self.info.snapshot is not None:
            return self.info.snapshot
        column = self.info.snapshot_field or self.column("snapshot_date")
        if column is None or column not in self.frame.columns:
            return None
        dates = parse_dates(self.frame[column])
        dates = dates[~np.isnat(dates)]
        return dates.max().astype(dt.date) if len(dates) else None

    def severity_floor(self, column: str | None) -> float | None:
        """The smallest value of ``column`` the source records (UCDP GED: best ≥ 1), or None."""
        if column is None:
            return None
        if self.info.severity_floor is not None and self.info.severity_field == column:
            return self.info.severity_floor
        known = DATASETS.get(self.dataset or "")
        if known and known.severity_floor is not None and known.severity_field == column.lower():
            return known.severity_floor
        return None

    def dates(self, column: str) -> np.ndarray:
        if column not in self._dates:
            if column not in self.frame.columns:
                raise DataError.of("no_date_field", f"layer '{self.name}'", field=column)
            dates = parse_dates(self.frame[column])
            unreadable = int((np.isnat(dates) & ~blank(self.frame[column])).sum())
            if unreadable > 0:
                self.warnings.append(
                    warning("not_dates", layer=self.name, count=unreadable, field=column)
                )
            future = int((dates > np.datetime64(self.as_of)).sum())
            if future:
                self.warnings.append(
                    warning("after_as_of", layer=self.name, count=future, as_of=self.as_of)
                )
            self._dates[column] = dates
        return self._dates[column]

    def mask(
        self, criterion: Criterion, window: Window | None = None, shift_years: int = 0
    ) -> np.ndarray:
        """Features the criterion counts: filters, then the window (shifted for a reference)."""
        keep = np.ones(len(self.frame), dtype=bool)
        for rule in criterion.filters:
            keep &= self._filter(rule)
        precise = self._precise_enough(criterion, keep)
        if precise is not None:
            keep &= precise
        window = window if window is not None else criterion.window
        if criterion.date_field:
            dates = self.dates(criterion.date_field)
            first, last = (
                window.bounds(self.as_of) if window is not None else (dt.date(1, 1, 1), self.as_of)
            )
            first, last = shift_date(first, -shift_years), shift_date(last, -shift_years)
            keep &= (dates >= np.datetime64(first)) & (dates <= np.datetime64(last))
        return keep

    def precision_rule(self, criterion: Criterion) -> tuple[str, str, str] | None:
        """``(field, scale, up_to)`` the criterion's events are held to, or None for no rule.

        The default follows the units' grain: an event located only to a district is
        counted in districts, not in sub-districts or grid cells.
        """
        rule = criterion.precision
        up_to = (rule.up_to if rule else None) or GRAIN_PRECISION[self.grain]
        known = self.dataset
        column = rule.field if rule and rule.field else None
        scale = rule.scale if rule and rule.scale else None
        if column is None and known in DATASETS:
            column, scale = self.column(DATASETS[known].precision_field), scale or known
        if up_to == "any" or column is None or scale is None:
            return None
        if column not in self.frame.columns:
            raise DataError.of("no_precision_field", f"layer '{self.name}'", field=column)
        return column, scale, up_to

    def _precise_enough(self, criterion: Criterion, kept: np.ndarray) -> np.ndarray | None:
        rule = self.precision_rule(criterion)
        if rule is None:
            return None
        column, scale, up_to = rule
        codes = pd.to_numeric(self.frame[column], errors="coerce").to_numpy(dtype=float)
        # Unknown or missing codes are not known to be precise: left out with the coarse ones.
        precise = np.isin(codes, precise_codes(scale, up_to))
        considered = kept.copy()
        if criterion.date_field:
            considered &= self.dates(criterion.date_field) <= np.datetime64(self.as_of)
        total, left = int(considered.sum()), int((considered & ~precise).sum())
        self.say(
            warning(
                "too_coarse",
                criterion=criterion.id,
                rule=LEVEL_WORDS[up_to],
                field=column,
                count=left,
                total=total,
                share=round(100 * left / total) if total else 0,
            )
        )
        return precise

    def recency_weights(self, criterion: Criterion) -> np.ndarray | None:
        """Half-life weights 0.5^(age / half-life), or None when the criterion has none."""
        if criterion.half_life_days is None or not criterion.date_field:
            return None
        age = (np.datetime64(self.as_of) - self.dates(criterion.date_field)).astype(float)
        return np.where(
            np.isfinite(age), 0.5 ** (np.maximum(age, 0) / criterion.half_life_days), 0.0
        )

    def _filter(self, rule: Filter) -> np.ndarray:
        if rule.field not in self.frame.columns:
            raise DataError.of("no_filter_field", f"layer '{self.name}'", field=rule.field)
        column = self.frame[rule.field]
        values = rule.value if isinstance(rule.value, list) else [rule.value]
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            column = pd.to_numeric(column, errors="coerce")
        else:
            column = column.astype("string")
            values = [str(v) for v in values]
        ops = {
            "==": lambda c: c == values[0],
            "!=": lambda c: c != values[0],
            "<": lambda c: c < values[0],
            "<=": lambda c: c <= values[0],
            ">": lambda c: c > values[0],
            ">=": lambda c: c >= values[0],
            "in": lambda c: c.isin(values),
            "not in": lambda c: ~c.isin(values),
        }
        try:
            result = ops[rule.op](column)
        except TypeError:
            raise DataError.of(
                "cannot_compare", f"layer '{self.name}'", field=rule.field, value=repr(rule.value)
            ) from None
        return pd.Series(result).fillna(False).to_numpy(dtype=bool)


def precise_codes(scale: str, up_to: str) -> list:
    """The codes of a precision ``scale`` that locate an event at ``up_to`` or finer."""
    finest = PRECISION_LEVELS.index(up_to)
    return [c for c, level in PRECISION_SCALES[scale].items()
            if PRECISION_LEVELS.index(level) <= finest]  # fmt: skip


def shift_date(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (earlier when negative); 29 February becomes the 28th."""
    if years == 0:
        return day
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)
