"""The install plan: the distribution's packages on Linux, pip that never replaces QGIS's own."""

from __future__ import annotations

from riskmap_plugin.dependencies import REQUIREMENTS, DependencyProblem
from riskmap_plugin.dependency_install import os_release, plan_install

PYTHON = r"C:\OSGeo4W\apps\Python312\python.exe"


def _problem(name: str, found: str | None = None) -> DependencyProblem:
    requirement = next(r for r in REQUIREMENTS if r.distribution == name)
    return DependencyProblem(requirement, found)


def test_linux_points_to_the_distribution_and_runs_nothing():
    problems = [_problem("geopandas"), _problem("pyogrio")]
    plan = plan_install(
        problems, "/usr/bin/python3", "linux", distribution={"debian"}, managed=True
    )
    assert plan.kind == "distribution"
    assert not plan.runs_itself
    assert plan.commands[0] == "sudo apt install python3-geopandas python3-pyogrio"
    # The fallback builds against the system GEOS/PROJ/GDAL, as `make setup` does.
    assert plan.commands[1] == (
        "/usr/bin/python3 -m pip install --user --break-system-packages "
        "--no-binary shapely,pyproj,pyogrio 'geopandas>=0.14' 'pyogrio>=0.7'"
    )


def test_fedora_gets_dnf_and_an_unknown_distribution_only_the_source_build():
    problems = [_problem("shapely", "1.8.5")]
    fedora = plan_install(problems, "python3", "linux", distribution={"fedora"}, managed=False)
    assert fedora.commands[0] == "sudo dnf install python3-shapely"
    other = plan_install(problems, "python3", "linux", distribution={"gentoo"}, managed=False)
    assert len(other.commands) == 1 and "--no-binary" in other.commands[0]


def test_os_release_reads_id_and_id_like(tmp_path):
    release = tmp_path / "os-release"
    release.write_text('NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n')
    assert os_release(release) == {"linuxmint", "ubuntu", "debian"}
    assert os_release(tmp_path / "missing") == set()


def test_windows_installs_only_what_is_missing_and_pins_what_qgis_provides():
    provided = {"numpy": "2.1.3", "pandas": "2.2.3", "shapely": "2.0.6", "pyproj": "3.7.0"}
    problems = [_problem("geopandas"), _problem("pyogrio")]
    plan = plan_install(problems, PYTHON, "win32", provided, managed=False)
    assert plan.kind == "pip" and plan.program == PYTHON
    assert list(plan.arguments) == [
        "-m", "pip", "install", "--user", "geopandas>=0.14", "pyogrio>=0.7",
        "numpy==2.1.3", "pandas==2.2.3", "pyproj==3.7.0", "shapely==2.0.6",
    ]  # fmt: skip
    assert not [a for a in plan.arguments if a.startswith("numpy") and "==" not in a]
    assert plan.commands == (
        rf'{PYTHON} -m pip install --user "geopandas>=0.14" "pyogrio>=0.7" '
        '"numpy==2.1.3" "pandas==2.2.3" "pyproj==3.7.0" "shapely==2.0.6"',
    )


def test_a_too_old_package_that_qgis_provides_is_never_replaced_by_pip():
    plan = plan_install(
        [_problem("shapely", "1.8.5"), _problem("geopandas")], "/usr/bin/python3", "darwin", {}
    )
    assert plan.kind == "update-qgis"
    assert not plan.runs_itself and plan.commands == ()
    assert [p.requirement.distribution for p in plan.outdated] == ["shapely"]


def test_pins_come_from_the_installed_metadata():
    plan = plan_install([_problem("geopandas")], PYTHON, "win32", managed=False)
    pins = [a for a in plan.arguments if "==" in a]
    assert any(pin.startswith("numpy==") for pin in pins), "this Python has numpy"
    assert not any(pin.startswith("geopandas==") for pin in pins)
