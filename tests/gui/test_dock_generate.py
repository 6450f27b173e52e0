"""Acceptance: sample project, guessed layers, Generate, then the styled result group."""

from __future__ import annotations

from dock_helpers import copy_sample, open_dock, wait_for_run
from qgis.core import QgsCategorizedSymbolRenderer, QgsCoordinateTransform, QgsProject
from qgis.PyQt.QtCore import Qt

from riskmap_plugin.qgis_adapter.result_group import group_layer, result_groups
from riskmap_plugin.qgis_adapter.style import AREA_LABEL_EXPRESSION, WATCH_LABEL_EXPRESSION

UNITS_FIELDS = {
    "unit_id",
    "unit_name",
    "score",
    "rank",
    "class",
    "class_index",
    "coverage",
    "low_coverage",
    "gate",
    "area_id",
    "drivers",
    "incidents_raw",
    "incidents_norm",
    "incidents_contrib",
}
AREAS_FIELDS = {
    "area_id",
    "name",
    "class",
    "score_max",
    "score_mean",
    "units",
    "n_units",
    "drivers",
}
WATCH_FIELDS = {"unit_id", "unit_name", "score", "rank", "class", "reason"}


def test_generate_on_the_sample_project(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot)

    panel.choose_preset("Stabilization priorities")
    assert panel.guess_label.text() == "Guessed 10 of 10 layers — check them."
    rows = panel.criteria_model.rows
    assert all(row.guessed and row.layer_id for row in rows)
    events = project.mapLayersByName("Security incidents (UCDP GED)")[0]
    assert rows[0].layer_id == events.id()
    assert panel.units_panel.units_layer.currentLayer().name() == "Sub-districts (ADM3)"
    assert panel.criteria_model.invalid_rows() == []
    assert panel.output_widget.filePath() == str(
        tmp_path / "riskmap_stabilization_priorities_sub_districts_adm3_2018-01-31.gpkg"
    )
    assert panel.generate_button.isEnabled()

    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    assert panel.cancel_button.isEnabled(), "the run is in the background"
    wait_for_run(qtbot, panel)
    assert "at-risk areas" in panel.status_label.text(), panel.status_label.text()

    groups = result_groups(project, "Stabilization priorities")
    assert len(groups) == 1
    group = groups[0]
    assert group.name() == "At-risk areas — Stabilization priorities — 2018-01-31"
    assert project.layerTreeRoot().children()[0] is group, "the group is at the top"
    assert [node.name() for node in group.children()] == [
        "At-risk areas",
        "Watch list",
        "Scored units",
    ]

    units, areas, watch = (group_layer(group, k) for k in ("units", "areas", "watch_list"))
    assert set(units.fields().names()) >= UNITS_FIELDS
    assert set(areas.fields().names()) >= AREAS_FIELDS
    assert set(watch.fields().names()) >= WATCH_FIELDS
    assert units.featureCount() == 294  # the sample's sub-districts

    renderer = units.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "class"
    # One category per class of the model, highest first, in the sequential palette.
    labels = panel.controller.base_document["classes"]["labels"]
    assert [c.label() for c in renderer.categories()] == labels[::-1]
    lightness = [c.symbol().color().lightness() for c in renderer.categories()]
    assert lightness == sorted(lightness), "darker means riskier, also in greyscale"
    assert "incidents_contrib" in units.mapTipTemplate()
    assert "Security incidents" in units.mapTipTemplate()

    assert areas.labelsEnabled()
    assert areas.labeling().settings().fieldName == AREA_LABEL_EXPRESSION
    assert areas.labeling().settings().callout().enabled()
    assert watch.labelsEnabled()
    assert watch.labeling().settings().fieldName == WATCH_LABEL_EXPRESSION

    assert len(panel.area_cards.cards) == areas.featureCount() > 0
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(project.crs())
    panel.area_cards.cards[0].clicked.emit(1)
    feature = next(areas.getFeatures('"area_id" = 1'))
    to_canvas = QgsCoordinateTransform(areas.crs(), project.crs(), project)
    area_box = to_canvas.transformBoundingBox(feature.geometry().boundingBox())
    assert canvas.extent().contains(area_box.center())
    assert min(canvas.extent().width(), canvas.extent().height()) < 2 * max(
        area_box.width(), area_box.height()
    )


