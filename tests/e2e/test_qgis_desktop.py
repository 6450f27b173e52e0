"""The packaged plugin in the real QGIS desktop, started under Xvfb with a fresh profile."""

from __future__ import annotations

import json
import os
import shutil
import signal
import struct
import subprocess
import sysconfig
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

STARTUP = Path(__file__).with_name("qgis_startup.py")
PROFILE = "riskmaptest"
TIMEOUT_S = 240

HIDE_GEOPANDAS = '''
import sys


class _HideGeopandas:
    """Acts as if geopandas were not installed (as on a fresh QGIS)."""

    def find_spec(self, name, path=None, target=None):
        if name == "geopandas" or name.startswith("geopandas."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, _HideGeopandas())
'''


def start_qgis(
    tmp_path: Path, plugin_zip: Path, python_path: list[str], screen: str = "1600x1000"
) -> dict:
    """Install the zip in a new profile, run QGIS with the startup script, return its status."""
    profiles = tmp_path / "profiles"
    profile_dir = profiles / "profiles" / PROFILE
    plugins = profile_dir / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    settings = profile_dir / "QGIS" / "QGIS3.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[PythonPlugins]\nriskmap_plugin=true\n\n[qgis]\ncheckVersion=false\n")

    out = tmp_path / "out"
    out.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    # Not the offscreen platform nor pytest-qgis's settings folder of this test process.
    inherited = ("QT_QPA", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")
    env = {key: value for key, value in os.environ.items() if not key.startswith(inherited)}
    env.update(
        HOME=str(home),
        RISKMAP_E2E_OUT=str(out),
        PYTHONPATH=os.pathsep.join(python_path),
        XDG_RUNTIME_DIR=str(home),
    )
    command = [
        "xvfb-run", "-a", "-s", f"-screen 0 {screen}x24",
        shutil.which("qgis") or "qgis",
        "--profiles-path", str(profiles), "--profile", PROFILE,
        "--nologo", "--noversioncheck", "--code", str(STARTUP),
    ]  # fmt: skip
    log_path = tmp_path / "qgis.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            process.wait(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    status_file = out / "status.json"
    log_tail = log_path.read_text(errors="replace")[-3000:]
    assert status_file.is_file(), f"QGIS wrote no status (exit {process.returncode}):\n{log_tail}"
    status = json.loads(status_file.read_text())
    assert status["stage"] == "done", f"QGIS did not finish: {status}\n{log_tail}"
    assert "error" not in status, status["error"]
    assert status["python_errors"] == [], "no Python traceback in QGIS"
    assert "Traceback" not in log_path.read_text(errors="replace"), log_tail
    status["screenshot"] = out / "screenshot.png"
    return status


def venv_site_packages() -> str:
    """Where this test environment's packages (geopandas & co.) are installed."""
    return sysconfig.get_paths()["purelib"]


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def assert_loaded_shown_and_unloaded(status: dict) -> None:
    assert status["loaded"] and status["plugin_class"] == "RiskMapPlugin"
    assert status["action"] and status["in_plugins_menu"] and status["in_toolbar"]
    assert status["dock"] and status["dock_hidden_at_start"]
    assert status["dock_visible"] and status["action_checked"]
    assert status["unloaded"] is True
    assert not status["plugin_after_unload"]
    assert status["docks_after_unload"] == 0
    assert status["actions_after_unload"] == 0
    assert not status["in_plugins_menu_after_unload"]
    assert "riskmap" not in status["providers_after_unload"]
    screenshot = status["screenshot"]
    assert status["screenshot_saved"] and screenshot.stat().st_size > 20_000
    width, height = png_size(screenshot)
    assert width >= 800 and height >= 500


def test_packaged_plugin_runs_in_qgis(tmp_path, plugin_zip):
    status = start_qgis(tmp_path, plugin_zip, [venv_site_packages()])
    assert_loaded_shown_and_unloaded(status)
    assert status["dependency_problems"] == []
    assert not status["dependency_notice_visible"]
    assert "riskmap" in status["providers_loaded"], "Processing provider registered"


def test_packaged_plugin_without_geopandas_loads_and_says_what_is_missing(tmp_path, plugin_zip):
    blocker = tmp_path / "hide_geopandas"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(HIDE_GEOPANDAS)
    status = start_qgis(tmp_path, plugin_zip, [str(blocker), venv_site_packages()])
    assert_loaded_shown_and_unloaded(status)
    assert status["dependency_problems"] == ["geopandas is missing (needs geopandas>=0.14)"]
    assert status["dependency_notice_visible"]
    assert "geopandas is missing" in status["dependency_notice"]
    assert "riskmap" not in status["providers_loaded"]


def test_the_dock_fits_a_laptop_screen(tmp_path, plugin_zip):
    """1366×768 with the dock open: the status bar stays on screen, and Generate, Cancel
    and Create briefing are shown where they can be clicked."""
    status = start_qgis(tmp_path, plugin_zip, [venv_site_packages()], screen="1366x768")
    fit = status["fit"]
    assert fit["dock_minimum_height"] <= 500, fit
    assert fit["window_height"] <= 768, fit
    for name in ("status_bar", "generate", "cancel", "create_briefing"):
        assert fit[name]["visible"] and fit[name]["inside"], (name, fit)
    shutil.copy2(status["screenshot"], tmp_path / "laptop.png")
