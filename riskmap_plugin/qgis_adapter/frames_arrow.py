"""The fast path's read when pyarrow is installed: GDAL's Arrow stream, straight to a frame.

``pyogrio.read_dataframe(use_arrow=True)`` gives the same frame but converts the
geometry column to Python bytes objects inside pandas and drops the Arrow WKB
buffer, which provenance then has to rebuild (``shapely.to_wkb``) to hash the
geometries. Here the attributes go through pandas as pyogrio does, the geometry
WKB is parsed once, and the Arrow WKB array is kept on the reader for hashing.
No QGIS, no Qt (the separate run process uses it too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import geopandas as gpd

if TYPE_CHECKING:  # pragma: no cover
    from .frames import FileReader


def read_arrow_frame(reader: FileReader, columns: list[str], with_fid: bool):
    """The layer's ``columns`` (+ geometry, fid as index when asked) or ``None``.

    ``None`` means: read it the other way (the layer has a JSON field, which
    pyogrio parses into objects, curves (the plain read makes them straight
    segments), no field at all, a boolean field this GDAL cannot stream, or
    this pyogrio lacks what is needed here).
    """
    import pyogrio

    from .wkb_hash import type_codes
    from .wkb_read import from_wkb, gdal_curves_kept

    try:
        from pyogrio.geopandas import _try_parse_datetime
    except ImportError:  # pragma: no cover - another pyogrio: its own reader does it
        return None
    if not columns or reader.curved:
        return None  # GDAL 3.6's Arrow stream gives no geometries when no field is asked for
    booleans = any(reader.kinds.get(c) == "bool" for c in columns)
    if booleans and pyogrio.__gdal_version__ < (3, 8, 3):
        return None  # GDAL's Arrow stream misreads booleans before 3.8.3 (pyogrio refuses)
    with gdal_curves_kept():
        meta, table = pyogrio.read_arrow(
            reader.file_path,
            layer=reader.table,
            columns=columns,
            return_fids=with_fid,
            datetime_as_string=True,
        )
    if "OFSTJSON" in list(meta.get("ogr_subtypes") or []):
        return None
    geometry_name = meta["geometry_name"] or "wkb_geometry"
    if geometry_name not in table.column_names:
        return None
    wkb = table.column(geometry_name).combine_chunks()
    codes = type_codes(wkb)
    if codes is None or ((codes & 0xFFFF) % 1000 >= 8).any():
        return None  # arcs (CurvePolygon…) in a layer not typed as curved: the plain read
    attributes = table.drop_columns([geometry_name]).to_pandas()
    del table
    # The same datetime rules as pyogrio.read_dataframe (mixed offsets as UTC).
    for dtype, column in zip(meta["dtypes"], meta["fields"]):
        if dtype is not None and dtype.startswith("datetime") and dtype != "datetime64[D]":
            attributes[column] = _try_parse_datetime(attributes[column], False, True)
    if with_fid:
        attributes = attributes.set_index(meta["fid_column"])
        attributes.index.names = ["fid"]
    warned = len(reader.warnings)
    geometries = from_wkb(wkb.to_numpy(zero_copy_only=False), reader.reference, reader.warnings)
    if len(reader.warnings) == warned:  # repaired geometries are hashed as repaired
        reader._wkb = wkb
    return gpd.GeoDataFrame(attributes, geometry=geometries, crs=meta["crs"])
