"""At-risk areas: which units group together, and what an area is called.

Two rules group the at-risk units (model → areas → method): ``"peaks"`` (the
default, see :mod:`.peaks`) builds one area around each locally highest unit;
``"touching"`` merges every chain of touching units into one area. Units touch
when they share a boundary or a corner (within 1 m, which absorbs slivers
between neighbouring polygons of the same administrative dataset).
An area's driver values are the area's totals for additive measures (counts,
sums) and the value of its riskiest member for the others (distance, shares).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .model import AreasRule, Criterion
from .naming import area_name, place_label
from .peaks import TOUCH_TOLERANCE_M, peak_areas, touching_areas

ADDITIVE = ("count", "severity_sum", "low_severity_count")
__all__ = [
    "TOUCH_TOLERANCE_M",
    "AreaMembers",
    "UnitPlaces",
    "area_raw_values",
    "group_units",
    "unique_names",
]


@dataclass
class UnitPlaces:
    """What the area rules need to know about every unit besides its score."""

    area_km2: np.ndarray
    #: Boundary polygon of each unit (areas never join two), or None.
    zone: np.ndarray | None
    #: Seat town of each unit ("" when there is none) and whether it lies inside.
    seat: list[str]
    inside: list[bool]

    def label(self, unit: int, fallback: str, templates) -> str:
        """The unit as a place: "Baiji", "near Baiji", else ``fallback``."""
        return place_label(self.seat[unit], self.inside[unit], fallback, templates["area_near"])

    def labels(self, fallback: list[str], templates) -> list[str]:
        """:meth:`label` of every unit (``fallback``: each unit's)."""
        near = templates["area_near"]
        return [place_label(*place, near) for place in zip(self.seat, self.inside, fallback)]

    def area_name(self, peaks: np.ndarray, member_names: list[str], templates) -> str:
        """The first peak's place, plus the second peak's town when it differs."""
        shown = member_names[:2]
        more = len(member_names) - len(shown)
        fallback = " + ".join(shown) + (f" +{more}" if more > 0 else "")
        if len(peaks) == 0:
            return fallback
        first = self.label(int(peaks[0]), "", templates)
        others = [self.seat[int(p)] for p in peaks[1:] if self.inside[int(p)]]
        return area_name([first, *others], fallback, templates.get("area_join", " – "))


def group_units(
    rule: AreasRule,
    geometries: np.ndarray,
    score: np.ndarray,
    places: UnitPlaces,
    selected: np.ndarray,
    pairs: tuple[np.ndarray, np.ndarray] | None = None,
) -> np.ndarray:
    """Area label (0..k-1) of each selected at-risk unit under the model's rule
    (``pairs``: the units' :func:`.peaks.touching_pairs`, when known)."""
    if len(geometries) == 0:
        return np.zeros(0, dtype=int)
    if rule.method == "touching":
        roots = touching_areas(geometries, pairs)
        return np.unique(roots, return_inverse=True)[1].astype(int)
    zone = None if places.zone is None else places.zone[selected]
    label, _ = peak_areas(
        geometries,
        score,
        places.area_km2[selected],
        zone,
        rule.max_units,
        rule.max_km2,
        rule.min_separation_km,
        pairs,
    )
    return label


def area_raw_values(
    raw: np.ndarray, criteria: tuple[Criterion, ...], members: np.ndarray, norm: np.ndarray
) -> np.ndarray:
    """One raw value per criterion for an area (totals, or the riskiest member's value)."""
    if not len(members):
        return np.full(len(criteria), np.nan)
    return AreaMembers.of(np.asarray(members), np.zeros(len(members), dtype=int), 1).raw_values(
        raw, criteria, norm
    )[0]


@dataclass
class AreaMembers:
    """Each area's member units, in unit order, and the areas grouped by their size.

    Sums, means and picks over every area's members are made a size at a time, one row
    per area (``values[rows].sum(axis=1)``): numpy adds each row in the same order as it
    adds one area's ``values[members]``, so the figures are those of a call per area, bit
    for bit, without the cost of thousands of calls.
    """

    members: list[np.ndarray]
    #: (the areas of one size, their members as rows of an areas × size array)
    groups: list[tuple[np.ndarray, np.ndarray]]

    @classmethod
    def of(cls, units: np.ndarray, label: np.ndarray, count: int) -> AreaMembers:
        """The areas 0..count-1 of ``units`` (ascending; ``label``: the area of each)."""
        # A stable sort keeps each area's members in unit order.
        ordered = units[np.argsort(label, kind="stable")]
        starts = np.searchsorted(np.sort(label), np.arange(count + 1))
        members = [ordered[starts[a] : starts[a + 1]] for a in range(count)]
        sizes = np.diff(starts)
        groups = []
        for size in np.unique(sizes[sizes > 0]).tolist():
            which = np.flatnonzero(sizes == size)
            groups.append((which, ordered[starts[which][:, None] + np.arange(size)]))
        return cls(members, groups)

    def each(self, values: np.ndarray, reduce: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        """``reduce(values[members])`` of every area (``reduce`` works along axis 1; an area
        without members reads 0)."""
        out = np.zeros((len(self.members), *values.shape[1:]), dtype=values.dtype)
        for which, rows in self.groups:
            part = reduce(values[rows])
            if out.dtype != part.dtype:
                out = out.astype(part.dtype)
            out[which] = part
        return out

    def sum(self, values: np.ndarray) -> np.ndarray:
        """Each area's total of ``values``, NaN counted as 0 (as ``np.nansum``)."""
        values = np.asarray(values, dtype=float)
        return self.each(np.where(np.isnan(values), 0.0, values), lambda b: b.sum(axis=1))

    def mean(self, values: np.ndarray) -> np.ndarray:
        """Each area's mean of ``values`` (a value, or a row of values, per unit)."""
        return self.each(values, lambda b: b.mean(axis=1))

    def max(self, values: np.ndarray) -> np.ndarray:
        return self.each(values, lambda b: b.max(axis=1))

    def riskiest(self, values: np.ndarray, risk: np.ndarray) -> np.ndarray:
        """Each area's ``values`` at its member of highest ``risk`` (the first on ties)."""
        units = self.each(np.arange(len(risk)), lambda b: b[np.arange(len(b)), risk[b].argmax(1)])
        return values[units]

    def by_risk(self, risk: np.ndarray) -> list[np.ndarray]:
        """Each area's members by descending ``risk`` (ties in unit order)."""
        out: list[np.ndarray] = [np.zeros(0, dtype=int)] * len(self.members)
        for which, rows in self.groups:
            order = np.argsort(-risk[rows], axis=1, kind="stable")
            for area, row in zip(which.tolist(), np.take_along_axis(rows, order, axis=1)):
                out[area] = row
        return out

    def raw_values(
        self, raw: np.ndarray, criteria: tuple[Criterion, ...], norm: np.ndarray
    ) -> np.ndarray:
        """Each area's raw value per criterion (areas × criteria; NaN: no member has one)."""
        # NaN as 0 in a sum; a NaN or infinite normalised value is never the riskiest.
        risk = np.where(np.isfinite(norm), norm, -np.inf)
        some = self.each(np.isfinite(raw), lambda b: b.any(axis=1))
        values = np.full((len(self.members), len(criteria)), np.nan)
        for j, criterion in enumerate(criteria):
            if criterion.measure in ADDITIVE:
                column = self.sum(raw[:, j])
            else:
                column = self.riskiest(raw[:, j], risk[:, j])
            values[:, j] = np.where(some[:, j], column, np.nan)
        return values


def unique_names(names: list[str]) -> list[str]:
    """Suffix repeated names: two areas named after the same town stay distinguishable."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out
