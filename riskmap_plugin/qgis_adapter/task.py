"""The QgsTask that runs a prepared model in QGIS's task manager.

The caller prepares the inputs on the main thread (:func:`.runner.prepare_inputs`
touches project layers), creates a :class:`RiskMapTask`, connects
``taskCompleted``/``taskTerminated`` (or the task's own signals) and only then
hands it to ``QgsApplication.taskManager().addTask``. ``run()`` executes in a
worker thread and touches neither the project nor the GUI; it catches every
exception and ``finished()`` (main thread) reports it.
"""

from __future__ import annotations

import os
import threading
import traceback

from qgis.core import Qgis, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.errors import Canceled, RiskMapError, unexpected_message
from .process_run import ProcessRunError, compute_isolated
from .runner import PreparedInputs, RunOutcome
from .wording_warnings import say_error


class RiskMapTask(QgsTask):
    """Score a prepared model and write the GeoPackage, in the background.

    Signals (emitted on the main thread from :meth:`finished`):

    * ``succeeded(RunOutcome)``
    * ``failed(str message, str details)`` — a RiskMapError's message, or an
      unexpected error's message with its traceback as details
    * ``canceled()``
    * ``progress_text(str)`` — what the worker is doing (queued to the main thread)
    """

    succeeded = pyqtSignal(object)
    failed = pyqtSignal(str, str)
    canceled = pyqtSignal()
    progress_text = pyqtSignal(str)

    def __init__(
        self,
        description: str,
        prepared: PreparedInputs,
        output_path: str,
        wording=None,
        store=None,
    ) -> None:
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.prepared = prepared
        self.output_path = output_path
        #: The run's :class:`~..core.wording.Wording` (built on the main thread) or None: English.
        self.wording = wording
        #: A :class:`.postgis_store.ResultStore` the run is also stored in, or None.
        self.store = store
        self.outcome: RunOutcome | None = None
        self.error: tuple[str, str] | None = None
        self._last_text = ""

    def run(self) -> bool:  # worker thread: no project, no GUI
        # pyproj 3.7.0–3.7.2 crashes when called from a thread Python did not create
        # (QGIS's pooled QThreads; pyproj issue #1509). Compute in a Python thread and wait.
        worker = threading.Thread(target=self._compute, name="RiskMap run", daemon=True)
        worker.start()
        worker.join()
        # A clean cancel is not a failure: True keeps QGIS from announcing "Task failed";
        # finished() tells the dock it was cancelled.
        return self.error is None

    def _compute(self) -> None:
        try:
            # Large runs go to a separate process: their long C calls hold the GIL and
            # would freeze the GUI thread (see process_run).
            new_file = bool(self.output_path) and not os.path.exists(self.output_path)
            self.outcome = compute_isolated(
                self.prepared,
                output_path=self.output_path,
                progress=self._progress,
                is_canceled=self.isCanceled,
                wording=self.wording,
            )
            if self.store is not None:  # one transaction, after the GeoPackage is written
                self._progress(0.99, "Storing the run")
                # The GeoPackage is written first (a large run writes it in its child);
                # a refused store removes it again: all or nothing.
                try:
                    self.outcome.run_id = self.store.write_outcome(
                        self.outcome, created=new_file, is_canceled=self.isCanceled
                    )
                except BaseException:
                    self.outcome = None
                    raise
        except Canceled:
            self.outcome = None
        except ProcessRunError as error:
            self.error = (say_error(error), error.details)
        except RiskMapError as error:
            self.error = (say_error(error), str(error))
        except Exception as error:  # noqa: BLE001 - reported in finished(), never lost
            self.error = (unexpected_message(error), traceback.format_exc())

    def _progress(self, fraction: float, message: str) -> None:
        # The text first: the dock shows it with the next progress value, so a new stage
        # is named as soon as it starts.
        if message != self._last_text:
            self._last_text = message
            self.progress_text.emit(message)
        self.setProgress(max(0.0, min(100.0, 100.0 * fraction)))

    def finished(self, result: bool) -> None:  # main thread
        # The reader snapshots hold layer sources; release them with the run.
        self.prepared = None
        if result and self.outcome is not None:
            # Written before the cancel came: the file is there, so it is a success.
            self.succeeded.emit(self.outcome)
        elif self.error is not None:
            QgsMessageLog.logMessage(self.error[1], "RiskMap", Qgis.MessageLevel.Critical)
            self.failed.emit(*self.error)
        else:
            self.canceled.emit()
