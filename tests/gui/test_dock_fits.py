"""#19: the dock fits a 1366×768 laptop; the run's buttons stay put while the status changes."""

from __future__ import annotations

from dock_helpers import copy_sample, open_dock
from qgis.core import QgsProject


def test_the_dock_needs_at_most_500_px_of_height(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot)
    panel.choose_preset("Stabilization priorities")
    assert dock.minimumSizeHint().height() <= 500, dock.minimumSizeHint()
    assert panel.minimumSizeHint().height() <= 500, panel.minimumSizeHint()

    dock.resize(400, 500)
    qtbot.waitUntil(lambda: dock.height() <= 520, timeout=2000)
    for button in (panel.generate_button, panel.cancel_button, panel.briefing_panel.create_button):
        assert button.isVisibleTo(dock)
        bottom = button.mapTo(dock, button.rect().bottomLeft()).y()
        assert 0 < bottom <= dock.height(), (button.objectName(), bottom, dock.height())


def test_buttons_do_not_move_when_the_status_text_changes(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot)
    panel.choose_preset("Stabilization priorities")
    dock.resize(420, 700)
    qtbot.wait(50)

    def places():
        return [
            b.mapTo(dock, b.rect().topLeft())
            for b in (
                panel.generate_button,
                panel.cancel_button,
                panel.briefing_panel.create_button,
            )
        ]

    panel.status_line.show("Running")
    qtbot.wait(50)
    before = places()
    panel.status_line.show(
        "12 at-risk areas, 31 units on the watch list → a very long path to a GeoPackage "
        "in a folder with a long name/and/another/folder/riskmap_stabilization_priorities.gpkg"
    )
    qtbot.wait(50)
    assert places() == before
