"""Write a ScoreResult to one GeoPackage, atomically, with its provenance.

Everything is written to a temporary file in the destination folder and moved
into place with ``os.replace`` only when every table is written. A failure or
a cancel leaves the previous file as it was and no temporary file behind.

Layers: ``units``, ``areas``, ``watch_list`` (polygons), ``criteria``,
``sensitivity``, ``changes`` (when compared with a previous result) and
``riskmap_provenance`` (attribute tables), the provenance's one home. (RiskMap 0.1.0
also wrote it as GDAL dataset metadata, key ``RISKMAP_PROVENANCE``, which is still read;
it is no longer written: GDAL 3.10 copies such metadata into a ``.aux.xml`` file beside the
GeoPackage whenever QGIS opens it.)
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from ..core.errors import Canceled, DataError
from .layer_metadata import save_layer_metadata

#: Result attribute → GeoPackage table, in writing order.
RESULT_TABLES = {"units": "units", "areas": "areas", "watch_list": "watch_list"}
CRITERIA_TABLE = "criteria"
SENSITIVITY_TABLE = "sensitivity"
CHANGES_TABLE = "changes"
PROVENANCE_TABLE = "riskmap_provenance"
#: Where RiskMap 0.1.0 kept the provenance (GDAL dataset metadata); read, never written.
PROVENANCE_METADATA_KEY = "RISKMAP_PROVENANCE"
_SIDECARS = ("", "-journal", "-wal", "-shm")


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
    provenance: Mapping | None = None,
    input_paths: Iterable[str | os.PathLike | None] = (),
    is_canceled: Callable[[], bool] | None = None,
    layer_metadata: Mapping | None = None,
) -> str:
    """Write frames (GeoDataFrames as layers, DataFrames as tables) to one GeoPackage atomically.

    ``layer_metadata`` (table → ``QgsLayerMetadata``) is stored with the tables it names,
    inside the same atomic write (see :mod:`.layer_metadata`).
    """
    target = Path(path).expanduser().resolve()
    if target.suffix.lower() != ".gpkg":
        raise DataError(
            f"The output '{target.name}' is not a GeoPackage.",
            where="output",
            fix="Give a file name ending in .gpkg.",
        )
    _refuse_inputs(target, input_paths)
    _check_folder(target)
    temporary = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:8]}.tmp.gpkg")
    try:
        for name, frame in tables.items():
            if is_canceled is not None and is_canceled():
                raise Canceled()
            _write_table(temporary, name, _for_gpkg(frame), target)
        if provenance is not None:
            _write_table(temporary, PROVENANCE_TABLE, provenance_frame(provenance), target)
        if layer_metadata:
            save_layer_metadata(temporary, {t: m for t, m in layer_metadata.items() if t in tables})
        if is_canceled is not None and is_canceled():
            raise Canceled()
        _replace(temporary, target)
    except BaseException:
        _remove(temporary)
        raise
    return str(target)


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


def _check_folder(target: Path) -> None:
    """The output folder exists (or is created) and can be written to, else a DataError."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _unwritable(target, error.strerror or str(error)) from None
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise _unwritable(target, "permission denied")


def _unwritable(target: Path, reason: str) -> DataError:
    return DataError(
        f"Cannot write the output '{target.name}' in its folder ({reason}).",
        where="output",
        fix="Choose a folder you can write to, or ask for write permission on it.",
    )


def _write_table(path: Path, name: str, frame: pd.DataFrame, target: Path) -> None:
    """Write one table to the GeoPackage at ``path`` (created on the first call)."""
    import pyogrio
    from pyogrio.errors import DataLayerError, DataSourceError

    kwargs = {}
    if isinstance(frame, gpd.GeoDataFrame):
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
                driver="GPKG",
                append=False,
                # pyogrio's own GDAL may default to GeoPackage 1.4, which older QGIS GDALs
                # warn about.
                dataset_options={"VERSION": "1.2"},
                **kwargs,
            )
    except (OSError, DataSourceError, DataLayerError) as error:
        # A folder made read-only, or a disk that filled up, during the run. The message
        # names the output, not the temporary file.
        reason = str(error).splitlines()[0].replace(str(path), target.name)[:200]
        raise _unwritable(target, reason) from None


def _for_gpkg(frame: pd.DataFrame) -> pd.DataFrame:
    """Types GeoPackage keeps: lists become '; '-joined text, other objects text."""
    out = frame.copy()
    geometry_name = getattr(frame, "_geometry_column_name", None)
    for column in out.columns:
        if column == geometry_name:
            continue
        values = out[column]
        if values.dtype == object:
            out[column] = np.array([_as_text(v) for v in values], dtype=object)
        elif isinstance(values.dtype, pd.CategoricalDtype):
            out[column] = values.astype(object).map(_as_text)
    if isinstance(out, gpd.GeoDataFrame) and geometry_name != "geometry":
        out = out.rename_geometry("geometry")
    return out


def _as_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, float) and np.isnan(value):
        return None
    return value if isinstance(value, str) else str(value)


def _refuse_inputs(target: Path, input_paths: Iterable[str | os.PathLike | None]) -> None:
    for candidate in input_paths:
        if not candidate:
            continue
        if os.path.realpath(candidate) == os.path.realpath(target):
            raise DataError(
                f"The output '{target.name}' is one of the run's input files.",
                where="output",
                fix="Choose another output file; RiskMap never writes over its inputs.",
            )


def _replace(temporary: Path, target: Path) -> None:
    try:
        os.replace(temporary, target)
        # GDAL 3.10 (QGIS 3.40+) copies a GeoPackage's dataset metadata, RiskMap's provenance
        # among it, into "<file>.aux.xml" when QGIS opens the file; that copy describes the
        # file just replaced, so it goes with it (GDAL writes it again from the new file).
        Path(f"{target}.aux.xml").unlink(missing_ok=True)
    except PermissionError as error:
        raise DataError(
            f"Cannot replace '{target.name}': {error.strerror}.",
            where="output",
            fix="Remove its layers from the project (or close programs using it), "
            "or choose another file name.",
        ) from error


def _remove(temporary: Path) -> None:
    for suffix in _SIDECARS:
        try:
            os.remove(f"{temporary}{suffix}")
        except FileNotFoundError:
            pass
        except OSError:  # pragma: no cover - best effort clean-up
            pass
