"""Provenance's geometry bytes straight from an Arrow WKB array (no re-encoding).

:func:`.provenance.content_hash` hashes each geometry's WKB as ``shapely.to_wkb``
writes it (little endian, at most 3 dimensions, extended flavour), preceded by
its length. GDAL's Arrow stream carries ISO WKB: for 2D geometries in little
endian the two are the same bytes, so those are hashed as they come; anything
else (Z or M, big endian, curves, empty geometries, whose NaN coordinates GDAL
and GEOS need not write alike) is refused and re-encoded by the caller.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

#: ISO/OGC WKB type codes of the seven 2D simple-feature types (Point … GeometryCollection).
_PLAIN_2D_TYPES = np.arange(1, 8, dtype=np.uint32)


def canonical_wkb_parts(wkb, chunk: int, empty=None) -> Iterator[bytes] | None:
    """Length-prefixed WKB of every row in pieces of ``chunk`` rows, or ``None``.

    ``wkb`` is a pyarrow (large) binary array (or its extension type), or a chunked
    array of them (the batches of a streamed read: they are checked and hashed one by
    one, never joined into one copy); a null row is an empty blob. ``empty``: a boolean
    array of empty geometries (refused when any). ``None`` when any row is not what
    ``shapely.to_wkb`` would write; otherwise the pieces come lazily, in row order.
    """
    if empty is not None and np.asarray(empty).any():
        return None
    pieces = []
    for array in _chunks(wkb):
        offsets, data = _buffers(array)
        if offsets is None or not _canonical(array, offsets, data):
            return None
        pieces.append((offsets, data))
    return (part for offsets, data in pieces for part in _prefixed(offsets, data, chunk))


def _chunks(wkb) -> list:
    """The plain arrays of a (chunked, extension-typed) Arrow array."""
    import pyarrow as pa

    chunks = wkb.chunks if isinstance(wkb, pa.ChunkedArray) else [wkb]
    return [c.storage if isinstance(c.type, pa.ExtensionType) else c for c in chunks]


def _canonical(wkb, offsets: np.ndarray, data: np.ndarray) -> bool:
    """True when every blob is little-endian 2D WKB of a simple-feature type (nulls empty)."""
    lengths = np.diff(offsets)
    valid = _validity(wkb)
    if valid is not None and (lengths[~valid] != 0).any():
        return False
    starts = offsets[:-1][lengths > 0]
    if (lengths[lengths > 0] < 5).any():
        return False
    if len(starts) and (data[starts] != 1).any():  # 1: little endian
        return False
    codes = np.zeros(len(starts), dtype=np.uint32)
    for byte in range(4):
        codes |= data[starts + 1 + byte].astype(np.uint32) << np.uint32(8 * byte)
    return bool(np.isin(codes, _PLAIN_2D_TYPES).all())


def type_codes(wkb) -> np.ndarray | None:
    """The WKB geometry type code of each non-empty blob (byte order respected), or None."""
    offsets, data = _buffers(wkb)
    if offsets is None:
        return None
    lengths = np.diff(offsets)
    fixed = _fixed_width_codes(offsets, data, lengths)
    if fixed is not None:
        return fixed
    starts = offsets[:-1][lengths >= 5]
    little = data[starts] == 1
    codes = np.zeros(len(starts), dtype=np.uint32)
    for byte in range(4):
        shift = np.where(little, 8 * byte, 8 * (3 - byte)).astype(np.uint32)
        codes |= data[starts + 1 + byte].astype(np.uint32) << shift
    return codes


def _fixed_width_codes(offsets: np.ndarray, data: np.ndarray, lengths: np.ndarray):
    """The type codes when every blob has the same length and is little endian (a layer of
    2D points: 21 bytes each), read as one strided view; ``None`` otherwise.

    Gathering four bytes per blob one at a time took a fifth of a second per million
    points; the same bytes read as rows of a matrix take a few milliseconds.
    """
    if len(lengths) == 0 or offsets[0] != 0:
        return None
    width = int(lengths[0])
    if width < 5 or not (lengths == width).all() or len(data) < width * len(lengths):
        return None
    rows = data[: width * len(lengths)].reshape(len(lengths), width)
    if (rows[:, 0] != 1).any():
        return None
    return np.ascontiguousarray(rows[:, 1:5]).view("<u4").ravel().astype(np.uint32)


def _buffers(wkb):
    """``(offsets, data)`` as numpy views of the array's buffers, or ``(None, None)``."""
    import pyarrow as pa

    if isinstance(wkb.type, pa.ExtensionType):
        wkb = wkb.storage
    if isinstance(wkb, pa.ChunkedArray):
        wkb = wkb.combine_chunks()
    if len(wkb) == 0:
        return np.zeros(1, dtype=np.int64), np.empty(0, dtype=np.uint8)
    if pa.types.is_binary(wkb.type):
        width = np.int32
    elif pa.types.is_large_binary(wkb.type):
        width = np.int64
    else:
        return None, None
    buffers = wkb.buffers()
    itemsize = np.dtype(width).itemsize
    offsets = np.frombuffer(
        buffers[1], dtype=width, count=len(wkb) + 1, offset=wkb.offset * itemsize
    ).astype(np.int64)
    if buffers[2] is None:
        return offsets, np.empty(0, dtype=np.uint8)
    return offsets, np.frombuffer(buffers[2], dtype=np.uint8)


def _validity(wkb) -> np.ndarray | None:
    if wkb.null_count == 0:
        return None
    return np.asarray(wkb.is_valid().to_numpy(zero_copy_only=False), dtype=bool)


def _prefixed(offsets, data, chunk: int) -> Iterator[bytes]:
    """Each blob preceded by its length (8 bytes, little endian), ``chunk`` rows at a time."""
    lengths = np.diff(offsets).astype("<u8")
    for first in range(0, len(lengths), chunk):
        last = min(first + chunk, len(lengths))
        piece = lengths[first:last]
        blob = data[offsets[first] : offsets[last]]
        if len(piece) and (piece == piece[0]).all():  # fixed-size rows (points): one reshape
            rows = blob.reshape(len(piece), int(piece[0]))
            yield np.hstack([piece[:, None].view(np.uint8), rows]).tobytes()
            continue
        out = np.empty(len(blob) + 8 * len(piece), dtype=np.uint8)
        prefix_at = (offsets[first:last] - offsets[first]) + 8 * np.arange(len(piece))
        is_prefix = np.zeros(len(out), dtype=bool)
        is_prefix[(prefix_at[:, None] + np.arange(8)).ravel()] = True
        out[is_prefix] = piece.view(np.uint8)
        out[~is_prefix] = blob
        yield out.tobytes()
