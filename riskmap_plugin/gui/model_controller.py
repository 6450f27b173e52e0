"""The model side of the scoring panel: presets, model files, the document as edited, the
layers chosen for it, and the panel's state in the QGIS project.

:class:`ModelController` is given every widget it reads or fills (:class:`ModelWidgets`); the
panel (:class:`.scoring_panel.ScoringPanel`) builds them and wires the signals. Strings keep
the translation contexts they were filed under (``ModelActions``, ``PanelLogic``).
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, QDate, QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QDateEdit, QFileDialog, QLineEdit, QMessageBox

from ..qgis_adapter.project_state import load_state, save_state
from ..qgis_adapter.wording import ui_locale
from ..qgis_adapter.wording_warnings import say_error
from .criteria_table import CriteriaTableModel, CriterionRow
from .document import UnitsChoice, build_run, document_glossary
from .layer_info import layer_info
from .message_bar import StatusLine, count_text
from .model_actions import LayerChoices, default_output_path, user_presets_folder
from .model_file import portable_document, restore_layers
from .presets import STABILIZATION, all_presets, save_user_preset, slug, write_model_file
from .store_choice import StoreChoice
from .units_panel import UnitsPanel


@dataclass
class ModelWidgets:
    """The panel's widgets a :class:`ModelController` reads and fills."""

    preset_combo: QComboBox
    name_edit: QLineEdit
    as_of_edit: QDateEdit
    criteria_model: CriteriaTableModel
    units_panel: UnitsPanel
    output_widget: QgsFileWidget
    store_choice: StoreChoice


