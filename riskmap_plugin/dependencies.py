"""Check the Python packages RiskMap needs in QGIS's Python, without importing them.

The plugin calls :func:`check_dependencies` at start-up, so this module only uses
``importlib.util.find_spec`` and ``importlib.metadata``: importing geopandas here
would cost seconds on every QGIS start and would crash the plugin when it is
missing. No Qt, no QGIS: the GUI shows what this module returns.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import re
import shlex
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional


@dataclass(frozen=True)
class Requirement:
    """One runtime package: pip name, import name and the accepted version range."""

    distribution: str
    module: str
    minimum: str
    below: Optional[str] = None

    @property
    def specifier(self) -> str:
        """The pip requirement, e.g. ``numpy>=1.24``."""
        text = f"{self.distribution}>={self.minimum}"
        return f"{text},<{self.below}" if self.below else text


# The one table of runtime dependencies; keep it in step with requirements.txt.
# Minimums only: RiskMap runs on whatever newer numpy, pandas or shapely the user's QGIS
# ships (QGIS 3.40+ and the Windows builds bring numpy 2). An upper bound here would
# make the installer put a second copy beside the one QGIS and its GDAL were built with.
# pyogrio 0.7 is the first release whose read_dataframe takes ``columns=[]`` and ``fids``.
REQUIREMENTS: tuple[Requirement, ...] = (
    Requirement("numpy", "numpy", "1.24"),
    Requirement("pandas", "pandas", "2.0"),
    Requirement("shapely", "shapely", "2.0"),
    Requirement("pyogrio", "pyogrio", "0.7"),
    Requirement("geopandas", "geopandas", "0.14"),
)


#: Packages RiskMap runs without but faster with (read in QGIS's Python when present).
#: pyarrow: pyogrio streams layers through Arrow (about 3× faster reads of large layers,
#: provenance hashes the Arrow buffers). 15 is the first release built for numpy 1 and 2.
RECOMMENDED: tuple[Requirement, ...] = (Requirement("pyarrow", "pyarrow", "15.0"),)


def missing_recommended(
    recommended: tuple[Requirement, ...] = RECOMMENDED,
) -> list[Requirement]:
    """The recommended packages that are absent or too old (never an error)."""
    return [r for r in recommended if check_dependencies((r,))]


@dataclass(frozen=True)
class DependencyProblem:
    """A required package that is missing or has a version outside the range."""

    requirement: Requirement
    found: Optional[str]

    def __str__(self) -> str:
        spec = self.requirement.specifier
        if self.found is None:
            return f"{self.requirement.distribution} is missing (needs {spec})"
        return f"{self.requirement.distribution} {self.found} is installed (needs {spec})"


def version_tuple(version: str) -> tuple[int, ...]:
    """Leading numeric release of a version string: ``"2.2.0rc1"`` → ``(2, 2, 0)``.

    Enough to compare against the bounds of :data:`REQUIREMENTS`, and it avoids
    depending on ``packaging``, which QGIS's Python does not always have.
    """
    numbers = []
    for part in version.split("."):
        match = re.match(r"\d+", part)
        if not match:
            break
        numbers.append(int(match.group()))
        if match.group() != part:
            break
    return tuple(numbers)


def _installed_version(requirement: Requirement) -> Optional[str]:
    """Version of an importable package, ``None`` if it cannot be imported.

    A package importable without metadata (rare, e.g. a copied folder) counts as
    present with an unknown version, reported as ``""``.
    """
    try:
        spec = importlib.util.find_spec(requirement.module)
    except (ImportError, ValueError):  # e.g. a broken install, or a finder that refuses it
        spec = None
    if spec is None:
        return None
    try:
        return importlib.metadata.version(requirement.distribution)
    except importlib.metadata.PackageNotFoundError:
        return ""


def check_dependencies(
    requirements: tuple[Requirement, ...] = REQUIREMENTS,
) -> list[DependencyProblem]:
    """Return the problems with RiskMap's runtime packages; empty when all is well."""
    problems = []
    for requirement in requirements:
        found = _installed_version(requirement)
        if found is None:
            problems.append(DependencyProblem(requirement, None))
            continue
        if not found:
            continue
        version = version_tuple(found)
        too_old = version < version_tuple(requirement.minimum)
        too_new = requirement.below is not None and version >= version_tuple(requirement.below)
        if too_old or too_new:
            problems.append(DependencyProblem(requirement, found))
    return problems


def find_python(
    executable: str = sys.executable,
    exec_prefix: str = sys.exec_prefix,
    platform: str = sys.platform,
    which: Callable[[str], Optional[str]] = shutil.which,
) -> str:
    """Path of the Python interpreter QGIS runs, to call pip with.

    Inside QGIS ``sys.executable`` is often the QGIS binary itself, so look for
    the interpreter beside it: on Windows QGIS ships ``python.exe`` in its Python
    prefix, on macOS the bundle has ``bin/python3``; on Linux the system Python.
    """
    if Path(executable).name.lower().startswith("python"):
        return executable
    major_minor = f"python{sys.version_info.major}.{sys.version_info.minor}"
    if platform.startswith("win"):
        candidates = [Path(exec_prefix) / "python.exe", Path(executable).parent / "python.exe"]
    else:
        candidates = [
            Path(exec_prefix) / "bin" / major_minor,
            Path(exec_prefix) / "bin" / "python3",
        ]
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return which(major_minor) or which("python3") or which("python") or "python3"


def command_line(program: str, arguments: list[str], platform: str = sys.platform) -> str:
    """The command as the user would paste it into a terminal of their OS."""
    if platform.startswith("win"):
        # cmd.exe treats < > | & ^ as operators: quote every argument that has one.
        return " ".join(
            f'"{part}"' if re.search(r'[\s<>|&^,;=()"]', part) else part
            for part in [program, *arguments]
        )
    return shlex.join([program, *arguments])
