"""What a run used and produced, so that it can be reproduced and checked.

``build_provenance`` gathers a plain dict (JSON-serialisable): the model
document, as-of date, plugin and QGIS versions, each input as the user gave
it with its feature count and a content hash, and the run time. The output
writer stores it in the GeoPackage.
"""

from __future__ import annotations

import configparser
import datetime as dt
import hashlib
import platform
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from ..core.messages import stored_keys
from .wkb_hash import canonical_wkb_parts

#: Geometries hashed per numpy batch (bounds the temporary memory).
_HASH_CHUNK = 100_000
#: Bump when the layout of the provenance dict changes.
PROVENANCE_SCHEMA = 1


def plugin_version() -> str:
    """The ``version`` from the plugin's metadata.txt, or ``"unknown"``."""
    here = Path(__file__).resolve().parent.parent
    for folder in (here, here.parent):
        metadata = folder / "metadata.txt"
        if metadata.is_file():
            parser = configparser.ConfigParser(interpolation=None)
            try:
                parser.read(metadata, encoding="utf-8")
                return parser.get("general", "version", fallback="unknown")
            except configparser.Error:
                return "unknown"
    return "unknown"


def qgis_version() -> str:
    """The running QGIS version (``"none"`` outside QGIS)."""
    try:
        from qgis.core import Qgis

        return Qgis.QGIS_VERSION
    except ImportError:  # pragma: no cover - the adapter always runs in QGIS
        return "none"


def content_hash(frame: pd.DataFrame, wkb=None) -> str:
    """SHA-256 of a (Geo)DataFrame's content: column names, attribute values, geometry WKB.

    Two frames with the same columns, values and geometries give the same
    hash whichever path read them; row order matters. ``wkb``: the frame's
    geometries as read (an Arrow WKB array, see :mod:`.wkb_hash`), hashed
    directly when they are the bytes ``shapely.to_wkb`` would write.

    Examples
    --------
    >>> import pandas as pd
    >>> content_hash(pd.DataFrame({"a": [1, 2]})) == content_hash(pd.DataFrame({"a": [1, 2]}))
    True
    """
    digest = hashlib.sha256()
    digest.update(f"rows={len(frame)}".encode())
    geometry_name = getattr(frame, "_geometry_column_name", None)
    for column in frame.columns:
        if column == geometry_name:
            continue
        digest.update(f"\x1e{column}\x1f".encode())
        digest.update(_column_bytes(frame[column]))
    if geometry_name is not None and geometry_name in frame.columns:
        digest.update(b"\x1egeometry\x1f")
        if wkb is not None and len(wkb) == len(frame):
            values = np.asarray(frame[geometry_name].values, dtype=object)
            parts = canonical_wkb_parts(wkb, _HASH_CHUNK, empty=shapely.is_empty(values))
            if parts is not None:
                for part in parts:
                    digest.update(part)
                return digest.hexdigest()
        geometries = np.asarray(frame[geometry_name].values, dtype=object)
        for start in range(0, len(geometries), _HASH_CHUNK):
            wkbs = shapely.to_wkb(
                geometries[start : start + _HASH_CHUNK], hex=False, output_dimension=3
            )
            digest.update(_length_prefixed(wkbs))
    return digest.hexdigest()


def _column_bytes(series: pd.Series) -> bytes:
    values = series.to_numpy()
    if values.dtype.kind in "iub":
        return values.astype("int64").tobytes()
    if values.dtype.kind == "f":
        return values.astype("float64").tobytes()
    if values.dtype.kind == "M":
        return values.astype("datetime64[ms]").view("int64").tobytes()
    values = np.array(values, dtype=object)
    values[pd.isna(values)] = "\x00"  # None, NaN, NaT alike
    return "\x1d".join(map(str, values)).encode("utf-8")


def _length_prefixed(wkbs: np.ndarray) -> bytes:
    """Each WKB preceded by its length (8 bytes, little endian), missing ones as empty.

    The same bytes as feeding the digest one geometry at a time, built with numpy
    (a million small ``update`` calls took most of a second).
    """
    blobs = [b"" if wkb is None else wkb for wkb in wkbs]
    lengths = np.fromiter(map(len, blobs), dtype="<u8", count=len(blobs))
    starts = np.arange(len(blobs), dtype=np.int64) * 8
    starts[1:] += np.cumsum(lengths[:-1].astype(np.int64))
    out = np.empty(int(lengths.sum()) + 8 * len(blobs), dtype=np.uint8)
    prefix = (starts[:, None] + np.arange(8)).ravel()
    out[prefix] = lengths.view(np.uint8)
    is_data = np.ones(len(out), dtype=bool)
    is_data[prefix] = False
    out[is_data] = np.frombuffer(b"".join(blobs), dtype=np.uint8)
    return out.tobytes()


def public_source(source: str) -> str:
    """The source without a password (``password='…'`` of a PostGIS connection)."""
    from .postgis_source import public_source as without_password

    return without_password(source)


def input_record(resolved, frame: pd.DataFrame, read_path: str, wkb=None) -> dict:
    """One input of a run: the reference, how it was found, its source as given, its content.

    ``wkb``: the geometries as read, when the reader kept them (see :func:`content_hash`).
    """
    return {
        "reference": resolved.reference,
        "resolved_as": resolved.how,
        "source": public_source(resolved.source_as_given),  # a PostGIS password never
        "layer_name": resolved.layer_name,
        "provider": resolved.provider,
        "read_path": read_path,
        "columns": [c for c in frame.columns if c != "geometry"],
        "feature_count": int(len(frame)),
        "content_hash": content_hash(frame, wkb),
        "attribution": getattr(resolved, "attribution", ""),
        "licence": getattr(resolved, "licence", ""),
    }


def build_provenance(
    model,
    inputs: Iterable[Mapping],
    *,
    started: dt.datetime,
    finished: dt.datetime,
    warnings: Iterable[str] = (),
    analysis_crs: str | None = None,
) -> dict:
    """The provenance of one run as a JSON-serialisable dict."""
    warnings = list(warnings)
    return {
        "schema": PROVENANCE_SCHEMA,
        "model_name": getattr(model, "name", ""),
        "as_of": str(getattr(model, "as_of", "")),
        "model": model.to_dict() if hasattr(model, "to_dict") else None,
        "plugin_version": plugin_version(),
        "qgis_version": qgis_version(),
        "python_version": platform.python_version(),
        "analysis_crs": analysis_crs,
        "inputs": [dict(record) for record in inputs],
        "warnings": list(warnings),
        # Each warning's key and fields too, so a result reads back in any language
        # (results written before keep only the English, which is parsed instead).
        "warning_keys": stored_keys(warnings),
        "run_started": started.isoformat(timespec="seconds"),
        "run_finished": finished.isoformat(timespec="seconds"),
        "duration_s": round((finished - started).total_seconds(), 3),
    }
