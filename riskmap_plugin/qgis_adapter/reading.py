"""Read a QgsVectorLayer into a GeoDataFrame with only the columns the core needs.

Two paths give the same frame (same columns, dtypes, values and geometry):

* the **fast path** reads the file with pyogrio when the layer is a plain
  GeoPackage/Shapefile/GeoJSON on disk with no subset string and no pending
  edits, so what QGIS shows is exactly what is in the file;
* the **iterator path** asks QGIS for the features (``QgsFeatureRequest`` with
  only the needed attributes) and converts the geometry with one vectorised
  ``shapely.from_wkb`` call. It sees subset strings, edit buffers, memory
  layers, delimited text and any other provider.

A :class:`LayerReader` is built on the main thread (it validates fields and,
for the iterator path, takes a ``QgsVectorLayerFeatureSource`` snapshot) and
``read()`` is then safe to call from a worker thread. The input layer is never
modified.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..core.errors import Canceled, DataError

try:  # pyarrow is optional: pyogrio is faster with it, the result is the same.
    import pyarrow  # noqa: F401

    HAS_ARROW = True
except ImportError:  # pragma: no cover - depends on the machine
    HAS_ARROW = False

#: File formats read directly with pyogrio when nothing in QGIS changes them.
FAST_PATH_SUFFIXES = (".gpkg", ".shp", ".geojson", ".json")

_INTEGER_TYPES = {QVariant.Int, QVariant.UInt, QVariant.LongLong, QVariant.ULongLong}
_FLOAT_TYPES = {QVariant.Double}
_DATE_TYPES = {QVariant.Date, QVariant.DateTime}
#: Check the cancel callback every this many features on the iterator path.
_CANCEL_EVERY = 2000


@dataclass(frozen=True)
class FileSource:
    """Where a file-backed layer's data lives: the file and, for GeoPackages, the table."""

    path: str
    layer: str | None = None


def file_source(layer: QgsVectorLayer) -> FileSource | None:
    """Return the file (and table) behind an OGR layer, or ``None`` for other providers."""
    if layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path:
        return None
    return FileSource(path=path, layer=parts.get("layerName") or None)


def fast_path_source(layer: QgsVectorLayer) -> FileSource | None:
    """Return the file to read with pyogrio, or ``None`` when QGIS must iterate.

    The fast path is only taken when the file alone is the truth: an OGR layer
    on a GeoPackage/Shapefile/GeoJSON file, no subset string (layer or
    provider), no sub-layer chosen by index, and no edit buffer with changes.
    """
    source = file_source(layer)
    if source is None or not source.path.lower().endswith(FAST_PATH_SUFFIXES):
        return None
    if not os.path.isfile(source.path):
        return None
    if layer.subsetString() or layer.dataProvider().subsetString():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if parts.get("layerId") not in (None, "") or parts.get("subset"):
        return None
    if layer.isModified() or (layer.editBuffer() is not None and layer.editBuffer().isModified()):
        return None
    return source


def layer_crs(layer: QgsVectorLayer, reference: str) -> str:
    """The layer's CRS as an authority id (or WKT when it has none); DataError if unset."""
    crs = layer.crs()
    if not crs.isValid():
        raise DataError(
            f"Layer '{layer.name()}' has no coordinate reference system.",
            where=f"layer '{reference}'",
            fix="Set its CRS (Layer Properties → Source → Assigned CRS) "
            "or give the file a CRS (.prj).",
        )
    return crs.authid() or crs.toWkt()


def check_columns(layer: QgsVectorLayer, columns: Sequence[str], reference: str) -> list[int]:
    """Return the field indices of ``columns``; DataError naming the missing ones."""
    fields = layer.fields()
    names = fields.names()
    missing = [c for c in columns if fields.indexOf(c) < 0]
    if missing:
        hints = []
        lower = {n.lower(): n for n in names}
        for name in missing:
            if name.lower() in lower:
                hints.append(f"'{name}' differs only in case from '{lower[name.lower()]}'")
        fix = "Pick an existing field in the model or map the reference to another layer."
        if hints:
            fix = "; ".join(hints) + ". " + fix
        raise DataError(
            f"Field(s) {', '.join(repr(m) for m in missing)} not found in layer "
            f"'{layer.name()}' (fields: {', '.join(names) or 'none'}).",
            where=f"layer '{reference}'",
            fix=fix,
        )
    return [fields.indexOf(c) for c in columns]


