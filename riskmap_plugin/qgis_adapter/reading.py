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

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..core.collector import paused_collector
from ..core.errors import Canceled, DataError
from ..core.messages import warning
from ..qt_compat import FieldType
from .frames import (  # noqa: F401 - HAS_ARROW, gdal_curves_kept: kept importable from here
    HAS_ARROW,
    FileReader,
    conform,
    from_wkb,
    gdal_curves_kept,
)

#: File formats read directly with pyogrio when nothing in QGIS changes them.
FAST_PATH_SUFFIXES = (".gpkg", ".shp", ".geojson", ".json")

_INTEGER_TYPES = {
    FieldType.Int,
    FieldType.UInt,
    FieldType.LongLong,
    FieldType.ULongLong,
}
_FLOAT_TYPES = {FieldType.Double}
_DATE_TYPES = {FieldType.QDate, FieldType.QDateTime}
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
    if not crs.isValid() and not layer.isSpatial():
        # QGIS reads an empty layer of generic geometry type ("Geometry") as a table
        # without geometry, and a table has no CRS: say what is really wrong.
        empty = layer.featureCount() == 0
        raise DataError(
            f"Layer '{layer.name()}' "
            + ("has no features" if empty else "has no geometry column (it is a table)")
            + ".",
            where=f"layer '{reference}'",
            fix="Choose a layer with features and a geometry (points, lines or polygons)."
            if empty
            else "Choose a layer with geometries, or load the table as points (e.g. a CSV "
            "with longitude and latitude columns).",
        )
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
        #: Points cannot hold arcs: the per-feature test is skipped on the largest layers.
        self._points = QgsWkbTypes.geometryType(layer.wkbType()) == (
            QgsWkbTypes.GeometryType.PointGeometry
        )
        #: Taken on the main thread; decides whether a run is worth a separate process.
        self.feature_count = max(int(layer.featureCount()), 0)
        self.columns = list(dict.fromkeys(columns))
        indices = check_columns(layer, self.columns, self.reference)
        self.crs = layer_crs(layer, self.reference)
        fields = layer.fields()
        self.kinds = {c: _kind(fields.at(i).type()) for c, i in zip(self.columns, indices)}
        self._indices = indices
        self.fast_source = None if force_iterator else fast_path_source(layer)
        self._file_reader = None
        if self.fast_source is not None:
            self._file_reader = FileReader(
                file_path=self.fast_source.path,
                table=self.fast_source.layer,
                columns=self.columns,
                kinds=self.kinds,
                crs=self.crs,
                reference=self.reference,
                layer_name=self.layer_name,
                curved=self._curved,
                warnings=self.warnings,
            )
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
        if self._file_reader is not None:
            return self._file_reader.read(is_canceled)
        frame = self._read_iterator(is_canceled)
        return conform(frame, self.columns, self.kinds, self.crs)

    def take_wkb(self):
        """The last read's geometries as Arrow WKB, for hashing (fast path with pyarrow)."""
        return self._file_reader.take_wkb() if self._file_reader is not None else None

    def file_reader(self) -> FileReader | None:
        """A picklable reader of the same file (fast path only) for another process."""
        return self._file_reader

    # -- the iterator path -----------------------------------------------

    def _from_wkb(self, wkb) -> np.ndarray:
        return from_wkb(wkb, self.reference, self.warnings)

    def _note_curves(self) -> None:
        message = warning("curves_approximated", layer=self.reference)
        if self._curved and message not in self.warnings:
            self.warnings.append(message)

    def _read_iterator(self, is_canceled: Callable[[], bool] | None) -> pd.DataFrame:
        request = QgsFeatureRequest()
        request.setSubsetOfAttributes(self._indices)
        wkb: list[bytes | None] = []
        values: list[list] = [[] for _ in self._indices]
        columns = list(zip(values, self._indices))
        may_curve = not self._points
        # Millions of appended objects would trigger the cyclic GC over and over.
        with paused_collector():
            for n, feature in enumerate(self._feature_source.getFeatures(request)):
                if is_canceled is not None and n % _CANCEL_EVERY == 0 and is_canceled():
                    raise Canceled()
                geometry = feature.geometry()
                if geometry.isNull():
                    wkb.append(None)
                else:
                    if may_curve and QgsWkbTypes.isCurvedType(geometry.wkbType()):
                        geometry = QgsGeometry(geometry.constGet().segmentize())  # no arcs
                        self._curved = True
                    wkb.append(bytes(geometry.asWkb()))
                attributes = feature.attributes()
                for column, index in columns:
                    column.append(attributes[index])
        data = {c: _python_values(vals) for c, vals in zip(self.columns, values)}
        frame = pd.DataFrame(data, columns=self.columns)
        self._note_curves()
        geometry = self._from_wkb(wkb) if wkb else []
        return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, dtype="geometry"))


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


_PLAIN_TYPES = {int, float, str, bool, type(None)}


def _python_values(values: list) -> list:
    """A column of QGIS attribute values as plain Python values; plain columns as they are."""
    if set(map(type, values)) <= _PLAIN_TYPES:
        return values
    return [_python_value(v) for v in values]


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


def _kind(field_type: int) -> str:
    """The :mod:`.frames` kind of a QGIS field type."""
    if field_type in _INTEGER_TYPES:
        return "int"
    if field_type in _FLOAT_TYPES:
        return "float"
    if field_type in _DATE_TYPES:
        return "date"
    if field_type == FieldType.Bool:
        return "bool"
    return "text"
