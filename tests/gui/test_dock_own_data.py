"""#19, first part: the dock never mixes in data the officer did not choose.

A project with the officer's own layers and the sample's preset: the rows whose layer is not
in the project say so and block the run (before, a diversity row read the sample's made-up
ethnic-mix table through the model's ``default_source`` and showed "Ready").
"""

from __future__ import annotations

from dock_helpers import open_dock, wait_for_run
from own_data import add_own_layers, write_own_data
from qgis.core import QgsProject

from riskmap_plugin.qgis_adapter.output import read_provenance
from riskmap_plugin.qgis_adapter.result_group import group_layer, result_groups


def test_a_row_without_a_layer_never_reads_the_sample(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    project.clear()
    layers = add_own_layers(project, write_own_data(tmp_path / "data"))
    dock, panel = open_dock(qgis_iface, qtbot, project)
    panel.choose_preset("Stabilization priorities")
    rows = panel.criteria_model.rows
    by_id = {row.criterion["id"]: row for row in rows}

    mix = by_id["ethnic_mix"]
    assert mix.layer_id is None
    assert mix.problems == ["no layer chosen"], mix.problems
    assert not panel.generate_button.isEnabled(), "a row without a layer blocks the run"

    # The officer keeps the rows that read their incidents and drops the rest.
    for position in reversed(range(len(rows))):
        # Their log starts in 2019: the "against 2013" row cannot run on it and goes too.
        if rows[position].criterion.get("layer") != "events" or (
            rows[position].criterion.get("measure") == "change"
        ):
            panel.criteria_model.remove_row(position)
    for position in range(len(panel.criteria_model.rows)):
        panel.criteria_model.set_layer(position, layers["incidents"].id())
    panel.units_panel.choose_units(layers["districts"], "code", "district")
    panel.units_panel.choose_places(layers["places"], "NAME")
    panel.as_of_edit.setDate(panel.as_of_edit.date().fromString("2020-06-30", "yyyy-MM-dd"))
    panel.output_widget.setFilePath(str(tmp_path / "out.gpkg"))
    assert panel.problems() == [], panel.problems()

    document, layer_map = panel.controller.run_inputs()
    assert set(layer_map.values()) <= {layer.id() for layer in layers.values()}
    failures = []
    panel.runner.failed.connect(lambda message, details: failures.append(message))
    assert panel.generate(), failures
    wait_for_run(qtbot, panel)
    assert "at-risk areas" in panel.status_label.text(), panel.status_label.text()
    group = result_groups(project, panel.model_name())[0]
    units = group_layer(group, "units")
    drivers = " ".join(str(f["drivers"]) for f in units.getFeatures())
    assert "illustrative" not in drivers and "mix" not in drivers
    # Every input of the run is one of the officer's files.
    inputs = read_provenance(tmp_path / "out.gpkg")["inputs"]
    assert {record["resolved_as"] for record in inputs} == {"layer map"}
    paths = {str(record["source"]) for record in inputs}
    assert paths and all(str(tmp_path / "data") in path for path in paths), paths
    project.clear()
