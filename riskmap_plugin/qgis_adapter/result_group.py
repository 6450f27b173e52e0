"""Add a run's GeoPackage to the project as the styled group "At-risk areas — model — as-of".

The group sits at the top of the Layers panel with the at-risk areas above the
watch list above the scored units. A group remembers its model's name (custom
property ``riskmap/model``) so that a new run of the same model replaces it;
groups of other models stay.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTimer

from ..core.errors import DataError, RiskMapError
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
    then: Callable[[QgsLayerTreeGroup], None] | None = None,
    failed: Callable[[Exception], None] | None = None,
) -> QgsLayerTreeGroup | None:
    """Load ``units``, ``areas`` and ``watch_list`` from ``gpkg_path`` as a styled group.

    With ``replace`` the previous result groups of the same model are removed
    first — call this only once the new run has succeeded. Raises
    ``DataError`` when a layer cannot be read from the file. ``criteria_labels``
    (criterion id → label, e.g. from the run's result) spares reading the file's
    ``criteria`` table for the units' map tip.

    With ``then`` the work is spread over turns of the event loop (opening a layer, then
    styling it, a turn each of 10–60 ms, instead of one 150–300 ms freeze of the main
    thread): the function returns ``None`` at once, the group appears in a turn of its
    own and ``then(group)`` is called in the next one; an error goes to ``failed(error)``
    instead. When ``then`` returns a callable, that is called in the turn after (and so
    on, for the caller's own end of a run); :func:`adding_result_group` stays True until
    the last of them has run.
    """
    steps = _GroupSteps(project, os.fspath(gpkg_path), model_name, as_of, replace, criteria_labels)
    if then is None:
        for step in steps.steps():
            step()
        return steps.group
    steps.start(then, failed)
    return None


#: Stepwise additions under way (a Python reference keeps each alive between turns).
_PENDING: set[_GroupSteps] = set()


def adding_result_group() -> bool:
    """True while a group is being added over event-loop turns (no new run meanwhile)."""
    return bool(_PENDING)


class _GroupSteps:
    """The steps of :func:`add_result_group`: remove, open and style each layer, the group."""

    def __init__(self, project, path, model_name, as_of, replace, criteria_labels) -> None:
        self.project, self.path, self.model_name, self.as_of = project, path, model_name, as_of
        self.replace, self.criteria_labels = replace, criteria_labels
        self.layers: dict[str, QgsVectorLayer] = {}
        self.group: QgsLayerTreeGroup | None = None

    def steps(self) -> list[Callable[[], None]]:
        # Opening a layer and styling it are a turn each (each took 30–60 ms on its own).
        layer_steps = [
            step
            for kind in LAYER_ORDER
            for step in (lambda kind=kind: self._load(kind), lambda kind=kind: self._style(kind))
        ]
        return [self._remove, *layer_steps, self._insert]

    def start(self, then, failed) -> None:
        _PENDING.add(self)
        pending = list(self.steps())

        def turn() -> None:
            try:
                pending.pop(0)()
            except (RuntimeError, RiskMapError) as error:  # a file gone, a project closed
                _PENDING.discard(self)
                if failed is None:
                    raise
                failed(error)
                return
            except BaseException:
                _PENDING.discard(self)
                raise
            # After the last step (the group), the caller's end of the run: in turns of its own.
            QTimer.singleShot(0, turn if pending else lambda: self._then(lambda: then(self.group)))

        QTimer.singleShot(0, turn)

    def _then(self, step: Callable[[], object]) -> None:
        """Run one of the caller's end steps in this turn; the one it returns, in the next."""
        following = _run_step(step, self)
        if callable(following):
            QTimer.singleShot(0, lambda: self._then(following))
        else:
            _PENDING.discard(self)

    def _remove(self) -> None:
        if self.replace:
            # Close the previous layers first: the OGR provider shares open datasets by
            # path, and the file at ``path`` may just have been replaced by the new run.
            remove_result_groups(self.project, self.model_name)

    def _load(self, kind: str) -> None:
        layer = QgsVectorLayer(f"{self.path}|layername={kind}", tr(LAYER_NAMES[kind]), "ogr")
        if not layer.isValid():
            raise DataError(
                f"Cannot read the layer '{kind}' from '{os.path.basename(self.path)}'.",
                where="result",
                fix="Run the model again (the file may have been moved or damaged).",
            )
        layer.dataProvider().reloadData()
        layer.setCustomProperty(KIND_PROPERTY, kind)
        layer.setCustomProperty(MODEL_PROPERTY, self.model_name)
        self.layers[kind] = layer

    def _style(self, kind: str) -> None:
        apply_result_style(self.layers[kind], kind, self.criteria_labels)

    def _insert(self) -> None:
        keep_labels_inside(self.project)
        root = self.project.layerTreeRoot()
        group = root.insertGroup(0, group_title(self.model_name, self.as_of))
        group.setCustomProperty(MODEL_PROPERTY, self.model_name)
        group.setCustomProperty(AS_OF_PROPERTY, str(self.as_of))
        group.setCustomProperty(PATH_PROPERTY, self.path)
        # One call, one layersAdded signal: the dock re-checks its criteria once, not thrice.
        self.project.addMapLayers([self.layers[kind] for kind in LAYER_ORDER], False)
        for kind in LAYER_ORDER:
            group.addLayer(self.layers[kind])
        self.group = group


def _run_step(step, steps: _GroupSteps):
    """Run one of the caller's end steps; an error ends the chain (and is raised)."""
    try:
        return step()
    except BaseException:
        _PENDING.discard(steps)
        raise


def group_layer(group: QgsLayerTreeGroup, kind: str) -> QgsVectorLayer | None:
    """The layer of ``kind`` ("units", "areas", "watch_list") in a result group."""
    for node in group.findLayers():
        layer = node.layer()
        if layer is not None and layer.customProperty(KIND_PROPERTY) == kind:
            return layer
    return None
