"""Every unit's drivers at once: the criteria adding most to its score, with their phrases.

The same drivers and texts as :meth:`.explain.Explainer.drivers` unit by unit, found
with one sort for all units; each criterion's phrases are worded once per distinct
value, for the units where that criterion is a driver. The :class:`.explain.Driver`
objects are made when a unit's drivers are read: at 100,000 units a run has 300,000
drivers, and making them all took a second that the annotations do not need.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import numpy as np

from .explain import Driver, Explainer


class UnitDrivers(Mapping[str, list[Driver]]):
    """Unit id → its drivers, largest first (a unit whose criteria add nothing has none)."""

    def __init__(
        self,
        explainer: Explainer,
        ids: Sequence[str],
        counts: np.ndarray,
        columns: np.ndarray,
        values: tuple[np.ndarray, np.ndarray, np.ndarray],
        texts: list[str],
    ) -> None:
        self._ids = list(ids)
        self._position: dict[str, int] = {}  # made on the first read by id
        ends = np.cumsum(counts)
        self._spans = np.column_stack([ends - counts, ends])
        self._criteria = [c.id for c in explainer.criteria]
        self._labels = [c.label for c in explainer.criteria]
        self._columns, self._values, self._texts = columns, values, texts
        self._separator = explainer.templates["separator"]
        self._made: dict[str, list[Driver]] = {}

    def __getitem__(self, uid: str) -> list[Driver]:
        made = self._made.get(uid)
        if made is None:
            if not self._position:
                self._position = {uid: i for i, uid in enumerate(self._ids)}
            start, end = self._spans[self._position[uid]].tolist()
            raw, norm, contribution = (v[start:end].tolist() for v in self._values)
            made = self._made[uid] = [
                Driver(self._criteria[j], self._labels[j], r, v, c, t)
                for j, r, v, c, t in zip(
                    self._columns[start:end].tolist(),
                    raw,
                    norm,
                    contribution,
                    self._texts[start:end],
                )
            ]
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def annotations(self) -> list[str]:
        """Each unit's annotation (its drivers' texts joined, as Explainer.annotation)."""
        texts, join = self._texts, self._separator.join
        return [join(texts[start:end]) for start, end in self._spans.tolist()]


def unit_drivers(
    explainer: Explainer,
    ids: Sequence[str],
    raw: np.ndarray,
    norm: np.ndarray,
    contributions: np.ndarray,
    details: Sequence[Mapping[str, np.ndarray]],
    top_k: int,
) -> UnitDrivers:
    """:meth:`.explain.Explainer.drivers` of every unit (row; ``ids`` name them)."""
    units, columns, texts = driver_texts(explainer, raw, contributions, details, top_k)
    values = (raw[units, columns], norm[units, columns], contributions[units, columns])
    counts = np.bincount(units, minlength=raw.shape[0])
    return UnitDrivers(explainer, ids, counts, columns, values, texts)


def row_annotations(
    explainer: Explainer,
    raw: np.ndarray,
    contributions: np.ndarray,
    details: Sequence[Mapping[str, np.ndarray]],
    top_k: int,
) -> list[str]:
    """Each row's drivers' phrases joined (e.g. every area's, from its values and its
    members' mean contributions)."""
    rows, _, texts = driver_texts(explainer, raw, contributions, details, top_k)
    ends = np.cumsum(np.bincount(rows, minlength=raw.shape[0])).tolist()
    join = explainer.templates["separator"].join
    return [join(texts[start:end]) for start, end in zip([0, *ends[:-1]], ends)]


def driver_texts(
    explainer: Explainer,
    raw: np.ndarray,
    contributions: np.ndarray,
    details: Sequence[Mapping[str, np.ndarray]],
    top_k: int,
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Every row's drivers as (row, criterion, phrase): rows in order, each one's largest
    first, at most ``top_k``, none that adds nothing."""
    order = np.argsort(-contributions, axis=1, kind="stable")[:, : max(top_k, 0)]
    # The per-unit loop stops at the first criterion that adds nothing.
    shown = np.logical_and.accumulate(np.take_along_axis(contributions, order, axis=1) > 0, axis=1)
    units, ranks = np.nonzero(shown)  # row-major: each unit's drivers, largest first
    columns = order[units, ranks]
    texts = np.empty(len(units), dtype=object)
    for j, criterion in enumerate(explainer.criteria):
        at = np.flatnonzero(columns == j)
        if not len(at):
            continue
        rows = units[at]
        names = list(details[j])
        first, which = _distinct([raw[rows, j], *(details[j][name][rows] for name in names)])
        worded = np.empty(len(first), dtype=object)
        worded[:] = [
            explainer.phrase(
                criterion, raw[i, j], {name: float(details[j][name][i]) for name in names}
            )
            for i in rows[first].tolist()
        ]
        texts[at] = worded[which]
    return units, columns, texts.tolist()


def _distinct(columns: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The first row of each distinct row of ``columns``, and each row's distinct row.

    Rows are equal when every value is ``==`` (0.0 and -0.0 too) or NaN in both: the
    first row's value words them all, as a dict keyed by the values would.
    """
    code = np.zeros(len(columns[0]), dtype=np.int64)
    for column in columns:
        inverse = np.unique(column, return_inverse=True)[1].ravel()  # NaNs are one value
        code = np.unique(code * (int(inverse.max()) + 1) + inverse, return_inverse=True)[1]
        code = code.ravel()
    _, first, which = np.unique(code, return_index=True, return_inverse=True)
    return first, which.ravel()
