"""Helpers of the dock tests: a copy of the sample project, a dock on it, waiting for runs."""

from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import QgsProject

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
RUN_TIMEOUT_MS = 60_000


def copy_sample(folder: Path) -> Path:
    """Copy the sample project and its GeoPackage into ``folder``; return the project path."""
    for name in ("iraq_2018.qgz", "iraq_2018.gpkg", "stabilization_2018.json"):
        shutil.copy2(SAMPLE / name, folder / name)
    return folder / "iraq_2018.qgz"


def open_dock(iface, qtbot, project: QgsProject | None = None):
    """A RiskMap dock with its scoring panel, shown in the test main window."""
    from riskmap_plugin.gui.dock import RiskMapDock

    dock = RiskMapDock(iface.mainWindow(), iface=iface, project=project)
    qtbot.addWidget(dock)
    dock.set_dependency_problems([])
    dock.resize(900, 900)
    dock.show()
    # The test main window stays hidden, so the dock's first showEvent may not come.
    return dock, dock.ensure_scoring_panel()


def wait_for_run(qtbot, panel, timeout: int = RUN_TIMEOUT_MS) -> None:
    """Wait until the panel's run has ended (success, failure or cancel) and its result
    group is in the project (added over a few event-loop turns after the run)."""
    from riskmap_plugin.qgis_adapter.result_group import adding_result_group

    qtbot.waitUntil(
        lambda: not panel.runner.is_running() and not adding_result_group(), timeout=timeout
    )