class LayerReader:
    """Worker-safe reader of one layer's needed columns.

    Build it on the main thread; call :meth:`read` from any thread.

    Parameters
    ----------
    layer:
        The layer to read. It is not modified.
    columns:
        Attribute columns to read, in the order wanted in the frame.
    reference:
        The model's reference to the layer, used in error messages.
    force_iterator:
        Read through QGIS even when the fast path is possible (used by tests
        and benchmarks to compare both paths).
    """

    def __init__(
        self,
        layer: QgsVectorLayer,
        columns: Sequence[str],
        *,
        reference: str | None = None,
        force_iterator: bool = False,
    ) -> None:
        try:
            self.layer_name = layer.name()
        except RuntimeError:  # the C++ layer is gone: removed from the project meanwhile
            raise DataError(
                "The layer was removed from the project before the run could read it.",
                where=f"layer '{reference}'",
                fix="Add the layer to the project again (or map the reference to another "
                "layer) and run again.",
            ) from None
        self.reference = reference or self.layer_name
        #: Repairs made while reading (unclosed rings, curves), for the run's warnings.
        self.warnings: list[str] = []
        self._curved = QgsWkbTypes.isCurvedType(layer.wkbType())
        self.columns = list(dict.fromkeys(columns))
        indices = check_columns(layer, self.columns, self.reference)
        self.crs = layer_crs(layer, self.reference)
        fields = layer.fields()
        self._types = {c: fields.at(i).type() for c, i in zip(self.columns, indices)}
        self._indices = indices
        self.fast_source = None if force_iterator else fast_path_source(layer)
        self._feature_source = None
        if self.fast_source is None:
            # A snapshot of provider + edit buffer, safe to iterate in another thread.
            self._feature_source = QgsVectorLayerFeatureSource(layer)

    @property
    def path(self) -> str:
        """``"fast"`` or ``"iterator"``: how :meth:`read` gets the features."""
        return "fast" if self.fast_source is not None else "iterator"

    def read(self, is_canceled: Callable[[], bool] | None = None) -> gpd.GeoDataFrame:
        """Read the features into a GeoDataFrame (columns, then ``geometry``)."""
        if self.fast_source is not None:
            frame = self._read_fast()
        else:
            frame = self._read_iterator(is_canceled)
        return self._conform(frame)

    # -- the two paths -------------------------------------------------

    def _read_fast(self) -> pd.DataFrame:
        import pyogrio

        src = self.fast_source
        self._note_curves()  # pyogrio reads arcs as straight segments, as QGIS draws them
        try:
            with gdal_curves_kept():
                return pyogrio.read_dataframe(
                    src.path, layer=src.layer, columns=self.columns, use_arrow=HAS_ARROW
                )
        except shapely.errors.GEOSException:
            # GDAL accepts unclosed rings (GeoJSON, WKT sources); shapely refuses them.
            with gdal_curves_kept():
                meta, _, wkb, values = pyogrio.raw.read(
                    src.path, layer=src.layer, columns=self.columns
                )
            frame = pd.DataFrame(dict(zip(meta["fields"], values)), columns=self.columns)
            return gpd.GeoDataFrame(frame, geometry=self._from_wkb(wkb))

    def _from_wkb(self, wkb) -> np.ndarray:
        """Geometries from WKB; rings left open are closed (with a warning)."""
        wkb = np.asarray(wkb, dtype=object)
        try:
            return shapely.from_wkb(wkb)
        except shapely.errors.GEOSException:
            strict = shapely.from_wkb(wkb, on_invalid="ignore")
            fixed = shapely.from_wkb(wkb, on_invalid="fix")
            closed = int((shapely.is_missing(strict) & ~shapely.is_missing(fixed)).sum())
            self.warnings.append(f"layer '{self.reference}': {closed} unclosed rings were closed")
            return fixed

    def _note_curves(self) -> None:
        message = (
            f"layer '{self.reference}': curved geometries (arcs) were approximated by "
            "straight segments"
        )
        if self._curved and message not in self.warnings:
            self.warnings.append(message)

    def _read_iterator(self, is_canceled: Callable[[], bool] | None) -> pd.DataFrame:
        request = QgsFeatureRequest()
        request.setSubsetOfAttributes(self._indices)
        wkb: list[bytes | None] = []
        values: list[list] = [[] for _ in self._indices]
        for n, feature in enumerate(self._feature_source.getFeatures(request)):
            if is_canceled is not None and n % _CANCEL_EVERY == 0 and is_canceled():
                raise Canceled()
            geometry = feature.geometry()
            if not geometry.isNull() and QgsWkbTypes.isCurvedType(geometry.wkbType()):
                geometry = QgsGeometry(geometry.constGet().segmentize())  # shapely has no arcs
                self._curved = True
            wkb.append(None if geometry.isNull() else bytes(geometry.asWkb()))
            attributes = feature.attributes()
            for column, index in zip(values, self._indices):
                column.append(attributes[index])
        data = {c: [_python_value(v) for v in vals] for c, vals in zip(self.columns, values)}
        frame = pd.DataFrame(data, columns=self.columns)
        self._note_curves()
        geometry = self._from_wkb(wkb) if wkb else []
        return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, dtype="geometry"))

    def _conform(self, frame: pd.DataFrame) -> gpd.GeoDataFrame:
        """One canonical dtype per QGIS field type, whichever path read the data."""
        data = {}
        for column in self.columns:
            data[column] = _conform_column(frame[column], self._types[column])
        out = pd.DataFrame(data, columns=self.columns, index=pd.RangeIndex(len(frame)))
        geometry = gpd.GeoSeries(np.asarray(frame.geometry.values, dtype=object), index=out.index)
        return gpd.GeoDataFrame(out, geometry=geometry, crs=self.crs)


