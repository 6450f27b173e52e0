"""The dock's *Backtest* box: would this model have seen it coming?

The officer picks the first and last as-of dates, the step and the horizon;
the backtest runs as a QgsTask (progress per as-of date, cancel) and is saved
beside the current result as ``<result>_backtest.gpkg``, where the briefing
finds it for its page "How well has this model done?". The verdict and the
chart are shown here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QDate, Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from .message_bar import push_error

#: (document, layer_map, model_dir) of the model as the dock would run it now
Inputs = Callable[[], tuple[dict, dict, str | None]]


class BacktestPanel(QGroupBox):
    """Backtest the dock's model against what happened next."""

    def __init__(
        self,
        project: QgsProject,
        iface,
        inputs: Inputs,
        result_path: Callable[[], str | None],
        parent=None,
        problems: Callable[[], list[str]] = list,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backtest"))
        self.setObjectName("RiskMapBacktest")
        self.project, self.iface = project, iface
        self.inputs, self.result_path = inputs, result_path
        #: Why Generate could not run the dock's model now (the backtest scores that model).
        self.problems = problems
        self.task = None
        self._last_task = None  # QGIS's task manager still uses it after finished()
        self.outcome = None
        self.output_path: str | None = None
        self.first_edit = self._date("RiskMapBacktestFirst", QDate(2016, 12, 31))
        self.last_edit = self._date("RiskMapBacktestLast", QDate(2018, 1, 31))
        self.every_spin = self._months("RiskMapBacktestEvery", 6)
        self.horizon_spin = self._months("RiskMapBacktestHorizon", 6)
        self.leave_out_box = QCheckBox(self.tr("Leave out illustrative criteria"), self)
        self.leave_out_box.setObjectName("RiskMapBacktestLeaveOut")
        self.weights_box = QCheckBox(self.tr("Propose better weights"), self)
        self.weights_box.setObjectName("RiskMapBacktestWeights")
        self.run_button = QPushButton(self.tr("Run backtest"), self)
        self.run_button.setObjectName("RiskMapRunBacktest")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("RiskMapCancelBacktest")
        self.cancel_button.setEnabled(False)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("RiskMapBacktestProgress")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("RiskMapBacktestStatus")
        self.status_label.setWordWrap(True)
        self.chart_label = QLabel(self)
        self.chart_label.setObjectName("RiskMapBacktestChart")
        self.chart_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget, name, tip in (
            (
                self.first_edit,
                self.tr("First as-of date"),
                self.tr("The earliest date to re-score the model at"),
            ),
            (self.last_edit, self.tr("Last as-of date"), self.tr("No as-of date after this one")),
            (self.every_spin, self.tr("Every N months"), self.tr("Months between two as-of dates")),
            (
                self.horizon_spin,
                self.tr("Horizon"),
                self.tr("Months after each as-of date in which events are counted"),
            ),
            (
                self.leave_out_box,
                self.tr("Leave out illustrative criteria"),
                self.tr("Judge the model without its illustrative criteria (both are shown)"),
            ),
            (
                self.weights_box,
                self.tr("Propose better weights"),
                self.tr(
                    "Search weights on the earlier dates, check them on the last; nothing changes"
                ),
            ),
            (
                self.run_button,
                self.tr("Run backtest"),
                self.tr("Re-score the model at each as-of date with only the data available then"),
            ),
            (
                self.cancel_button,
                self.tr("Cancel backtest"),
                self.tr("Stop the backtest; nothing is written"),
            ),
            (self.progress_bar, self.tr("Backtest progress"), self.tr("Moves once per as-of date")),
            (
                self.chart_label,
                self.tr("Backtest chart"),
                self.tr("Average precision and ROC AUC over the as-of dates"),
            ),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        form = QFormLayout()
        form.addRow(self.tr("First as-of date"), self.first_edit)
        form.addRow(self.tr("Last as-of date"), self.last_edit)
        form.addRow(self.tr("Every (months)"), self.every_spin)
        form.addRow(self.tr("Horizon (months)"), self.horizon_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button, 1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.leave_out_box)
        layout.addWidget(self.weights_box)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.chart_label)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)

    def _date(self, name: str, default: QDate) -> QDateEdit:
        edit = QDateEdit(default, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _months(self, name: str, default: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(1, 120)
        spin.setValue(default)
        return spin

    def start(self) -> bool:
        """Prepare on the main thread and queue the task; False when nothing started."""
        from ..core import parse_model
        from ..core.backtest import BacktestSettings, as_of_dates
        from ..core.errors import RiskMapError
        from ..qgis_adapter.backtest_task import BacktestTask
        from ..qgis_adapter.runner import prepare_inputs
        from ..qgis_adapter.wording_warnings import say_error
        from ..report.backtest_chart import render_chart

        if self.task is not None:
            return False
        result = self.result_path()
        if not result:
            self._report(
                self.tr(
                    "Generate the at-risk areas first: the backtest is saved beside the "
                    "result, for the briefing."
                )
            )
            return False
        problems = self.problems()
        if problems:  # e.g. a row left without a layer: never read one the officer did not choose
            self._report(
                QCoreApplication.translate("PanelLogic", "Cannot run yet: {}").format(
                    "; ".join(problems)
                )
            )
            return False
        first, last = (_day(e.date()) for e in (self.first_edit, self.last_edit))
        dates = as_of_dates(first, last, self.every_spin.value())
        if not dates:
            self._report(self.tr("The first as-of date is after the last one — swap them."))
            return False
        document, layer_map, model_dir = self.inputs()
        try:
            model = parse_model(document)  # the one Model of this backtest, as Generate's run
            prepared = prepare_inputs(
                model,
                project=self.project,
                model_dir=model_dir,
                layer_map=layer_map,
                # As Generate: only the layers chosen in the dock, never the model's
                # default_source (the sample's files, some of them made up).
                use_default_source=False,
            )
        except RiskMapError as error:
            self._report(say_error(error), str(error))
            return False
        settings = BacktestSettings(
            as_of_dates=tuple(dates),
            horizon_months=self.horizon_spin.value(),
            leave_out_illustrative=self.leave_out_box.isChecked(),
            propose_weights=self.weights_box.isChecked(),
        )
        stem = str(Path(result).with_suffix(""))
        task = BacktestTask(
            self.tr("RiskMap backtest: {}").format(model.name),
            prepared,
            settings,
            stem + "_backtest.gpkg",
            stem + "_backtest.png",
            render_chart,
        )
        # The task may outlive this box (the dock closed meanwhile): no slot touches it then.
        task.progressChanged.connect(self._alive(self._progress))
        task.progress_text.connect(self._alive(self._status))
        task.succeeded.connect(self._alive(self._on_succeeded))
        task.failed.connect(self._alive(self._on_failed))
        task.canceled.connect(self._alive(self._on_canceled))
        self.task = self._last_task = task
        self._running(True)
        self._status(self.tr("Backtest at {} as-of dates…").format(len(dates)))
        QgsApplication.taskManager().addTask(task)
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    # -- task signals (main thread) ---------------------------------------------

    def _alive(self, slot: Callable) -> Callable:
        """``slot``, called only while this box's widgets exist."""

        def call(*args) -> None:
            if not sip.isdeleted(self):
                slot(*args)

        return call

    def _progress(self, percent: float) -> None:
        self.progress_bar.setValue(int(percent))

    def _on_succeeded(self, outcome, gpkg: str, chart: str) -> None:
        from ..report.backtest_chart import NO_MATPLOTLIB
        from ..report.content.backtest_words import verdict_sentence

        self._running(False)
        self.outcome, self.output_path = outcome, gpkg
        result = outcome.result
        lines = [verdict_sentence(c, result.scorers) for c in result.comparisons]
        if result.flags:
            flags = self.tr("{} flags (look-ahead, horizon): see the table.")
            lines.append(flags.format(len(result.flags)))
        if not chart:
            lines.append(NO_MATPLOTLIB)
        self.progress_bar.setValue(100)
        self._status("\n".join(lines))
        if chart:
            pixmap = QPixmap(chart)
            width = max(self.width() - 20, 200)
            self.chart_label.setPixmap(
                pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )

    def _on_failed(self, message: str, details: str) -> None:
        self._running(False)
        self._report(message, details)

    def _on_canceled(self) -> None:
        self._running(False)
        self.progress_bar.setValue(0)
        self._status(self.tr("Backtest cancelled — nothing was written."))

    def _running(self, running: bool) -> None:
        if not running:
            self.task = None
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _report(self, message: str, details: str = "") -> None:
        self.status_label.setStyleSheet("color: #b00020;")
        self.status_label.setText(message)
        if self.iface is not None:
            push_error(self.iface.messageBar(), self.tr("RiskMap"), message, details or message)

    def _status(self, text: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
