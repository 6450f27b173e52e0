"""Time: monthly counts per unit, Mann–Kendall trend, trend categories, surges, reference level.

Trend categories (after the emerging-hot-spot vocabulary, defined here for
our units and a series of ``months`` calendar months ending with the as-of
month; "recent" = the last 3 months; significance at p < 0.05):

- **none**: no event in the series.
- **historical**: events earlier in the series, none in the recent months.
- **new**: events only in the recent months, none before them in the series.
- **intensifying**: a significant upward Mann–Kendall trend, events in the recent months.
- **diminishing**: a significant downward trend.
- **persistent**: events in at least 75 % of the months, no significant trend.
- **sporadic**: events in fewer than 75 % of the months, no significant trend.

Surge: the last 28 days hold at least ``surge_factor`` (2) times the weekly mean
of the previous 26 weeks × 4, and at least ``surge_min_count`` events.
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np

RECENT_MONTHS = 3
SIGNIFICANCE = 0.05
CATEGORIES = ("none", "historical", "new", "intensifying", "diminishing", "persistent", "sporadic")


def month_index(dates: np.ndarray, as_of: dt.date, months: int) -> np.ndarray:
    """Month position 0…months-1 in the series ending with the as-of month; -1 outside."""
    d = dates.astype("datetime64[M]").astype(int)
    last = np.datetime64(as_of, "M").astype(int)
    position = d - (last - months + 1)
    valid = (
        ~np.isnat(dates) & (position >= 0) & (position < months) & (dates <= np.datetime64(as_of))
    )
    return np.where(valid, position, -1)


def monthly_counts(
    unit_of_event: np.ndarray, position: np.ndarray, weights: np.ndarray, n_units: int, months: int
) -> np.ndarray:
    """Units × months matrix of (weighted) event counts."""
    ok = position >= 0
    flat = unit_of_event[ok] * months + position[ok]
    counts = np.bincount(flat, weights=weights[ok], minlength=n_units * months)
    return counts.reshape(n_units, months)


def mann_kendall(series: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Mann–Kendall S, Z and two-sided p-value per row (ties corrected).

    >>> s, z, p = mann_kendall(np.array([[1, 2, 3, 4, 5.0]]))
    >>> int(s[0]), round(float(p[0]), 4)
    (10, 0.0275)
    """
    series = np.atleast_2d(np.asarray(series, dtype=float))
    n = series.shape[1]
    i, j = np.triu_indices(n, k=1)
    s = np.sign(series[:, j] - series[:, i]).sum(axis=1)
    var = np.full(len(series), n * (n - 1) * (2 * n + 5) / 18.0)
    for row in range(len(series)):  # tie correction needs the tie groups of each row
        _, counts = np.unique(series[row], return_counts=True)
        ties = counts[counts > 1]
        if len(ties):
            var[row] -= np.sum(ties * (ties - 1) * (2 * ties + 5)) / 18.0
    z = np.zeros(len(series))
    positive, negative = (s > 0) & (var > 0), (s < 0) & (var > 0)
    z[positive] = (s[positive] - 1) / np.sqrt(var[positive])
    z[negative] = (s[negative] + 1) / np.sqrt(var[negative])
    p = np.array([math.erfc(abs(v) / math.sqrt(2.0)) for v in z])
    return s, z, p


def categorise(series: np.ndarray, s: np.ndarray, p: np.ndarray) -> np.ndarray:
    """The trend category of each row of a units × months series (see module docstring)."""
    months = series.shape[1]
    recent = min(RECENT_MONTHS, months)
    active = series > 0
    any_event = active.any(axis=1)
    in_recent = active[:, months - recent :].any(axis=1)
    before_recent = active[:, : months - recent].any(axis=1)
    share_active = active.mean(axis=1)
    significant = p < SIGNIFICANCE
    category = np.full(len(series), "sporadic", dtype=object)
    category[share_active >= 0.75] = "persistent"
    category[significant & (s < 0)] = "diminishing"
    category[significant & (s > 0) & in_recent] = "intensifying"
    category[in_recent & ~before_recent] = "new"
    category[any_event & ~in_recent] = "historical"
    category[~any_event] = "none"
    return category


def surges(
    unit_of_event: np.ndarray,
    dates: np.ndarray,
    weights: np.ndarray,
    as_of: dt.date,
    n_units: int,
    factor: float = 2.0,
    min_count: int = 3,
) -> tuple[np.ndarray, np.ndarray]:
    """Per unit: surge flag and the last-28-day count."""
    end = np.datetime64(as_of)
    age = (end - dates).astype("timedelta64[D]").astype(float)
    ok = ~np.isnat(dates) & (age >= 0)
    recent = ok & (age < 28)
    before = ok & (age >= 28) & (age < 28 + 26 * 7)
    last4 = np.bincount(unit_of_event[recent], weights=weights[recent], minlength=n_units)
    previous = np.bincount(unit_of_event[before], weights=weights[before], minlength=n_units)
    baseline = previous / 26.0 * 4.0  # expected count in 4 weeks from the previous 6 months
    return (last4 >= factor * baseline) & (last4 >= min_count), last4
