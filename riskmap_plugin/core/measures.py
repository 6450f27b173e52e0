"""Raw values per unit for each measure a criterion can take.

A measure returns one float per unit in its natural unit (events, people,
metres, share 0–1…) with NaN where the unit has no data. Registry:
``MEASURES[name](criterion, inputs) -> Measured``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import geopandas as gpd
import numpy as np
import shapely

from .errors import DataError
from .events import EventTable, not_numbers, numeric
from .messages import warning
from .model import Criterion, Window
from .spatial import UnitIndex


@dataclass
class Inputs:
    """What the measures read: projected layers, the unit index and unit attributes."""

    units: gpd.GeoDataFrame  # projected, in unit order
    index: UnitIndex
    layers: dict[str, gpd.GeoDataFrame]  # projected
    tables: dict[str, EventTable]
    units_ref: str
    population_field: str | None = None

    def layer(self, criterion: Criterion) -> gpd.GeoDataFrame:
        return self.layers[criterion.layer or self.units_ref]

    def table(self, criterion: Criterion) -> EventTable:
        return self.tables[criterion.layer or self.units_ref]


@dataclass
class Measured:
    raw: np.ndarray
    detail: dict[str, np.ndarray] = field(default_factory=dict)


def _counted(
    criterion: Criterion,
    inputs: Inputs,
    window: Window | None = None,
    shift_years: int = 0,
    extra: np.ndarray | None = None,
) -> np.ndarray:
    """Per-unit (weighted) count of the features the criterion keeps."""
    layer = inputs.layer(criterion)
    table = inputs.table(criterion)
    keep = table.mask(criterion, window, shift_years)
    weights = keep.astype(float)
    recency = table.recency_weights(criterion)
    if recency is not None:
        weights = weights * recency
    if extra is not None:
        weights = weights * extra
    return inputs.index.count(criterion.layer, layer.geometry.values, weights)


def count(criterion: Criterion, inputs: Inputs) -> Measured:
    return Measured(_counted(criterion, inputs))


def severity_sum(criterion: Criterion, inputs: Inputs) -> Measured:
    values = numeric(inputs.layer(criterion), criterion.field, criterion.layer)
    bad = int((values < 0).sum())
    if bad:
        inputs.table(criterion).warnings.append(
            warning("negative_values", layer=criterion.layer, count=bad, field=criterion.field)
        )
    text = not_numbers(inputs.layer(criterion), criterion.field)
    if text:
        inputs.table(criterion).warnings.append(
            warning("not_numbers", layer=criterion.layer, count=text, field=criterion.field)
        )
    infinite = int(np.isposinf(values).sum())  # "inf" in a CSV: no count of deaths is infinite
    if infinite:
        inputs.table(criterion).warnings.append(
            warning("infinite", layer=criterion.layer, count=infinite, field=criterion.field)
        )
    return Measured(
        _counted(criterion, inputs, extra=np.where(np.isfinite(values), np.maximum(values, 0), 0.0))
    )


def low_severity_count(criterion: Criterion, inputs: Inputs) -> Measured:
    values = numeric(inputs.layer(criterion), criterion.field, criterion.layer)
    low = np.isfinite(values) & (values <= criterion.threshold)
    total = _counted(criterion, inputs)
    small = _counted(criterion, inputs, extra=low.astype(float))
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(total > 0, small / total, np.nan)
    return Measured(small, {"share_of_all": share})


def density(criterion: Criterion, inputs: Inputs) -> Measured:
    counted = _counted(criterion, inputs)
    area = inputs.index.area_km2
    with np.errstate(divide="ignore", invalid="ignore"):
        return Measured(np.where(area > 0, counted / area, np.nan), {"count": counted})


def rate(criterion: Criterion, inputs: Inputs) -> Measured:
    field_name = criterion.population_field or inputs.population_field
    if not field_name:
        raise DataError(
            "a rate needs the units' population field",
            f"criterion '{criterion.id}' → population_field",
            "set population_field on the criterion or on the units",
        )
    population = numeric(inputs.units, field_name, inputs.units_ref)
    counted = _counted(criterion, inputs)
    unknown = int((~(population > 0)).sum())
    if unknown:
        inputs.table(criterion).warnings.append(
            warning("no_population", criterion=criterion.id, count=unknown)
        )
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.where(population > 0, counted / population * criterion.per, np.nan)
    return Measured(value, {"count": counted})


def presence(criterion: Criterion, inputs: Inputs) -> Measured:
    counted = _counted(criterion, inputs)
    return Measured((counted > 0).astype(float), {"count": counted})


def change(criterion: Criterion, inputs: Inputs) -> Measured:
    reference = criterion.reference
    current = _counted(criterion, inputs)
    if reference.year is not None:
        shift = inputs.table(criterion).as_of.year - reference.year
        before = _counted(criterion, inputs, shift_years=shift)
    else:
        before = _counted(criterion, inputs, Window(start=reference.start, end=reference.end))
    if reference.change == "difference":
        value = current - before
    else:  # add-one smoothing keeps the ratio finite where the reference had no event
        value = (current + 1.0) / (before + 1.0)
    return Measured(value, {"current": current, "reference": before})


def distance(criterion: Criterion, inputs: Inputs) -> Measured:
    geometries = inputs.layer(criterion).geometry.values
    return Measured(
        inputs.index.distance(np.asarray(geometries), criterion.distance_from == "centroid")
    )


def area_share(criterion: Criterion, inputs: Inputs) -> Measured:
    geometries = np.asarray(inputs.layer(criterion).geometry.values)
    kinds = shapely.get_type_id(geometries)
    polygons = geometries[np.isin(kinds, (3, 6))]
    if len(polygons) < int((~shapely.is_missing(geometries)).sum()):
        raise DataError(
            "the share of area covered needs a polygon layer",
            f"criterion '{criterion.id}' → layer",
            "choose a polygon layer (e.g. flashpoint zones)",
        )
    return Measured(inputs.index.covered_share(criterion.layer + "#polygons", polygons))


def _unit_values(criterion: Criterion, inputs: Inputs, columns: list[str]) -> np.ndarray:
    """Columns read on the units, or area-weighted from another polygon/point layer."""
    if criterion.layer in (None, inputs.units_ref):
        return np.column_stack([numeric(inputs.units, c, inputs.units_ref) for c in columns])
    layer = inputs.layer(criterion)
    values = np.column_stack([numeric(layer, c, criterion.layer) for c in columns])
    return inputs.index.areal_mean(criterion.layer, np.asarray(layer.geometry.values), values)


def attribute(criterion: Criterion, inputs: Inputs) -> Measured:
    return Measured(_unit_values(criterion, inputs, [criterion.field])[:, 0])


def diversity(criterion: Criterion, inputs: Inputs) -> Measured:
    shares = _unit_values(criterion, inputs, list(criterion.fields))
    shares = np.where(np.isfinite(shares), np.maximum(shares, 0.0), np.nan)
    total = shares.sum(axis=1)
    off = np.isfinite(total) & (np.abs(total - 1.0) > 0.01) & (total > 0)
    if off.any():
        inputs.table(criterion).warnings.append(
            warning("shares_rescaled", criterion=criterion.id, count=int(off.sum()))
        )
    with np.errstate(divide="ignore", invalid="ignore"):
        p = shares / total[:, None]
        index = np.where(total > 0, 1.0 - np.sum(p * p, axis=1), np.nan)
    return Measured(index)


MEASURE_FUNCTIONS: dict[str, Callable[[Criterion, Inputs], Measured]] = {
    "count": count,
    "severity_sum": severity_sum,
    "low_severity_count": low_severity_count,
    "density": density,
    "rate": rate,
    "presence": presence,
    "change": change,
    "distance": distance,
    "area_share": area_share,
    "attribute": attribute,
    "diversity": diversity,
}
