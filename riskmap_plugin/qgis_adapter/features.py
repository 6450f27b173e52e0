"""GeoDataFrame → QGIS: fields, features and memory layers.

Used by the Processing sinks and the dock to show results without a file.
Integers stay integers (Int, or LongLong when a value needs 64 bits), floats
are Double, booleans Bool, datetimes DateTime and everything else text.
"""

from __future__ import annotations

from collections.abc import Iterator

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime

from ..qt_compat import FieldType, new_field
from .output import as_text

_INT32 = np.iinfo(np.int32)
_WKB_TYPES = {
    "Point": QgsWkbTypes.Type.Point,
    "MultiPoint": QgsWkbTypes.Type.MultiPoint,
    "LineString": QgsWkbTypes.Type.LineString,
    "MultiLineString": QgsWkbTypes.Type.MultiLineString,
    "Polygon": QgsWkbTypes.Type.Polygon,
    "MultiPolygon": QgsWkbTypes.Type.MultiPolygon,
}
_MULTI = {"Point": "MultiPoint", "LineString": "MultiLineString", "Polygon": "MultiPolygon"}


def attribute_columns(frame: pd.DataFrame) -> list[str]:
    """The frame's columns except the active geometry column."""
    geometry_name = getattr(frame, "_geometry_column_name", None)
    return [c for c in frame.columns if c != geometry_name]


def qgis_fields(frame: pd.DataFrame) -> QgsFields:
    """QgsFields matching the frame's attribute columns."""
    fields = QgsFields()
    for column in attribute_columns(frame):
        fields.append(new_field(str(column), _field_type(frame[column])))
    return fields


def wkb_type(frame: gpd.GeoDataFrame, when_empty: int = QgsWkbTypes.Type.Unknown) -> int:
    """One QGIS geometry type for the frame (multi when single and multi parts mix).

    ``when_empty``: the type of a frame without geometries (a run with no at-risk areas
    still writes a polygon layer, which QGIS can style and print).
    """
    kinds = {k for k in frame.geom_type.dropna().unique() if k}
    if not kinds:
        return when_empty
    if len(kinds) == 1:
        return _WKB_TYPES.get(next(iter(kinds)), QgsWkbTypes.Type.Unknown)
    multi = {_MULTI.get(k, k) for k in kinds}
    if len(multi) == 1:
        return _WKB_TYPES.get(next(iter(multi)), QgsWkbTypes.Type.Unknown)
    return QgsWkbTypes.Type.Unknown


def qgis_crs(frame: gpd.GeoDataFrame) -> QgsCoordinateReferenceSystem:
    """The frame's CRS as a QgsCoordinateReferenceSystem (invalid when it has none)."""
    if frame.crs is None:
        return QgsCoordinateReferenceSystem()
    authority = frame.crs.to_authority()
    if authority:
        return QgsCoordinateReferenceSystem(f"{authority[0]}:{authority[1]}")
    return QgsCoordinateReferenceSystem.fromWkt(frame.crs.to_wkt())


def frame_features(frame: pd.DataFrame, fields: QgsFields | None = None) -> Iterator[QgsFeature]:
    """Yield one QgsFeature per row (geometry promoted to multi when the layer type is multi)."""
    fields = fields or qgis_fields(frame)
    columns = attribute_columns(frame)
    converters = [_converter(frame[c]) for c in columns]
    values = [frame[c].to_numpy() for c in columns]
    geometries = _wkb_list(frame)
    for row in range(len(frame)):
        feature = QgsFeature(fields)
        feature.setAttributes([conv(col[row]) for conv, col in zip(converters, values)])
        if geometries is not None and geometries[row] is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(geometries[row])
            feature.setGeometry(geometry)
        yield feature


def _wkb_list(frame: pd.DataFrame) -> list[bytes | None] | None:
    if not isinstance(frame, gpd.GeoDataFrame):
        return None
    geometries = np.asarray(frame.geometry.values, dtype=object)
    target = wkb_type(frame)
    if QgsWkbTypes.isMultiType(target):
        geometries = np.array([_as_multi(g) for g in geometries], dtype=object)
    # output_dimension explicit: some GEOS builds reject the default of 4 dimensions.
    return list(shapely.to_wkb(geometries, hex=False, output_dimension=3))


def _as_multi(geometry):
    if geometry is None:
        return None
    kind = geometry.geom_type
    if kind == "Polygon":
        return shapely.MultiPolygon([geometry])
    if kind == "LineString":
        return shapely.MultiLineString([geometry])
    if kind == "Point":
        return shapely.MultiPoint([geometry])
    return geometry


def _field_type(series: pd.Series) -> FieldType:
    kind = series.dtype.kind
    if kind == "b":
        return FieldType.Bool
    if kind in "iu":
        values = series.to_numpy()
        fits = len(values) == 0 or (values.min() >= _INT32.min and values.max() <= _INT32.max)
        return FieldType.Int if fits else FieldType.LongLong
    if kind == "f":
        return FieldType.Double
    if kind == "M":
        return FieldType.QDateTime
    return FieldType.QString


def _converter(series: pd.Series):
    kind = series.dtype.kind
    if kind == "b":
        return bool
    if kind in "iu":
        return int
    if kind == "f":
        return lambda v: None if np.isnan(v) else float(v)
    if kind == "M":
        return lambda v: None if pd.isna(v) else QDateTime(pd.Timestamp(v).to_pydatetime())
    return as_text
