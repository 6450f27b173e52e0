"""The previous result a run is compared with ("changes since the last briefing").

:func:`read_previous` reads the ``units`` (and ``areas``) tables of an earlier
result GeoPackage on the main thread, before the run may replace that file;
:func:`changes_table` compares them with this run's tables in the worker
(:func:`riskmap_plugin.core.analyses.changes.compare_runs`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..core.analyses.changes import add_area_names, compare_runs
from ..core.errors import DataError


@dataclass
class PreviousResult:
    """The tables of an earlier result that a comparison needs (no geometry)."""

    path: str
    units: pd.DataFrame
    areas: pd.DataFrame | None


def read_previous(
    path: str | os.PathLike | None, *, required: bool = True
) -> PreviousResult | None:
    """Read an earlier result's ``units`` and ``areas`` tables.

    ``required``: a missing or unreadable file is a DataError; otherwise (the dock's
    default, the output about to be replaced) it is quietly ``None``.
    """
    if not path:
        return None
    import pyogrio

    target = Path(path).expanduser()
    if not target.is_file():
        if not required:
            return None
        raise DataError(
            f"The previous result '{target.name}' does not exist.",
            where="previous result",
            fix="Pick a GeoPackage written by an earlier RiskMap run, or leave it empty.",
        )
    try:
        names = {str(row[0]) for row in pyogrio.list_layers(str(target))}
        if "units" not in names:
            raise ValueError("no units table")
        units = pyogrio.read_dataframe(str(target), layer="units", read_geometry=False)
        if not {"unit_id", "rank", "score", "area_id"} <= set(units.columns):
            raise ValueError("not a RiskMap units table")
        areas = None
        if "areas" in names:
            areas = pyogrio.read_dataframe(str(target), layer="areas", read_geometry=False)
    except Exception as error:  # noqa: BLE001 - any unreadable file is the same user error
        if not required:
            return None
        raise DataError(
            f"'{target.name}' cannot be read as a RiskMap result ({error}).",
            where="previous result",
            fix="Pick the GeoPackage written by an earlier RiskMap run.",
        ) from None
    return PreviousResult(path=str(target.resolve()), units=units, areas=areas)


def changes_table(previous: PreviousResult, units: pd.DataFrame, areas: pd.DataFrame):
    """This run against ``previous``: the ``changes`` table (see docs/model-format.md)."""
    current = pd.DataFrame(units.drop(columns=units.geometry.name, errors="ignore"))
    previous_units = previous.units.copy()
    previous_units["unit_id"] = previous_units["unit_id"].astype(current["unit_id"].dtype)
    changes = compare_runs(previous_units, current)
    current_areas = pd.DataFrame(areas.drop(columns="geometry", errors="ignore"))
    return add_area_names(changes, previous_units, previous.areas, current, current_areas)
