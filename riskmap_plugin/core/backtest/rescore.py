"""Re-scoring a model at earlier as-of dates from one read of the layers.

The layers are checked, projected and joined to the units once
(:func:`prepare_history`); each as-of date then only re-selects the features
dated up to that day and re-runs the numbers (measure → normalise → aggregate
→ classes). A criterion without a date field reads the same values at every
date: it is computed once and reported as possible look-ahead, because a
snapshot taken later may know things the earlier date could not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import geopandas as gpd
import numpy as np

from ..aggregate import Aggregated, aggregate
from ..classify import classify
from ..events import EventTable
from ..inputs import build_inputs, check_layers, prepare_units
from ..measures import Inputs, measure_criterion
from ..model import Criterion, Model
from ..normalise import fill_missing, normalise, transform
from ..run import _units_source
from ..scores import Scores
from ..watch import watch_cap, watch_order, watch_reasons


@dataclass
class History:
    """The layers read, projected and joined once, ready to be cut at any as-of date."""

    model: Model
    inputs: Inputs
    units: gpd.GeoDataFrame  # in the units layer's CRS, unit order
    warnings: list[str]
    _static: dict[str, np.ndarray] = dataclasses.field(default_factory=dict)
    _filters: dict[tuple, np.ndarray] = dataclasses.field(default_factory=dict)

    def table_at(self, reference: str, as_of: dt.date) -> EventTable:
        """The layer's features as seen at ``as_of`` (parsed dates and filters shared)."""
        base = self.inputs.tables[reference]
        return _SharedTable(
            base.name, base.frame, as_of, _dates=base._dates, warnings=[], shared=self._filters
        )

    def inputs_at(self, as_of: dt.date) -> Inputs:
        tables = {ref: self.table_at(ref, as_of) for ref in self.inputs.tables}
        return dataclasses.replace(self.inputs, tables=tables)


@dataclass
class _SharedTable(EventTable):
    """An as-of view of a layer: attribute filters do not depend on the date, so each is
    evaluated once for all dates."""

    shared: dict[tuple, np.ndarray] = dataclasses.field(default_factory=dict)

    def _filter(self, rule) -> np.ndarray:
        key = (self.name, rule.field, rule.op, repr(rule.value))
        if key not in self.shared:
            self.shared[key] = super()._filter(rule)
        return self.shared[key]


@dataclass
class Snapshot:
    """The model's numbers at one as-of date."""

    as_of: dt.date
    raw: np.ndarray  # units × criteria
    norm: np.ndarray  # units × criteria, 0–1 (NaN = no data)


def prepare_history(model: Model, layers: Mapping[str, gpd.GeoDataFrame]) -> History:
    """Check, project and join every layer once (the expensive part of a run)."""
    warnings: list[str] = []
    check_layers(model, layers)
    units = prepare_units(
        model, _units_source(model, layers), model.units.layer or "grid", warnings
    )
    inputs, _crs = build_inputs(model, units, layers, warnings)
    return History(model=model, inputs=inputs, units=units, warnings=warnings)


def is_snapshot(criterion: Criterion) -> bool:
    """A criterion whose layer has no dates: the same values whatever the as-of date."""
    return not criterion.date_field


def snapshot_at(history: History, as_of: dt.date) -> Snapshot:
    """Raw and normalised values of every criterion with only the data up to ``as_of``."""
    criteria = history.model.criteria
    n = len(history.units)
    inputs = history.inputs_at(as_of)
    raw = np.full((n, len(criteria)), np.nan)
    norm = np.full((n, len(criteria)), np.nan)
    for j, criterion in enumerate(criteria):
        if is_snapshot(criterion) and criterion.id in history._static:
            values = history._static[criterion.id]
        else:
            values = _measure(criterion, inputs)
            if is_snapshot(criterion):
                history._static[criterion.id] = values
        raw[:, j] = values
        prepared = transform(fill_missing(values, criterion.missing), criterion.transform)
        norm[:, j] = normalise(
            prepared, criterion.normalise, criterion.direction == "higher_is_riskier"
        )
    return Snapshot(as_of=as_of, raw=raw, norm=norm)


