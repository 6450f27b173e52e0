"""Acceptance: save, close and reopen the project — the panel and the result styles come back."""

from __future__ import annotations

from dock_helpers import copy_sample, open_dock, wait_for_run
from qgis.core import QgsCategorizedSymbolRenderer, QgsProject
from qgis.PyQt.QtCore import QDate

from riskmap_plugin.qgis_adapter.project_state import load_state
from riskmap_plugin.qgis_adapter.result_group import group_layer, result_groups
from riskmap_plugin.qgis_adapter.style import AREA_LABEL_EXPRESSION


def test_state_and_styles_survive_save_and_reopen(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    path = copy_sample(tmp_path)
    assert project.read(str(path))
    dock, panel = open_dock(qgis_iface, qtbot)
    panel.choose_preset("Equal weights")
    panel.as_of_edit.setDate(QDate(2017, 12, 31))
    model = panel.criteria_model
    model.setData(model.index(0, 8), 4.0)  # weight of the first criterion
    towns = project.mapLayersByName("Populated places (Natural Earth)")[0]
    towns_id = towns.id()
    panel.units_panel.choose_places(towns, "NAME_EN")
    assert panel.generate()
    wait_for_run(qtbot, panel)
    before = panel.controller.state()
    first_numbers = _scores(project)
    assert load_state(project) is not None
    assert project.write()

    project.clear()
    qtbot.waitUntil(lambda: panel.area_cards.cards == [])
    assert project.read(str(path))
    qtbot.waitUntil(lambda: panel.controller.state() == before)

    assert panel.model_name() == "Equal weights"
    assert panel.as_of_edit.date() == QDate(2017, 12, 31)
    assert panel.criteria_model.rows[0].criterion["weight"] == 4.0
    assert panel.controller.state() == before
    assert panel.units_panel.places_layer.currentLayer().id() == towns_id
    assert panel.units_panel.places_name.currentField() == "NAME_EN"
    assert panel.output_widget.filePath() == str(
        tmp_path / "riskmap_equal_weights_sub_districts_adm3_2017-12-31.gpkg"
    )
    assert len(panel.area_cards.cards) > 0

    group = result_groups(project, "Equal weights")[0]
    assert group.name() == "At-risk areas — Equal weights — 2017-12-31"
    units = group_layer(group, "units")
    assert isinstance(units.renderer(), QgsCategorizedSymbolRenderer)
    assert "incidents_contrib" in units.mapTipTemplate()
    areas = group_layer(group, "areas")
    assert areas.labelsEnabled()
    assert areas.labeling().settings().fieldName == AREA_LABEL_EXPRESSION

    # The same click reproduces the same numbers.
    assert panel.generate()
    wait_for_run(qtbot, panel)
    assert _scores(project) == first_numbers
    assert len(result_groups(project, "Equal weights")) == 1, "the new group replaced the old"


def _scores(project) -> list:
    units = group_layer(result_groups(project, "Equal weights")[0], "units")
    return sorted((f["unit_id"], round(f["score"], 9)) for f in units.getFeatures())
