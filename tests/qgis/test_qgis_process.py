"""`qgis_process run riskmap:score` works once the plugin is deployed to a profile.

The plugin is copied (as ``make package`` lays it out) to a temporary plugins
folder given by ``QGIS_PLUGINPATH``; ``QGIS_CUSTOM_CONFIG_PATH`` points QGIS at
a throw-away profile so that ``qgis_process plugins enable`` never touches the
user's settings.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyogrio
import pytest
from qgis_test_helpers import REPO, SAMPLE_MODEL, needs_sample

pytestmark = needs_sample()

#: Inside qgis_process, a shapely wheel with its own GEOS can clash with QGIS's GEOS.
GEOS_CLASH = "WKB output dimension must be 2 or 3"


def _qgis_process() -> str | None:
    # Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which the
    # 3.22 binary rejects; call the binary beside it when there is one.
    for name in ("qgis_process.bin", "qgis_process"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _deploy(plugins: Path) -> None:
    spec = importlib.util.spec_from_file_location("package", REPO / "scripts" / "package.py")
    package = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(package)
    for name, source in package.plugin_files(REPO).items():
        target = plugins / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


@pytest.fixture
def deployed(tmp_path):
    executable = _qgis_process()
    if executable is None:
        pytest.skip("qgis_process is not installed")
    plugins = tmp_path / "plugins"
    _deploy(plugins)
    import geopandas

    bare = dict(os.environ)
    bare.update(
        QT_QPA_PLATFORM="offscreen",
        QGIS_PLUGINPATH=str(plugins),
        QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
    )
    # QGIS's Python must find the plugin's dependencies (here: those of the test run).
    with_deps = dict(bare)
    with_deps["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(Path(geopandas.__file__).parents[1]), bare.get("PYTHONPATH")])
    )

    def run(*args: str, env=with_deps) -> subprocess.CompletedProcess:
        return subprocess.run(
            [executable, *args], env=env, capture_output=True, text=True, timeout=300, check=False
        )

    enabled = run("plugins", "enable", "riskmap_plugin", env=bare)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return run


def test_plugin_is_listed_and_enabled(deployed):
    listed = deployed("plugins")
    assert "riskmap_plugin" in listed.stdout, listed.stdout + listed.stderr
    algorithms = deployed("list")
    assert "riskmap:score" in algorithms.stdout, algorithms.stdout[-2000:] + algorithms.stderr


def test_qgis_process_runs_score(deployed, tmp_path):
    out = tmp_path / "areas.gpkg"
    ran = deployed(
        "run",
        "riskmap:score",
        "--",
        f"MODEL={SAMPLE_MODEL}",
        "USE_SAMPLE_LAYERS=true",
        f"OUTPUT_AREAS={out}",
    )
    log = ran.stdout + ran.stderr
    if GEOS_CLASH in log:
        pytest.xfail(
            "shapely's bundled GEOS clashes with QGIS's GEOS inside qgis_process; "
            "install shapely built against the system GEOS (python3-shapely or "
            "pip --no-binary shapely)"
        )
    assert out.exists(), log[-3000:]
    areas = pyogrio.read_dataframe(out, layer="areas", read_geometry=False)
    assert len(areas) > 0
    assert "riskmap_provenance" in [name for name, _ in pyogrio.list_layers(out)]


def test_qgis_process_reports_a_bad_model(deployed, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    ran = deployed("run", "riskmap:score", "--", f"MODEL={bad}", "OUTPUT_AREAS=TEMPORARY_OUTPUT")
    assert not (tmp_path / "TEMPORARY_OUTPUT").exists()
    assert "riskmap_model" in ran.stdout + ran.stderr or "as_of" in ran.stdout + ran.stderr


if sys.platform == "win32":  # pragma: no cover - the deployment paths differ there
    pytestmark = [pytestmark, pytest.mark.skip(reason="qgis_process test written for Linux")]
