"""Check that shapely, pyproj and pyogrio use the same GEOS, PROJ and GDAL as QGIS.

Two copies of GEOS in one process (a PyPI wheel's and the system's that QGIS loads)
make shapely call the wrong library inside QGIS: writing geometries then fails
("WKB output dimension must be 2 or 3") and QGIS may crash on exit. Exit 1 with
the fix when a copy differs.
"""

from __future__ import annotations

import ctypes.util
import re
import subprocess
import sys


def system_version(command: list[str], pattern: str) -> str | None:
    try:
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    match = re.search(pattern, output)
    return match.group(1) if match else None


def main() -> int:
    import pyogrio
    import pyproj
    import shapely

    # A pyproj built with an unsuitable Cython imports fine and fails on first use.
    pyproj.CRS.from_epsg(4326)

    found = {
        "GEOS": (
            ".".join(map(str, shapely.geos_version)),
            system_version(["geos-config", "--version"], r"(\d+\.\d+\.\d+)"),
        ),
        "PROJ": (pyproj.proj_version_str, system_version(["proj"], r"Rel\. (\d+\.\d+\.\d+)")),
        "GDAL": (
            pyogrio.__gdal_version_string__,
            system_version(["gdal-config", "--version"], r"(\d+\.\d+\.\d+)"),
        ),
    }
    bad = [
        f"{name}: Python uses {python}, the system (QGIS) has {system}"
        for name, (python, system) in found.items()
        if system and python != system
    ]
    if not ctypes.util.find_library("geos_c"):
        print("note: no system GEOS found; skipping the comparison")
        return 0
    if bad:
        print("Native libraries differ from QGIS's:\n  " + "\n  ".join(bad), file=sys.stderr)
        print(
            "Fix: PIP_CONSTRAINT=constraints-debian.txt pip install --force-reinstall "
            "--no-deps --no-binary shapely,pyproj,pyogrio shapely pyproj pyogrio",
            file=sys.stderr,
        )
        return 1
    print("native libraries match QGIS: " + ", ".join(f"{k} {v[0]}" for k, v in found.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
