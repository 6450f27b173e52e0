"""Raw values per unit for each measure a criterion can take.

A measure returns one float per unit in its natural unit (events, people,
metres, share 0–1…) with NaN where the unit has no data. Registry:
``MEASURES[name](criterion, inputs) -> Measured``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

import geopandas as gpd
import numpy as np
import shapely

from .database_counts import counted_in_database
from .errors import DataError
from .events import EventTable, not_numbers, numeric
from .messages import warning
from .model import Criterion, Window
from .reference import reference_period
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
    places: str | None = None  # the towns layer (model → places)
    places_population: str | None = None
    #: Layers counted in their database (see :mod:`.database_counts`) and the analysis CRS.
    counters: dict[str, Any] = field(default_factory=dict)
    crs: Any = None

    def layer(self, criterion: Criterion) -> gpd.GeoDataFrame:
        return self.layers[criterion.layer or self.units_ref]

    def table(self, criterion: Criterion) -> EventTable:
        return self.tables[criterion.layer or self.units_ref]


@dataclass
class Measured:
    raw: np.ndarray
    detail: dict[str, np.ndarray] = field(default_factory=dict)
    #: Units whose value means "nothing to see" (0 now and 0 then): they get no points.
    no_points: np.ndarray | None = None


def _counted(
    criterion: Criterion,
    inputs: Inputs,
    window: Window | None = None,
    shift_years: int = 0,
    extra: np.ndarray | None = None,
) -> np.ndarray:
    """Per-unit (weighted) count of the features the criterion keeps."""
    if criterion.layer in inputs.counters:
        if window is not None or shift_years or extra is not None:  # see countable_layers()
            raise ValueError(f"'{criterion.id}' cannot be counted in the database")
        counter = inputs.counters[criterion.layer]
        table = inputs.table(criterion)
        return counted_in_database(criterion, table, counter, inputs.index.geometries, inputs.crs)
    layer = inputs.layer(criterion)
    table = inputs.table(criterion)
    keep = table.mask(criterion, window, shift_years)
    recency = table.recency_weights(criterion)
    if recency is None and extra is None:  # a plain count: whole numbers (see UnitIndex.count)
        return inputs.index.count(criterion.layer, layer.geometry.values, keep)
    weights = keep.astype(float)
    del keep
    # In place: with millions of events each product was another 8 bytes per event.
    if recency is not None:
        weights *= recency
    if extra is not None:
        weights *= extra
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
    extra = np.where(np.isfinite(values), np.maximum(values, 0), 0.0)
    del values  # not held while the features are counted (8 bytes per event)
    return Measured(_counted(criterion, inputs, extra=extra))


def low_severity_count(criterion: Criterion, inputs: Inputs) -> Measured:
    values = numeric(inputs.layer(criterion), criterion.field, criterion.layer)
    table = inputs.table(criterion)
    floor = table.severity_floor(criterion.field)
    if floor is not None:  # e.g. UCDP GED: no event without a death is in the data
        _say(
            criterion,
            inputs,
            "severity_floor",
            layer=criterion.layer,
            field=criterion.field,
            floor=f"{floor:g}",
        )
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


def _say(criterion: Criterion, inputs: Inputs, key: str, **fields: object) -> None:
    """Warn about ``criterion`` (its layer's table keeps each warning once)."""
    inputs.table(criterion).say(warning(key, criterion=criterion.id, **fields))


def _population(criterion: Criterion, inputs: Inputs, error: str, key: str) -> np.ndarray:
    """The units' population for ``criterion``: its own field, else the units' field.

    ``error`` (the :data:`.error_words.ERRORS` key, e.g. "rate_needs_population") and ``key``
    (the criterion's setting) word the error when neither is set.
    """
    field_name = criterion.population_field or inputs.population_field
    if not field_name:
        raise DataError.of(
            error, f"criterion '{criterion.id}' → {key}", fix_key="needs_population.fix"
        )
    return numeric(inputs.units, field_name, inputs.units_ref)


def rate(criterion: Criterion, inputs: Inputs) -> Measured:
    population = _population(criterion, inputs, "rate_needs_population", "population_field")
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
    table = inputs.table(criterion)
    period = reference_period(criterion, table, criterion.reference, criterion.window, "reference")
    current = _counted(criterion, inputs)
    before = _counted(criterion, inputs, period.counted) * period.scale
    if period.pro_rated:
        _say(
            criterion,
            inputs,
            "reference_pro_rated",
            count=period.covered_days,
            days=period.days,
            period=period.words,
        )
    if criterion.reference.change == "difference":
        value = current - before
    else:  # add-one smoothing keeps the ratio finite where the reference had no event
        value = (current + 1.0) / (before + 1.0)
    detail = {"current": current, "reference": before}
    if period.pro_rated:
        detail["pro_rated"] = np.ones(len(current))
    # Nothing now and nothing then is no change, not "as high as the reference".
    return Measured(value, detail, no_points=(current == 0) & (before == 0))


def distance(criterion: Criterion, inputs: Inputs) -> Measured:
    """Distance to the nearest feature the criterion keeps (filters, dates up to the as-of
    date, window): from the unit's edge, its centroid, or its towns weighted by population."""
    keep = inputs.table(criterion).mask(criterion)
    geometries = np.asarray(inputs.layer(criterion).geometry.values)[keep]
    if criterion.distance_from != "towns":
        return Measured(inputs.index.distance(geometries, criterion.distance_from == "centroid"))
    return Measured(town_distance(criterion, inputs, geometries))


def town_distance(criterion: Criterion, inputs: Inputs, targets: np.ndarray) -> np.ndarray:
    """Mean distance from each unit's towns to the nearest target, weighted by population
    (equal weights in a unit where a town's population is unknown); units without a town
    are measured from their centre (point on surface), and said."""
    if inputs.places is None:
        raise DataError.of(
            "distance_needs_towns",
            f"criterion '{criterion.id}' → from",
            example='"places": {"layer": "towns", …}',
        )
    present = targets[~(shapely.is_missing(targets) | shapely.is_empty(targets))]
    if len(present) == 0:
        return np.full(inputs.index.size, np.nan)
    towns = inputs.layers[inputs.places]
    points = shapely.point_on_surface(np.asarray(towns.geometry.values))
    population = (
        numeric(towns, inputs.places_population, inputs.places)
        if inputs.places_population
        else np.full(len(towns), np.nan)
    )
    town_index, unit_of_town = inputs.index.join(inputs.places + "#towns", points)
    tree = shapely.STRtree(present)
    _, to_target = tree.query_nearest(points[town_index], return_distance=True, all_matches=False)
    weight = population[town_index]
    unknown = (
        np.bincount(unit_of_town, (~(weight > 0)).astype(float), minlength=inputs.index.size) > 0
    )
    weight = np.where(unknown[unit_of_town], 1.0, weight)
    size = inputs.index.size
    total = np.bincount(unit_of_town, weight * to_target, minlength=size)
    weights = np.bincount(unit_of_town, weight, minlength=size)
    with np.errstate(divide="ignore", invalid="ignore"):
        result = np.where(weights > 0, total / weights, np.nan)
    alone = ~(weights > 0)
    if alone.any():
        centres = shapely.point_on_surface(inputs.index.geometries[alone])
        _, dist = tree.query_nearest(centres, return_distance=True, all_matches=False)
        result[alone] = dist
        _say(criterion, inputs, "no_towns", count=int(alone.sum()))
    return np.round(result, 3)  # millimetres: see spatial.significant()


def ratio(criterion: Criterion, inputs: Inputs) -> Measured:
    """Sum of ``field`` ÷ the denominator's sum (0–1 when the numerator is part of it), e.g.
    returnees ÷ (returnees + IDPs), or ÷ the units' population."""
    per = criterion.denominator
    values = numeric(inputs.layer(criterion), criterion.field, criterion.layer)
    numerator = _counted(criterion, inputs, extra=np.where(np.isfinite(values), values, 0.0))
    if per.population:
        below = _population(criterion, inputs, "ratio_needs_population", "denominator")
    else:
        ref = per.layer or criterion.layer
        layer = inputs.layers[ref]
        amounts = numeric(layer, per.field, ref)
        below = inputs.index.count(
            ref, np.asarray(layer.geometry.values), np.where(np.isfinite(amounts), amounts, 0.0)
        )
        if per.plus_numerator:
            below = below + numerator
    missing = int((~(below > 0)).sum())
    if missing:
        _say(criterion, inputs, "no_denominator", count=missing)
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.where(below > 0, numerator / below, np.nan)
    return Measured(value, {"numerator": numerator, "denominator": below})


def area_share(criterion: Criterion, inputs: Inputs) -> Measured:
    geometries = np.asarray(inputs.layer(criterion).geometry.values)
    kinds = shapely.get_type_id(geometries)
    polygons = geometries[np.isin(kinds, (3, 6))]
    if len(polygons) < int((~shapely.is_missing(geometries)).sum()):
        raise DataError.of("share_needs_polygons", f"criterion '{criterion.id}' → layer")
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
    "ratio": ratio,
}


def measure_criterion(criterion: Criterion, inputs: Inputs) -> Measured:
    """The criterion's measure on ``inputs``; a missing field's error names the criterion."""
    try:
        return MEASURE_FUNCTIONS[criterion.measure](criterion, inputs)
    except DataError as error:  # say which criterion asked for the missing field
        raise DataError(
            error.what,
            f"criterion '{criterion.id}' ({error.where})",
            error.fix,
            key=error.key,
            fields=error.fields,
            fix_key=error.fix_key,
        ) from None
