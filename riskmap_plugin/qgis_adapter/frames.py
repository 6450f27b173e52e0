"""Layer data as GeoDataFrames without QGIS: the fast path's file read and the dtype rules.

Everything here imports neither ``qgis`` nor Qt, so a separate Python process
(see :mod:`.process_run`) can read file-backed layers and conform frames the
same way the QGIS process does. :mod:`.reading` maps QGIS field types to the
``kind`` names used here.

Kinds: ``"int"`` (int64, float64 when a value is NULL), ``"float"``,
``"date"`` (``datetime64[ms]``, naive), ``"bool"``, ``"text"`` (objects, ``None``
for NULL).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..core.messages import warning
from .frames_arrow import read_arrow_frame
from .wkb_read import from_wkb, gdal_curves_kept

try:  # pyarrow is optional: pyogrio is faster with it, the result is the same.
    import pyarrow  # noqa: F401

    HAS_ARROW = True
except ImportError:  # pragma: no cover - depends on the machine
    HAS_ARROW = False


def conform(
    frame: pd.DataFrame, columns: Sequence[str], kinds: Mapping[str, str], crs: str
) -> gpd.GeoDataFrame:
    """One canonical dtype per field kind, whichever path read the data."""
    geometries = np.asarray(frame.geometry.values, dtype=object)
    return conform_parts(frame, geometries, columns, kinds, crs)


def conform_parts(
    attributes: pd.DataFrame,
    geometries: np.ndarray,
    columns: Sequence[str],
    kinds: Mapping[str, str],
    crs: str,
) -> gpd.GeoDataFrame:
    """:func:`conform` of attributes and geometries not yet joined in a GeoDataFrame."""
    data = {column: conform_column(attributes[column], kinds[column]) for column in columns}
    out = pd.DataFrame(data, columns=list(columns), index=pd.RangeIndex(len(attributes)))
    del data
    geometry = gpd.GeoSeries(geometries, index=out.index)
    return gpd.GeoDataFrame(out, geometry=geometry, crs=crs, copy=False)


def conform_column(series: pd.Series, kind: str) -> np.ndarray:
    """A column in its kind's dtype. Typed arrays are cast directly; objects are parsed.

    The direct casts matter on large layers: the file reader already returns
    int64/float64/datetime64 arrays, and boxing a million values as Python
    objects only to parse them back cost seconds.
    """
    values = series.to_numpy()
    # Columns already in their kind's dtype are taken as they are (copy=False): the
    # readers' frames are temporary, and a copy of each column of 5,000,000 events
    # was most of the read's peak memory.
    if kind == "int":
        if values.dtype.kind in "iub":
            return values.astype("int64", copy=False)
        numbers = values if values.dtype.kind == "f" else _to_numeric(values)
        if np.isnan(numbers).any():
            return numbers.astype("float64")
        return numbers.astype("int64")
    if kind == "float":
        if values.dtype.kind in "iubf":
            return values.astype("float64", copy=False)
        return _to_numeric(values)
    if kind == "date":
        if values.dtype == np.dtype("datetime64[ms]"):
            return values  # numpy datetimes are naive: nothing to convert
        if values.dtype.kind == "M":
            stamps = pd.Series(values)
        else:
            stamps = pd.to_datetime(pd.Series(values, dtype=object), errors="coerce")
        if getattr(stamps.dt, "tz", None) is not None:
            stamps = stamps.dt.tz_localize(None)
        return stamps.astype("datetime64[ms]").to_numpy()
    if kind == "bool":
        if values.dtype.kind == "b":
            return values
        flags = pd.Series(values, dtype=object)
        if flags.isna().any():
            return np.array([None if pd.isna(v) else bool(v) for v in flags], dtype=object)
        return flags.astype(bool).to_numpy()
    # Text and everything else: Python objects, None for NULL (and NaN).
    missing = pd.isna(values)
    if values.dtype == object and not missing.any():
        return values
    out = np.array(values, dtype=object)
    out[missing] = None
    return out


def _to_numeric(values: np.ndarray) -> np.ndarray:
    return (
        pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").astype("float64").to_numpy()
    )


@dataclass
class FileReader:
    """Reads one file-backed layer with pyogrio; picklable, no QGIS needed.

    Has the reader interface :func:`.runner.compute` uses (``layer_name``,
    ``path``, ``warnings``, ``read``), so a separate process can read the file itself.
    """

    file_path: str
    table: str | None
    columns: list[str]
    kinds: dict[str, str]
    crs: str
    reference: str
    layer_name: str
    curved: bool = False
    warnings: list[str] = field(default_factory=list)
    path: str = "fast"
    #: The geometries as read (an Arrow WKB array) until :meth:`take_wkb` hands them on.
    _wkb: Any = field(default=None, repr=False, compare=False)

    def take_wkb(self) -> Any:
        """The last read's geometry WKB as an Arrow array (once), or ``None``.

        Provenance hashes these bytes instead of encoding every geometry again;
        ``None`` when pyarrow is absent or the geometries were repaired on reading.
        """
        wkb, self._wkb = self._wkb, None
        return wkb

    def read(self, is_canceled: Callable[[], bool] | None = None) -> gpd.GeoDataFrame:
        import pyogrio

        if self.curved:  # pyogrio reads arcs as straight segments, as QGIS draws them
            message = warning("curves_approximated", layer=self.reference)
            if message not in self.warnings:
                self.warnings.append(message)
        # QGIS shows a GeoPackage's feature id ("fid") as a field; GDAL keeps it apart.
        with gdal_curves_kept():
            fid = pyogrio.read_info(self.file_path, layer=self.table).get("fid_column") or None
        columns = [c for c in self.columns if c != fid]
        with_fid = fid is not None and fid in self.columns
        self._wkb = None
        parts = read_arrow_frame(self, columns, with_fid) if HAS_ARROW else None
        if parts is not None:
            attributes, geometries = parts
            del parts
            if with_fid:
                attributes[fid] = attributes.index.to_numpy()
            return conform_parts(attributes, geometries, self.columns, self.kinds, self.crs)
        try:
            with gdal_curves_kept():
                frame = pyogrio.read_dataframe(
                    self.file_path,
                    layer=self.table,
                    columns=columns,
                    use_arrow=False,  # read_arrow_frame did not apply: the plain read
                    fid_as_index=with_fid,
                )
        except shapely.errors.GEOSException:
            # GDAL accepts unclosed rings (GeoJSON, WKT sources); shapely refuses them.
            with gdal_curves_kept():
                meta, fids, wkb, values = pyogrio.raw.read(
                    self.file_path, layer=self.table, columns=columns, return_fids=with_fid
                )
            frame = pd.DataFrame(dict(zip(meta["fields"], values)), columns=columns)
            frame = gpd.GeoDataFrame(frame, geometry=from_wkb(wkb, self.reference, self.warnings))
            if with_fid:
                frame.index = fids
        if with_fid:
            frame[fid] = frame.index.to_numpy()
        return conform(frame, self.columns, self.kinds, self.crs)


@dataclass
class FrameReader:
    """A layer already read (e.g. through QGIS's iterator), handed on as it is; picklable."""

    frame: gpd.GeoDataFrame
    layer_name: str
    warnings: list[str] = field(default_factory=list)
    path: str = "iterator"

    def read(self, is_canceled: Callable[[], bool] | None = None) -> gpd.GeoDataFrame:
        return self.frame