class ModelController(QObject):
    """The model document in the dock, its layers, its output file and its saved state.

    ``changed`` is emitted whenever what Generate would run changes (the panel updates its
    buttons); while :attr:`restoring`, the project is not marked as changed.
    """

    changed = pyqtSignal()

    def __init__(
        self,
        project,
        widgets: ModelWidgets,
        *,
        layers: LayerChoices,
        status: StatusLine,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.widgets = widgets
        #: Chooses the layers (guessed, or restored from a model file).
        self.layers = layers
        #: The status line (and QGIS's message bar for errors), shared with the run side.
        self.status = status
        #: The model document the dock started from (a preset, a file or the saved state).
        self.base_document: dict[str, Any] = {}
        self.model_dir: str | None = None
        #: The output follows the model, units and date until the officer picks a file.
        self.output_is_default = True
        self.restoring = False
        self._setting_output = False
        self.presets: dict = {}
        self.fill_presets()

    # -- presets and model files ------------------------------------------

    def fill_presets(self) -> None:
        self.presets = {p.name: p for p in all_presets(user_presets_folder())}
        self.widgets.preset_combo.clear()
        for name, preset in self.presets.items():
            label = (
                name
                if preset.builtin
                else QCoreApplication.translate("ModelActions", "{} (mine)").format(name)
            )
            self.widgets.preset_combo.addItem(label, name)

    def preset_chosen(self, _index: int = -1) -> None:
        preset = self.presets.get(self.widgets.preset_combo.currentData())
        if preset is not None:
            folder = str(preset.path.parent) if preset.path else self.model_dir
            self.set_document(preset.model(), folder)
            self.guess()
            self.mark_changed()

    def choose_preset(self, name: str) -> None:
        """Select a preset by name and apply it (as a click would), guessing the layers."""
        self.widgets.preset_combo.setCurrentIndex(max(self.widgets.preset_combo.findData(name), 0))
        self.preset_chosen()

    def set_document(self, document: dict[str, Any], model_dir: str | None = None) -> None:
        """Show a model document: name, as-of date, criteria (layers not chosen yet)."""
        self.base_document = copy.deepcopy(document)
        self.model_dir = model_dir
        self.restoring = True
        try:
            self.widgets.name_edit.setText(str(document.get("name", "")))
            as_of = QDate.fromString(str(document.get("as_of", "")), "yyyy-MM-dd")
            if as_of.isValid():
                self.widgets.as_of_edit.setDate(as_of)
            rows = [CriterionRow(dict(c)) for c in document.get("criteria", [])]
            self.widgets.criteria_model.glossary = document_glossary(document, ui_locale())
            self.widgets.criteria_model.set_rows(rows)
            units = document.get("units", {})
            self.widgets.units_panel.grid_radio.setChecked("grid" in units)
            self.widgets.units_panel.layer_radio.setChecked("grid" not in units)
            if "grid" in units:
                self.widgets.units_panel.cell_km.setValue(float(units["grid"].get("cell_km", 25)))
            if self.output_is_default:
                self.widgets.output_widget.setFilePath(self.default_output())
        finally:
            self.restoring = False
        self.mark_changed()

    def guess(self) -> dict:
        """Guess the layer of every criterion (and of units and towns); highlight guesses."""
        return self.layers.guess(self.base_document)

    def load_model_file(self, path: str | None = None) -> bool:
        from ..core import ModelError, load_model

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.parent(),
                QCoreApplication.translate("ModelActions", "Load a RiskMap model"),
                "",
                QCoreApplication.translate("ModelActions", "RiskMap model (*.json)"),
            )
        if not path:
            return False
        try:
            document = load_model(path).to_dict()  # checked once; the dock edits the document
        except ModelError as error:
            self.status.error(say_error(error), str(error))
            return False
        folder = str(Path(path).parent)
        self._open_model_files(document, folder)
        restored = restore_layers(document, self.project, folder)
        self.set_document(document, folder)
        self.guess()  # references that name no file (a preset-style model) are guessed
        self.layers.apply_restored(restored, document)
        return True

    def _open_model_files(self, document: dict[str, Any], folder: str) -> None:
        """Open the model's files not yet in the project: those outside its folder only
        when the officer agrees (one question listing them all)."""
        from .model_files_open import files_to_open, open_files

        files = files_to_open(document, self.project, folder)
        chosen = dict(files.inside)
        if files.outside and self.confirm_outside_files(sorted(set(files.outside.values()))):
            chosen.update(files.outside)
        open_files(chosen, self.project)

    def confirm_outside_files(self, paths: list[str]) -> bool:
        """Ask whether to read files outside the model's folder (a shared model is untrusted)."""
        listed = "\n".join(f"• {path}" for path in paths)
        # pylupdate5 skips a translate() call that ends in a trailing comma: not formatted.
        # fmt: off
        question = QCoreApplication.translate(
            "ModelActions",
            "This model reads {count} files outside its own folder:\n\n{files}\n\n"
            "A model shared by someone else could name any file on this computer. Open "
            "these files as layers of your project?"
        )
        # fmt: on
        answer = QMessageBox.question(
            self.parent(),
            QCoreApplication.translate("ModelActions", "Files outside the model's folder"),
            question.format(count=count_text(len(paths)), files=listed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_model_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self.parent(),
                QCoreApplication.translate("ModelActions", "Save the RiskMap model"),
                f"{slug(self.model_name())}.json",
                QCoreApplication.translate("ModelActions", "RiskMap model (*.json)"),
            )
        if path:
            # The model as built in the dock: its layers by data source, never by layer id.
            document, layer_map = self.run_inputs()
            folder = Path(path).resolve().parent
            write_model_file(
                Path(path), portable_document(document, layer_map, self.project, folder)
            )
            self.status.show(
                QCoreApplication.translate("ModelActions", "Saved the model to {}.").format(path)
            )

    def save_preset(self) -> Path:
        path = save_user_preset(user_presets_folder(), self.portable_document())
        self.fill_presets()
        self.widgets.preset_combo.setCurrentIndex(
            max(self.widgets.preset_combo.findData(self.model_name()), 0)
        )
        self.status.show(
            QCoreApplication.translate("ModelActions", "Saved the preset “{}”.").format(
                self.model_name()
            )
        )
        return path

    def portable_document(self) -> dict[str, Any]:
        """The model with the model's own layer names (no project layer ids)."""
        document = copy.deepcopy(self.base_document)
        document["name"] = self.model_name()
        document["as_of"] = self.as_of().isoformat()
        document["criteria"] = self.widgets.criteria_model.criteria()
        return document

    # -- what a run would use ------------------------------------------------

    def model_name(self) -> str:
        return self.widgets.name_edit.text().strip() or QCoreApplication.translate(
            "PanelLogic", "RiskMap model"
        )

    def as_of(self) -> dt.date:
        return self.widgets.as_of_edit.date().toPyDate()

    def run_inputs(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The document and layer map a run would use now."""
        units_state = self.widgets.units_panel.state()

        def fields(layer_id):
            info = layer_info(self.project.mapLayer(layer_id)) if layer_id else None
            return info.fields if info else ()

        choice = UnitsChoice(
            mode=units_state["mode"],
            layer_id=units_state["layer"],
            id_field=units_state["id_field"],
            name_field=units_state["name_field"],
            layer_fields=fields(units_state["layer"]),
            cell_km=units_state["cell_km"],
            boundary_id=units_state["boundary"],
            places_id=units_state["places_layer"],
            places_name=units_state["places_name"],
            places_fields=fields(units_state["places_layer"]),
        )
        rows = [(row.criterion, row.layer_id) for row in self.widgets.criteria_model.rows]
        document, layer_map = build_run(
            self.base_document, name=self.model_name(), as_of=self.as_of(), rows=rows, units=choice
        )
        # What a model declares of its layers (coverage, dataset, snapshot date) describes its
        # own data (its default_source); on a layer the officer chose it would be a claim
        # about data nobody checked, so it stays only for the model's own layers.
        own = Path(str(self.base_document.get("default_source") or "")).name
        declared = document.get("layers") or {}
        for reference in list(declared):
            layer = self.project.mapLayer(layer_map.get(reference, ""))
            if not own or layer is None or own not in layer.source():
                declared.pop(reference)
        if not declared:
            document.pop("layers", None)
        return document, layer_map

    def default_output(self) -> str:
        """The output file a run writes unless the officer chose one."""
        if self.widgets.units_panel.is_grid():
            units = QCoreApplication.translate("PanelLogic", "hex {} km").format(
                f"{self.widgets.units_panel.cell_km.value():g}"
            )
        else:
            layer = self.widgets.units_panel.units_layer.currentLayer()
            units = layer.name() if layer is not None else "units"
        return default_output_path(self.project, self.model_name(), units, self.as_of())

    def output_edited(self, path: str) -> None:
        if not self.restoring and not self._setting_output:
            self.output_is_default = path == self.default_output()
        self.mark_changed()

    def mark_changed(self, *_args) -> None:
        """What a run would use changed: a default output follows the model, units and date
        (runs do not overwrite others), the panel updates, the project needs saving."""
        if self.output_is_default and not self._setting_output:
            path = self.default_output()
            if path != self.widgets.output_widget.filePath():
                self._setting_output = True
                try:
                    self.widgets.output_widget.setFilePath(path)
                finally:
                    self._setting_output = False
        self.changed.emit()
        if not self.restoring and not self.project.isDirty():
            self.project.setDirty(True)

    # -- state in the project ------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {
            "preset": self.widgets.preset_combo.currentData(),
            "document": self.portable_document(),
            "model_dir": self.model_dir,
            "rows": [
                {"layer_id": r.layer_id, "guessed": r.guessed, "how": r.guess_how}
                for r in self.widgets.criteria_model.rows
            ],
            "units": self.widgets.units_panel.state(),
            "output": self.widgets.output_widget.filePath(),
            "output_is_default": self.output_is_default,
            "store": self.widgets.store_choice.state(),
        }

    def write_state(self, *_args) -> None:
        save_state(self.project, self.state())

    def restore(self) -> None:
        """Show the state stored in the project, or the default preset with guessed layers."""
        state = load_state(self.project)
        if state is None:
            # Nothing stored: show the default preset with guessed layers, but write
            # nothing into the project until the user changes something.
            self.output_is_default = True
            self.restoring = True
            try:
                self.choose_preset(STABILIZATION)
            finally:
                self.restoring = False
            return
        self.restoring = True
        try:
            index = self.widgets.preset_combo.findData(state.get("preset"))
            if index >= 0:
                self.widgets.preset_combo.setCurrentIndex(index)
            self.output_is_default = bool(state.get("output_is_default", True))
            self.set_document(state.get("document") or {}, state.get("model_dir"))
            self.restoring = True
            for position, saved in enumerate(state.get("rows", [])):
                if position < len(self.widgets.criteria_model.rows):
                    layer_id = saved.get("layer_id")
                    self.widgets.criteria_model.set_layer(
                        position, layer_id, bool(saved.get("guessed")), saved.get("how", "")
                    )
            self.widgets.units_panel.set_state(state.get("units") or {}, self.project)
            if state.get("output"):
                self.widgets.output_widget.setFilePath(state["output"])
            self.widgets.store_choice.set_state(state.get("store"))
        finally:
            self.restoring = False
        self.layers.guess_label.clear()
        self.mark_changed()
