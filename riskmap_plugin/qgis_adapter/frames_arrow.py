"""The fast path's read when pyarrow is installed: GDAL's Arrow stream, batch by batch.

``pyogrio.read_dataframe(use_arrow=True)`` gives the same frame but converts the
geometry column to Python bytes objects inside pandas and drops the Arrow WKB
buffer, which provenance then has to rebuild (``shapely.to_wkb``) to hash the
geometries. Here the layer is streamed in batches of :data:`BATCH_ROWS`
features (``pyogrio.raw.open_arrow``): each batch's attributes go through pandas
as pyogrio does and its WKB is parsed at once, so neither the whole Arrow table
nor a Python bytes object per feature is ever held (at 5,000,000 points that was
about 0.8 GB of the read's 1.9 GB peak). The Arrow WKB chunks are kept on the
reader for hashing. No QGIS, no Qt (the separate run process uses it too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .frames import FileReader


def read_arrow_frame(reader: FileReader, columns: list[str], with_fid: bool):
    """``(attributes, geometries)``: the layer's ``columns`` (fid as index when asked) and
    its geometries as an array, not yet a GeoDataFrame (:func:`.frames.conform_parts`
    makes the one the run keeps), or ``None``.

    ``None`` means: read it the other way (the layer has a JSON field, which
    pyogrio parses into objects, curves (the plain read makes them straight
    segments), no field at all, a boolean field this GDAL cannot stream, or
    this pyogrio lacks what is needed here).
    """
    import pyogrio

    from .wkb_read import gdal_curves_kept

    try:
        import pyogrio.raw
        from pyogrio.geopandas import _try_parse_datetime  # noqa: F401 - used per batch
    except ImportError:  # pragma: no cover - another pyogrio: its own reader does it
        return None
    if not columns or reader.curved:
        return None  # GDAL 3.6's Arrow stream gives no geometries when no field is asked for
    dated = any(reader.kinds.get(c) == "date" for c in columns)
    if dated and not reader.file_path.lower().endswith(".gpkg"):
        # GDAL 3.6's Arrow stream drops the offsets of GeoJSON datetimes ("10:00+03:00"
        # comes as 10:00); the plain read makes them UTC. GeoPackages store UTC.
        return None
    booleans = any(reader.kinds.get(c) == "bool" for c in columns)
    if booleans and pyogrio.__gdal_version__ < (3, 8, 3):
        return None  # GDAL's Arrow stream misreads booleans before 3.8.3 (pyogrio refuses)
    with (
        gdal_curves_kept(),
        pyogrio.raw.open_arrow(
            reader.file_path,
            layer=reader.table,
            columns=columns,
            return_fids=with_fid,
            datetime_as_string=True,
            batch_size=BATCH_ROWS,
            use_pyarrow=True,
        ) as (meta, stream),
    ):
        if "OFSTJSON" in list(meta.get("ogr_subtypes") or []):
            return None
        batches = _batches(reader, meta, stream, with_fid)
    if batches is None:
        return None
    attributes, geometries, wkb = batches
    if wkb is not None:
        reader._wkb = wkb
    return attributes, geometries


#: Features per Arrow batch: big enough that the per-batch cost vanishes, small enough
#: that a batch's temporary Python objects stay in the tens of megabytes.
BATCH_ROWS = 262_144


def _batches(reader: FileReader, meta: dict, stream, with_fid: bool):
    """``(attributes, geometries, wkb)`` of every batch, joined; ``None``: read it another way."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    from pyogrio.geopandas import _try_parse_datetime

    from .wkb_hash import type_codes
    from .wkb_read import from_wkb

    geometry_name = meta["geometry_name"] or "wkb_geometry"
    dated = [
        column
        for dtype, column in zip(meta["dtypes"], meta["fields"])
        if dtype is not None and dtype.startswith("datetime") and dtype != "datetime64[D]"
    ]
    frames, geometries, chunks = [], [], []
    kept = True  # no geometry repaired: the WKB chunks are hashed as they are
    schema = stream.schema
    if geometry_name not in schema.names:
        return None
    for batch in stream:
        wkb = batch.column(geometry_name)
        codes = type_codes(wkb)
        if codes is None or ((codes & 0xFFFF) % 1000 >= 8).any():
            return None  # arcs (CurvePolygon…) in a layer not typed as curved: the plain read
        attributes = batch.drop_columns([geometry_name]).to_pandas()
        # The same datetime rules as pyogrio.read_dataframe (mixed offsets as UTC).
        for column in dated:
            attributes[column] = _try_parse_datetime(attributes[column], False, True)
        warned = len(reader.warnings)
        points = _plain_points(wkb)
        if points is None:
            points = from_wkb(wkb.to_numpy(zero_copy_only=False), reader.reference, reader.warnings)
        geometries.append(points)
        kept = kept and len(reader.warnings) == warned  # repaired ones are hashed as repaired
        frames.append(attributes)
        chunks.append(_own_copy(wkb) if kept else None)
    if not frames:  # no feature: one empty batch keeps the columns and their types
        frames.append(schema.empty_table().drop_columns([geometry_name]).to_pandas())
        geometries.append(np.empty(0, dtype=object))
        chunks.append(pa.array([], type=schema.field(geometry_name).type))
    types = [{str(frame[c].dtype) for frame in frames} for c in dated]
    if any(len(kinds) > 1 for kinds in types):
        # Batches parsed to different time zones (one with mixed offsets made UTC, another
        # with one offset kept): the whole column parsed at once decides, as without batches.
        return None
    attributes = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    del frames
    if with_fid:
        attributes = attributes.set_index(meta["fid_column"])
        attributes.index.names = ["fid"]
    joined = geometries[0] if len(geometries) == 1 else np.concatenate(geometries)
    return attributes, joined, (pa.chunked_array(chunks) if kept else None)


def _own_copy(wkb):
    """The WKB column alone: an Arrow column shares its batch's memory (every column of it),
    which would stay allocated until provenance has hashed the geometries."""
    import pyarrow as pa

    from .wkb_hash import _buffers

    if isinstance(wkb.type, pa.ExtensionType):
        wkb = wkb.storage
    offsets, data = _buffers(wkb)
    if offsets is None or wkb.null_count:
        return wkb
    start, end = int(offsets[0]), int(offsets[-1])
    return pa.Array.from_buffers(
        pa.large_binary(),
        len(wkb),
        [None, pa.py_buffer(offsets - start), pa.py_buffer(data[start:end].copy())],
    )


def _plain_points(wkb):
    """2D points straight from the WKB buffer's coordinates, or ``None`` for anything else.

    A little-endian 2D point is 21 bytes: byte order, type 1, x, y. Making the points from
    those doubles gives what ``shapely.from_wkb`` gives without a Python bytes object per
    feature (time and memory on millions of events). Nulls, empty points (NaN), other
    types and byte orders go through ``from_wkb``.
    """
    import numpy as np
    import shapely

    from .wkb_hash import _buffers

    if wkb.null_count:
        return None
    offsets, data = _buffers(wkb)
    if offsets is None or len(data) != 21 * (len(offsets) - 1) or offsets[0] != 0:
        return None
    rows = data[: int(offsets[-1])].reshape(-1, 21)
    if len(rows) == 0 or (rows[:, 0] != 1).any():
        return None
    if (rows[:, 1:5].copy().view("<u4")[:, 0] != 1).any():
        return None
    xy = rows[:, 5:].copy().view("<f8")
    if not np.isfinite(xy).all():
        return None
    return shapely.points(xy[:, 0], xy[:, 1])
