"""The run side of the scoring panel: Generate and Cancel, progress, the result group, the
at-risk area cards and the changes line.

:class:`RunPresenter` is given every widget and object it uses (:class:`RunWidgets`); the run
itself is the :class:`.run_control.RunController`'s (a QgsTask, a child process for large
runs). Strings keep the translation context they were filed under (``PanelLogic``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from qgis.core import Qgis
from qgis.gui import QgsFileWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QObject
from qgis.PyQt.QtWidgets import QLabel, QProgressBar, QPushButton

from ..core import parse_model
from ..core.errors import RiskMapError
from ..qgis_adapter.project_state import save_state
from ..qgis_adapter.result_group import add_result_group, adding_result_group
from ..qgis_adapter.wording import run_wording
from ..qgis_adapter.wording_warnings import say_error, say_warning
from .area_cards import AreaCards, result_area_records
from .briefing_panel import BriefingPanel
from .message_bar import count_text
from .model_controller import ModelController
from .run_control import RunController, RunRequest


@dataclass
class RunWidgets:
    """The panel's widgets a :class:`RunPresenter` uses (besides the model's)."""

    generate_button: QPushButton
    cancel_button: QPushButton
    previous_widget: QgsFileWidget
    progress_bar: QProgressBar
    changes_label: QLabel
    area_cards: AreaCards
    briefing_panel: BriefingPanel


class RunPresenter(QObject):
    """Starts runs of ``model``'s document and shows how they go and what they found."""

    def __init__(self, iface, model: ModelController, runner: RunController, widgets: RunWidgets):
        super().__init__(model.parent())  # the panel's, as the model side
        for signal, slot in (
            (runner.running_changed, self.update_buttons),
            (runner.progress, self._progress),
            (runner.succeeded, self._succeeded),
            (runner.failed, self._failed),
            (runner.canceled, self._canceled),
        ):
            signal.connect(slot)
        self.iface = iface
        #: The model side: its document, widgets, project and status line.
        self.model = model
        self.runner = runner
        self.widgets = widgets
        #: The GeoPackage of the latest run (None: none yet in this project).
        self.last_output: str | None = None

    # -- before a run ----------------------------------------------------------

    def problems(self) -> list[str]:
        """Why Generate is disabled (empty: it is enabled)."""
        model = self.model
        problems = list(model.widgets.units_panel.problems())
        invalid = model.widgets.criteria_model.invalid_rows()
        if invalid:
            problems.append(
                QCoreApplication.translate("PanelLogic", "criteria rows {} cannot run").format(
                    ", ".join(str(i + 1) for i in invalid)
                )
            )
        if not model.widgets.criteria_model.rows:
            problems.append(QCoreApplication.translate("PanelLogic", "add at least one criterion"))
        if not self._output_path():
            problems.append(QCoreApplication.translate("PanelLogic", "choose an output GeoPackage"))
        return problems

    def update_buttons(self, *_args) -> None:
        running = self.runner.is_running()
        problems = self.problems()
        self.widgets.generate_button.setEnabled(not running and not problems)
        self.widgets.cancel_button.setEnabled(running)
        tip = QCoreApplication.translate(
            "PanelLogic", "Run the model and add the at-risk areas to the map (Ctrl+Return)"
        )
        if problems:
            tip = QCoreApplication.translate("PanelLogic", "Cannot run yet: {}").format(
                "; ".join(problems)
            )
        self.widgets.generate_button.setToolTip(tip)

    def generate(self) -> bool:
        """Start a run (the button, Ctrl+Return); False when it cannot start."""
        if self.runner.is_running() or adding_result_group() or self.problems():
            return False
        document, layer_map = self.model.run_inputs()
        try:
            run_model = parse_model(document)  # the one Model of this run
            # The saved connection is looked up here, on the main thread.
            store = self.model.widgets.store_choice.result_store()
        except RiskMapError as error:
            self.model.status.error(say_error(error), str(error))
            return False
        save_state(self.model.project, self.model.state())
        request = RunRequest(
            run_model,
            self.model.as_of(),
            layer_map,
            self._output_path(),
            self.model.project,
            self.model.model_dir or self.model.project.homePath() or None,
            previous_path=self.widgets.previous_widget.filePath().strip(),
            wording=run_wording(),
            store=store,
        )
        self.model.status.show(
            QCoreApplication.translate("PanelLogic", "Running “{}”…").format(
                self.model.model_name()
            )
        )
        self.widgets.changes_label.setText("")
        self.widgets.progress_bar.setValue(0)
        return self.runner.start(request)

    def cancel(self) -> None:
        self.runner.cancel()

    def _output_path(self) -> str:
        return self.model.widgets.output_widget.filePath().strip()

    # -- during and after a run ------------------------------------------------

    def _progress(self, percent: float, text: str) -> None:
        self.widgets.progress_bar.setValue(int(percent))
        self.widgets.progress_bar.setFormat(f"{text} — %p%" if text else "%p%")

    def _succeeded(self, outcome, _request) -> None:
        model = outcome.result.model  # the model the run scored, not the dock's document
        # The run's own tables, not the file just written read back on the main thread.
        criteria = outcome.result.criteria
        labels = {str(i): str(label or i) for i, label in zip(criteria["id"], criteria["label"])}
        add_result_group(
            self.model.project,
            outcome.output_path,
            model.name,
            model.as_of,
            replace=True,
            criteria_labels=labels,
            then=lambda _group: self._show_cards(outcome),  # over event-loop turns: no freeze
            failed=self._group_failed,
        )

    def _group_failed(self, error: BaseException) -> None:
        if not sip.isdeleted(self.widgets.area_cards):  # the dock may close meanwhile
            self.model.status.error(say_error(error), str(error))

    def _show_cards(self, outcome):
        """The end of a run once its group is in the project: the area cards, a few a
        turn, then :meth:`_show_result` (each step returns the next, for the next turn)."""
        cards = self.widgets.area_cards
        if sip.isdeleted(cards):  # the dock was closed while it was added
            return None
        areas = outcome.result.areas
        steps = cards.steps_to_show(result_area_records(areas), total=len(areas))

        def step(index: int):
            if sip.isdeleted(cards):
                return None
            steps[index]()
            if index + 1 < len(steps):
                return lambda: step(index + 1)
            return lambda: self._show_result(outcome)

        return lambda: step(0)

    def _show_result(self, outcome) -> None:
        """The last turn of a run's end: status, changes and messages."""
        if sip.isdeleted(self.widgets.area_cards):
            return
        self.last_output = outcome.output_path
        self.widgets.briefing_panel.layout_item = None  # a new result needs a new layout
        self.widgets.progress_bar.setValue(100)
        self.widgets.progress_bar.setFormat(QCoreApplication.translate("PanelLogic", "Done — %p%"))
        count = len(outcome.result.areas)
        text = QCoreApplication.translate(
            "PanelLogic", "{count} at-risk areas, {watch} units on the watch list → {path}"
        ).format(
            count=count_text(count),
            watch=count_text(len(outcome.result.watch_list)),
            path=outcome.output_path,
        )
        if outcome.run_id:
            text += " " + QCoreApplication.translate("PanelLogic", "(stored as run {})").format(
                outcome.run_id
            )
        self.model.status.show(text)
        self.widgets.changes_label.setText(changes_text(outcome))
        if self.iface is not None:
            self.iface.messageBar().pushMessage("RiskMap", text, Qgis.MessageLevel.Success, 8)
            for warning in outcome.warnings:
                self.iface.messageBar().pushMessage(
                    "RiskMap", say_warning(warning), Qgis.MessageLevel.Warning, 10
                )

    def _failed(self, message: str, details: str) -> None:
        self.widgets.progress_bar.setValue(0)
        self.model.status.error(message, details)

    def _canceled(self) -> None:
        self.widgets.progress_bar.setValue(0)
        self.model.status.show(
            QCoreApplication.translate("PanelLogic", "Cancelled — nothing was written.")
        )

    # -- results ---------------------------------------------------------------

    def result_group(self):
        """The project's result group of this model (the newest), or None."""
        from ..qgis_adapter.result_group import result_groups

        groups = result_groups(self.model.project, self.model.model_name())
        return groups[0] if groups else None

    def show_results(self) -> None:
        """The area cards of the project's result group of this model (none: no cards)."""
        from ..qgis_adapter.result_group import group_layer

        group = self.result_group()
        self.widgets.area_cards.set_layer(
            group_layer(group, "areas") if group is not None else None
        )

    def forget_results(self) -> None:
        """A new project forgets the old result: no briefing of another project's run."""
        self.widgets.area_cards.set_areas([])
        self.last_output = None
        self.widgets.briefing_panel.layout_item = None
        self.widgets.progress_bar.setValue(0)
        self.widgets.progress_bar.setFormat("%p%")
        self.model.status.show("")
        self.widgets.changes_label.clear()

    def result_path(self) -> str | None:
        """The GeoPackage of the latest run, else the output file if it already exists."""
        if self.last_output:
            return str(self.last_output)
        path = self.model.widgets.output_widget.filePath()
        return path if path and os.path.isfile(path) else None

    def zoom_to_area(self, area_id: int) -> bool:
        from ..qgis_adapter.result_group import group_layer
        from .area_cards import zoom_to_area

        group = self.result_group()
        if self.iface is None or group is None:
            return False
        layer = group_layer(group, "areas")
        return layer is not None and zoom_to_area(self.iface.mapCanvas(), layer, area_id)


def changes_text(outcome) -> str:
    """One line on the changes since the compared result ('' without a comparison)."""
    from ..report.content.changes_section import summary_line
    from ..report.content.words import model_glossary
    from ..report.phrases import briefing_words

    words = briefing_words()
    words = words.with_glossary(model_glossary(outcome.result.model, words.language))
    criteria = outcome.result.criteria
    labels = (
        {i: words.term(str(label)) for i, label in zip(criteria["id"], criteria["label"])}
        if len(criteria)
        else {}
    )
    return summary_line(outcome.changes, outcome.result.areas, labels, words)
