"""The QgsTask that backtests a prepared model in QGIS's task manager.

Same pattern as :class:`.task.RiskMapTask` (both are
:class:`.background_task.BackgroundTask`): the caller prepares the inputs on the
main thread, connects the signals, then adds the task. The worker reads the layers
once, backtests, writes the GeoPackage and draws the chart.
"""

from __future__ import annotations

from typing import Callable

from qgis.PyQt.QtCore import pyqtSignal

from ..core.backtest import BacktestSettings
from .background_task import BackgroundTask
from .backtest_run import BacktestOutcome, compute_backtest, write_backtest
from .runner import PreparedInputs


class BacktestTask(BackgroundTask):
    """Backtest in the background; progress moves once per as-of date.

    Signals (main thread): ``succeeded(BacktestOutcome, str gpkg, str chart or '')`` and
    :class:`.background_task.BackgroundTask`'s ``failed``, ``canceled``, ``progress_text``.
    """

    succeeded = pyqtSignal(object, str, str)

    THREAD_NAME = "RiskMap backtest"

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
        super().__init__(description, prepared)
        self.settings = settings
        self.output_path = output_path
        self.chart_path = chart_path
        self._render_chart = render_chart
        self.outcome: BacktestOutcome | None = None
        self.chart: str | None = None

    def ran_well(self) -> bool:
        # A cancelled backtest wrote nothing: QGIS may say so.
        return self.outcome is not None and not self.isCanceled()

    def compute(self) -> BacktestOutcome:
        outcome = compute_backtest(self.prepared, self.settings, **self.callbacks())
        write_backtest(
            outcome,
            self.output_path,
            input_paths=self.prepared.input_paths(),
            is_canceled=self.isCanceled,
        )
        self.chart = self._render_chart(
            outcome.result.metrics, outcome.result.scorers, self.chart_path
        )
        return outcome

    def announce_success(self) -> None:
        self.succeeded.emit(self.outcome, self.output_path, self.chart or "")
