"""Model actions of the scoring panel: presets, model files, the automatic layer guess.

A mixin of :class:`.scoring_panel.ScoringPanel` (through :class:`.panel_logic.PanelLogic`).
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QFileDialog

from ..qgis_adapter.wording import ui_locale
from .criteria_rules import layer_need
from .criteria_table import CriterionRow
from .document import document_glossary
from .layer_guess import LayerNeed, guess_layers
from .layer_info import project_layer_infos
from .model_file import portable_document, restore_layers
from .output_name import default_output
from .presets import all_presets, save_user_preset, slug, write_model_file


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


class ModelActions:
    """See the module docstring; expects the widgets of ScoringPanel."""

    def number(self, value: int) -> str:
        """A count in the digits of QGIS's language (Arabic-Indic in Arabic and Sorani)."""
        from qgis.PyQt.QtCore import QLocale

        from ..qgis_adapter.wording import ui_locale

        return QLocale(ui_locale()).toString(int(value))

    # -- presets and model files ------------------------------------------

    def _fill_presets(self) -> None:
        self.presets = {p.name: p for p in all_presets(user_presets_folder())}
        self.preset_combo.clear()
        for name, preset in self.presets.items():
            label = name if preset.builtin else self.tr("{} (mine)").format(name)
            self.preset_combo.addItem(label, name)

    def _preset_chosen(self, _index: int = -1) -> None:
        preset = self.presets.get(self.preset_combo.currentData())
        if preset is not None:
            folder = str(preset.path.parent) if preset.path else self.model_dir
            self.set_document(preset.model(), folder)
            self.guess()
            self._changed()

    def choose_preset(self, name: str) -> None:
        """Select a preset by name and apply it (as a click would), guessing the layers."""
        self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(name), 0))
        self._preset_chosen()

    def set_document(self, document: dict[str, Any], model_dir: str | None = None) -> None:
        """Show a model document: name, as-of date, criteria (layers not chosen yet)."""
        self.base_document = copy.deepcopy(document)
        self.model_dir = model_dir
        self._restoring = True
        try:
            self.name_edit.setText(str(document.get("name", "")))
            as_of = QDate.fromString(str(document.get("as_of", "")), "yyyy-MM-dd")
            if as_of.isValid():
                self.as_of_edit.setDate(as_of)
            rows = [CriterionRow(dict(c)) for c in document.get("criteria", [])]
            self.criteria_model.glossary = document_glossary(document, ui_locale())
            self.criteria_model.set_rows(rows)
            units = document.get("units", {})
            self.units_panel.grid_radio.setChecked("grid" in units)
            self.units_panel.layer_radio.setChecked("grid" not in units)
            if "grid" in units:
                self.units_panel.cell_km.setValue(float(units["grid"].get("cell_km", 25)))
            if self.output_is_default:
                self.output_widget.setFilePath(self.default_output())
        finally:
            self._restoring = False
        self._changed()

    def load_model_file(self, path: str | None = None) -> bool:
        from ..core import ModelError, load_model
        from ..qgis_adapter.wording_warnings import say_error

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Load a RiskMap model"), "", self.tr("RiskMap model (*.json)")
            )
        if not path:
            return False
        try:
            document = load_model(path).to_dict()
        except ModelError as error:
            self._report_error(say_error(error), str(error))
            return False
        folder = str(Path(path).parent)
        self._open_model_files(document, folder)
        restored = restore_layers(document, self.project, folder)
        self.set_document(document, folder)
        self.guess()  # references that name no file (a preset-style model) are guessed
        self._apply_restored(restored, document)
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
        from qgis.PyQt.QtWidgets import QMessageBox

        listed = "\n".join(f"• {path}" for path in paths)
        answer = QMessageBox.question(
            self,
            self.tr("Files outside the model's folder"),
            self.tr(
                "This model reads {count} files outside its own folder:\n\n{files}\n\n"
                "A model shared by someone else could name any file on this computer. Open "
                "these files as layers of your project?"
            ).format(count=self.number(len(paths)), files=listed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _apply_restored(self, restored, document: dict[str, Any]) -> None:
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
                self.tr("Restored {found} layers from the model file.").format(
                    found=self.number(len(restored.layer_ids))
                )
            )
        if restored.missing:
            reasons = "; ".join(f"'{ref}': {why}" for ref, why in restored.missing.items())
            self._report_error(
                self.tr("Some layers of the model file could not be restored: {}").format(reasons),
                reasons,
            )

    def save_model_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the RiskMap model"),
                f"{slug(self.model_name())}.json",
                self.tr("RiskMap model (*.json)"),
            )
        if path:
            # The model as built in the dock: its layers by data source, never by layer id.
            document, layer_map = self.run_inputs()
            folder = Path(path).resolve().parent
            write_model_file(
                Path(path), portable_document(document, layer_map, self.project, folder)
            )
            self._status(self.tr("Saved the model to {}.").format(path))

    def save_preset(self) -> Path:
        path = save_user_preset(user_presets_folder(), self._portable_document())
        self._fill_presets()
        self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(self.model_name()), 0))
        self._status(self.tr("Saved the preset “{}”.").format(self.model_name()))
        return path

    def _portable_document(self) -> dict[str, Any]:
        """The model with the model's own layer names (no project layer ids)."""
        document = copy.deepcopy(self.base_document)
        document["name"] = self.model_name()
        document["as_of"] = self.as_of().isoformat()
        document["criteria"] = self.criteria_model.criteria()
        return document

    # -- guessing ----------------------------------------------------------

    def guess(self) -> dict:
        """Guess the layer of every criterion (and of units and towns); highlight guesses."""
        infos = project_layer_infos(self.project)
        criteria = [row.criterion for row in self.criteria_model.rows]
        references = list(dict.fromkeys(c.get("layer") for c in criteria if c.get("layer")))
        needs = [layer_need(ref, criteria) for ref in references]
        units = self.base_document.get("units", {})
        places = self.base_document.get("places") or {}
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
            self.tr("Guessed {found} of {total} layers — check them.").format(
                found=self.number(found), total=self.number(total)
            )
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
