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


def test_the_precision_rule_is_edited_saved_and_loaded(qgis_iface, qtbot, tmp_path):
    """#19: the location-precision rule (docs/model-format.md) has its entry in the editor;
    the choice goes into the saved model and comes back on load."""
    import json

    project, dock, panel = _sample_dock(qgis_iface, qtbot, tmp_path)
    model = panel.criteria_model
    position = next(i for i, r in enumerate(model.rows) if r.criterion["id"] == "small_attacks")
    shown = {}

    def exact_only(dialog):
        rule = dialog.widgets["precision"]
        shown["visible"] = rule.isVisibleTo(dialog)
        shown["levels"] = [rule.up_to.itemData(i) for i in range(rule.up_to.count())]
        shown["fields"] = [rule.field.itemText(i) for i in range(rule.field.count())]
        rule.up_to.setCurrentIndex(rule.up_to.findData("exact"))
        rule.field.setField("where_prec")
        rule.scale.setCurrentIndex(rule.scale.findData("ucdp_ged"))
        return True

    assert panel.criteria_widget.edit_criterion(position, dialog=exact_only)
    assert shown["visible"], "an event criterion shows its precision rule"
    assert shown["levels"] == [
        None,
        "exact",
        "within_25km",
        "second_order_unit",
        "first_order_unit",
        "coarser",
        "any",
    ]
    assert "where_prec" in shown["fields"], "a QGIS field picker on the row's layer"
    rule = {"up_to": "exact", "field": "where_prec", "scale": "ucdp_ged"}
    assert model.rows[position].criterion["precision"] == rule
    assert model.rows[position].problems == []

    # Opened and closed unchanged, another criterion gains no rule.
    other = next(i for i, r in enumerate(model.rows) if r.criterion["id"] == "incidents")
    assert panel.criteria_widget.edit_criterion(other, dialog=lambda dialog: True)
    assert "precision" not in model.rows[other].criterion

    saved_path = tmp_path / "precise.json"
    panel.save_model_file(str(saved_path))
    saved = json.loads(saved_path.read_text(encoding="utf-8"))
    (criterion,) = [c for c in saved["criteria"] if c["id"] == "small_attacks"]
    assert criterion["precision"] == rule

    panel.choose_preset("Stabilization priorities")  # the preset again: no rule
    assert "precision" not in panel.criteria_model.rows[position].criterion
    assert panel.load_model_file(str(saved_path))
    loaded = next(r for r in panel.criteria_model.rows if r.criterion["id"] == "small_attacks")
    assert loaded.criterion["precision"] == rule
    row = panel.criteria_model.rows.index(loaded)

    def still_exact(dialog):
        widget = dialog.widgets["precision"]
        shown["again"] = (
            widget.up_to.currentData(),
            widget.field.currentField(),
            widget.scale.currentData(),
        )
        return False

    panel.criteria_widget.edit_criterion(row, dialog=still_exact)
    assert shown["again"] == ("exact", "where_prec", "ucdp_ged")
