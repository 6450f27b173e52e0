"""The start-up dependency check: versions, missing packages, the pip command, no heavy imports."""

from __future__ import annotations

import subprocess
import sys

import pytest

from riskmap_plugin import dependencies as deps
from riskmap_plugin.dependencies import Requirement


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2.2.0", (2, 2, 0)), ("1.26.4", (1, 26, 4)), ("2.0rc1", (2, 0)), ("0.13", (0, 13))],
)
def test_version_tuple(text, expected):
    assert deps.version_tuple(text) == expected


def test_only_minimum_versions_are_required():
    """No upper bound: QGIS 3.40+ ships numpy 2, and a cap would make pip shadow it."""
    assert [requirement.below for requirement in deps.REQUIREMENTS] == [None] * 5
    numpy = next(r for r in deps.REQUIREMENTS if r.distribution == "numpy")
    problems = deps.check_dependencies((numpy,))
    assert problems == [], "the numpy of this Python (1.x or 2.x) passes the check"


def test_the_table_matches_requirements_txt(repo_root):
    lines = (repo_root / "requirements.txt").read_text().splitlines()
    pinned = sorted(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    assert sorted(requirement.specifier for requirement in deps.REQUIREMENTS) == pinned


def test_this_python_has_every_package():
    assert deps.check_dependencies() == []


def test_missing_too_old_and_too_new_are_problems():
    table = (
        Requirement("no-such-distribution", "no_such_module_for_riskmap", "1.0"),
        Requirement("pytest", "pytest", "99.0"),
        Requirement("pytest", "pytest", "1.0", "2"),
        Requirement("pytest", "pytest", "1.0", "99"),
    )
    problems = deps.check_dependencies(table)
    assert [problem.requirement for problem in problems] == list(table[:3])
    assert problems[0].found is None
    assert str(problems[0]) == ("no-such-distribution is missing (needs no-such-distribution>=1.0)")
    assert str(problems[1]).startswith("pytest ") and "needs pytest>=99.0" in str(problems[1])


def test_a_finder_that_refuses_the_module_counts_as_missing(monkeypatch):
    def refuse(name, *args, **kwargs):
        raise ModuleNotFoundError(name)

    monkeypatch.setattr(deps.importlib.util, "find_spec", refuse)
    assert [p.requirement.module for p in deps.check_dependencies()] == [
        "numpy",
        "pandas",
        "shapely",
        "pyogrio",
        "geopandas",
    ]


def test_checking_at_plugin_start_imports_none_of_the_packages(repo_root):
    # Only what RiskMap itself adds counts: QGIS 3.40's own Python start imports shapely.
    code = (
        "import sys; import qgis.core, qgis.gui; before = set(sys.modules); "
        "import riskmap_plugin.plugin as p; p.check_dependencies(); "
        "heavy = {'geopandas', 'pandas', 'shapely', 'pyogrio'}; "
        "print(sorted(heavy & (set(sys.modules) - before)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=repo_root, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_command_line_quotes_for_the_shell_of_each_os():
    arguments = ["-m", "pip", "install", "numpy>=1.24,<2"]
    assert deps.command_line("/usr/bin/python3", arguments, platform="linux") == (
        "/usr/bin/python3 -m pip install 'numpy>=1.24,<2'"
    )
    windows = deps.command_line(r"C:\Program Files\QGIS 3.22\bin\python.exe", arguments, "win32")
    assert windows == (
        r'"C:\Program Files\QGIS 3.22\bin\python.exe" -m pip install "numpy>=1.24,<2"'
    )


def test_find_python_uses_sys_executable_when_it_is_python():
    assert deps.find_python("/usr/bin/python3.11", "/usr", "linux") == "/usr/bin/python3.11"


def test_find_python_looks_beside_the_qgis_binary(tmp_path):
    major_minor = f"python{sys.version_info.major}.{sys.version_info.minor}"
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / major_minor).write_text("")
    found = deps.find_python(str(tmp_path / "bin" / "qgis"), str(tmp_path), "linux")
    assert found == str(tmp_path / "bin" / major_minor)

    (tmp_path / "python.exe").write_text("")
    found = deps.find_python(str(tmp_path / "bin" / "qgis-bin.exe"), str(tmp_path), "win32")
    assert found == str(tmp_path / "python.exe")


def test_find_python_falls_back_to_the_path(tmp_path):
    def which(name):
        return "/opt/bin/python3" if name == "python3" else None

    found = deps.find_python("/usr/bin/qgis", str(tmp_path), "linux", which=which)
    assert found == "/opt/bin/python3"
