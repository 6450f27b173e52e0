"""Checks and prepares the layers a model reads: units, places and criterion layers.

Every problem an analyst can fix is a :class:`DataError` naming the layer and
field; repairs (invalid polygons made valid, empty geometries dropped) are
reported as warnings so the briefing can say what was done to the data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

from .errors import DataError, ModelError
from .events import EventTable
from .measures import Inputs
from .messages import warning
from .model import EVENT_MEASURES, Model
from .model.layers import LayerInfo
from .naming import code_rank
from .spatial import (
    UnitIndex,
    choose_analysis_crs,
    has_no_crs,
    outside_valid_area,
    repair,
    significant,
    to_analysis,
)

POLYGONAL = (3, 6)  # shapely type ids of Polygon and MultiPolygon


def check_layers(model: Model, layers: Mapping[str, gpd.GeoDataFrame]) -> None:
    references = model.layer_references()
    for name in model.layers:  # a misspelt name must not silently drop a coverage or snapshot
        if name not in references:
            raise ModelError.of(
                "unread_layer",
                f"layers → {name}",
                fix_key="unknown_value.fix",
                name=name,
                options=", ".join(references),
            )
    for reference in references:
        if reference not in layers:
            raise DataError.of("layer_not_found", "model", layer=reference)


def prepare_units(
    model: Model, frame: gpd.GeoDataFrame, name: str, warnings: list[str]
) -> gpd.GeoDataFrame:
    """Units with ``unit_id``/``unit_name`` columns, polygonal, valid, ids unique."""
    spec = model.units
    id_field = spec.id_field or "unit_id"
    if has_no_crs(frame):
        raise DataError.of("no_crs", f"units layer '{name}'")
    missing = _first_missing(
        frame, (("id", id_field), ("name", spec.name_field), ("population", spec.population_field))
    )
    if missing is not None:
        role, column = missing
        raise DataError.of(
            "no_units_field",
            f"units layer '{name}'",
            role=role,
            field=column,
            options=", ".join(map(str, list(frame.columns)[:15])),
        )
    geometries = np.asarray(frame.geometry.values)
    usable = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
    if (~usable).any():
        warnings.append(warning("units_without_geometry", layer=name, count=int((~usable).sum())))
    broken = usable & not_finite(geometries)
    if broken.any():
        rows = ", ".join(str(p + 1) for p in np.flatnonzero(broken))
        raise DataError.of(
            "units_not_numbers",
            f"units layer '{name}'",
            count=str(int(broken.sum())),
            features=_shorten(rows),
        )
    units = frame.loc[usable].copy()
    if units.empty:
        raise DataError.of("no_polygons", f"units layer '{name}'")
    ids = units[id_field]
    if ids.isna().any():
        raise DataError.of(
            "units_without_id",
            f"units layer '{name}'",
            count=str(int(ids.isna().sum())),
            field=id_field,
        )
    repeated = ids.duplicated(keep=False).to_numpy()
    if repeated.any():
        # Feature numbers, not the ids: a message or log never quotes attribute values.
        rows = ", ".join(str(p + 1) for p in np.flatnonzero(frame.index.isin(ids.index[repeated])))
        raise DataError.of(
            "ids_repeat",
            f"units layer '{name}'",
            field=id_field,
            count=str(int(ids[repeated].nunique())),
            features=_shorten(rows),
        )
    outside = outside_valid_area(
        np.asarray(units.geometry.values), frame.crs, units.geometry.values
    )
    if outside.any():
        raise DataError.of(
            "units_outside_crs", f"units layer '{name}'", count=str(int(outside.sum()))
        )
    fixed, n_bad = repair(np.asarray(units.geometry.values))
    if n_bad:
        warnings.append(warning("units_made_valid", layer=name, count=n_bad))
    # make_valid can leave lines beside polygons; keep the polygonal part only.
    # Only collections need a look (a Python call per unit was ~17 µs × 100,000 hexagons).
    collections = shapely.get_type_id(fixed) == 7
    if collections.any():
        fixed = np.array(fixed, dtype=object)
        fixed[collections] = [_polygonal(g) for g in fixed[collections]]
    if not np.isin(shapely.get_type_id(fixed), POLYGONAL).all():
        raise DataError.of("not_polygons", f"units layer '{name}'")
    out = gpd.GeoDataFrame(
        {
            "unit_id": units[id_field].astype(str).to_numpy(),
            "unit_name": (
                units[spec.name_field].astype("string").fillna("").to_numpy()
                if spec.name_field
                else units[id_field].astype(str).to_numpy()
            ),
        },
        geometry=gpd.GeoSeries(fixed, crs=frame.crs),
        crs=frame.crs,
    )
    for column in _attribute_columns(model, frame):
        out[column] = units[column].to_numpy()
    return out.reset_index(drop=True)


def covers(crs, units: gpd.GeoDataFrame) -> bool:
    """Whether the CRS's area of use holds the units' centre (True when it has none):
    far from it, a projected CRS stretches distances and areas."""
    area = crs.area_of_use
    if area is None:
        return True
    left, bottom, right, top = units.geometry.to_crs(4326).total_bounds
    x, y = (left + right) / 2.0, (bottom + top) / 2.0
    return area.west - 1 <= x <= area.east + 1 and area.south - 1 <= y <= area.north + 1


def _warn_counts_nothing(
    frame: gpd.GeoDataFrame, units: gpd.GeoDataFrame, reference: str, warnings: list[str]
) -> None:
    """A layer of events that cannot count anywhere: no geometries, or all of them away
    from the units (swapped longitude/latitude, a wrong CRS). Its counts would be 0 as
    if nothing had happened, so the analyst is told."""
    geometries = np.asarray(frame.geometry.values)
    if not len(geometries):
        return
    present = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
    if not present.any():
        warnings.append(warning("no_geometries", layer=reference, count=len(geometries)))
        return
    left, bottom, right, top = shapely.total_bounds(geometries[present])
    u_left, u_bottom, u_right, u_top = units.total_bounds
    if right < u_left or left > u_right or top < u_bottom or bottom > u_top:
        warnings.append(warning("outside_units", layer=reference, count=int(present.sum())))


def not_finite(geometries: np.ndarray) -> np.ndarray:
    """True where a geometry has a coordinate that is NaN or infinite."""
    out = np.zeros(len(geometries), dtype=bool)
    coordinates, index = shapely.get_coordinates(geometries, return_index=True)
    out[index[~np.isfinite(coordinates).all(axis=1)]] = True
    return out


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: text.rfind(",", 0, limit)] + ", …"


def _polygonal(geometry):
    if shapely.get_type_id(geometry) == 7:  # GeometryCollection from make_valid
        parts = [p for p in shapely.get_parts(geometry) if shapely.get_type_id(p) in POLYGONAL]
        return shapely.union_all(parts) if parts else geometry
    return geometry


def _attribute_columns(model: Model, frame: pd.DataFrame) -> list[str]:
    wanted = {model.units.population_field}
    for criterion in model.criteria:
        if criterion.layer in (None, model.units.layer):
            wanted |= {criterion.field, criterion.population_field, *criterion.fields}
        wanted.add(criterion.population_field)
    return [c for c in wanted if c and c in frame.columns and c not in ("unit_id", "unit_name")]


def build_inputs(
    model: Model,
    units: gpd.GeoDataFrame,
    layers: Mapping[str, gpd.GeoDataFrame],
    warnings: list[str],
    counters: Mapping[str, Any] | None = None,
) -> tuple[Inputs, CRS]:
    """Project everything once into the analysis CRS and wrap it for the measures.

    ``counters``: layers counted in their database (:mod:`.database_counts`); their frame
    is empty (only the field names), so the in-memory checks of their features are skipped.
    """
    counters = dict(counters or {})
    crs = choose_analysis_crs(units, model.crs)
    if model.crs and not covers(crs, units):
        warnings.append(warning("far_crs", crs=model.crs))
    projected_units = units.to_crs(crs)
    area_km2 = significant(shapely.area(projected_units.geometry.values) / 1e6)
    index = UnitIndex(np.asarray(projected_units.geometry.values), area_km2)
    units_ref = model.units.layer or "units"
    projected = {units_ref: projected_units}
    tables = {units_ref: _table(model, units_ref, projected_units)}
    counted = {c.layer for c in model.criteria if c.measure in EVENT_MEASURES}
    for reference in model.layer_references():
        if reference in projected:
            continue
        source = layers[reference]
        broken = not_finite(np.asarray(source.geometry.values))
        if broken.any():  # GEOS cannot intersect them; they mark no place
            warnings.append(warning("not_finite", layer=reference, count=int(broken.sum())))
            kept = np.where(broken, None, np.asarray(source.geometry.values))
            source = source.set_geometry(gpd.GeoSeries(kept, crs=source.crs, index=source.index))
        frame = to_analysis(source, crs, reference)
        outside = outside_valid_area(
            np.asarray(source.geometry.values), source.crs,
            np.asarray(frame.geometry.values),
        )  # fmt: skip
        if outside.any():
            warnings.append(warning("outside_crs", layer=reference, count=int(outside.sum())))
            kept = np.where(outside, None, np.asarray(frame.geometry.values))
            frame = frame.set_geometry(gpd.GeoSeries(kept, crs=crs, index=frame.index))
        geometries, n_bad = repair(np.asarray(frame.geometry.values))
        if n_bad:
            warnings.append(warning("made_valid", layer=reference, count=n_bad))
            frame = frame.set_geometry(gpd.GeoSeries(geometries, crs=crs, index=frame.index))
        if reference in counted and reference not in counters:
            _warn_counts_nothing(frame, projected_units, reference, warnings)
        projected[reference] = frame
        tables[reference] = _table(model, reference, frame)
    inputs = Inputs(
        units=projected_units,
        population_field=model.units.population_field,
        index=index,
        layers=projected,
        tables=tables,
        units_ref=units_ref,
        places=model.places.layer if model.places else None,
        places_population=model.places.population_field if model.places else None,
        counters=counters,
        crs=crs,
    )
    return inputs, crs


def _first_missing(
    frame: pd.DataFrame, wanted: Iterable[tuple[str, str | None]]
) -> tuple[str, str] | None:
    """The first (setting, field) of ``wanted`` that names a column ``frame`` lacks.

    >>> _first_missing(pd.DataFrame({"a": [1]}), [("id", "a"), ("name", None), ("pop", "p")])
    ('pop', 'p')
    """
    for setting, column in wanted:
        if column and column not in frame.columns:
            return setting, column
    return None


def _table(model: Model, reference: str, frame: pd.DataFrame) -> EventTable:
    info = model.layers.get(reference) or LayerInfo()
    return EventTable(reference, frame, model.as_of, info=info, grain=model.units.grain)


def prepare_places(model: Model, inputs: Inputs, language: str = "") -> pd.DataFrame | None:
    """Towns (name in ``language``, population, feature-code rank, point) for naming."""
    if model.places is None:
        return None
    spec = model.places
    frame = inputs.layers[spec.layer]
    missing = _first_missing(
        frame,
        (
            ("name_field", spec.name_field),
            ("population_field", spec.population_field),
            ("feature_code_field", spec.feature_code_field),
            *((f"name_fields → {k}", v) for k, v in spec.name_fields.items()),
        ),
    )
    if missing is not None:
        key, column = missing
        raise DataError.of(
            "no_field",
            f"places layer '{spec.layer}'",
            fix_key="no_places_field.fix",
            field=column,
            key=key,
            options=", ".join(map(str, frame.columns[:12])),
        )
    population = (
        pd.to_numeric(frame[spec.population_field], errors="coerce")
        if spec.population_field
        else pd.Series(np.nan, index=frame.index)
    )
    codes = (
        frame[spec.feature_code_field]
        if spec.feature_code_field
        else pd.Series(None, index=frame.index, dtype=object)
    )
    points = shapely.point_on_surface(np.asarray(frame.geometry.values))
    ok = ~shapely.is_missing(points) & ~shapely.is_empty(points)
    population = population.where(population > 0)  # 0 means "not recorded" in GeoNames
    return pd.DataFrame(
        {
            "name": _names_in(frame, spec, language).to_numpy()[ok],
            "population": population.to_numpy()[ok],
            "rank": code_rank(codes)[ok],
            "geometry": points[ok],
        }
    )


def _names_in(frame: pd.DataFrame, spec, language: str) -> pd.Series:
    """The towns' names in ``language`` (``ar``, ``ckb``, ``fr_CA``…), else in the name field.

    The model's ``name_fields`` say which field holds which language; without
    them a field ``name_<language>`` is used when the layer has one.
    """
    names = frame[spec.name_field].astype(object)
    base = language.split("_")[0]
    field = spec.name_fields.get(language) or spec.name_fields.get(base)
    if field is None and base and base != "en":
        field = next((f for f in (f"name_{language}", f"name_{base}") if f in frame.columns), None)
    if field is None:
        return names
    local = frame[field].astype(object)
    present = local.map(lambda v: isinstance(v, str) and bool(v.strip()))
    return local.where(present, names)
