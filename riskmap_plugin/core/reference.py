"""Which days a reference count covers, whether the data cover them, and how it is scaled.

"As high as in 2013" compares two counts. They compare only if both periods are
equally long and both are fully covered by the data: a window shifted back to
before the first dated feature counts the missing days as zero. So a reference
not fully covered is refused (or pro-rated when the model allows it, and said),
and a reference of another length than the window is scaled to the window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .errors import DataError
from .events import EventTable, shift_date
from .model import Criterion, Reference, Window


@dataclass(frozen=True)
class ReferencePeriod:
    """The days to count (``counted``) and the factor that makes the count compare."""

    first: dt.date
    last: dt.date
    counted: Window
    scale: float  # window length ÷ reference length, × reference ÷ covered days if pro-rated
    covered_days: int
    pro_rated: bool

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def words(self) -> str:
        return f"{self.first.isoformat()}…{self.last.isoformat()}"


def reference_period(
    criterion: Criterion, table: EventTable, reference: Reference, window: Window, where: str
) -> ReferencePeriod:
    """The reference period of ``criterion`` on ``table``; DataError when the data do not
    cover it (unless ``reference.incomplete`` is ``"pro_rate"``) or it ends after the as-of date.
    """
    as_of = table.as_of
    w_first, w_last = window.bounds(as_of)
    window_days = (w_last - w_first).days + 1
    if reference.basis == "same_months":
        years = as_of.year - reference.year
        first, last = shift_date(w_first, -years), shift_date(w_last, -years)
    elif reference.basis == "calendar_year":
        first, last = dt.date(reference.year, 1, 1), dt.date(reference.year, 12, 31)
    else:
        first, last = reference.start, reference.end
    scale = 1.0 if reference.basis == "same_months" else window_days / ((last - first).days + 1)
    if last > as_of:
        raise DataError.of(
            "reference_after_as_of", where, first=str(first), last=str(last), as_of=str(as_of)
        )
    coverage = table.coverage(criterion.date_field)
    lo, hi = (max(first, coverage[0]), min(last, coverage[1])) if coverage else (first, first)
    covered = max(0, (hi - lo).days + 1) if coverage else 0
    days = (last - first).days + 1
    if covered == 0:
        raise _outside_the_data(criterion, table, first, last, coverage, where)
    if covered < days and reference.incomplete != "pro_rate":
        data = f"{coverage[0]} to {coverage[1]}" if coverage else "nowhere (no dated feature)"
        raise DataError.of(
            "reference_partly_covered",
            where,
            covered=str(covered),
            days=str(days),
            first=str(first),
            last=str(last),
            layer=table.name,
            data=data,
        )
    if covered < days:
        scale *= days / covered
    return ReferencePeriod(
        first=first,
        last=last,
        counted=Window(start=lo, end=hi),
        scale=scale,
        covered_days=covered,
        pro_rated=covered < days,
    )


def _outside_the_data(criterion, table, first, last, coverage, where: str) -> DataError:
    """A reference period with no day in the data: no scaling can rescue it (nothing to scale)."""
    period = {
        "label": criterion.label or criterion.id,
        "first": str(first),
        "last": str(last),
        "layer": table.name,
    }
    if coverage is None:
        return DataError.of(
            "reference_no_dated_feature", where, field=criterion.date_field, **period
        )
    data_first, data_last = coverage
    return DataError.of(
        "reference_outside_data",
        where,
        data_first=str(data_first),
        data_last=str(data_last),
        year_first=str(data_first.year),
        year_last=str(data_last.year),
        **period,
    )
