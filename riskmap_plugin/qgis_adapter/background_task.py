"""What RiskMap's background tasks share: a worker thread, progress, one error channel.

The caller prepares the inputs on the main thread (:func:`.runner.prepare_inputs`
touches project layers), creates the task, connects its signals and only then hands
it to ``QgsApplication.taskManager().addTask``. ``run()`` executes in a worker
thread and touches neither the project nor the GUI; it catches every exception and
``finished()`` (main thread) reports it. A task states only its own work
(:meth:`BackgroundTask.compute`) and how it announces success.
"""

from __future__ import annotations

import threading
import traceback

from qgis.core import Qgis, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.errors import Canceled, RiskMapError, unexpected_message
from .process_run import ProcessRunError
from .runner import PreparedInputs
from .wording_warnings import say_error


class BackgroundTask(QgsTask):
    """A cancellable RiskMap task over prepared inputs.

    Signals (emitted on the main thread from :meth:`finished`):

    * ``failed(str message, str details)`` — a RiskMapError's message, or an
      unexpected error's message with its traceback as details
    * ``canceled()``
    * ``progress_text(str)`` — what the worker is doing (queued to the main thread)

    and the subclass's own ``succeeded(...)``, emitted by :meth:`announce_success`.
    """

    failed = pyqtSignal(str, str)
    canceled = pyqtSignal()
    progress_text = pyqtSignal(str)

    #: The worker thread's name (seen in a debugger or a crash report).
    THREAD_NAME = "RiskMap task"

    def __init__(self, description: str, prepared: PreparedInputs) -> None:
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.prepared = prepared
        self.outcome = None
        self.error: tuple[str, str] | None = None
        self._last_text = ""

    def compute(self):
        """The work (worker thread): return the outcome; raise Canceled on cancel."""
        raise NotImplementedError

    def announce_success(self) -> None:
        """Emit the subclass's ``succeeded`` signal for :attr:`outcome` (main thread)."""
        raise NotImplementedError

    def callbacks(self) -> dict:
        """The runner's ``progress`` and ``is_canceled`` for this task (worker thread)."""
        return {"progress": self._progress, "is_canceled": self.isCanceled}

    def run(self) -> bool:  # worker thread: no project, no GUI
        # pyproj 3.7.0–3.7.2 crashes when called from a thread Python did not create
        # (QGIS's pooled QThreads; pyproj issue #1509). Compute in a Python thread and wait.
        worker = threading.Thread(target=self._compute, name=self.THREAD_NAME, daemon=True)
        worker.start()
        worker.join()
        return self.ran_well()

    def ran_well(self) -> bool:
        """What ``run()`` tells QGIS (False: QGIS announces "Task failed")."""
        return self.error is None

    def _compute(self) -> None:
        try:
            self.outcome = self.compute()
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
            self.announce_success()
        elif self.error is not None:
            QgsMessageLog.logMessage(self.error[1], "RiskMap", Qgis.MessageLevel.Critical)
            self.failed.emit(*self.error)
        else:
            self.canceled.emit()
