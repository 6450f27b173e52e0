"""A run with no at-risk areas and an empty watch list through the dock (issue #15): the
run controller and task report success, the styled group appears with its empty polygon
layers, and the dock's briefing prints one page that says so. Ten times in one process."""

from __future__ import annotations

import json
import subprocess
import unicodedata

from dock_helpers import copy_sample, open_dock, wait_for_run
from qgis.core import QgsProject, QgsWkbTypes

from riskmap_plugin.qgis_adapter.result_group import group_layer, result_groups


def test_no_areas_through_the_dock_ten_times(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    model = json.loads((tmp_path / "stabilization_2018.json").read_text(encoding="utf-8"))
    # No unit reaches the cut-off, and the watch list holds none (its cap is 0). (An as-of
    # date before the data, as before, is now refused: the 2013 reference would lie after it.)
    model["classes"].update({"method": "fixed", "breaks": [99.96, 99.97, 99.98, 99.99]})
    model["areas"].update({"watch_margin": 0, "watch_top_share": 0, "watch_max": 0})
    _dock, panel = open_dock(qgis_iface, qtbot)
    panel.set_document(model, str(tmp_path))
    panel.guess()
    failures = []
    panel.runner.failed.connect(lambda message, details: failures.append(message))
    for attempt in range(10):
        panel.output_widget.setFilePath(str(tmp_path / f"run{attempt}.gpkg"))
        assert panel.generate(), panel.problems()
        wait_for_run(qtbot, panel)
        assert failures == []
        assert panel.status_label.text().startswith("0 at-risk areas, 0 units on the watch list")
        (group,) = result_groups(project, model["name"])
        for kind in ("areas", "watch_list"):
            layer = group_layer(group, kind)
            assert layer.isValid() and layer.featureCount() == 0
            assert layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
            assert layer.renderer() is not None
        out = panel.briefing_panel.export(str(tmp_path / f"briefing{attempt}.pdf"))
        assert out is not None and out["pages"] == 1
        text = subprocess.run(
            ["pdftotext", out["pdf"], "-"], capture_output=True, text=True, check=True
        ).stdout
        text = unicodedata.normalize("NFKC", text)  # the PDF's "ff" ligature
        assert "No at-risk areas at this cut-off." in text
