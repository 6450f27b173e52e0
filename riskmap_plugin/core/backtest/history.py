"""What happened next, and what conflict history alone would have said.

The outcome of an as-of date is the count per unit of the outcome layer's
features (the model's incident criterion by default, with its filters and
precision rule) dated in (as-of, as-of + horizon]. The baselines read the
same features up to the as-of date only: events in the prior 6 and 12
months, persistence (months with events among the prior 12) and a decayed
history (each event weighs 0.5 per half-life of age).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from ..errors import ModelError
from ..model import Criterion, Model
from .rescore import History

#: Baseline key → the words the table and the briefing use.
BASELINES = {
    "prior_6_months": "Events in the prior 6 months",
    "prior_12_months": "Events in the prior 12 months",
    "persistence": "Months with events in the prior 12",
    "decayed_history": "Decayed event history (half-life 6 months)",
}
DECAY_HALF_LIFE_DAYS = 182.5


#: At most this many as-of dates in one backtest (20 years, monthly): each one re-scores
#: the model, so more would run for hours.
MAX_AS_OF_DATES = 240


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months; a month's last day stays a month's last day.

    >>> add_months(dt.date(2016, 12, 31), 6), add_months(dt.date(2017, 8, 31), 6)
    (datetime.date(2017, 6, 30), datetime.date(2018, 2, 28))
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    length = calendar.monthrange(year, month + 1)[1]
    last = day.day == calendar.monthrange(day.year, day.month)[1]
    return dt.date(year, month + 1, length if last else min(day.day, length))


def as_of_dates(first: dt.date, last: dt.date, every_months: int) -> list[dt.date]:
    """Every ``every_months`` months from ``first`` up to ``last`` (both included when on the step).

    >>> [d.isoformat() for d in as_of_dates(dt.date(2016, 12, 31), dt.date(2018, 1, 31), 6)]
    ['2016-12-31', '2017-06-30', '2017-12-31']
    """
    if every_months < 1:
        raise ModelError("the step between as-of dates must be at least one month", "backtest")
    dates: list[dt.date] = []
    step = 0
    # Bounded: a span of centuries must not build a list for ever (evaluate refuses it).
    while len(dates) <= MAX_AS_OF_DATES:
        try:
            day = add_months(first, step * every_months)
        except ValueError:  # past the year 9999 a date cannot be written
            break
        if day > last:
            break
        dates.append(day)
        step += 1
    return dates


def outcome_criterion(model: Model, criterion_id: str | None = None) -> Criterion:
    """The criterion whose layer, filters and date field define 'an event happened'."""
    if criterion_id is None and model.time is not None:
        criterion_id = model.time.criterion
    if criterion_id is None:
        dated = [c for c in model.criteria if c.date_field and c.layer]
        if not dated:
            raise ModelError(
                "the model has no dated event criterion to measure what happened next",
                "backtest → outcome",
                "add a count criterion with a date field, or pick the outcome criterion",
            )
        return dated[0]
    try:
        criterion = model.criterion(criterion_id)
    except KeyError:
        raise ModelError(
            f"there is no criterion '{criterion_id}'",
            "backtest → outcome",
            "pick one of: " + ", ".join(c.id for c in model.criteria),
        ) from None
    if not criterion.date_field or not criterion.layer:
        raise ModelError(
            f"the criterion '{criterion_id}' has no dated layer, so it cannot say what happened",
            "backtest → outcome",
            "pick an event criterion with a date field",
        )
    return criterion


@dataclass
class EventHistory:
    """The outcome layer's kept features: dates, unit join, last date in the data."""

    history: History
    criterion: Criterion
    dates: np.ndarray  # datetime64[D] per feature, NaT when not kept
    last_date: dt.date | None
    _pair_dates: np.ndarray | None = field(default=None, repr=False)

    def counts(self, first_excluded: dt.date, last_included: dt.date) -> np.ndarray:
        """Per-unit count of the kept features dated in (first_excluded, last_included]."""
        dates, units = self._pairs_dated()  # NaT (not kept) is in no window
        inside = (dates > np.datetime64(first_excluded)) & (dates <= np.datetime64(last_included))
        size = self.history.inputs.index.size
        return np.bincount(units[inside], minlength=size).astype(float)

    def monthly(self, as_of: dt.date, months: int = 12) -> np.ndarray:
        """Units × months counts for the ``months`` months before ``as_of`` (one pass):
        column m holds (as_of − m − 1 months, as_of − m months]."""
        edges = np.array(
            [np.datetime64(add_months(as_of, -m)) for m in range(months, -1, -1)]
        )  # ascending: as_of − months … as_of
        pair_dates, units = self._pairs_dated()
        # 'left': a date equal to an edge belongs to the month ending there; NaT (not kept)
        # sorts after every edge, so it falls in no month.
        position = np.searchsorted(edges, pair_dates, side="left")
        inside = (position >= 1) & (position <= months)
        size = self.history.inputs.index.size
        cells = units[inside] * months + (months - position[inside])
        flat = np.bincount(cells, minlength=size * months)
        return flat.reshape(size, months).astype(float)

    def _geometries(self):
        return self.history.inputs.layers[self.criterion.layer].geometry.values

    def decayed(self, as_of: dt.date) -> np.ndarray:
        """Per-unit sum of 0.5^(age / half-life) over the kept features up to ``as_of``.

        Weighed per (feature, unit) pair, as the count would gather them: the same weights
        in the same order, without an array per feature for every as-of date.
        """
        dates, units = self._pairs_dated()
        known = ~np.isnat(dates)
        age = (np.datetime64(as_of) - dates[known]).astype(float)
        weighed = np.zeros(len(age))
        past = age >= 0  # an event after the as-of date weighs nothing
        weighed[past] = 0.5 ** (age[past] / DECAY_HALF_LIFE_DAYS)
        weights = np.zeros(len(dates))
        weights[known] = weighed
        size = self.history.inputs.index.size
        return np.bincount(units, weights=weights, minlength=size).astype(float)

    def _pairs_dated(self) -> tuple[np.ndarray, np.ndarray]:
        """Each (feature, unit) pair's date (NaT: not kept) and unit, found once."""
        features, units = self.history.inputs.index.join(
            self.criterion.layer, np.asarray(self._geometries())
        )
        if self._pair_dates is None:
            self._pair_dates = self.dates[features]
        return self._pair_dates, units


def event_history(history: History, criterion: Criterion) -> EventHistory:
    """The outcome criterion's features (its filters, any date) with parsed dates."""
    table = history.inputs.tables[criterion.layer]
    undated = dataclasses.replace(criterion, date_field=None, window=None)
    kept = table.mask(undated)  # the criterion's filters (e.g. location precision) only
    all_dates = table.dates(criterion.date_field)
    dates = np.where(kept, all_dates, np.datetime64("NaT"))
    known = all_dates[~np.isnat(all_dates)]
    last = known.max().astype(dt.date) if len(known) else None
    return EventHistory(history, criterion, dates.astype("datetime64[D]"), last)


def baseline_scores(events: EventHistory, as_of: dt.date) -> dict[str, np.ndarray]:
    """Each baseline's score per unit, from the events dated up to ``as_of`` only."""
    months = events.monthly(as_of, 12)  # column 0: the month ending at the as-of date
    return {
        "prior_6_months": months[:, :6].sum(axis=1),
        "prior_12_months": months.sum(axis=1),
        "persistence": (months > 0).sum(axis=1).astype(float),
        "decayed_history": events.decayed(as_of),
    }
