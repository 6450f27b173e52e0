"""QGIS layer metadata for the result layers: title, abstract, rights, licences.

A result GeoPackage travels (shared folders, e-mail, the next briefing), so each of its
layers carries QGIS's own metadata (*Layer Properties ▸ Metadata*), not only RiskMap's
provenance item: what the layer is, which model and as-of date made it, and the
attribution and licence of every input it was computed from. The attributions come from
the inputs themselves, read on the main thread: each layer's own QGIS metadata (rights,
licences) and, for the bundled sample, its ``sample_sources`` table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from qgis.core import QgsLayerMetadata, QgsProviderRegistry

from ..core.errors import DataError

#: The sample GeoPackage's table of layer, title, licence and attribution.
SOURCES_TABLE = "sample_sources"


@dataclass(frozen=True)
class Attribution:
    """One input's credit line and licence (either may be empty)."""

    layer: str
    attribution: str
    licence: str = ""
    illustrative: bool = False


def input_attributions(prepared) -> list[Attribution]:
    """The attributions of a prepared run's inputs, in model order, without repeats."""
    found: list[Attribution] = []
    files = {r.file_path for r in prepared.resolved.values() if r.file_path}
    tables = {str(row["layer"]): row for row in read_sources(sorted(files)).to_dict("records")}
    for reference, resolved in prepared.resolved.items():
        metadata = resolved.layer.metadata()
        rights = "; ".join(r for r in metadata.rights() if r)
        licences = "; ".join(x for x in metadata.licenses() if x)
        table = _table_name(resolved.layer.source())
        row = tables.get(table) or tables.get(reference)
        if row is not None:
            rights = rights or str(row.get("attribution") or "")
            licences = licences or str(row.get("licence") or "")
        if rights or licences:
            illustrative = bool(row.get("illustrative")) if row is not None else False
            found.append(Attribution(table or reference, rights, licences, illustrative))
    unique = {}
    for item in found:
        unique.setdefault((item.attribution, item.licence), item)
    return list(unique.values())


def _table_name(source: str) -> str:
    for part in source.split("|")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "layername":
            return value.strip()
    return Path(source.split("|")[0]).stem


def result_metadata(
    title: str, abstract: str, attributions: list[Attribution], keywords: list[str]
) -> QgsLayerMetadata:
    """One result layer's metadata."""
    metadata = QgsLayerMetadata()
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    metadata.setType("dataset")
    metadata.setKeywords({"RiskMap": keywords})
    rights = []
    for item in attributions:
        if item.attribution:
            made_up = " (illustrative, not real data)" if item.illustrative else ""
            rights.append(f"{item.layer}: {item.attribution}{made_up}")
    metadata.setRights(rights)
    metadata.setLicenses(sorted({a.licence for a in attributions if a.licence}))
    return metadata


def save_layer_metadata(path: str | Path, metadata: Mapping[str, QgsLayerMetadata]) -> None:
    """Store each table's metadata in the GeoPackage (``gpkg_metadata``), as QGIS does."""
    registry = QgsProviderRegistry.instance()
    for table, layer_metadata in metadata.items():
        uri = f"{path}|layername={table}"
        saved, error = registry.saveLayerMetadata("ogr", uri, layer_metadata)
        if not saved:
            raise DataError(
                f"The layer metadata of '{table}' could not be stored: {error}",
                where="output",
                fix="Check that the output folder is writable and has free space.",
            )


def read_sources(files: Iterable[str]) -> pd.DataFrame:
    """The ``sample_sources`` rows of the given GeoPackages (first file wins per layer)."""
    import pyogrio

    frames = []
    for path in files:
        try:
            if SOURCES_TABLE in {str(r[0]) for r in pyogrio.list_layers(path)}:
                frames.append(pyogrio.read_dataframe(path, layer=SOURCES_TABLE))
        except (OSError, RuntimeError):  # pyogrio's errors; an unreadable input costs
            continue  # only its attribution line
    if not frames:
        return pd.DataFrame(columns=["layer", "title", "licence", "attribution", "illustrative"])
    return pd.concat(frames, ignore_index=True).drop_duplicates("layer")
