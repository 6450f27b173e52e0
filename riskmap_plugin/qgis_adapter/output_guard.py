"""The one guard every output file goes through (GeoPackage, GeoJSON, Shapefile…).

A run never writes over one of its inputs, never leaves half its outputs, and never
leaves a temporary file behind for good:

* :func:`check_target` refuses an output that is a folder, or that is (by path,
  symbolic link or hard link) one of the run's input files;
* :func:`temporary_for` names the temporary file the output is written to, in the
  output's own folder (so the final ``os.replace`` is atomic) and short enough for
  any valid output name; it carries the writer's process id, so that
  :func:`remove_stale` can tell the leftovers of a killed run from a live one;
* :class:`Staged` holds the temporaries of one run and moves them all into place
  only when every one is written (:meth:`Staged.commit`), else removes them all.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

from ..core.errors import DataError

#: Files a GDAL driver writes beside the named one (GeoPackage journals, Shapefile parts).
SIDECARS = ("", "-journal", "-wal", "-shm")
SHAPEFILE_PARTS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd")
#: The output's stem is cut to this many characters in the temporary name: with the
#: process id and a random part the name stays well under 255 bytes.
_STEM_CHARS = 60
_TEMPORARY = re.compile(r"^\.(?P<stem>.*)\.(?:(?P<pid>\d+)-)?[0-9a-f]{8}\.tmp\.[A-Za-z0-9]+")
#: A temporary without a process id (written by RiskMap 0.1.0) is stale after this long.
_OLD_TEMPORARY_AGE_S = 3600.0


def check_target(target: Path, input_paths: Iterable[str | os.PathLike | None] = ()) -> None:
    """Refuse an output that is a folder or one of the run's inputs (a DataError)."""
    if target.is_dir():
        raise DataError(
            f"The output '{target.name}' is a folder.",
            where="output",
            fix="Give a file name inside the folder, e.g. result.gpkg.",
        )
    for candidate in input_paths:
        if candidate and _same_file(Path(candidate), target):
            name = Path(str(candidate).partition("|")[0]).name
            # A hard link has another name: say which input it is.
            alias = f" (the input '{name}' under another name)" if name != target.name else ""
            raise DataError(
                f"The output '{target.name}' is one of the run's input files{alias}.",
                where="output",
                fix="Choose another output file; RiskMap never writes over its inputs.",
            )


def _same_file(candidate: Path, target: Path) -> bool:
    """By path, through symbolic links, or as a hard link to the same file."""
    if os.path.realpath(candidate) == os.path.realpath(target):
        return True
    with contextlib.suppress(OSError):
        return os.path.samefile(candidate, target)
    return False


def check_folder(target: Path) -> None:
    """The output folder exists (or is created) and can be written to, else a DataError."""
    if target.parent.exists() and not target.parent.is_dir():
        raise unwritable(target, f"'{target.parent.name}' is a file, not a folder")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise unwritable(target, error.strerror or type(error).__name__) from None
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise unwritable(target, "permission denied")


#: Below this many free bytes a failed write is put down to a full disk: GDAL and SQLite
#: often say only "Failed to commit transaction" when the disk fills up.
LOW_SPACE_BYTES = 1 << 20


def disk_is_full(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has (next to) no free space left."""
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def unwritable(target: Path, reason: str) -> DataError:
    text = reason.lower()
    if "no space left" in text or "disk is full" in text or disk_is_full(target.parent):
        return DataError(
            f"Cannot write the output '{target.name}': the disk is full.",
            where="output",
            fix="Free some space on the disk, or choose a folder on another disk.",
        )
    return DataError(
        f"Cannot write the output '{target.name}' in its folder ({reason}).",
        where="output",
        fix="Choose a folder you can write to, or ask for write permission on it.",
    )


def temporary_for(target: Path) -> Path:
    """A hidden temporary beside ``target``, with the same extension (GDAL picks drivers by it)."""
    stem = target.stem[:_STEM_CHARS]
    return target.with_name(f".{stem}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp{target.suffix}")


def temporaries_of(target: Path) -> set[Path]:
    """The temporary files (and their sidecars) written for ``target``."""
    if not target.parent.is_dir():
        return set()
    stem = target.stem[:_STEM_CHARS]
    return {
        path
        for path in target.parent.glob(".*.tmp.*")
        if (match := _TEMPORARY.match(path.name)) and match["stem"] == stem
    }


def remove_stale(target: Path) -> None:
    """Remove the temporaries a killed run left for ``target`` (never those of a live run)."""
    now = time.time()
    for path in temporaries_of(target):
        match = _TEMPORARY.match(path.name)
        if match["pid"] is not None:
            stale = not _alive(int(match["pid"]))
        else:
            with contextlib.suppress(OSError):
                stale = now - path.stat().st_mtime > _OLD_TEMPORARY_AGE_S
        if stale:
            with contextlib.suppress(OSError):
                path.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or a platform that cannot tell: keep it
    return True


def parts_of(path: Path) -> list[Path]:
    """``path`` and the files its driver writes beside it."""
    parts = [Path(f"{path}{suffix}") for suffix in SIDECARS]
    if path.suffix.lower() == ".shp":
        parts += [path.with_suffix(ext) for ext in SHAPEFILE_PARTS]
    return parts


def remove(path: Path) -> None:
    for part in parts_of(path):
        with contextlib.suppress(OSError):
            os.remove(part)


class Staged:
    """The temporaries of one run; all moved into place together, or all removed."""

    def __init__(self) -> None:
        self.files: list[tuple[Path, Path]] = []

    def add(self, temporary: Path, target: Path) -> None:
        self.files.append((temporary, target))

    def commit(self) -> list[str]:
        """Move every temporary onto its target; return the targets."""
        done = []
        for temporary, target in self.files:
            _replace(temporary, target)
            done.append(str(target))
        self.files = []
        return done

    def discard(self) -> None:
        for temporary, _ in self.files:
            remove(temporary)
        self.files = []


def _remove_aux_copy(target: Path) -> None:
    """Remove ``<target>.aux.xml``; beside a name near the 255-byte limit there is none
    (its name would be too long to exist), which is not an error."""
    try:
        Path(f"{target}.aux.xml").unlink(missing_ok=True)
    except OSError as error:
        if error.errno != errno.ENAMETOOLONG:
            raise


def _replace(temporary: Path, target: Path) -> None:
    try:
        if target.suffix.lower() == ".shp":
            for part in SHAPEFILE_PARTS:  # a part of the old file the new one lacks goes
                if not temporary.with_suffix(part).exists():
                    with contextlib.suppress(FileNotFoundError):
                        os.remove(target.with_suffix(part))
                else:
                    os.replace(temporary.with_suffix(part), target.with_suffix(part))
        os.replace(temporary, target)
        # GDAL 3.10 (QGIS 3.40+) copies a GeoPackage's dataset metadata into
        # "<file>.aux.xml" when QGIS opens the file; such a copy describes the file just
        # replaced (RiskMap 0.1.0's provenance), so it goes with it.
        _remove_aux_copy(target)
    except PermissionError as error:
        raise DataError(
            f"Cannot replace '{target.name}': {error.strerror}.",
            where="output",
            fix="Remove its layers from the project (or close programs using it), "
            "or choose another file name.",
        ) from error
    except OSError as error:
        raise unwritable(target, error.strerror or type(error).__name__) from None
