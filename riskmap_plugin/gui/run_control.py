"""Start, follow and cancel one run of the model from the dock.

``start`` prepares the inputs on the main thread (that reads project layers),
then hands a :class:`~..qgis_adapter.task.RiskMapTask` to QGIS's task manager,
with its signals connected first. The dock listens to this controller's
signals only; it never sees the worker.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# What a run needs is imported with the panel, not by the first Generate: those imports
# (the readers, pyogrio, psycopg2, the task) held the main thread for 60–130 ms, and GDAL's
# Python bindings, first imported by the worker thread, held the GIL about 100 ms more.
import pyogrio  # noqa: F401 - the previous result's reader, the writer
from osgeo import ogr  # noqa: F401 - the readers' curve flag (wkb_read.gdal_curves_kept)
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core import Model
from ..core.errors import RiskMapError
from ..qgis_adapter.output import refuse_inputs
from ..qgis_adapter.runner import prepare_inputs
from ..qgis_adapter.task import RiskMapTask
from ..qgis_adapter.wording_warnings import say_error

with contextlib.suppress(ImportError):  # optional: layers counted in PostGIS
    import psycopg2  # noqa: F401 - prepare_inputs looks for PostGIS layers with it


@dataclass
class RunRequest:
    """What the dock asks to run."""

    #: The model as the dock built it (parsed once, from the dock's document).
    model: Model
    #: The as-of date chosen in the dock.
    as_of: dt.date
    layer_map: dict[str, str]
    output_path: str
    project: QgsProject
    model_dir: str | None = None
    #: How annotations are worded (:func:`..qgis_adapter.wording.run_wording`); None: English.
    wording: Any = None
    #: An earlier result to compare with; empty: the output file as it is now, if any.
    previous_path: str = ""
    #: Also store the run there (a :class:`..qgis_adapter.postgis_store.ResultStore`).
    store: Any = None


class RunController(QObject):
    """Runs one model at a time in a QgsTask."""

    #: percent (0–100), what the run is doing
    progress = pyqtSignal(float, str)
    #: RunOutcome, RunRequest
    succeeded = pyqtSignal(object, object)
    #: message, details
    failed = pyqtSignal(str, str)
    canceled = pyqtSignal()
    #: True while a run is under way
    running_changed = pyqtSignal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.task = None
        #: The last task, kept alive: QGIS's task manager still uses it after finished().
        self._last_task = None
        self.request: RunRequest | None = None
        self._text = ""

    def is_running(self) -> bool:
        return self.task is not None

    def start(self, request: RunRequest) -> bool:
        """Prepare on this (main) thread and queue the task; False when nothing started."""
        if self.is_running():
            return False
        try:
            prepared = prepare_inputs(
                request.model,
                as_of=request.as_of,
                project=request.project,
                model_dir=request.model_dir,
                layer_map=request.layer_map,
                # Read now, on the main thread: the run may replace this very file.
                previous=request.previous_path or request.output_path,
                previous_required=bool(request.previous_path),
                # Only the layers chosen in the dock: never the model's default_source.
                use_default_source=False,
            )
            # The writer refuses to overwrite an input; say so before the run, in its words.
            refuse_inputs(Path(request.output_path), prepared.input_paths())
        except RiskMapError as error:
            self.failed.emit(say_error(error), str(error))
            return False
        description = self.tr("RiskMap: {}").format(request.model.name)
        task = RiskMapTask(
            description,
            prepared,
            request.output_path,
            wording=request.wording,
            store=request.store,
        )
        task.progressChanged.connect(self._on_progress)
        task.progress_text.connect(self._on_text)
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        task.canceled.connect(self._on_canceled)
        # Both end signals are connected before addTask: the task may end at once.
        task.taskCompleted.connect(self._on_ended)
        task.taskTerminated.connect(self._on_ended)
        self.task = task
        self._last_task = task
        self.request = request
        self._text = self.tr("Preparing")
        self.running_changed.emit(True)
        QgsApplication.taskManager().addTask(task)
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    # -- task signals (main thread) --------------------------------------------

    def _on_progress(self, percent: float) -> None:
        self.progress.emit(float(percent), self._text)

    def _on_text(self, text: str) -> None:
        self._text = text

    def _on_succeeded(self, outcome) -> None:
        request = self.request
        self._clear()
        self.succeeded.emit(outcome, request)

    def _on_failed(self, message: str, details: str) -> None:
        self._clear()
        self.failed.emit(message, details)

    def _on_canceled(self) -> None:
        self._clear()
        self.canceled.emit()

    def _on_ended(self) -> None:
        # finished() has already emitted one of the signals above; this is a safety net
        # for a task the manager dropped without calling finished().
        if self.task is not None and self.task is self.sender():
            self._clear()
            self.canceled.emit()

    def _clear(self) -> None:
        if self.task is not None:
            self.task = None
            self.request = None
            self.running_changed.emit(False)
