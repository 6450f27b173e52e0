"""#19: the run names its stage, and Cancel during the hexagon grid ends as "Cancelled"
(a finished QGIS task, not "Task failed"), leaving no file."""

from __future__ import annotations

from dock_helpers import copy_sample, open_dock, wait_for_run
from qgis.core import QgsProject, QgsTask


def test_cancel_while_building_the_hexagon_grid(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot, project)
    panel.choose_preset("Stabilization priorities")
    units = panel.units_panel
    units.grid_radio.setChecked(True)
    # About 450,000 hexagons over Iraq, many blocks: a few seconds since #22 made it fast.
    units.cell_km.setValue(1.0)
    units.boundary.setLayer(project.mapLayersByName("Country outline")[0])
    output = tmp_path / "grid.gpkg"
    panel.output_widget.setFilePath(str(output))
    stages, percents = [], []
    panel.runner.progress.connect(lambda percent, text: stages.append(text))
    panel.runner.progress.connect(
        lambda percent, text: percents.append(percent) if "hexagon" in text else None
    )
    assert panel.generate()
    statuses = []
    panel.runner.task.statusChanged.connect(statuses.append)
    qtbot.waitUntil(lambda: "Building the hexagon grid" in stages, timeout=60_000)
    assert "Building the hexagon grid" in panel.progress_bar.format()
    # The bar moves while the grid is built (one step per block of cells).
    qtbot.waitUntil(lambda: len(set(percents)) >= 3, timeout=60_000)
    assert percents == sorted(percents)
    panel.cancel_button.click()
    wait_for_run(qtbot, panel)
    assert panel.status_label.text() == "Cancelled — nothing was written."
    assert "Preparing units" not in stages, "the grid stopped where it was"
    assert QgsTask.TaskStatus.Terminated not in statuses, "QGIS would say 'Task failed'"
    assert statuses[-1] == QgsTask.TaskStatus.Complete
    assert not output.exists()
