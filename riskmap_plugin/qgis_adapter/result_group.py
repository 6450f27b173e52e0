"""Add a run's GeoPackage to the project as the styled group "At-risk areas — model — as-of".

The group sits at the top of the Layers panel with the at-risk areas above the
watch list above the scored units. A group remembers its model's name (custom
property ``riskmap/model``) so that a new run of the same model replaces it;
groups of other models stay.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import DataError
from .style import LAYER_NAMES, apply_result_style, keep_labels_inside

#: Custom properties on the group and its layers.
MODEL_PROPERTY = "riskmap/model"
AS_OF_PROPERTY = "riskmap/as_of"
KIND_PROPERTY = "riskmap/kind"
PATH_PROPERTY = "riskmap/gpkg"
#: Top-to-bottom order of the layers in the group.
LAYER_ORDER = ("areas", "watch_list", "units")


def tr(text: str) -> str:
    # pylupdate5 files module-level tr() calls under "@default"; look them up there.
    return QCoreApplication.translate("@default", text)


def group_title(model_name: str, as_of) -> str:
    """'At-risk areas — Stabilization priorities — 2018-01-31'."""
    as_of_text = as_of.isoformat() if isinstance(as_of, (dt.date, dt.datetime)) else str(as_of)
    return f"{tr('At-risk areas')} — {model_name} — {as_of_text}"


def result_groups(project: QgsProject, model_name: str | None = None) -> list[QgsLayerTreeGroup]:
    """RiskMap result groups in the project (of one model when ``model_name`` is given)."""
    groups = []
    for group in project.layerTreeRoot().findGroups(True):
        model = group.customProperty(MODEL_PROPERTY)
        if model is not None and (model_name is None or model == model_name):
            groups.append(group)
    return groups


def remove_result_groups(project: QgsProject, model_name: str) -> None:
    """Remove the result groups of ``model_name`` and their layers from the project."""
    for group in result_groups(project, model_name):
        layer_ids = [node.layerId() for node in group.findLayers()]
        parent = group.parent()
        if parent is not None:
            parent.removeChildNode(group)
        project.removeMapLayers(layer_ids)


def add_result_group(
    project: QgsProject,
    gpkg_path: str | os.PathLike,
    model_name: str,
    as_of,
    replace: bool = True,
    criteria_labels: Mapping[str, str] | None = None,
) -> QgsLayerTreeGroup:
    """Load ``units``, ``areas`` and ``watch_list`` from ``gpkg_path`` as a styled group.

    With ``replace`` the previous result groups of the same model are removed
    first — call this only once the new run has succeeded. Raises
    ``RuntimeError`` when a layer cannot be read from the file. ``criteria_labels``
    (criterion id → label, e.g. from the run's result) spares reading the file's
    ``criteria`` table for the units' map tip.
    """
    path = os.fspath(gpkg_path)
    layers = {}
    if replace:
        # Close the previous layers first: the OGR provider shares open datasets by path,
        # and the file at ``path`` may just have been replaced by the new run.
        remove_result_groups(project, model_name)
    for kind in LAYER_ORDER:
        layer = QgsVectorLayer(f"{path}|layername={kind}", tr(LAYER_NAMES[kind]), "ogr")
        if not layer.isValid():
            raise DataError(
                f"Cannot read the layer '{kind}' from '{os.path.basename(path)}'.",
                where="result",
                fix="Run the model again (the file may have been moved or damaged).",
            )
        layer.dataProvider().reloadData()
        apply_result_style(layer, kind, criteria_labels)
        layer.setCustomProperty(KIND_PROPERTY, kind)
        layer.setCustomProperty(MODEL_PROPERTY, model_name)
        layers[kind] = layer
    keep_labels_inside(project)
    root = project.layerTreeRoot()
    group = root.insertGroup(0, group_title(model_name, as_of))
    group.setCustomProperty(MODEL_PROPERTY, model_name)
    group.setCustomProperty(AS_OF_PROPERTY, str(as_of))
    group.setCustomProperty(PATH_PROPERTY, path)
    for kind in LAYER_ORDER:
        project.addMapLayer(layers[kind], False)
        group.addLayer(layers[kind])
    return group


def group_layer(group: QgsLayerTreeGroup, kind: str) -> QgsVectorLayer | None:
    """The layer of ``kind`` ("units", "areas", "watch_list") in a result group."""
    for node in group.findLayers():
        layer = node.layer()
        if layer is not None and layer.customProperty(KIND_PROPERTY) == kind:
            return layer
    return None
