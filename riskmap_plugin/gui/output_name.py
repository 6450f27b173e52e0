"""Where a dock run writes by default, and under which name (pure Python, no QGIS).

Next to the project file, or in the user's documents while the project is unsaved;
never inside the plugin's or the sample's folder (an update of the plugin would delete
the officer's results). The name carries the model, the units and the as-of date, so
runs on other units or dates do not overwrite each other silently.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

from .presets import slug


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def default_output(
    project_file: str | os.PathLike | None,
    documents: str | os.PathLike,
    model_name: str,
    units: str,
    as_of: dt.date,
    forbidden: Iterable[str | os.PathLike] = (),
) -> Path:
    """``<folder>/riskmap_<model>_<units>_<as-of>.gpkg``.

    >>> default_output("/p/iraq.qgz", "/home/me/Documents", "Stabilization priorities",
    ...                "Districts (ADM2)", dt.date(2018, 1, 31)).as_posix()
    '/p/riskmap_stabilization_priorities_districts_adm2_2018-01-31.gpkg'
    >>> default_output(None, "/docs", "M", "hex 25 km", dt.date(2020, 6, 30)).as_posix()
    '/docs/RiskMap/riskmap_m_hex_25_km_2020-06-30.gpkg'
    """
    folder = Path(documents) / "RiskMap"
    if project_file:
        beside = Path(project_file).parent
        if not any(_inside(beside, Path(f)) for f in forbidden):
            folder = beside
    parts = [slug(model_name) or "model"]
    if slug(units):
        parts.append(slug(units))
    parts.append(as_of.isoformat())
    return folder / f"riskmap_{'_'.join(parts)}.gpkg"
