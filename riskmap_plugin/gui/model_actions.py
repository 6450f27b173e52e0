"""The layers of a model in the dock: guessed from the project, or restored from a model file.

:class:`LayerChoices` is a collaborator of :class:`.model_controller.ModelController`; it
names the widgets it fills in its constructor. Also where a run's output goes by default
and where the officer's presets are kept.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from .criteria_rules import layer_need
from .layer_guess import LayerNeed, guess_layers
from .layer_info import project_layer_infos
from .message_bar import StatusLine, count_text
from .output_name import default_output


def user_presets_folder() -> Path:
    """``<QGIS profile>/riskmap/presets``."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "riskmap" / "presets"


def default_output_path(project, model_name: str, units: str = "units", as_of=None) -> str:
    """Next to the project (the documents folder while unsaved), never in the plugin's or
    the sample's folder; see :func:`.output_name.default_output`."""
    from qgis.PyQt.QtCore import QStandardPaths

    from ..paths import PLUGIN_DIR, resource_path

    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    path = default_output(
        project.absoluteFilePath() or None,
        documents,
        model_name,
        units,
        as_of or dt.date.today(),
        forbidden=(PLUGIN_DIR, PLUGIN_DIR.parent / "resources", resource_path("sample")),
    )
    return str(path)


class LayerChoices:
    """Chooses the layer of every criterion, of the units and of the towns in the dock.

    ``criteria_model`` (:class:`.criteria_table.CriteriaTableModel`) and ``units_panel``
    (:class:`.units_panel.UnitsPanel`) show the choices, ``guess_label`` says how many were
    found, ``status`` reports layers a model file names but that cannot be found.
    """

    def __init__(self, project, criteria_model, units_panel, guess_label, status: StatusLine):
        self.project = project
        self.criteria_model = criteria_model
        self.units_panel = units_panel
        self.guess_label = guess_label
        self.status = status

    def guess(self, document: dict[str, Any]) -> dict:
        """Guess the layer of every criterion (and of units and towns); highlight guesses."""
        infos = project_layer_infos(self.project)
        criteria = [row.criterion for row in self.criteria_model.rows]
        references = list(dict.fromkeys(c.get("layer") for c in criteria if c.get("layer")))
        needs = [layer_need(ref, criteria) for ref in references]
        units = document.get("units", {})
        places = document.get("places") or {}
        extra = []
        if units.get("layer"):
            fields = tuple(f for f in (units.get("id_field"), units.get("name_field")) if f)
            extra.append(LayerNeed(units["layer"], frozenset({"polygon"}), fields))
        boundary = (units.get("grid") or {}).get("boundary")
        if boundary:
            extra.append(LayerNeed(boundary, frozenset({"polygon"})))
        if places.get("layer"):
            extra.append(
                LayerNeed(
                    places["layer"], frozenset({"point"}), (places.get("name_field", "name"),)
                )
            )
        guesses = guess_layers(needs + extra, infos)
        found = 0
        for position, row in enumerate(self.criteria_model.rows):
            guess = guesses.get(row.criterion.get("layer"))
            if guess is not None:
                self.criteria_model.set_layer(position, guess.layer_id, True, guess.how)
                found += 1
        self._apply_side_guesses(guesses, units, boundary, places)
        total = len(self.criteria_model.rows)
        self.guess_label.setText(
            QCoreApplication.translate(
                "ModelActions", "Guessed {found} of {total} layers — check them."
            ).format(found=count_text(found), total=count_text(total))
        )
        return guesses

    def _apply_side_guesses(self, guesses, units, boundary, places) -> None:
        panel = self.units_panel
        if units.get("layer") in guesses:
            layer = self.project.mapLayer(guesses[units["layer"]].layer_id)
            panel.choose_units(layer, units.get("id_field", ""), units.get("name_field", ""))
        if boundary in guesses:
            panel.boundary.setLayer(self.project.mapLayer(guesses[boundary].layer_id))
        if places.get("layer") in guesses:
            layer = self.project.mapLayer(guesses[places["layer"]].layer_id)
            panel.choose_places(layer, places.get("name_field", "name"))
        else:
            # The combo box would otherwise show the first point layer, taken as towns.
            panel.choose_places(None)

    def apply_restored(self, restored, document: dict[str, Any]) -> None:
        """Show the layers a model file names; say which could not be found, and why."""
        layer = self.project.mapLayer
        for position, row in enumerate(self.criteria_model.rows):
            reference = row.criterion.get("layer")
            if reference in restored.layer_ids:
                self.criteria_model.set_layer(position, restored.layer_ids[reference])
            elif reference in restored.missing:
                self.criteria_model.set_layer(position, None)
        units = document.get("units") or {}
        if units.get("layer") in restored.layer_ids:
            self.units_panel.choose_units(
                layer(restored.layer_ids[units["layer"]]),
                units.get("id_field", ""),
                units.get("name_field", ""),
            )
        boundary = (units.get("grid") or {}).get("boundary")
        if boundary in restored.layer_ids:
            self.units_panel.boundary.setLayer(layer(restored.layer_ids[boundary]))
        places = document.get("places") or {}
        if places.get("layer") in restored.layer_ids:
            self.units_panel.choose_places(
                layer(restored.layer_ids[places["layer"]]), places.get("name_field", "")
            )
        elif places.get("layer") in restored.missing:
            self.units_panel.choose_places(None)
        if restored.layer_ids:
            self.guess_label.setText(
                QCoreApplication.translate(
                    "ModelActions", "Restored {found} layers from the model file."
                ).format(found=count_text(len(restored.layer_ids)))
            )
        if restored.missing:
            reasons = "; ".join(f"'{ref}': {why}" for ref, why in restored.missing.items())
            self.status.error(
                QCoreApplication.translate(
                    "ModelActions", "Some layers of the model file could not be restored: {}"
                ).format(reasons),
                reasons,
            )
