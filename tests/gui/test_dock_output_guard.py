"""#15 in the dock: an output that is one of the run's inputs — by its path, through a
symbolic link, or as a hard link — is refused with a clear message, and nothing changes."""

from __future__ import annotations

import hashlib
import os

import pytest
from dock_helpers import open_dock
from own_data import add_own_layers, write_own_data
from qgis.core import QgsProject

from riskmap_plugin.qgis_adapter.result_group import result_groups


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _ready_panel(qgis_iface, qtbot, tmp_path):
    """The officer's incidents counted in their districts: a run the dock would start."""
    project = QgsProject.instance()
    project.clear()
    paths = write_own_data(tmp_path / "data")
    layers = add_own_layers(project, paths)
    dock, panel = open_dock(qgis_iface, qtbot, project)
    panel.choose_preset("Stabilization priorities")
    rows = panel.criteria_model.rows
    for position in reversed(range(len(rows))):
        if rows[position].criterion.get("layer") != "events" or (
            rows[position].criterion.get("measure") == "change"
        ):
            panel.criteria_model.remove_row(position)
    for position in range(len(panel.criteria_model.rows)):
        panel.criteria_model.set_layer(position, layers["incidents"].id())
    panel.units_panel.choose_units(layers["districts"], "code", "district")
    panel.units_panel.choose_places(layers["places"], "NAME")
    panel.as_of_edit.setDate(panel.as_of_edit.date().fromString("2020-06-30", "yyyy-MM-dd"))
    return project, dock, panel, paths


@pytest.mark.parametrize("how", ["path", "symbolic link", "hard link"])
def test_an_output_that_is_an_input_is_refused_and_nothing_changes(
    qgis_iface, qtbot, tmp_path, how
):
    project, dock, panel, paths = _ready_panel(qgis_iface, qtbot, tmp_path)
    incidents = paths["incidents"]
    if how == "path":
        output = incidents
    elif how == "symbolic link":
        output = tmp_path / "result.gpkg"
        output.symlink_to(incidents)
    else:
        output = tmp_path / "result.gpkg"
        os.link(incidents, output)
    before = {path: _digest(path) for path in paths.values()}
    folder_before = sorted(p.name for p in incidents.parent.iterdir())
    layers_before = set(project.mapLayers())
    panel.output_widget.setFilePath(str(output))
    failures = []
    panel.runner.failed.connect(lambda message, details: failures.append(message))

    assert not panel.generate()
    assert not panel.runner.is_running()
    (message,) = failures
    assert "incidents.gpkg" in message and "one of the run's input" in message, message
    assert "Traceback" not in message
    assert {path: _digest(path) for path in paths.values()} == before
    assert sorted(p.name for p in incidents.parent.iterdir()) == folder_before
    assert set(project.mapLayers()) == layers_before
    assert result_groups(project, panel.model_name()) == []
    assert all(layer.isValid() for layer in project.mapLayers().values())
