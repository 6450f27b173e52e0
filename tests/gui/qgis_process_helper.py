"""Run the real ``qgis_process`` binary with the plugin deployed to a throw-away profile.

The plugin is copied as ``make package`` lays it out into a temporary plugins folder given
by ``QGIS_PLUGINPATH``; ``QGIS_CUSTOM_CONFIG_PATH`` keeps the user's settings untouched.
(Used by the GUI tier and by ``tests/qgis/test_qgis_process.py``.)
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
#: Inside qgis_process, a shapely wheel with its own GEOS can clash with QGIS's GEOS.
GEOS_CLASH = "WKB output dimension must be 2 or 3"


def qgis_process() -> str | None:
    """The qgis_process binary (the 3.22 wrapper's options are not needed), or None."""
    for name in ("qgis_process.bin", "qgis_process"):
        found = shutil.which(name)
        if found:
            return found
    return None


def deployed_runner(folder: Path):
    """A function running ``qgis_process *args`` with the plugin enabled in ``folder``."""
    executable = qgis_process()
    if executable is None:
        return None
    spec = importlib.util.spec_from_file_location("package", REPO / "scripts" / "package.py")
    package = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(package)
    plugins = folder / "plugins"
    for name, source in package.plugin_files(REPO).items():
        target = plugins / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    import geopandas

    bare = dict(os.environ)
    bare.update(
        QT_QPA_PLATFORM="offscreen",
        QGIS_PLUGINPATH=str(plugins),
        QGIS_CUSTOM_CONFIG_PATH=str(folder / "profile"),
    )
    bare.pop("DISPLAY", None)
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
