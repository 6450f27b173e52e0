"""Result styles: the committed .qml files are what scripts/build_styles.py makes, and
apply_result_style fits the model's classes and map tip."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsCategorizedSymbolRenderer, QgsProject, QgsVectorLayer

from riskmap_plugin.qgis_adapter.result_group import add_result_group, group_layer
from riskmap_plugin.qgis_adapter.style import (
    AREA_LABEL_EXPRESSION,
    WATCH_LABEL_EXPRESSION,
    apply_result_style,
    class_colors,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"


#: The QGIS release whose writer made the committed .qml files (the oldest supported, so
#: that every supported release reads them); newer writers add attributes (uuid, type).
STYLES_BUILT_WITH = 322


def _style_summary(path: Path) -> dict:
    """What a style does: renderer, categories (value, label, colour), labels, map tip."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=class:string", "style", "memory")
    message, ok = layer.loadNamedStyle(str(path))
    assert ok, message
    renderer = layer.renderer()
    summary = {"renderer": renderer.type(), "labels": layer.labelsEnabled()}
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        summary["categories"] = [
            (c.value(), c.label(), c.symbol().color().name()) for c in renderer.categories()
        ]
    else:
        summary["symbol"] = renderer.symbol().color().name()
    if layer.labeling() is not None:
        summary["label_text"] = layer.labeling().settings().fieldName
    summary["map_tip"] = layer.mapTipTemplate()
    return summary


def test_committed_styles_are_reproducible(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, str(ROOT / "scripts/build_styles.py"), str(tmp_path)],
        check=True,
        env=env,
        capture_output=True,
    )
    for kind in ("units", "areas", "watch_list"):
        committed = ROOT / "resources/styles" / f"{kind}.qml"
        built = tmp_path / f"{kind}.qml"
        if Qgis.QGIS_VERSION_INT // 100 == STYLES_BUILT_WITH:
            assert built.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")
        else:  # another writer: the same style, said in that release's words
            assert _style_summary(built) == _style_summary(committed), kind


def test_palette_is_sequential_in_greyscale():
    for count in range(2, 10):
        lightness = [c.lightness() for c in class_colors(count)]
        assert lightness == sorted(lightness, reverse=True), count


@pytest.fixture(scope="module")
def result_gpkg(tmp_path_factory, qgis_app):
    from riskmap_plugin.qgis_adapter.runner import run_model

    folder = tmp_path_factory.mktemp("style")
    for name in ("iraq_2018.gpkg", "stabilization_2018.json"):
        shutil.copy2(SAMPLE / name, folder / name)
    outcome = run_model(
        str(folder / "stabilization_2018.json"), output_path=str(folder / "result.gpkg")
    )
    return Path(outcome.output_path), outcome.result


def test_units_get_one_category_per_model_class(result_gpkg):
    path, result = result_gpkg
    layer = QgsVectorLayer(f"{path}|layername=units", "units", "ogr")
    apply_result_style(layer, "units")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    order = result.units.sort_values("class_index")["class"].unique().tolist()
    assert [c.value() for c in renderer.categories()] == order[::-1]
    tip = layer.mapTipTemplate()
    for criterion in result.criteria["id"]:
        assert f'"{criterion}_raw"' in tip and f'"{criterion}_contrib"' in tip
    assert "Security incidents" in tip


def test_group_styles_survive_a_project_round_trip(result_gpkg, tmp_path, qgis_new_project):
    path, _ = result_gpkg
    project = QgsProject.instance()
    group = add_result_group(project, path, "Stabilization priorities", "2018-01-31")
    assert group.name() == "At-risk areas — Stabilization priorities — 2018-01-31"
    project_file = tmp_path / "p.qgz"
    assert project.write(str(project_file))
    project.clear()
    assert project.read(str(project_file))
    group = project.layerTreeRoot().children()[0]
    areas, watch = group_layer(group, "areas"), group_layer(group, "watch_list")
    assert areas.labeling().settings().fieldName == AREA_LABEL_EXPRESSION
    assert areas.labeling().settings().callout().enabled()
    assert watch.labeling().settings().fieldName == WATCH_LABEL_EXPRESSION
    assert isinstance(group_layer(group, "units").renderer(), QgsCategorizedSymbolRenderer)
    # A second add replaces the group of the same model, keeps others.
    add_result_group(project, path, "Stabilization priorities", "2018-01-31")
    add_result_group(project, path, "Other model", "2018-01-31", replace=True)
    names = [g.name() for g in project.layerTreeRoot().children() if hasattr(g, "isExpanded")]
    assert sum("Stabilization priorities" in n for n in names) == 1
    assert any("Other model" in n for n in names)