def read_layer(
    layer: QgsVectorLayer,
    columns: Sequence[str],
    *,
    reference: str | None = None,
    force_iterator: bool = False,
    is_canceled: Callable[[], bool] | None = None,
) -> gpd.GeoDataFrame:
    """Read ``columns`` and the geometry of ``layer`` into a GeoDataFrame.

    Examples
    --------
    >>> frame = read_layer(layer, ["best", "date_start"])  # doctest: +SKIP
    >>> list(frame.columns)  # doctest: +SKIP
    ['best', 'date_start', 'geometry']
    """
    reader = LayerReader(layer, columns, reference=reference, force_iterator=force_iterator)
    return reader.read(is_canceled)


@contextlib.contextmanager
def gdal_curves_kept():
    """Restore GDAL's process-wide "non-linear geometries" flag after a pyogrio call.

    pyogrio turns it off when it opens a file (reads, and writes to an existing one).
    When pyogrio uses QGIS's GDAL, QGIS would otherwise read every curved layer of the
    session as straight segments afterwards (and save them so when the user edits one).
    """
    try:
        from osgeo import ogr
    except ImportError:  # pragma: no cover - QGIS always ships the GDAL bindings
        yield
        return
    enabled = ogr.GetNonLinearGeometriesEnabledFlag()
    try:
        yield
    finally:
        ogr.SetNonLinearGeometriesEnabledFlag(enabled)


def _python_value(value):
    """A QGIS attribute value as a plain Python value (NULL → None)."""
    if value is None or isinstance(value, QVariant):
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toString("HH:mm:ss") if value.isValid() else None
    return value


def _conform_column(series: pd.Series, field_type: int) -> np.ndarray | pd.Series:
    values = series.to_numpy()
    if field_type in _INTEGER_TYPES:
        numbers = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce")
        if numbers.isna().any():
            return numbers.astype("float64").to_numpy()
        return numbers.astype("int64").to_numpy()
    if field_type in _FLOAT_TYPES:
        return (
            pd.to_numeric(pd.Series(values, dtype=object), errors="coerce")
            .astype("float64")
            .to_numpy()
        )
    if field_type in _DATE_TYPES:
        stamps = pd.to_datetime(pd.Series(values, dtype=object), errors="coerce")
        if getattr(stamps.dt, "tz", None) is not None:
            stamps = stamps.dt.tz_localize(None)
        return stamps.astype("datetime64[ms]").to_numpy()
    if field_type == QVariant.Bool:
        flags = pd.Series(values, dtype=object)
        if flags.isna().any():
            return np.array([None if pd.isna(v) else bool(v) for v in flags], dtype=object)
        return flags.astype(bool).to_numpy()
    # Text and everything else: Python objects, None for NULL.
    return np.array([None if _is_missing(v) else v for v in values], dtype=object)


def _is_missing(value) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
