"""Reading a result GeoPackage and finding its inputs' attributions (no QGIS).

The provenance stores each input as the user gave it (``iraq_2018.gpkg|layername=events``),
often relative to the model file's folder. :func:`find_input_files` looks for
those files in the folders a caller knows (model folder, result folder, project
folder) and :func:`read_sources` reads their ``sample_sources`` tables.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from ..core.errors import DataError, ModelError
from ..core.model import Model, parse_model
from ..qgis_adapter.layer_metadata import SOURCES_TABLE, read_sources  # noqa: F401 - re-exported

#: Background layers drawn in the briefing's maps when an input GeoPackage has them.
CONTEXT_TABLES = ("country", "governorates", "international_boundaries", "border")


@dataclass
class ResultTables:
    """The tables of one result GeoPackage."""

    path: str
    areas: gpd.GeoDataFrame
    units: gpd.GeoDataFrame
    watch_list: gpd.GeoDataFrame
    criteria: pd.DataFrame
    provenance: dict
    sensitivity: pd.DataFrame | None = None
    changes: pd.DataFrame | None = None
    #: The model the run scored (its provenance's model section, parsed once), or None.
    model: Model | None = None


def read_result(path: str | os.PathLike) -> ResultTables:
    """Read ``areas``, ``units``, ``watch_list``, ``criteria`` and the provenance."""

    path = str(Path(path).expanduser().resolve())
    if not Path(path).is_file():
        raise DataError(
            f"The result '{Path(path).name}' does not exist.",
            where="briefing",
            fix="Run the model first (RiskMap panel or riskmap:score) and pick its GeoPackage.",
        )
    from pyogrio.errors import DataLayerError, DataSourceError

    try:
        return _read_result(path)
    except (DataSourceError, DataLayerError, OSError) as error:
        # A file cut short (a copy that failed, a full disk) or not a GeoPackage at all.
        reason = str(error).splitlines()[0].replace(path, Path(path).name)[:160]
        raise DataError(
            f"The result '{Path(path).name}' cannot be read ({reason}).",
            where="briefing",
            fix="Run the model again to write a new result, or pick another GeoPackage.",
        ) from None


def _read_result(path: str) -> ResultTables:
    import pyogrio

    names = {str(row[0]) for row in pyogrio.list_layers(path)}
    missing = {"areas", "units", "criteria"} - names
    if missing:
        raise DataError(
            f"'{Path(path).name}' is not a RiskMap result: no table {', '.join(sorted(missing))}.",
            where="briefing",
            fix="Pick the GeoPackage written by the RiskMap model run.",
        )
    provenance = _provenance(path, names)
    watch = gpd.read_file(path, layer="watch_list") if "watch_list" in names else None
    return ResultTables(
        path=path,
        areas=gpd.read_file(path, layer="areas"),
        units=gpd.read_file(path, layer="units"),
        watch_list=watch if watch is not None else gpd.GeoDataFrame(),
        criteria=pyogrio.read_dataframe(path, layer="criteria", read_geometry=False),
        provenance=provenance,
        model=stored_model(provenance),
        sensitivity=_table(path, "sensitivity", names),
        changes=_table(path, "changes", names),
    )


def _provenance(path: str, names: set[str]) -> dict:
    """The run's provenance; ``{}`` when the result has none or it cannot be decoded (an old
    or hand-made result still prints, with fewer details)."""
    from ..qgis_adapter.output import PROVENANCE_TABLE, read_provenance

    if PROVENANCE_TABLE not in names:
        return {}
    try:
        provenance = read_provenance(path)
    except ValueError:  # the stored JSON is cut short or edited
        return {}
    return provenance if isinstance(provenance, dict) else {}


def stored_model(provenance: Mapping) -> Model | None:
    """The model stored with a run (its provenance's ``model``), parsed once; None when the
    result stores none or one this RiskMap cannot read (an old or edited document)."""
    document = provenance.get("model")
    if not isinstance(document, Mapping):
        return None
    try:
        return parse_model(document)
    except ModelError:
        return None


def _table(path: str, name: str, names: set[str]) -> pd.DataFrame | None:
    """An attribute table of the result, or None when the result has none."""
    import pyogrio

    if name not in names:
        return None
    return pyogrio.read_dataframe(path, layer=name, read_geometry=False)


def input_files(provenance: Mapping) -> list[str]:
    """The file part of each input source, as recorded (maybe relative), without repeats."""
    files = []
    for record in provenance.get("inputs", []) or []:
        source = str(record.get("source") or "").split("|")[0].strip()
        if source.lower().endswith(".gpkg") and source not in files:
            files.append(source)
    return files


def find_input_files(provenance: Mapping, folders: Iterable[str | os.PathLike | None]) -> list[str]:
    """Existing GeoPackages the run read, looked up as given and in ``folders``."""
    found = []
    folders = [Path(f) for f in folders if f]
    for name in input_files(provenance):
        candidates = [Path(name)] if Path(name).is_absolute() else []
        candidates += [folder / name for folder in folders]
        candidates += [folder / Path(name).name for folder in folders]
        for candidate in candidates:
            if candidate.is_file():
                resolved = str(candidate.resolve())
                if resolved not in found:
                    found.append(resolved)
                break
    return found


def context_tables(files: Iterable[str]) -> dict[str, str]:
    """Background table → GeoPackage path, for the CONTEXT_TABLES the inputs hold."""
    import pyogrio

    out: dict[str, str] = {}
    for path in files:
        try:
            names = {str(r[0]) for r in pyogrio.list_layers(path)}
        except (OSError, RuntimeError):  # pyogrio's errors: an unreadable file has no tables
            continue
        for table in CONTEXT_TABLES:
            if table in names and table not in out:
                out[table] = path
    return out


def with_recorded_attributions(sources: pd.DataFrame, provenance: Mapping) -> pd.DataFrame:
    """``sources`` plus a row for each input whose attribution the run recorded (from the
    layer's metadata or the dock) and that no sources table already covers."""
    from .content.sources import input_tables

    tables = input_tables(provenance)
    covered = set(sources["layer"].astype(str)) if len(sources) else set()
    rows = []
    for record in provenance.get("inputs", []) or []:
        attribution = str(record.get("attribution") or "").strip()
        if not attribution:
            continue
        source = str(record.get("source") or "")
        table = source.partition("|layername=")[2].split("|")[0] if "|layername=" in source else ""
        table = table or str(record.get("reference") or record.get("layer_name") or "")
        if table in covered or table not in tables:
            continue
        covered.add(table)
        rows.append(
            {
                "layer": table,
                "title": str(record.get("layer_name") or table),
                "licence": str(record.get("licence") or ""),
                "attribution": attribution,
                "illustrative": 0,
            }
        )
    if not rows:
        return sources
    return pd.concat([sources, pd.DataFrame(rows)], ignore_index=True)
