"""The QgsTask that runs a prepared model in QGIS's task manager.

The caller prepares the inputs on the main thread (:func:`.runner.prepare_inputs`
touches project layers), creates a :class:`RiskMapTask`, connects
``taskCompleted``/``taskTerminated`` (or the task's own signals) and only then
hands it to ``QgsApplication.taskManager().addTask``. The worker thread, progress
and error reporting are :class:`.background_task.BackgroundTask`'s.
"""

from __future__ import annotations

import os

from qgis.PyQt.QtCore import pyqtSignal

from .background_task import BackgroundTask
from .process_run import compute_isolated
from .runner import PreparedInputs, RunOutcome


class RiskMapTask(BackgroundTask):
    """Score a prepared model and write the GeoPackage, in the background.

    Signals (emitted on the main thread from :meth:`finished`): ``succeeded(RunOutcome)``
    and :class:`.background_task.BackgroundTask`'s ``failed``, ``canceled``,
    ``progress_text``.
    """

    succeeded = pyqtSignal(object)

    THREAD_NAME = "RiskMap run"

    def __init__(
        self,
        description: str,
        prepared: PreparedInputs,
        output_path: str,
        wording=None,
        store=None,
    ) -> None:
        super().__init__(description, prepared)
        self.output_path = output_path
        #: The run's :class:`~..core.wording.Wording` (built on the main thread) or None: English.
        self.wording = wording
        #: A :class:`.postgis_store.ResultStore` the run is also stored in, or None.
        self.store = store
        self.outcome: RunOutcome | None = None

    # A clean cancel is not a failure: ran_well() stays True (no "Task failed" from QGIS);
    # finished() tells the dock it was cancelled.

    def compute(self) -> RunOutcome:
        # Large runs go to a separate process: their long C calls hold the GIL and
        # would freeze the GUI thread (see process_run).
        new_file = bool(self.output_path) and not os.path.exists(self.output_path)
        outcome = compute_isolated(
            self.prepared, output_path=self.output_path, wording=self.wording, **self.callbacks()
        )
        if self.store is not None:  # one transaction, after the GeoPackage is written
            self._progress(0.99, "Storing the run")
            # The GeoPackage is written first (a large run writes it in its child);
            # a refused store removes it again: all or nothing.
            outcome.run_id = self.store.write_outcome(
                outcome, created=new_file, is_canceled=self.isCanceled
            )
        return outcome

    def announce_success(self) -> None:
        self.succeeded.emit(self.outcome)
