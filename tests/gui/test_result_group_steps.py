"""The end of a run adds its styled group over several event-loop turns, not in one slot.

The design (no wall-clock assertion): with ``then`` the call returns before any
layer exists, every turn of the event loop adds at most one layer, the group
appears in the last turn with ``then`` called there, and the result equals the
one-call group (same layers, order, names, styles' renderers and properties).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop

from riskmap_plugin.core.errors import DataError
from riskmap_plugin.qgis_adapter.result_group import add_result_group, result_groups
from riskmap_plugin.qgis_adapter.runner import run_model

SAMPLE_MODEL = Path(__file__).resolve().parents[2] / "resources/sample/stabilization_2018.json"


@pytest.fixture(scope="module")
def result_gpkg(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("group") / "result.gpkg"
    run_model(SAMPLE_MODEL, output_path=path)
    return str(path)


def _one_turn() -> None:
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def _describe(group) -> list[tuple]:
    return [
        (node.name(), node.layer().customProperty("riskmap/kind"), node.layer().renderer().type())
        for node in group.findLayers()
    ]


def test_the_group_comes_one_layer_per_turn(qgis_iface, result_gpkg):
    project = QgsProject.instance()
    project.clear()
    done = []
    layers_per_turn = []
    assert add_result_group(project, result_gpkg, "Steps", "2018-01-31", then=done.append) is None
    assert result_groups(project, "Steps") == [] and len(project.mapLayers()) == 0
    for _ in range(50):
        before = len(project.mapLayers())
        _one_turn()
        layers_per_turn.append(len(project.mapLayers()) - before)
        if done:
            break
    assert done, "the group was never finished"
    (group,) = result_groups(project, "Steps")
    assert done == [group]
    assert len(layers_per_turn) >= 4, "remove, three layers and the group: separate turns"
    stepwise = _describe(group)
    project.clear()
    whole = add_result_group(project, result_gpkg, "Steps", "2018-01-31")
    assert stepwise == _describe(whole)
    assert [k for _, k, _ in stepwise] == ["areas", "watch_list", "units"]
    project.clear()


def test_a_missing_file_goes_to_failed(qgis_iface, tmp_path):
    errors, done = [], []
    path = tmp_path / "gone.gpkg"
    add_result_group(
        QgsProject.instance(), path, "Gone", "2018-01-31", then=done.append, failed=errors.append
    )
    for _ in range(20):
        _one_turn()
    assert done == [] and len(errors) == 1 and isinstance(errors[0], DataError)
    assert result_groups(QgsProject.instance(), "Gone") == []
    assert QgsApplication.instance() is not None
