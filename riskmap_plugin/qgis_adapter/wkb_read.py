"""Geometries from GDAL's WKB, shared by the plain and the Arrow file readers.

Neither imports ``qgis`` nor Qt (the child process uses them too).
"""

from __future__ import annotations

import contextlib

import numpy as np
import pandas as pd
import shapely

from ..core.messages import warning


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


def from_wkb(wkb, reference: str, warnings: list[str]) -> np.ndarray:
    """Geometries from WKB; rings left open are closed (with a warning)."""
    wkb = np.asarray(wkb, dtype=object)
    try:
        return shapely.from_wkb(wkb)
    except shapely.errors.GEOSException:
        strict = shapely.from_wkb(wkb, on_invalid="ignore")
        try:
            fixed = shapely.from_wkb(wkb, on_invalid="fix")
        except ValueError:  # shapely < 2.1 cannot close rings: those features are left out
            lost = int((shapely.is_missing(strict) & ~pd.isna(wkb)).sum())
            warnings.append(warning("rings_left_out", layer=reference, count=lost))
            return strict
        closed = int((shapely.is_missing(strict) & ~shapely.is_missing(fixed)).sum())
        warnings.append(warning("rings_closed", layer=reference, count=closed))
        return fixed
