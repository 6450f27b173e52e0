"""Behaviour of the scoring panel: presets, guessing, state in the project, runs, results.

A mixin of :class:`.scoring_panel.ScoringPanel`, which owns the widgets.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from qgis.core import Qgis
from qgis.PyQt.QtCore import QTimer

from ..core.errors import RiskMapError
from ..qgis_adapter.project_state import load_state, save_state
from ..qgis_adapter.result_group import adding_result_group
from ..qgis_adapter.wording import run_wording
from ..qgis_adapter.wording_warnings import say_warning
from .document import UnitsChoice, build_run
from .layer_info import layer_info
from .message_bar import push_error
from .model_actions import ModelActions, default_output_path
from .presets import STABILIZATION
from .run_control import RunController, RunRequest


class PanelLogic(ModelActions):
    """See the module docstring; expects the widgets of ScoringPanel."""

    def init_logic(self) -> None:
        """Connect the widgets (a method, not __init__: PyQt's cooperative __init__ would
        call a mixin's __init__ before the widgets exist)."""
        self.base_document: dict[str, Any] = {}
        self.model_dir: str | None = None
        self.output_is_default = True
        self._restoring = False
        self._setting_output = False
        self.runner = RunController(self)
        self._fill_presets()
        self.preset_combo.activated.connect(self._preset_chosen)
        self.load_button.clicked.connect(self.load_model_file)
        self.save_button.clicked.connect(self.save_model_file)
        self.save_preset_button.clicked.connect(self.save_preset)
        self.guess_button.clicked.connect(self.guess)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.generate_shortcut.activated.connect(self.generate)
        self.cancel_shortcut.activated.connect(self.runner.cancel)
        self.runner.running_changed.connect(self._running_changed)
        self.runner.progress.connect(self._progress)
        self.runner.succeeded.connect(self._succeeded)
        self.runner.failed.connect(self._failed)
        self.runner.canceled.connect(self._canceled)
        self.area_cards.area_clicked.connect(self.zoom_to_area)
        self.name_edit.textEdited.connect(self._name_edited)
        self.output_widget.fileChanged.connect(self._output_edited)
        for signal in (
            self.criteria_model.criteria_changed,
            self.units_panel.changed,
            self.as_of_edit.dateChanged,
        ):
            signal.connect(self._changed)
        # Restore once QGIS has finished loading the project (layer combos settle first).
        self.project.readProject.connect(lambda *_: QTimer.singleShot(0, self.restore))
        self.project.cleared.connect(self._project_cleared)
        # The state is written when the project is written (writeProject comes before the
        # project's properties are serialised), so it is always the panel as shown.
        self.project.writeProject.connect(self._write_state)
        self.project.layersAdded.connect(self._layers_changed)
        self.project.layersRemoved.connect(self._layers_changed)
        self.restore()

    def _layer_info(self, layer_id):
        return layer_info(self.project.mapLayer(layer_id)) if layer_id else None

    # -- state in the project ------------------------------------------------

    def model_name(self) -> str:
        return self.name_edit.text().strip() or self.tr("RiskMap model")

    def as_of(self) -> dt.date:
        return self.as_of_edit.date().toPyDate()

    def state(self) -> dict[str, Any]:
        return {
            "preset": self.preset_combo.currentData(),
            "document": self._portable_document(),
            "model_dir": self.model_dir,
            "rows": [
                {"layer_id": r.layer_id, "guessed": r.guessed, "how": r.guess_how}
                for r in self.criteria_model.rows
            ],
            "units": self.units_panel.state(),
            "output": self.output_widget.filePath(),
            "output_is_default": self.output_is_default,
            "store": self.store_choice.state(),
        }

    def restore(self, *_args) -> None:
        """Show the state stored in the project, or the default preset with guessed layers."""
        state = load_state(self.project)
        if state is None:
            # Nothing stored: show the default preset with guessed layers, but write
            # nothing into the project until the user changes something.
            self.output_is_default = True
            self._restoring = True
            try:
                self.choose_preset(STABILIZATION)
            finally:
                self._restoring = False
            self._show_results()
            return
        self._restoring = True
        try:
            index = self.preset_combo.findData(state.get("preset"))
            if index >= 0:
                self.preset_combo.setCurrentIndex(index)
            self.output_is_default = bool(state.get("output_is_default", True))
            self.set_document(state.get("document") or {}, state.get("model_dir"))
            self._restoring = True
            for position, saved in enumerate(state.get("rows", [])):
                if position < len(self.criteria_model.rows):
                    layer_id = saved.get("layer_id")
                    self.criteria_model.set_layer(
                        position, layer_id, bool(saved.get("guessed")), saved.get("how", "")
                    )
            self.units_panel.set_state(state.get("units") or {}, self.project)
            if state.get("output"):
                self.output_widget.setFilePath(state["output"])
            self.store_choice.set_state(state.get("store"))
        finally:
            self._restoring = False
        self.guess_label.clear()
        self._changed()
        self._show_results()

    def result_group(self):
        """The project's result group of this model (the newest), or None."""
        from ..qgis_adapter.result_group import result_groups

        groups = result_groups(self.project, self.model_name())
        return groups[0] if groups else None

    def _show_results(self) -> None:
        from ..qgis_adapter.result_group import group_layer

        group = self.result_group()
        self.area_cards.set_layer(group_layer(group, "areas") if group is not None else None)

    def _project_cleared(self) -> None:
        # QgsProject.read() clears first, then adds layers one by one (the layer combo boxes
        # jump to them); restore() runs again once the project is loaded.
        self._restoring = True
        self.area_cards.set_areas([])
        # A new project forgets the old result: no briefing of another project's run.
        self.last_output = None
        self.briefing_panel.layout_item = None
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("%p%")
        self._status("")
        self.changes_label.clear()
        QTimer.singleShot(0, self.restore)

    def _write_state(self, *_args) -> None:
        save_state(self.project, self.state())

    def _layers_changed(self, *_args) -> None:
        self.criteria_model.recheck()

    def default_output(self) -> str:
        """The output file a run writes unless the officer chose one."""
        if self.units_panel.is_grid():
            units = self.tr("hex {} km").format(f"{self.units_panel.cell_km.value():g}")
        else:
            layer = self.units_panel.units_layer.currentLayer()
            units = layer.name() if layer is not None else "units"
        return default_output_path(self.project, self.model_name(), units, self.as_of())

    def _name_edited(self, _text: str) -> None:
        self._changed()

    def _output_edited(self, path: str) -> None:
        if not self._restoring and not self._setting_output:
            self.output_is_default = path == self.default_output()
        self._changed()

    def _changed(self, *_args) -> None:
        # A default output follows the model, units and date (runs do not overwrite others).
        if self.output_is_default and not self._setting_output:
            path = self.default_output()
            if path != self.output_widget.filePath():
                self._setting_output = True
                try:
                    self.output_widget.setFilePath(path)
                finally:
                    self._setting_output = False
        self._update_buttons()
        if not self._restoring and not self.project.isDirty():
            self.project.setDirty(True)

    # -- running -------------------------------------------------------------

    def problems(self) -> list[str]:
        """Why Generate is disabled (empty: it is enabled)."""
        problems = list(self.units_panel.problems())
        invalid = self.criteria_model.invalid_rows()
        if invalid:
            problems.append(
                self.tr("criteria rows {} cannot run").format(
                    ", ".join(str(i + 1) for i in invalid)
                )
            )
        if not self.criteria_model.rows:
            problems.append(self.tr("add at least one criterion"))
        if not self.output_widget.filePath().strip():
            problems.append(self.tr("choose an output GeoPackage"))
        return problems

    def _update_buttons(self) -> None:
        running = self.runner.is_running()
        problems = self.problems()
        self.generate_button.setEnabled(not running and not problems)
        self.cancel_button.setEnabled(running)
        tip = self.tr("Run the model and add the at-risk areas to the map (Ctrl+Return)")
        if problems:
            tip = self.tr("Cannot run yet: {}").format("; ".join(problems))
        self.generate_button.setToolTip(tip)

    def run_inputs(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The document and layer map a run would use now."""
        units_state = self.units_panel.state()

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
        rows = [(row.criterion, row.layer_id) for row in self.criteria_model.rows]
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

    def generate(self) -> bool:
        """Start a run (the button, Ctrl+Return); False when it cannot start."""
        if self.runner.is_running() or adding_result_group() or self.problems():
            return False
        document, layer_map = self.run_inputs()
        try:  # the saved connection is looked up here, on the main thread
            store = self.store_choice.result_store()
        except RiskMapError as error:
            self._report_error(str(error), str(error))
            return False
        save_state(self.project, self.state())
        request = RunRequest(
            document,
            layer_map,
            self.output_widget.filePath().strip(),
            self.project,
            self.model_dir or self.project.homePath() or None,
            previous_path=self.previous_widget.filePath().strip(),
            wording=run_wording(),
            store=store,
        )
        self._status(self.tr("Running “{}”…").format(self.model_name()))
        self.changes_label.setText("")
        self.progress_bar.setValue(0)
        return self.runner.start(request)

    def _running_changed(self, running: bool) -> None:
        self._update_buttons()

    def _progress(self, percent: float, text: str) -> None:
        self.progress_bar.setValue(int(percent))
        self.progress_bar.setFormat(f"{text} — %p%" if text else "%p%")

    def _succeeded(self, outcome, _request) -> None:
        from ..qgis_adapter.result_group import add_result_group

        model = outcome.result.model  # the model the run scored, not the dock's document
        # The run's own tables, not the file just written read back on the main thread.
        criteria = outcome.result.criteria
        labels = {str(i): str(label or i) for i, label in zip(criteria["id"], criteria["label"])}
        add_result_group(
            self.project,
            outcome.output_path,
            model.name,
            model.as_of,
            replace=True,
            criteria_labels=labels,
            then=lambda _group: self._show_result(outcome),  # over event-loop turns: no freeze
            failed=lambda error: self._report_error(str(error), str(error)),
        )

    def _show_result(self, outcome) -> None:
        """The end of a run once its group is in the project: cards, status, messages."""
        self.area_cards.set_result_areas(outcome.result.areas)
        self.last_output = outcome.output_path
        self.briefing_panel.layout_item = None  # a new result needs a new layout
        self.progress_bar.setValue(100)
        self.progress_bar.setFormat(self.tr("Done — %p%"))
        count = len(outcome.result.areas)
        text = self.tr("{count} at-risk areas, {watch} units on the watch list → {path}").format(
            count=self.number(count),
            watch=self.number(len(outcome.result.watch_list)),
            path=outcome.output_path,
        )
        if outcome.run_id:
            text += " " + self.tr("(stored as run {})").format(outcome.run_id)
        self._status(text)
        self.changes_label.setText(self._changes_text(outcome))
        if self.iface is not None:
            self.iface.messageBar().pushMessage("RiskMap", text, Qgis.MessageLevel.Success, 8)
            for warning in outcome.warnings:
                self.iface.messageBar().pushMessage(
                    "RiskMap", say_warning(warning), Qgis.MessageLevel.Warning, 10
                )

    @staticmethod
    def _changes_text(outcome) -> str:
        """One line on the changes since the compared result ('' without a comparison)."""
        from ..report.changes_section import summary_line
        from ..report.phrases import briefing_words
        from ..report.words import model_glossary

        words = briefing_words()
        words = words.with_glossary(model_glossary(outcome.result.model, words.language))
        criteria = outcome.result.criteria
        labels = (
            {i: words.term(str(label)) for i, label in zip(criteria["id"], criteria["label"])}
            if len(criteria)
            else {}
        )
        return summary_line(outcome.changes, outcome.result.areas, labels, words)

    def _failed(self, message: str, details: str) -> None:
        self.progress_bar.setValue(0)
        self._report_error(message, details)

    def _canceled(self) -> None:
        self.progress_bar.setValue(0)
        self._status(self.tr("Cancelled — nothing was written."))

    def _report_error(self, message: str, details: str) -> None:
        self._status(message, error=True)
        if self.iface is not None:
            push_error(self.iface.messageBar(), self.tr("RiskMap"), message, details)

    def _status(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b00020;" if error else "")
        self.status_label.setText(text)
        self.status_label.setToolTip(text)  # the label shows two lines; the tip all of it

    def result_path(self) -> str | None:
        """The GeoPackage of the latest run, else the output file if it already exists."""
        last = getattr(self, "last_output", None)
        if last:
            return str(last)
        path = self.output_widget.filePath()
        return path if path and os.path.isfile(path) else None

    def zoom_to_area(self, area_id: int) -> bool:
        from ..qgis_adapter.result_group import group_layer
        from .area_cards import zoom_to_area

        group = self.result_group()
        if self.iface is None or group is None:
            return False
        layer = group_layer(group, "areas")
        return layer is not None and zoom_to_area(self.iface.mapCanvas(), layer, area_id)
