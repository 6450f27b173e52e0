"""How the missing Python packages get installed, without ever replacing QGIS's own.

The dependency dialog shows what this module plans; nothing here runs anything. The
rules, by platform:

* **Linux**: RiskMap runs nothing itself. PyPI's wheels of shapely, pyproj and pyogrio
  bring their own GEOS, PROJ and GDAL, and a second GEOS in QGIS's process breaks
  shapely. The plan lists the distribution's packages (Debian 13 and Ubuntu ship every
  one; Fedora too), and, for distributions whose packages are too old, the pip command
  that builds them against the system libraries, as ``make setup`` does.
* **Windows and macOS**: the QGIS installers bundle numpy, pandas, shapely and often
  geopandas; pip (``--user``, with QGIS's own Python) installs only what is missing, and
  every package QGIS already provides is pinned at the version it has, so pip can never
  replace it. A provided package that is too old is not "fixed" by pip (that would
  shadow QGIS's copy): the plan says to update it with the QGIS installer instead.

No Qt, no QGIS: the words are the dialog's; this module returns what to run and why.
"""

from __future__ import annotations

import importlib.metadata
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .dependencies import REQUIREMENTS, DependencyProblem, Requirement, command_line

#: Debian/Ubuntu and Fedora package names of each requirement (and of pyproj, which
#: geopandas needs); the distributions ship them built against their GEOS/PROJ/GDAL.
DISTRIBUTION_PACKAGES = {
    "numpy": "python3-numpy",
    "pandas": "python3-pandas",
    "shapely": "python3-shapely",
    "pyogrio": "python3-pyogrio",
    "geopandas": "python3-geopandas",
}
#: The installer tools, by the ``ID``/``ID_LIKE`` words of ``/etc/os-release``.
DISTRIBUTION_TOOLS = (
    ({"debian", "ubuntu"}, "sudo apt install"),
    ({"fedora", "rhel", "centos"}, "sudo dnf install"),
)
#: Packages a QGIS installation provides beside RiskMap's own requirements; pinned too.
PROVIDED_ALSO = ("pyproj",)
#: Built from source against the system libraries on Linux (see the module docstring).
SYSTEM_LIBRARY_PACKAGES = "shapely,pyproj,pyogrio"


@dataclass(frozen=True)
class InstallPlan:
    """What the dependency dialog offers.

    ``program``/``arguments`` is the one command RiskMap may run itself (``None`` when it
    runs nothing, as on Linux); ``commands`` are what the user can copy and run; ``kind``
    names the case for the dialog's wording: ``"distribution"`` (Linux), ``"pip"``
    (Windows, macOS) or ``"update-qgis"`` (only packages QGIS provides are too old).
    ``outdated`` lists the provided packages pip must not replace.
    """

    kind: str
    commands: tuple[str, ...]
    program: Optional[str] = None
    arguments: tuple[str, ...] = ()
    outdated: tuple[DependencyProblem, ...] = ()

    @property
    def runs_itself(self) -> bool:
        return self.program is not None


def installed_versions(names: tuple[str, ...]) -> dict[str, str]:
    """Installed version of each distribution that is present (metadata only, no import)."""
    found = {}
    for name in names:
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # not installed: nothing to pin
    return found


def os_release(path: Path = Path("/etc/os-release")) -> set[str]:
    """The ``ID`` and ``ID_LIKE`` words of a Linux distribution (empty when unknown)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    words = set()
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            words.update(value.strip().strip("\"'").lower().split())
    return words


def _externally_managed() -> bool:
    """True when the interpreter is marked as managed by the OS (PEP 668, e.g. Debian 12)."""
    return (Path(sysconfig.get_path("stdlib")) / "EXTERNALLY-MANAGED").is_file()


def linux_plan(
    problems: list[DependencyProblem], python: str, distribution: set[str], managed: bool
) -> InstallPlan:
    """The distribution's packages, then the build-from-source command as the fallback."""
    commands = []
    packages = [DISTRIBUTION_PACKAGES[p.requirement.distribution] for p in problems]
    for words, tool in DISTRIBUTION_TOOLS:
        if words & distribution:
            commands.append(f"{tool} {' '.join(packages)}")
            break
    arguments = ["-m", "pip", "install", "--user"]
    arguments += ["--break-system-packages"] if managed else []
    arguments += ["--no-binary", SYSTEM_LIBRARY_PACKAGES]
    arguments += [problem.requirement.specifier for problem in problems]
    commands.append(command_line(python, arguments, platform="linux"))
    return InstallPlan("distribution", tuple(commands))


def pip_plan(
    problems: list[DependencyProblem],
    python: str,
    provided: dict[str, str],
    platform: str,
    managed: bool = False,
) -> InstallPlan:
    """pip ``--user`` for what is missing; what QGIS provides stays at its version."""
    missing = [problem for problem in problems if problem.found is None]
    outdated = tuple(problem for problem in problems if problem.found is not None)
    if outdated:
        # Installing anything now could pull a newer copy of an outdated package into the
        # user site, shadowing QGIS's own: the QGIS installer updates those first.
        return InstallPlan("update-qgis", (), outdated=outdated)
    arguments = ["-m", "pip", "install", "--user"]
    arguments += ["--break-system-packages"] if managed else []
    arguments += [problem.requirement.specifier for problem in missing]
    # "name==version" of an installed package is already satisfied: pip leaves it alone,
    # and refuses (rather than replaces it) when a new package would need another version.
    arguments += [f"{name}=={version}" for name, version in sorted(provided.items())]
    return InstallPlan(
        "pip",
        (command_line(python, arguments, platform=platform),),
        program=python,
        arguments=tuple(arguments),
        outdated=outdated,
    )


def plan_install(
    problems: list[DependencyProblem],
    python: str,
    platform: str = sys.platform,
    provided: Optional[dict[str, str]] = None,
    distribution: Optional[set[str]] = None,
    managed: Optional[bool] = None,
    requirements: tuple[Requirement, ...] = REQUIREMENTS,
) -> InstallPlan:
    """The plan for this machine; every argument after ``python`` can be given for tests."""
    if managed is None:
        managed = _externally_managed()
    if platform.startswith("linux"):
        if distribution is None:
            distribution = os_release()
        return linux_plan(problems, python, distribution, managed)
    if provided is None:
        problem_names = {problem.requirement.distribution for problem in problems}
        names = tuple(r.distribution for r in requirements) + PROVIDED_ALSO
        provided = {
            name: version
            for name, version in installed_versions(names).items()
            if name not in problem_names
        }
    return pip_plan(problems, python, provided, platform, managed)
