"""Run a large computation in a separate Python process, so QGIS's GUI never waits for it.

Why a process: reading a million features (pyogrio/GDAL), parsing and masking
them (pandas/numpy) and joining them to the units (shapely) are long C calls
that hold Python's GIL. In a thread of the QGIS process they freeze the GUI
thread for up to seconds at a time; in another process they cannot.

:func:`compute_isolated` has the signature of :func:`.runner.compute`. Large runs
(at least :data:`PROCESS_MIN_FEATURES` features) go to a child process started
with the ``spawn`` method and a real Python interpreter (inside the QGIS
desktop ``sys.executable`` is the QGIS binary): the child reads file-backed
layers itself (pyogrio), scores and writes the GeoPackage, and streams its
progress back through a pipe. Layers QGIS must iterate (memory layers,
delimited text, subset strings, pending edits) are read here first and sent
over as GeoDataFrames. Cancel terminates the child and removes its temporary
output. Small runs, and runs whose inputs cannot be sent to a process, stay
in the calling thread (the old way), as does any run when no interpreter is found.
"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import os
import pickle
import shutil
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from ..core.errors import Canceled, RiskMapError

#: Runs reading fewer features than this stay in the calling thread: a process
#: costs about a second to start (imports), more than it saves on a small run.
PROCESS_MIN_FEATURES = 100_000
#: How often the parent looks at the pipe and at the cancel flag (seconds).
_POLL_S = 0.05


class ProcessRunError(RiskMapError):
    """The child failed: ``message`` for the user, ``details`` (a traceback) for the log."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details or message


def python_executable() -> str | None:
    """A Python interpreter of this very version to start children with, or None.

    Inside QGIS ``sys.executable`` is the QGIS program, which cannot run a
    ``spawn`` child; outside it (tests, scripts) it is Python itself.
    """
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [sys.executable, getattr(sys, "_base_executable", "")]
    if os.name == "nt":
        candidates += [os.path.join(sys.exec_prefix, "python.exe")]
    else:
        candidates += [
            os.path.join(sys.exec_prefix, "bin", f"python{version}"),
            shutil.which(f"python{version}") or "",
            os.path.join(sys.base_exec_prefix, "bin", f"python{version}"),
        ]
    for candidate in candidates:
        name = os.path.basename(candidate or "").lower()
        stem = name.removesuffix(".exe")
        if stem in ("python", "python3", f"python{version}") and os.path.isfile(candidate):
            return candidate
    return None


def feature_total(prepared) -> int:
    """Features the run will read (the main thread counted them when it prepared)."""
    return sum(max(getattr(reader, "feature_count", 0), 0) for reader in prepared.readers.values())


def compute_isolated(
    prepared,
    *,
    output_path: str | os.PathLike | None = None,
    progress: Callable[[float, str], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    min_features: int = PROCESS_MIN_FEATURES,
    **kwargs,
):
    """:func:`.runner.compute`, in a child process when the run is large (see the module)."""
    from .runner import compute

    executable = python_executable()
    if executable is None or feature_total(prepared) < min_features or not _picklable(kwargs):
        return compute(
            prepared,
            output_path=output_path,
            progress=progress,
            is_canceled=is_canceled,
            **kwargs,
        )
    report = progress or (lambda fraction, message: None)
    child_inputs = _child_inputs(prepared, report, is_canceled)
    target = str(output_path) if output_path else None
    return _run_child(executable, child_inputs, target, kwargs, report, is_canceled)


def _picklable(value) -> bool:
    try:
        pickle.dumps(value)
    except Exception:  # noqa: BLE001 - closures, Qt objects: run in this process instead
        return False
    return True


def _child_inputs(prepared, report, is_canceled):
    """A picklable copy of ``prepared``: file readers for the child, other layers read here."""
    from .frames import FrameReader

    readers = {}
    for reference, reader in prepared.readers.items():
        file_reader = reader.file_reader()
        if file_reader is None:
            report(0.0, f"Reading {reader.layer_name}")
            frame = reader.read(is_canceled)
            file_reader = FrameReader(frame, reader.layer_name, list(reader.warnings))
        readers[reference] = file_reader
    resolved = {
        reference: dataclasses.replace(layer, layer=None)
        for reference, layer in prepared.resolved.items()
    }
    return dataclasses.replace(prepared, readers=readers, resolved=resolved)


def _run_child(executable, child_inputs, output_path, kwargs, report, is_canceled):
    context = multiprocessing.get_context("spawn")
    if executable != sys.executable:
        # Global to the spawn method (QGIS itself cannot be a child); a Python of this version.
        context.set_executable(executable)
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child_main,
        args=(sender, child_inputs, output_path, kwargs),
        name="RiskMap run",
        daemon=True,
    )
    leftovers = _temporary_outputs(output_path)
    process.start()
    sender.close()
    try:
        while True:
            if is_canceled is not None and is_canceled():
                _stop(process)
                _remove_new_temporaries(output_path, leftovers)
                raise Canceled()
            if not receiver.poll(_POLL_S):
                if not process.is_alive() and not receiver.poll():
                    raise _died(process)
                continue
            try:
                message = receiver.recv()
            except EOFError:
                raise _died(process) from None
            kind = message[0]
            if kind == "progress":
                report(message[1], message[2])
            elif kind == "done":
                return message[1]
            elif kind == "failed":
                raise ProcessRunError(message[1], message[2])
    finally:
        receiver.close()
        process.join(5)
        if process.is_alive():
            _stop(process)


def _child_main(sender, prepared, output_path, kwargs) -> None:  # in the child process
    from .runner import compute

    last = [None]

    def progress(fraction: float, message: str) -> None:
        step = (round(fraction, 2), message)
        if step != last[0]:
            last[0] = step
            sender.send(("progress", fraction, message))

    try:
        outcome = compute(prepared, output_path=output_path, progress=progress, **kwargs)
        sender.send(("done", outcome))
    except RiskMapError as error:
        sender.send(("failed", str(error), str(error)))
    except Exception as error:  # noqa: BLE001 - reported by the parent, never lost
        sender.send(("failed", f"{type(error).__name__}: {error}", traceback.format_exc()))
    finally:
        sender.close()


def _died(process) -> ProcessRunError:
    process.join(1)
    return ProcessRunError(
        f"The RiskMap worker process ended unexpectedly (exit code {process.exitcode})."
    )


def _stop(process) -> None:
    process.terminate()
    process.join(5)
    if process.is_alive():
        process.kill()
        process.join(5)


def _temporary_outputs(output_path: str | None) -> set[Path]:
    """The writer's temporary files for ``output_path`` (see :mod:`.output`)."""
    if not output_path:
        return set()
    target = Path(output_path).expanduser().resolve()
    if not target.parent.is_dir():
        return set()
    return set(target.parent.glob(f".{target.stem}.*.tmp.gpkg*"))


def _remove_new_temporaries(output_path: str | None, before: set[Path]) -> None:
    for path in _temporary_outputs(output_path) - before:
        with contextlib.suppress(OSError):
            path.unlink()
