"""Write a ScoreResult to one GeoPackage, atomically, with its provenance.

Everything is written to a temporary file in the destination folder and moved
into place with ``os.replace`` only when every table is written. A failure or
a cancel leaves the previous file as it was and no temporary file behind.

Layers: ``units``, ``areas``, ``watch_list`` (polygons), ``criteria``,
``sensitivity``, ``changes`` (when compared with a previous result) and
``riskmap_provenance`` (attribute tables), the provenance's one home. (RiskMap 0.1.0
also wrote it as GDAL dataset metadata, key ``RISKMAP_PROVENANCE``, which is still read;
it is no longer written: GDAL 3.10 copies such metadata into a ``.aux.xml`` file beside the
GeoPackage whenever QGIS opens it.) Each result layer carries QGIS layer metadata
(:mod:`.layer_metadata`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from ..core.errors import Canceled, DataError
from .layer_metadata import save_layer_metadata
from .output_guard import (
    Staged,
    check_folder,
    check_target,
    remove_stale,
    temporary_for,
    unwritable,
)

#: Result attribute → GeoPackage table, in writing order.
RESULT_TABLES = {"units": "units", "areas": "areas", "watch_list": "watch_list"}
CRITERIA_TABLE = "criteria"
SENSITIVITY_TABLE = "sensitivity"
CHANGES_TABLE = "changes"
PROVENANCE_TABLE = "riskmap_provenance"
#: Where RiskMap 0.1.0 kept the provenance (GDAL dataset metadata); read, never written.
PROVENANCE_METADATA_KEY = "RISKMAP_PROVENANCE"


def result_tables(
    result, names: Mapping[str, str] | None = None, changes: pd.DataFrame | None = None
) -> dict[str, pd.DataFrame]:
    """The frames of a ScoreResult keyed by table name (attribute tables included)."""
    names = dict(RESULT_TABLES if names is None else names)
    tables: dict[str, pd.DataFrame] = {}
    for attribute, table in names.items():
        tables[table] = getattr(result, attribute)
    tables.update(attribute_tables(result, changes))
    return tables


def attribute_tables(result, changes: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """``criteria``, ``sensitivity`` and (when compared with a previous result) ``changes``."""
    tables: dict[str, pd.DataFrame] = {}
    criteria = getattr(result, "criteria", None)
    if criteria is not None:
        tables[CRITERIA_TABLE] = criteria
    sensitivity = getattr(result, "sensitivity", None)
    if sensitivity is not None:
        tables[SENSITIVITY_TABLE] = sensitivity_frame(sensitivity)
    if changes is not None:
        tables[CHANGES_TABLE] = changes
    return tables


def sensitivity_frame(sensitivity: pd.DataFrame) -> pd.DataFrame:
    """``criterion``, ``label``, ``first_order`` with typed columns (empty without Monte Carlo)."""
    frame = pd.DataFrame(sensitivity).reindex(columns=["criterion", "label", "first_order"])
    return frame.astype({"criterion": object, "label": object, "first_order": float})


def write_result(
    result,
    path: str | os.PathLike,
    *,
    provenance: Mapping | None = None,
    input_paths: Iterable[str | os.PathLike | None] = (),
    is_canceled: Callable[[], bool] | None = None,
    table_names: Mapping[str, str] | None = None,
    changes: pd.DataFrame | None = None,
) -> str:
    """Write ``result`` to the GeoPackage ``path``; return the absolute path written.

    Parameters
    ----------
    result:
        A core ``ScoreResult`` (``units``, ``areas``, ``watch_list``, ``criteria``).
    path:
        The ``.gpkg`` to create or replace.
    provenance:
        The run's provenance (see :mod:`.provenance`); stored in the file.
    input_paths:
        Files the run read; writing over one of them is refused.
    is_canceled:
        Checked between tables; a cancel raises ``Canceled`` and writes nothing.
    table_names:
        Result attribute → table name, to rename or leave out tables.
    changes:
        The comparison with a previous result (``changes`` table), if any.
    """
    return write_tables(
        result_tables(result, table_names, changes),
        path,
        provenance=provenance,
        input_paths=input_paths,
        is_canceled=is_canceled,
    )


def write_tables(
    tables: Mapping[str, pd.DataFrame],
    path: str | os.PathLike,
    *,
    is_canceled: Callable[[], bool] | None = None,
    **options,
) -> str:
    """Write frames (GeoDataFrames as layers, DataFrames as tables) to one GeoPackage atomically.

    ``options`` are :func:`stage_tables`'s (provenance, input_paths, layer_metadata).
    """
    staged = Staged()
    try:
        stage_tables(staged, tables, path, is_canceled=is_canceled, **options)
        if is_canceled is not None and is_canceled():
            raise Canceled()
        return staged.commit()[0]
    except BaseException:
        staged.discard()
        raise


def stage_tables(
    staged: Staged,
    tables: Mapping[str, pd.DataFrame],
    path: str | os.PathLike,
    *,
    provenance: Mapping | None = None,
    input_paths: Iterable[str | os.PathLike | None] = (),
    is_canceled: Callable[[], bool] | None = None,
    layer_metadata: Mapping | None = None,
) -> Path:
    """Write the GeoPackage ``path`` to a temporary added to ``staged``; return the target.

    Nothing reaches ``path`` until ``staged.commit()``: a run with several output files
    stages them all first, so that it writes all of them or none. ``layer_metadata``
    (table → ``QgsLayerMetadata``) is stored with the tables it names, in the temporary.
    """
    target = Path(path).expanduser().resolve()
    if target.suffix.lower() != ".gpkg":
        raise DataError(
            f"The output '{target.name}' is not a GeoPackage.",
            where="output",
            fix="Give a file name ending in .gpkg.",
        )
    temporary = _prepare(target, input_paths)
    staged.add(temporary, target)
    for name, frame in tables.items():
        if is_canceled is not None and is_canceled():
            raise Canceled()
        _write_table(temporary, name, _for_gpkg(frame), target)
    if provenance is not None:
        _write_table(temporary, PROVENANCE_TABLE, provenance_frame(provenance), target)
    if layer_metadata:
        save_layer_metadata(temporary, {t: m for t, m in layer_metadata.items() if t in tables})
    return target


def stage_file(
    staged: Staged,
    frame: pd.DataFrame,
    path: str | os.PathLike,
    *,
    input_paths: Iterable[str | os.PathLike | None] = (),
) -> Path:
    """One layer in another file format GDAL knows by its extension (GeoJSON, Shapefile…)."""
    target = Path(path).expanduser().resolve()
    temporary = _prepare(target, input_paths)
    staged.add(temporary, target)
    _write_table(temporary, None, _for_gpkg(frame), target, driver=None)
    return target


def _prepare(target: Path, input_paths) -> Path:
    """Check the target against the guard, clean a killed run's leftovers, name a temporary."""
    check_target(target, input_paths)
    check_folder(target)
    remove_stale(target)
    return temporary_for(target)