def test_map_labels_stay_inside_the_map_and_apart(qgis_iface, qtbot, tmp_path):
    """#19: no label cut at the canvas edge; no label drawn over another (priority by score)."""
    from qgis.core import QgsLabelingEngineSettings, QgsPalLayerSettings

    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot)
    panel.choose_preset("Stabilization priorities")
    assert panel.generate()
    wait_for_run(qtbot, panel)
    group = result_groups(project, "Stabilization priorities")[0]
    engine = project.labelingEngineSettings()
    assert not engine.testFlag(QgsLabelingEngineSettings.Flag.UsePartialCandidates)
    areas = group_layer(group, "areas").labeling().settings()
    watch = group_layer(group, "watch_list").labeling().settings()
    assert not areas.displayAll and not watch.displayAll, "no label drawn over another"
    key = QgsPalLayerSettings.Property.Priority
    priorities = [s.dataDefinedProperties().property(key) for s in (areas, watch)]
    assert all(p.isActive() for p in priorities)
    assert priorities[0].expressionString() == '"score_max" / 10'
    assert priorities[1].expressionString() == '"score" / 20', "watch labels give way"
    assert areas.obstacleSettings().isObstacle()


def test_rendered_area_labels_never_overlap_the_riskiest_first(qgis_iface, qtbot, tmp_path):
    """#19: rendered at country scale (where the labels piled up, worst in Arabic), no two
    placed labels of the areas and the watch list overlap, and the riskiest area is named."""
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize

    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot)
    panel.choose_preset("Stabilization priorities")
    assert panel.generate()
    wait_for_run(qtbot, panel)
    group = result_groups(project, "Stabilization priorities")[0]
    areas, watch = group_layer(group, "areas"), group_layer(group, "watch_list")
    settings = QgsMapSettings()
    settings.setLayers([areas, watch])
    settings.setDestinationCrs(areas.crs())
    settings.setOutputSize(QSize(620, 440))  # the map beside the dock at 1366 × 768
    settings.setExtent(areas.extent().buffered(areas.extent().width() * 0.6))
    settings.setLabelingEngineSettings(project.labelingEngineSettings())
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    placed = [
        label
        for label in job.takeLabelingResults().labelsWithinRect(settings.visibleExtent())
        if not getattr(label, "isUnplaced", False)
    ]
    assert placed, "some labels are drawn"
    boxes = [label.labelRect for label in placed]
    for i, first in enumerate(boxes):
        for second in boxes[i + 1 :]:
            assert not first.intersects(second), (first.toString(), second.toString())
    riskiest = max(areas.getFeatures(), key=lambda f: f["score_max"]).id()
    assert any(label.layerID == areas.id() and label.featureId == riskiest for label in placed), (
        "the riskiest area keeps its label"
    )


def test_the_end_of_a_run_uses_the_run_result_not_the_file_read_back(
    qgis_iface, qtbot, tmp_path, monkeypatch
):
    """#22: the cards and the units' map tip come from the result the run returned; the
    main thread does not read the areas layer nor the criteria table of the file back."""
    from riskmap_plugin.gui.area_cards import AreaCards
    from riskmap_plugin.qgis_adapter import style

    read_back = []
    real_set_layer = AreaCards.set_layer
    monkeypatch.setattr(style, "_criteria_labels", lambda layer: read_back.append("criteria") or {})
    monkeypatch.setattr(AreaCards, "set_layer", lambda self, layer: read_back.append("areas"))
    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot)
    panel.choose_preset("Stabilization priorities")
    read_back.clear()  # opening the project showed its (absent) result: not the run's end
    assert panel.generate()
    wait_for_run(qtbot, panel)
    assert "at-risk areas" in panel.status_label.text(), panel.status_label.text()
    assert read_back == []
    group = result_groups(project, "Stabilization priorities")[0]
    units, areas = group_layer(group, "units"), group_layer(group, "areas")
    assert "Security incidents" in units.mapTipTemplate()  # the labels came with the result
    shown = [(c.area_id, c.label.text(), c.toolTip()) for c in panel.area_cards.cards]
    assert len(shown) == areas.featureCount() > 0
    real_set_layer(panel.area_cards, areas)  # the cards the file gives: the very same
    assert [(c.area_id, c.label.text(), c.toolTip()) for c in panel.area_cards.cards] == shown
