"""#19: every criterion editable where it is shown, in words, in a table that fits 400 px."""

from __future__ import annotations

from dock_helpers import copy_sample, open_dock
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from riskmap_plugin.gui.criteria_table import COLUMNS


def _sample_dock(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot, project)
    panel.choose_preset("Stabilization priorities")
    return project, dock, panel


def test_hidden_filters_are_shown_and_every_key_is_edited(qgis_iface, qtbot, tmp_path):
    project, dock, panel = _sample_dock(qgis_iface, qtbot, tmp_path)
    model = panel.criteria_model
    position = next(i for i, r in enumerate(model.rows) if r.criterion["id"] == "small_attacks")
    fields = model.data(model.index(position, COLUMNS.index("fields")))
    # The sample's location-precision filter became the model's precision rule (#16); the
    # remaining filter (which dyads count) is shown, never hidden.
    assert "dyad_name is one of (4)" in fields, fields
    assert model.data(model.index(position, COLUMNS.index("measure"))) == (
        "Count of low-severity events"
    )
    assert model.data(model.index(0, COLUMNS.index("normalise"))) == "Min–max"

    seen = {}

    def edit(dialog):
        widgets = dialog.widgets
        filters = widgets["filter"]
        seen["filters"] = [
            (f.currentField(), o.currentData(), v.text()) for f, o, v, _ in filters.rows
        ]
        seen["date_fields"] = [
            widgets["date_field"].itemText(i) for i in range(widgets["date_field"].count())
        ]
        widgets["date_field"].setField("date_end")
        widgets["field"].setField("deaths_civilians")
        widgets["threshold"].setValue(5)
        widgets["window"].setValue(90)
        filters.add_row({"field": "type_of_violence", "op": "in", "value": [1, 3]})
        widgets["normalise"].setCurrentIndex(widgets["normalise"].findData("percentile"))
        dialog.attribution.setText("UCDP GED 19.1")
        return True

    assert panel.criteria_widget.edit_criterion(position, dialog=edit)
    assert seen["filters"][0][0:2] == ("dyad_name", "in")
    assert "date_start" in seen["date_fields"], "a QGIS field picker on the row's layer"
    criterion = model.rows[position].criterion
    assert criterion["date_field"] == "date_end"
    assert criterion["field"] == "deaths_civilians"
    assert criterion["threshold"] == 5
    assert criterion["window"] == {"days": 90}
    assert criterion["normalise"] == "percentile"
    assert criterion["filter"][0]["field"] == "dyad_name", "an untouched filter stays"
    assert criterion["filter"][1] == {"field": "type_of_violence", "op": "in", "value": [1, 3]}
    assert criterion["noun"] == "attacks", "keys left alone stay"
    assert model.rows[position].problems == [], model.rows[position].problems
    layer = project.mapLayer(model.rows[position].layer_id)
    assert layer.customProperty("riskmap/attribution") == "UCDP GED 19.1"


def test_diversity_share_fields_and_reference_period(qgis_iface, qtbot, tmp_path):
    project, dock, panel = _sample_dock(qgis_iface, qtbot, tmp_path)
    model = panel.criteria_model
    mix = next(i for i, r in enumerate(model.rows) if r.criterion["id"] == "ethnic_mix")
    change = next(i for i, r in enumerate(model.rows) if r.criterion["id"] == "vs_2013")

    def untick_last(dialog):
        shares = dialog.widgets["fields"]
        checked = [shares.item(i) for i in range(shares.count())]
        checked = [item for item in checked if item.checkState() == Qt.CheckState.Checked]
        assert len(checked) >= 3
        checked[-1].setCheckState(Qt.CheckState.Unchecked)
        assert not dialog.widgets["date_field"].isVisibleTo(dialog), "no date for a diversity"
        return True

    before = list(model.rows[mix].criterion["fields"])
    assert panel.criteria_widget.edit_criterion(mix, dialog=untick_last)
    assert model.rows[mix].criterion["fields"] == before[:-1]

    def year_2014_same_months(dialog):
        reference = dialog.widgets["reference"]
        assert reference.basis.currentData() == "calendar_year", "the model's basis is shown"
        reference.year.setValue(2014)
        reference.basis.setCurrentIndex(reference.basis.findData("same_months"))
        return True

    assert panel.criteria_widget.edit_criterion(change, dialog=year_2014_same_months)
    assert model.rows[change].criterion["reference"] == {
        "year": 2014,
        "basis": "same_months",
        "change": "ratio",
    }


def test_the_table_fits_400_px_without_horizontal_scrolling(qgis_iface, qtbot, tmp_path):
    project, dock, panel = _sample_dock(qgis_iface, qtbot, tmp_path)
    dock.setFloating(True)  # a window of its own, shown (the test main window is hidden)
    dock.resize(400, 700)
    dock.show()
    qtbot.waitExposed(dock)
    qtbot.wait(100)
    view = panel.criteria_widget.view
    header = view.horizontalHeader()
    assert header.length() <= view.viewport().width(), (header.length(), view.viewport().width())
    assert not view.horizontalScrollBar().isVisibleTo(view)
