"""A model's layer reference resolves in the documented order, or fails saying how to fix it."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis_test_helpers import make_typed_memory_layer, write_gpkg

from riskmap_plugin.core.errors import DataError
from riskmap_plugin.qgis_adapter.layers import LayerResolver
from riskmap_plugin.qgis_adapter.reading import read_layer


@pytest.fixture
def files(qgis_app, tmp_path):
    """events.gpkg (table 'events', 50 points) and source.gpkg (tables 'events', 'towns')."""
    write_gpkg(make_typed_memory_layer(50), tmp_path / "events.gpkg", "events")
    write_gpkg(make_typed_memory_layer(7), tmp_path / "source.gpkg", "events")
    write_gpkg(make_typed_memory_layer(3), tmp_path / "source.gpkg", "towns")
    return tmp_path


@pytest.fixture
def project(qgis_new_project):
    yield qgis_new_project
    qgis_new_project.clear()


def _add(project: QgsProject, layer: QgsVectorLayer) -> QgsVectorLayer:
    project.addMapLayer(layer)
    return layer


def test_layer_map_comes_first(files, project):
    _add(project, make_typed_memory_layer(5, name="events"))
    target = _add(project, make_typed_memory_layer(9, name="Incidents 2017"))
    resolver = LayerResolver(project, files, {"events": "Incidents 2017"}, "source.gpkg")
    found = resolver.resolve("events")
    assert (found.how, found.layer.id()) == ("layer map", target.id())


def test_layer_map_may_hold_a_layer_object_or_a_file(files, project):
    layer = make_typed_memory_layer(4, name="anything")
    resolver = LayerResolver(project, files, {"a": layer, "b": "events.gpkg|layername=events"})
    assert resolver.resolve("a").layer is layer
    found = resolver.resolve("b")
    assert found.how == "layer map" and found.layer.featureCount() == 50
    assert found.source_as_given == "events.gpkg|layername=events"


def test_project_layer_by_name_or_id(files, project):
    layer = _add(project, make_typed_memory_layer(5, name="events"))
    resolver = LayerResolver(project, files, None, "source.gpkg")
    assert resolver.resolve("events").layer.id() == layer.id()
    assert resolver.resolve(layer.id()).how == "project layer"


def test_project_geopackage_table_before_files(files, project):
    table = QgsVectorLayer(f"{files / 'source.gpkg'}|layername=towns", "Towns (GeoNames)", "ogr")
    _add(project, table)
    found = LayerResolver(project, files, None, "source.gpkg").resolve("towns")
    assert (found.how, found.layer.name()) == ("project table", "Towns (GeoNames)")


def test_file_relative_to_model_folder_before_default_source(files, project):
    found = LayerResolver(project, files, None, "source.gpkg").resolve("events.gpkg")
    assert found.how == "file" and found.layer.featureCount() == 50
    assert found.file_path == str(files / "events.gpkg")


def test_file_with_layername(files):
    found = LayerResolver(None, files).resolve("source.gpkg|layername=towns")
    assert found.layer.featureCount() == 3


def test_default_source_last(files, project):
    found = LayerResolver(project, files, None, "source.gpkg").resolve("events")
    assert found.how == "default source" and found.layer.featureCount() == 7
    assert found.source_as_given == "source.gpkg|layername=events"


def test_unresolvable_reference_says_what_was_tried_and_how_to_fix(files, project):
    with pytest.raises(DataError) as caught:
        LayerResolver(project, files, None, "source.gpkg").resolve("sleeper_cells")
    message = str(caught.value)
    assert "'sleeper_cells'" in message
    assert "layer map" in message and "default source" in message
    assert "Add the layer to the project" in message


def test_bad_layer_map_target_is_named(files, project):
    with pytest.raises(DataError, match="layer map sends 'events' to 'nowhere'"):
        LayerResolver(project, files, {"events": "nowhere"}).resolve("events")


def test_csv_with_longitude_latitude_reads_as_points(files):
    (files / "returns.csv").write_text(
        "site,latitude,longitude,returnees\nA,36.3,43.1,120\nB,35.5,44.4,\n", encoding="utf-8"
    )
    found = LayerResolver(None, files).resolve("returns.csv")
    frame = read_layer(found.layer, ["site", "returnees"])
    assert frame.crs.to_epsg() == 4326
    assert frame.geometry.x.round(1).tolist() == [43.1, 44.4]
    assert frame["site"].tolist() == ["A", "B"]
    assert found.file_path == str(files / "returns.csv")


def test_csv_without_coordinates_is_a_clear_error(files):
    (files / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(DataError, match="no coordinate columns.*longitude"):
        LayerResolver(None, files).resolve("table.csv")
