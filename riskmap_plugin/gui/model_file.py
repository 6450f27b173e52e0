"""A model file that keeps the dock's choices: layers written by data source, read back.

*Save…* writes the model the officer built: every criterion, the units and towns with
their fields, and each layer as its data source, relative to the model file where the
file lies beside or below it (``data/incidents.gpkg|layername=incidents``), so that the
same file runs in ``riskmap:score`` and ``qgis_process``. A layer that is not a file
(memory, database) is written by its name in the project. Layer ids never go in: they
change with every project.

*Load…* finds the project layer that reads each saved source (or has the saved name)
and says which references could not be restored, and why.
"""

from __future__ import annotations

import contextlib
import copy
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import QgsProject, QgsProviderRegistry, QgsVectorLayer

#: Endings of the files a reference may name (as the resolver reads them).
FILE_ENDINGS = (".gpkg", ".shp", ".geojson", ".json", ".csv", ".fgb", ".sqlite", ".kml", ".gml")


@dataclass
class RestoredLayers:
    """What *Load…* found: reference → project layer id, and what it could not find."""

    layer_ids: dict[str, str] = field(default_factory=dict)
    #: reference → why it was not restored (the officer reads this)
    missing: dict[str, str] = field(default_factory=dict)
    #: reference → the short name the dock shows and runs under
    renamed: dict[str, str] = field(default_factory=dict)


def _split(source: str) -> tuple[str, str | None]:
    """``'a.gpkg|layername=t'`` → ``('a.gpkg', 't')``."""
    decoded = QgsProviderRegistry.instance().decodeUri("ogr", source)
    path = decoded.get("path") or source.split("|", 1)[0]
    return str(path), decoded.get("layerName") or None


def layer_source(layer: QgsVectorLayer, model_dir: str | os.PathLike | None) -> str:
    """How a model file names ``layer``: its file (relative to ``model_dir`` when below it)
    with the table, else the layer's name in the project."""
    if layer.providerType() == "ogr":
        path, table = _split(layer.source())
        if path and Path(path).is_file():
            target = Path(path).resolve()
            written = target.as_posix()
            # On another drive (Windows) relpath fails: the absolute path stays.
            if model_dir is not None:
                with contextlib.suppress(ValueError):
                    written = Path(os.path.relpath(target, Path(model_dir).resolve())).as_posix()
            return f"{written}|layername={table}" if table else written
    return layer.name()


def _references(document: Mapping[str, Any]) -> list[tuple[dict, str]]:
    """Every ``(section, key)`` of the document that holds a layer reference."""
    found: list[tuple[dict, str]] = []
    units = document.get("units") or {}
    if units.get("layer"):
        found.append((units, "layer"))
    if (units.get("grid") or {}).get("boundary"):
        found.append((units["grid"], "boundary"))
    if (document.get("places") or {}).get("layer"):
        found.append((document["places"], "layer"))
    for criterion in document.get("criteria") or ():
        if criterion.get("layer"):
            found.append((criterion, "layer"))
    return found


def portable_document(
    document: Mapping[str, Any],
    layer_map: Mapping[str, str],
    project: QgsProject,
    model_dir: str | os.PathLike | None,
) -> dict[str, Any]:
    """``document`` (as :func:`.document.build_run` made it) with every layer by data source.

    The ``default_source`` goes: a saved model reads the layers the officer chose, never
    the sample's GeoPackage in their place.
    """
    portable = copy.deepcopy(dict(document))
    portable.pop("default_source", None)
    for section, key in _references(portable):
        layer = project.mapLayer(layer_map.get(section[key], "") or "")
        if isinstance(layer, QgsVectorLayer):
            section[key] = layer_source(layer, model_dir)
    return portable


def is_source(reference: str) -> bool:
    """Whether a reference names a file (``path`` or ``path|layername=x``)."""
    path = reference.split("|", 1)[0].strip().lower()
    return path.endswith(FILE_ENDINGS)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def find_project_layer(
    reference: str, project: QgsProject, model_dir: str | os.PathLike | None
) -> tuple[QgsVectorLayer | None, str]:
    """The project layer behind a saved reference, or ``(None, why not)``."""
    vector_layers = [
        layer for layer in project.mapLayers().values() if isinstance(layer, QgsVectorLayer)
    ]
    if not is_source(reference):
        for layer in vector_layers:
            if layer.name() == reference:
                return layer, ""
        return None, f"no layer named '{reference}' in the project"
    path, table = _split(reference)
    if model_dir is not None and not Path(path).is_absolute():
        path = str(Path(model_dir) / path)
    if not Path(path).is_file():
        return None, f"the file '{path}' does not exist"
    for layer in vector_layers:
        if layer.providerType() != "ogr":
            continue
        layer_path, layer_table = _split(layer.source())
        if not _same_file(layer_path, path):
            continue
        if table is None or layer_table is None or layer_table == table:
            return layer, ""
    where = f"'{Path(path).name}'" + (f" (table '{table}')" if table else "")
    return None, f"no layer of the project reads {where}: add it to the project and load again"


def short_reference(reference: str) -> str:
    """The name a source reference runs under: its table, else the file's stem."""
    if not is_source(reference):
        return reference
    path, table = _split(reference)
    return table or Path(path).stem


def restore_layers(
    document: dict[str, Any], project: QgsProject, model_dir: str | os.PathLike | None
) -> RestoredLayers:
    """Match the document's references to project layers; source references become short
    names in ``document`` (changed in place), and ``layer_ids`` is keyed by the short name."""
    restored = RestoredLayers()
    for section, key in _references(document):
        reference = section[key]
        layer, why = find_project_layer(reference, project, model_dir)
        short = short_reference(reference)
        if short != reference:
            if reference not in restored.renamed:
                # Two sources with one table name keep apart: the second gets a number.
                taken = set(restored.renamed.values())
                candidate, number = short, 1
                while candidate in taken:
                    number += 1
                    candidate = f"{short}_{number}"
                restored.renamed[reference] = candidate
            section[key] = restored.renamed[reference]
        if layer is not None:
            restored.layer_ids[section[key]] = layer.id()
        elif is_source(reference):
            restored.missing[section[key]] = why
    return restored
