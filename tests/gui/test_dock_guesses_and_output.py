"""#19: units and towns guesses on an officer's layers; the default output; Project ▸ New."""

from __future__ import annotations

from pathlib import Path

from dock_helpers import copy_sample, open_dock, wait_for_run
from own_data import add_own_layers, write_own_data
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDate

from riskmap_plugin.paths import resource_path


def test_units_and_towns_guesses_on_own_layers(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    project.clear()
    layers = add_own_layers(project, write_own_data(tmp_path / "data"))
    dock, panel = open_dock(qgis_iface, qtbot, project)
    units = panel.units_panel
    # Picked in the combo box: the unique text code, not the first field (Shape_Leng).
    units.units_layer.setLayer(layers["districts"])
    assert units.id_field.currentField() == "code"
    assert units.name_field.currentField() == "district"
    panel.choose_preset("Stabilization priorities")
    # The sample's model wants towns with a "name": Natural Earth's NAME serves.
    assert units.places_layer.currentLayer() is layers["places"]
    assert units.places_name.currentField() == "NAME"
    project.clear()


def test_default_output_is_beside_the_project_and_names_model_units_date(
    qgis_iface, qtbot, tmp_path
):
    project = QgsProject.instance()
    project.clear()
    layers = add_own_layers(project, write_own_data(tmp_path / "data"))
    (tmp_path / "work").mkdir()
    assert project.write(str(tmp_path / "work" / "officer.qgz"))
    dock, panel = open_dock(qgis_iface, qtbot, project)
    panel.choose_preset("Stabilization priorities")
    panel.units_panel.choose_units(layers["districts"])
    panel.as_of_edit.setDate(QDate(2020, 6, 30))
    expected = tmp_path / "work" / "riskmap_stabilization_priorities_my_districts_2020-06-30.gpkg"
    assert panel.output_widget.filePath() == str(expected)
    panel.units_panel.grid_radio.setChecked(True)
    assert Path(panel.output_widget.filePath()).name == (
        "riskmap_stabilization_priorities_hex_25_km_2020-06-30.gpkg"
    )
    project.clear()


def test_a_project_in_the_sample_folder_writes_to_documents(qgis_iface, qtbot):
    project = QgsProject.instance()
    assert project.read(str(resource_path("sample", "iraq_2018.qgz")))
    dock, panel = open_dock(qgis_iface, qtbot, project)
    panel.choose_preset("Stabilization priorities")
    output = Path(panel.output_widget.filePath())
    assert resource_path("sample").resolve() not in output.resolve().parents, output
    assert output.parent.name == "RiskMap"
    project.clear()


def test_project_new_forgets_the_result(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot, project)
    panel.choose_preset("Stabilization priorities")
    assert panel.generate()
    wait_for_run(qtbot, panel)
    assert panel.result_path() and panel.area_cards.cards

    project.clear()  # what Project ▸ New does
    qtbot.waitUntil(lambda: not panel.controller.restoring, timeout=5000)
    assert panel.result_path() is None
    assert panel.area_cards.cards == []
    assert panel.status_label.text() == ""
    assert panel.briefing_panel.create() is None, "no briefing of the old project's result"
