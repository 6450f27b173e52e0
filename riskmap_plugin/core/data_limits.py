"""What the data cannot show, said in the run's warnings: snapshots after the as-of date,
criteria that count the same thing twice, and the fields that recognise known datasets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import numpy as np
import pandas as pd

from .measures import Inputs
from .messages import warning
from .model import Criterion
from .model.layers import DATASETS, LayerInfo, recognise

#: |Spearman ρ| from which two criteria are said to be strongly correlated, and the units
#: with both values it takes (a ρ over a handful of units says little).
CORRELATION_WARNING = 0.8
CORRELATION_MIN_UNITS = 10


def data_fields(info: LayerInfo | None, names: Iterable[str]) -> set[str]:
    """The fields of a layer (with ``names``) that say what it is: a known dataset's
    identifying and precision fields, and its snapshot date."""
    names = [str(n) for n in names]
    lower = {n.lower(): n for n in names}
    declared = info.dataset if info else None
    dataset = recognise(names) if declared is None else declared
    wanted: set[str] = set()
    if dataset in DATASETS:
        known = DATASETS[dataset]
        wanted |= {*known.fields, known.precision_field, known.severity_field}
    wanted.add(info.snapshot_field if info and info.snapshot_field else "snapshot_date")
    return {lower[w.lower()] for w in wanted if w.lower() in lower}


def declared_fields(info: LayerInfo) -> set[str]:
    """The fields a ``layers`` entry names: its snapshot field, its declared dataset's
    precision and severity fields, its severity floor's field."""
    wanted = {info.snapshot_field, info.severity_field}
    if info.dataset in DATASETS:
        wanted |= {DATASETS[info.dataset].precision_field, DATASETS[info.dataset].severity_field}
    return {w for w in wanted if w}


def check_snapshots(criterion: Criterion, inputs: Inputs, as_of: dt.date) -> None:
    """Warn when a layer the criterion reads describes a date after the as-of date."""
    refs = [criterion.layer or inputs.units_ref]
    if criterion.denominator is not None and criterion.denominator.layer:
        refs.append(criterion.denominator.layer)
    for ref in refs:
        table = inputs.tables[ref]
        snapshot = table.snapshot()
        if snapshot is not None and snapshot > as_of:
            table.say(warning("snapshot_after_as_of", layer=ref, snapshot=snapshot, as_of=as_of))


def correlations(
    raw: np.ndarray,
    criteria: tuple[Criterion, ...],
    warnings: list[str],
    threshold: float = CORRELATION_WARNING,
) -> pd.DataFrame:
    """Spearman ρ between the criteria's raw values across units (pairs with both values);
    a warning for each pair at or above ``threshold`` in absolute value."""
    ids = [c.id for c in criteria]
    frame = pd.DataFrame(raw, columns=ids)
    matrix = frame.corr(method="spearman", min_periods=CORRELATION_MIN_UNITS)
    for a in range(len(ids)):
        for b in range(a + 1, len(ids)):
            rho = matrix.iloc[a, b]
            weighted = criteria[a].weight > 0 and criteria[b].weight > 0
            if weighted and np.isfinite(rho) and abs(rho) >= threshold:
                warnings.append(
                    warning("correlated", first=ids[a], second=ids[b], rho=f"{rho:.2f}")
                )
    return matrix.round(3)
