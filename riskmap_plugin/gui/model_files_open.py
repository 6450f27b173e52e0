"""Opening the files a loaded model names, and asking first for those outside its folder.

A model file is shared between colleagues, so it is untrusted: it may name any path. On
*Load…* the dock opens, as project layers, the local files the model names that no project
layer reads yet: those in the model's folder (and below) at once, those outside it
(absolute paths, ``../``) only after the officer says yes to one question that lists them.
Remote and virtual sources are never opened. Headless runs have the Processing flag
*Allow files outside the model's folder* instead (see :mod:`..qgis_adapter.source_guard`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import QgsProject, QgsVectorLayer

from ..core.errors import DataError
from ..qgis_adapter.source_guard import check_model_source
from .model_file import _references, _split, find_project_layer, is_source, short_reference


@dataclass
class ModelFiles:
    """The files a model names that no project layer reads, by where they lie."""

    inside: dict[str, str] = field(default_factory=dict)  # reference → full path
    outside: dict[str, str] = field(default_factory=dict)


def files_to_open(document: dict[str, Any], project: QgsProject, model_dir: str) -> ModelFiles:
    """The local files of ``document`` not yet in ``project``, inside or outside ``model_dir``."""
    found = ModelFiles()
    folder = os.path.realpath(model_dir)
    for section, key in _references(document):
        reference = section[key]
        if not is_source(reference) or reference in found.inside or reference in found.outside:
            continue
        path, _table = _split(reference)
        try:  # remote, virtual and .vrt sources: never opened from a model
            check_model_source(reference, path, model_dir, allow_outside=True)
        except DataError:
            continue
        if find_project_layer(reference, project, model_dir)[0] is not None:
            continue
        full = os.path.realpath(Path(folder) / Path(path).expanduser())
        if not os.path.isfile(full):
            continue
        inside = os.path.commonpath([folder, full]) == folder
        (found.inside if inside else found.outside)[reference] = full
    return found


def open_files(files: dict[str, str], project: QgsProject) -> list[QgsVectorLayer]:
    """Add each file (with its table) to ``project``; return the layers that opened."""
    opened = []
    for reference, full in files.items():
        _path, table = _split(reference)
        uri = f"{full}|layername={table}" if table else full
        layer = QgsVectorLayer(uri, short_reference(reference), "ogr")
        if layer.isValid():
            project.addMapLayer(layer)
            opened.append(layer)
    return opened
