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
import logging
import multiprocessing
import multiprocessing.reduction
import multiprocessing.spawn
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from ..core.collector import paused_collector
from ..core.errors import Canceled, RiskMapError, unexpected_message

_log = logging.getLogger("riskmap")

#: Runs reading fewer features than this stay in the calling thread: a process
#: costs about a second to start (imports), more than it saves on a small run.
PROCESS_MIN_FEATURES = 100_000
#: How often the parent looks at the pipe and at the cancel flag (seconds).
_POLL_S = 0.05


class ProcessRunError(RiskMapError):
    """The child failed: ``message`` for the user, ``details`` (a traceback) for the log."""

    def __init__(
        self, message: str, details: str = "", original: RiskMapError | None = None
    ) -> None:
        super().__init__(message)
        if original is not None:  # its key and fields: the dock says it in its language
            self.__dict__.update(original.__dict__)
        self.details = details or message


class _NotStartedError(Exception):
    """The child could not start, or died before it said anything (e.g. a broken Python)."""


def python_executable() -> str | None:
    """This very Python interpreter, to start children with, or None.

    Inside QGIS ``sys.executable`` is the QGIS program, or whatever ``python3``
    is first on the PATH (e.g. a pyenv shim: another Python, whose child cannot
    import this one's numpy). Only an interpreter inside this Python's own
    prefix is trusted.
    """
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    prefixes = {os.path.realpath(p) for p in (sys.exec_prefix, sys.base_exec_prefix)}
    names = ("python", "python3", f"python{version}")
    candidates = [sys.executable]
    for prefix in (sys.exec_prefix, sys.base_exec_prefix):
        if os.name == "nt":
            candidates.append(os.path.join(prefix, "python.exe"))
        else:
            candidates += [os.path.join(prefix, "bin", name) for name in reversed(names)]
    for candidate in candidates:
        stem = os.path.basename(candidate or "").lower().removesuffix(".exe")
        inside = any(os.path.realpath(candidate).startswith(prefix + os.sep) for prefix in prefixes)
        if stem in names and inside and os.path.isfile(candidate):
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
    wording=None,
    min_features: int = PROCESS_MIN_FEATURES,
):
    """:func:`.runner.compute`, in a child process when the run is large (see the module).

    ``wording``: the run's :class:`~..core.wording.Wording` (None: English); a wording
    that cannot be sent to a process (a closure) keeps the run in this process.
    """
    from .runner import compute

    def in_this_process(inputs):
        return compute(
            inputs,
            output_path=output_path,
            progress=progress,
            is_canceled=is_canceled,
            wording=wording,
        )

    executable = python_executable()
    # Layers counted in their database keep a connection: they are scored in this process.
    in_database = any(getattr(r, "path", "") == "database" for r in prepared.readers.values())
    if (
        executable is None
        or in_database
        or feature_total(prepared) < min_features
        or not _picklable(wording)
    ):
        return in_this_process(prepared)
    report = progress or (lambda fraction, message: None)
    child_inputs = _child_inputs(prepared, report, is_canceled)
    target = str(output_path) if output_path else None
    try:
        return _run_child(executable, child_inputs, target, wording, report, is_canceled)
    except _NotStartedError as error:  # the old way: in this process (readers are worker-safe)
        # A string, not the error: its traceback would keep the run's layers alive.
        _log.warning("RiskMap runs in QGIS's process: %s", str(error))
        return in_this_process(child_inputs)


def _picklable(value) -> bool:
    """True when the spawn start method can send ``value`` to the child process.

    Asks multiprocessing's own pickler, the one that will send it: the data only ever
    travels from this process to its own child over a private pipe (never from a file).
    """
    try:
        multiprocessing.reduction.ForkingPickler.dumps(value)
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


def _run_child(executable, child_inputs, output_path, wording, report, is_canceled):
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child_main,
        args=(sender, child_inputs, output_path, wording),
        name="RiskMap run",
        daemon=True,
    )
    leftovers = _temporary_outputs(output_path)
    # The spawn method's interpreter is process-wide: set it for this start only
    # (QGIS itself cannot be a child; see python_executable).
    previous = multiprocessing.spawn.get_executable()
    try:
        context.set_executable(executable)
        process.start()
    except Exception as error:  # noqa: BLE001 - no interpreter, unpicklable input, no fork
        raise _NotStartedError(f"{type(error).__name__}: {error}") from None
    finally:
        context.set_executable(previous)
        sender.close()
    heard = False
    try:
        while True:
            if is_canceled is not None and is_canceled():
                _stop(process)
                _remove_new_temporaries(output_path, leftovers)
                raise Canceled()
            if not receiver.poll(_POLL_S):
                if not process.is_alive() and not receiver.poll():
                    raise _died(process, heard)
                continue
            try:
                message = _receive(receiver)
            except EOFError:
                raise _died(process, heard) from None
            heard = True
            kind = message[0]
            if kind == "progress":
                report(message[1], message[2])
            elif kind == "done":
                return message[1]
            elif kind == "failed":
                raise ProcessRunError(*message[1:])
    finally:
        receiver.close()
        process.join(5)
        if process.is_alive():
            _stop(process)


def _receive(receiver):
    """The child's next message, unpickled with the cyclic garbage collector paused.

    A large result is hundreds of thousands of new objects: unpickling them set off
    full collections of QGIS's whole heap (65–350 ms each, holding the GIL, so the GUI
    froze). Nothing in a message is cyclic garbage, so no collection is needed meanwhile.
    """
    with paused_collector():
        return receiver.recv()


def _child_main(sender, prepared, output_path, wording) -> None:  # in the child process
    from .runner import compute

    last = [None]

    def progress(fraction: float, message: str) -> None:
        step = (round(fraction, 2), message)
        if step != last[0]:
            last[0] = step
            sender.send(("progress", fraction, message))

    try:
        outcome = compute(prepared, output_path=output_path, progress=progress, wording=wording)
        sender.send(("done", outcome))
    except RiskMapError as error:
        sender.send(("failed", str(error), str(error), error))
    except Exception as error:  # noqa: BLE001 - reported by the parent, never lost
        sender.send(("failed", unexpected_message(error), traceback.format_exc()))
    finally:
        sender.close()


def _died(process, heard: bool) -> Exception:
    process.join(1)
    text = f"the RiskMap worker process ended unexpectedly (exit code {process.exitcode})"
    if not heard:  # it never ran: e.g. the interpreter could not import this Python's packages
        return _NotStartedError(text)
    return ProcessRunError(text[0].upper() + text[1:] + ".")


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
    from .output_guard import temporaries_of

    return temporaries_of(Path(output_path).expanduser().resolve())


def _remove_new_temporaries(output_path: str | None, before: set[Path]) -> None:
    for path in _temporary_outputs(output_path) - before:
        with contextlib.suppress(OSError):
            path.unlink()