def provenance_frame(provenance: Mapping) -> pd.DataFrame:
    """Provenance as a two-column key/value table (nested values as JSON text)."""
    rows = []
    for key, value in provenance.items():
        text = value if isinstance(value, str) else json.dumps(value, default=str)
        rows.append((key, text))
    return pd.DataFrame(rows, columns=["key", "value"])


def read_provenance(path: str | os.PathLike) -> dict:
    """Read back the provenance stored by :func:`write_result`."""
    import pyogrio

    from .reading import gdal_curves_kept

    with gdal_curves_kept():
        info = pyogrio.read_info(str(path), layer=PROVENANCE_TABLE)
    metadata = info.get("dataset_metadata") or {}
    if PROVENANCE_METADATA_KEY in metadata:
        return json.loads(metadata[PROVENANCE_METADATA_KEY])
    with gdal_curves_kept():
        table = pyogrio.read_dataframe(str(path), layer=PROVENANCE_TABLE, read_geometry=False)
    out = {}
    for key, value in zip(table["key"], table["value"]):
        try:
            out[key] = json.loads(value)
        except (TypeError, ValueError):
            out[key] = value
    return out


def _write_table(
    path: Path,
    name: str | None,
    frame: pd.DataFrame,
    target: Path,
    driver: str | None = "GPKG",
) -> None:
    """Write one table to the file at ``path`` (a GeoPackage is created on the first call)."""
    import pyogrio
    from pyogrio.errors import DataLayerError, DataSourceError

    kwargs = {}
    if driver == "GPKG":
        # pyogrio's own GDAL may default to GeoPackage 1.4, which older QGIS GDALs warn about.
        kwargs["dataset_options"] = {"VERSION": "1.2"}
    if isinstance(frame, gpd.GeoDataFrame) and not frame.geometry.notna().any():
        # No areas at this cut-off: still a polygon layer (GDAL would call it "Unknown",
        # which QGIS cannot style), so the result's layers load, style and print.
        kwargs["geometry_type"] = "MultiPolygon"
    elif isinstance(frame, gpd.GeoDataFrame):
        kwargs["promote_to_multi"] = bool(
            frame.geom_type.isin(["Polygon", "MultiPolygon"]).any()
            and frame.geom_type.nunique() > 1
        )
    from .reading import gdal_curves_kept

    try:
        with gdal_curves_kept():
            pyogrio.write_dataframe(
                frame,
                str(path),
                layer=name,
                driver=driver,
                append=False,
                **kwargs,
            )
    except ValueError as error:  # pyogrio: no driver for this extension
        raise DataError(
            f"RiskMap cannot write the output '{target.name}' in this format ({error}).",
            where="output",
            fix="Give a file name ending in .gpkg, .geojson, .shp or .fgb.",
        ) from None
    except (OSError, DataSourceError, DataLayerError) as error:
        # A folder made read-only, or a disk that filled up, during the run. The message
        # names the output, not the temporary file.
        reason = str(error).splitlines()[0].replace(str(path), target.name)[:200]
        raise unwritable(target, reason) from None


def _for_gpkg(frame: pd.DataFrame) -> pd.DataFrame:
    """Types GeoPackage keeps: lists become '; '-joined text, other objects text."""
    out = frame.copy()
    geometry_name = getattr(frame, "_geometry_column_name", None)
    for column in out.columns:
        if column == geometry_name:
            continue
        values = out[column]
        if values.dtype == object:
            out[column] = np.array([as_text(v) for v in values], dtype=object)
        elif isinstance(values.dtype, pd.CategoricalDtype):
            out[column] = values.astype(object).map(as_text)
    if isinstance(out, gpd.GeoDataFrame) and geometry_name != "geometry":
        out = out.rename_geometry("geometry")
    return out


def as_text(value) -> str | None:
    """A value as a text field keeps it: lists '; '-joined, NaN and None as NULL."""
    if value is None:
        return None
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, float) and np.isnan(value):
        return None
    return value if isinstance(value, str) else str(value)


def refuse_inputs(target: Path, input_paths: Iterable[str | os.PathLike | None]) -> None:
    """The dock's early check, in the writer's words (see :func:`.output_guard.check_target`)."""
    check_target(Path(target).expanduser().resolve(), input_paths)
