"""The QgsTask that backtests a prepared model in QGIS's task manager.

Same pattern as :class:`.task.RiskMapTask`: the caller prepares the inputs on the
main thread, connects the signals, then adds the task. ``run()`` (worker) reads
the layers once, backtests, writes the GeoPackage and draws the chart; it
touches neither the project nor the GUI, catches every error, and
``finished()`` (main thread) reports it.
"""

from __future__ import annotations

import threading
import traceback
from typing import Callable

from qgis.core import Qgis, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.backtest import BacktestSettings
from ..core.errors import Canceled, RiskMapError
from .backtest_run import BacktestOutcome, compute_backtest, write_backtest
from .runner import PreparedInputs


class BacktestTask(QgsTask):
    """Backtest in the background; progress moves once per as-of date.

    Signals (main thread): ``succeeded(BacktestOutcome, str gpkg, str chart or '')``,
    ``failed(str message, str details)``, ``canceled()``, ``progress_text(str)``.
    """

    succeeded = pyqtSignal(object, str, str)
    failed = pyqtSignal(str, str)
    canceled = pyqtSignal()
    progress_text = pyqtSignal(str)

    def __init__(
        self,
        description: str,
        prepared: PreparedInputs,
        settings: BacktestSettings,
        output_path: str,
        chart_path: str,
        render_chart: Callable[..., str | None],
    ) -> None:
        """``render_chart(metrics, scorers, path)`` draws the chart (the report's, passed in:
        the adapter does not import the report layer); it returns the path or None."""
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.prepared = prepared
        self.settings = settings
        self.output_path = output_path
        self.chart_path = chart_path
        self._render_chart = render_chart
        self.outcome: BacktestOutcome | None = None
        self.chart: str | None = None
        self.error: tuple[str, str] | None = None
        self._last_text = ""

    def run(self) -> bool:  # worker thread: no project, no GUI
        # As RiskMapTask: pyproj must run in a thread Python created (pyproj issue #1509).
        worker = threading.Thread(target=self._compute, name="RiskMap backtest", daemon=True)
        worker.start()
        worker.join()
        return self.outcome is not None and not self.isCanceled()

    def _compute(self) -> None:
        try:
            outcome = compute_backtest(
                self.prepared, self.settings, progress=self._progress, is_canceled=self.isCanceled
            )
            write_backtest(
                outcome,
                self.output_path,
                input_paths=self.prepared.input_paths(),
                is_canceled=self.isCanceled,
            )
            self.chart = self._render_chart(
                outcome.result.metrics, outcome.result.scorers, self.chart_path
            )
            self.outcome = outcome
        except Canceled:
            self.outcome = None
        except RiskMapError as error:
            self.error = (str(error), str(error))
        except Exception as error:  # noqa: BLE001 - reported in finished(), never lost
            self.error = (f"{type(error).__name__}: {error}", traceback.format_exc())

    def _progress(self, fraction: float, message: str) -> None:
        self.setProgress(max(0.0, min(100.0, 100.0 * fraction)))
        if message != self._last_text:
            self._last_text = message
            self.progress_text.emit(message)

    def finished(self, result: bool) -> None:  # main thread
        self.prepared = None  # release the layer snapshots with the run
        if result and self.outcome is not None:
            self.succeeded.emit(self.outcome, self.output_path, self.chart or "")
        elif self.error is not None:
            QgsMessageLog.logMessage(self.error[1], "RiskMap", Qgis.MessageLevel.Critical)
            self.failed.emit(*self.error)
        else:
            self.canceled.emit()
