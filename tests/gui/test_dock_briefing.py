"""The dock's briefing box: banner stored in the project, layout created, PDF exported."""

from __future__ import annotations

import subprocess

from dock_helpers import copy_sample, open_dock, wait_for_run
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt


def test_create_and_export_the_briefing_from_the_dock(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    _dock, panel = open_dock(qgis_iface, qtbot)
    briefing = panel.briefing_panel
    panel.choose_preset("Stabilization priorities")
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    wait_for_run(qtbot, panel)

    briefing.banner_edit.setText("SECRET // REL TO COALITION")
    briefing.page_combo.setCurrentIndex(1)  # A3
    briefing.store()
    assert project.readEntry("RiskMap", "briefing/banner")[0] == "SECRET // REL TO COALITION"
    assert project.readEntry("RiskMap", "briefing/page_size")[0] == "A3"

    qtbot.mouseClick(briefing.create_button, Qt.MouseButton.LeftButton)
    layout = briefing.layout_item
    assert layout is not None
    assert project.layoutManager().layoutByName(layout.name()) is not None
    page = layout.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == (420, 297)

    out = briefing.export(str(tmp_path / "briefing.pdf"))
    import pyogrio

    areas = pyogrio.read_info(panel.result_path(), layer="areas")["features"]
    assert areas >= 1
    assert out["pages"] == 1 + areas
    text = subprocess.run(
        ["pdftotext", out["pdf"], "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "SECRET // REL TO COALITION" in text
    assert (tmp_path / "briefing-page1.png").stat().st_size > 10_000
