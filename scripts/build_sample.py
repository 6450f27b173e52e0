#!/usr/bin/env python3
"""Build the RiskMap Iraq 2018 sample: a GeoPackage and a QGIS project.

Usage (from the repository root)::

    python scripts/build_sample.py [--source ../shared/data/iraq] [--out resources/sample]
                                   [--stage all|data|project]

Stage ``data`` needs geopandas, shapely, pyogrio and the GDAL Python bindings
(``osgeo``); it writes ``iraq_2018.gpkg``. Stage ``project`` needs PyQGIS (run it
with QGIS's Python); it writes ``iraq_2018.qgz`` next to the GeoPackage, with
relative paths, styles and layer metadata. ``all`` (the default) runs both and
skips the project with a warning when PyQGIS cannot be imported.

The script is deterministic: real layers are copied from the source folder, and
the illustrative layers (no public source exists for them) are made up with a
fixed random seed. Re-running it gives identical attribute tables.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample.catalogue import DEFAULT_OUT, DEFAULT_SOURCE  # noqa: E402
from sample.gpkg import build_gpkg  # noqa: E402
from sample.project import build_project  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--source",
        type=Path,
        default=DEFAULT_SOURCE,
        help="folder with the shared Iraq data (default: ../shared/data/iraq)",
    )
    ap.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="output folder (default: resources/sample)"
    )
    ap.add_argument("--stage", choices=["all", "data", "project"], default="all")
    a = ap.parse_args(argv)
    if a.stage in ("all", "data"):
        p = build_gpkg(a.source.resolve(), a.out.resolve())
        print(f"wrote {p.name} ({p.stat().st_size:,} bytes)")
    if a.stage in ("all", "project"):
        try:
            import qgis.core  # noqa: F401
        except ImportError:
            if a.stage == "project":
                raise
            print(
                "PyQGIS not available: skipped the project (run --stage project with "
                "QGIS's Python)",
                file=sys.stderr,
            )
            return 0
        p = build_project(a.out.resolve())
        print(f"wrote {p.name} ({p.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