def _measure(criterion: Criterion, inputs: Inputs) -> np.ndarray:
    measured = measure_criterion(criterion, inputs)
    values = measured.raw
    if criterion.zero_is_missing:
        values = np.where(values == 0, np.nan, values)
    return values


@dataclass
class Ranking:
    """A scorer's scores at one date and the units it flags."""

    score: np.ndarray
    at_risk: np.ndarray  # bool, the at-risk areas' units
    watch: np.ndarray  # bool, on the watch list (outside the areas)


def combined_scores(
    model: Model,
    snapshot: Snapshot,
    keep: Sequence[int] | None = None,
    weights: Sequence[float] | np.ndarray | None = None,
) -> Aggregated | None:
    """The model's aggregation of a snapshot, optionally with fewer criteria (``keep``:
    criterion positions) or other weights; None when no kept criterion has weight."""
    keep = list(range(len(model.criteria))) if keep is None else list(keep)
    criteria = tuple(model.criteria[j] for j in keep)
    if weights is not None:
        criteria = tuple(dataclasses.replace(c, weight=float(w)) for c, w in zip(criteria, weights))
    if not criteria or sum(c.weight for c in criteria) <= 0:
        return None
    aggregation = model.aggregation
    if weights is not None or len(criteria) < len(model.criteria):
        # gates on a left-out criterion cannot apply; proposed weights are flat weights
        kept_ids = {c.id for c in criteria}
        dimension_weights = aggregation.dimension_weights
        if weights is not None or not any(
            (dimension_weights or {}).get(c.dimension, 0) > 0 for c in criteria
        ):
            dimension_weights = None
        aggregation = dataclasses.replace(
            aggregation,
            gates=tuple(g for g in aggregation.gates if g.criterion in kept_ids),
            dimension_weights=dimension_weights,
        )
    return aggregate(snapshot.norm[:, keep], snapshot.raw[:, keep], criteria, aggregation)


def model_ranking(
    model: Model,
    snapshot: Snapshot,
    keep: Sequence[int] | None = None,
    weights: Sequence[float] | None = None,
) -> Ranking:
    """Score, at-risk units and watch list from a snapshot, as the model's own rules would
    (see :func:`combined_scores` for ``keep`` and ``weights``)."""
    combined = combined_scores(model, snapshot, keep, weights)
    n = len(snapshot.norm)
    if combined is None:
        return Ranking(np.zeros(n), np.zeros(n, bool), np.zeros(n, bool))
    keep = list(range(len(model.criteria))) if keep is None else list(keep)
    class_index, _bounds = classify(combined.score, model.classes)
    min_index = model.classes.labels.index(model.areas.min_class)
    failed = np.array([bool(g) for g in combined.gate_failed])
    at_risk = (class_index >= min_index) & ~failed
    cutoff: float | None
    if model.classes.method == "fixed" and min_index > 0:
        cutoff = float(model.classes.breaks[min_index - 1])
    else:
        cutoff = float(combined.score[at_risk].min()) if at_risk.any() else None
    norm = snapshot.norm[:, keep]
    scores = Scores(
        raw=snapshot.raw[:, keep],
        prepared=np.full_like(norm, np.nan),  # not kept: the ranking reads no annotation
        norm=norm,
        details=[],
        combined=combined,
        class_index=class_index,
        at_risk=at_risk,
    )
    reasons = watch_reasons(
        scores,
        cutoff,
        model.areas,
        tuple(model.criteria[j] for j in keep),
        _NoPhrases(),
        {"watch_top": "top", "watch_margin": "near", "watch_quiet": "quiet"},
        lambda value, digits=None: "",
    )
    # The list the run would print: ranked and capped as the model says.
    listed = watch_order(combined.score, cutoff, reasons, watch_cap(model.areas, at_risk.sum()))
    watch = np.zeros(n, dtype=bool)
    watch[listed] = True
    watch &= ~at_risk
    return Ranking(combined.score, at_risk, watch)


class _NoPhrases:
    """Watch-list membership needs the rule, not the wording of its reasons."""

    def __getitem__(self, unit: int) -> _NoPhrases:
        return self

    def __format__(self, spec: str) -> str:
        return ""
