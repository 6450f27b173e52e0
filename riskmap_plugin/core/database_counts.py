"""Counting a layer's features per unit in the database that holds it.

A national incident table in PostGIS is not pulled into Python to be counted: the
core describes *which* features a criterion counts (filters, date window, location
precision) as a :class:`CountQuery`, and a :class:`DatabaseCounter` (the QGIS adapter's
PostGIS counter) answers with one number per unit. The description is computed by the
same code that masks a layer read into memory (:class:`.events.EventTable`), so both
paths count the same features. Nothing here knows SQL.

Only measures that are a plain per-unit count of the kept features (``count``,
``presence``, ``density``, ``rate``) are counted in the database; a layer that another
measure, the time analysis or the towns read is read into memory as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from .errors import DataError
from .events import LEVEL_WORDS, EventTable, precise_codes
from .messages import warning
from .model import Criterion, Model

#: Measures whose value is only a per-unit count of the kept features (and unit attributes).
COUNTED_MEASURES = ("count", "presence", "density", "rate")


@dataclass(frozen=True)
class CountFilter:
    """One attribute filter, as :meth:`.events.EventTable.mask` applies it."""

    field: str
    op: str
    values: tuple[Any, ...]
    #: True: compared as numbers (text that is no number never matches); False: as text.
    numeric: bool


@dataclass(frozen=True)
class CountQuery:
    """Which features of ``layer`` a criterion counts; every value is data, never SQL."""

    layer: str
    criterion: str
    filters: tuple[CountFilter, ...]
    #: The date field and the inclusive window on it (None: the layer is not dated).
    date_field: str | None
    first: dt.date | None
    last: dt.date | None
    as_of: dt.date
    #: The location-precision field and the codes precise enough (None: no rule).
    precision_field: str | None = None
    precise_codes: tuple[float, ...] = ()


@dataclass
class CountAnswer:
    """What the database answered: per-unit counts in unit order, and what the caveats need."""

    counts: np.ndarray
    #: Features the precision rule looked at (filters kept, dated up to the as-of date)
    #: and those of them it left out as too coarse.
    considered: int = 0
    too_coarse: int = 0
    #: Features of the layer dated after the as-of date (never counted).
    after_as_of: int = 0


class DatabaseCounter(Protocol):
    """Counts a layer's features per unit where the layer lives."""

    def count(self, query: CountQuery, units: np.ndarray, crs: Any) -> CountAnswer:
        """Per-unit counts of the features ``query`` keeps that intersect ``units``
        (shapely polygons in the analysis CRS ``crs``, a pyproj CRS)."""
        ...


def countable_layers(model: Model) -> set[str]:
    """Layers whose every use is a per-unit count: they may be counted in the database."""
    readers: dict[str, set[str]] = {}
    for criterion in model.criteria:
        if criterion.layer:
            readers.setdefault(criterion.layer, set()).add(criterion.measure)
    excluded = {model.units.layer, model.units.grid_boundary, model.areas.boundary}
    if model.places:
        excluded.add(model.places.layer)
    excluded |= {c.denominator.layer for c in model.criteria if c.denominator}
    if model.time is not None:  # the monthly series reads every dated feature
        excluded.add(model.criterion(model.time.criterion).layer)
    uses_recency = {c.layer for c in model.criteria if c.half_life_days is not None}
    return {
        ref
        for ref, measures in readers.items()
        if measures <= set(COUNTED_MEASURES) and ref not in excluded | uses_recency
    }


def count_query(criterion: Criterion, table: EventTable) -> CountQuery:
    """The features ``criterion`` counts on ``table`` (an empty frame with the layer's
    columns is enough: only field names are looked at)."""
    filters = []
    for rule in criterion.filters:
        _require(table, rule.field, "the filter field", "fix the criterion's filter")
        values = rule.value if isinstance(rule.value, list) else [rule.value]
        numeric = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
        filters.append(
            CountFilter(
                rule.field,
                rule.op,
                tuple(float(v) if numeric else str(v) for v in values),
                numeric,
            )
        )
    first = last = None
    if criterion.date_field:
        _require(
            table,
            criterion.date_field,
            "the date field",
            "pick the layer's date field in the criterion",
        )
        window = criterion.window
        first, last = (
            window.bounds(table.as_of) if window is not None else (dt.date(1, 1, 1), table.as_of)
        )
    precision = table.precision_rule(criterion)
    field = codes = None
    if precision is not None:
        field, scale, up_to = precision
        codes = tuple(float(c) for c in precise_codes(scale, up_to))
    return CountQuery(
        layer=criterion.layer or "",
        criterion=criterion.id,
        filters=tuple(filters),
        date_field=criterion.date_field,
        first=first,
        last=last,
        as_of=table.as_of,
        precision_field=field,
        precise_codes=codes or (),
    )


def counted_in_database(
    criterion: Criterion, table: EventTable, counter: DatabaseCounter, units: np.ndarray, crs: Any
) -> np.ndarray:
    """Per-unit counts from the database, with the same caveats as a layer read in memory."""
    query = count_query(criterion, table)
    answer = counter.count(query, units, crs)
    if query.precision_field is not None:
        total, left = answer.considered, answer.too_coarse
        table.say(
            warning(
                "too_coarse",
                criterion=criterion.id,
                rule=_rule_words(table, criterion),
                field=query.precision_field,
                count=left,
                total=total,
                share=round(100 * left / total) if total else 0,
            )
        )
    if query.date_field and answer.after_as_of:
        table.say(
            warning("after_as_of", layer=table.name, count=answer.after_as_of, as_of=table.as_of)
        )
    counts = np.asarray(answer.counts, dtype=float)
    if counts.shape != (len(units),):
        raise ValueError(f"the database counted {counts.shape} values for {len(units)} units")
    return counts


def _require(table: EventTable, field: str, what: str, fix: str) -> None:
    """The same error as a layer read in memory gives for a missing field."""
    if field not in table.frame.columns:
        raise DataError(f"{what} '{field}' does not exist", f"layer '{table.name}'", fix)


def _rule_words(table: EventTable, criterion: Criterion) -> str:
    rule = table.precision_rule(criterion)
    return LEVEL_WORDS[rule[2]] if rule else ""


def counted_criteria(model: Model, layers: Iterable[str]) -> list[str]:
    """The criteria counted in the database when ``layers`` are (for provenance)."""
    chosen = set(layers)
    return [c.id for c in model.criteria if c.layer in chosen]
