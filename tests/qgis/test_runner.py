"""run_model: resolve, read once, score with the core, write with provenance."""

from __future__ import annotations

import json

import pytest
from geopandas.testing import assert_geodataframe_equal
from qgis.core import QgsFeatureRequest, QgsProject
from qgis_test_helpers import SAMPLE_DIR, SAMPLE_GPKG, SAMPLE_MODEL, needs_sample

from riskmap_plugin.core import load_model, score
from riskmap_plugin.core.errors import Canceled, DataError
from riskmap_plugin.qgis_adapter import reading
from riskmap_plugin.qgis_adapter.output import read_provenance
from riskmap_plugin.qgis_adapter.runner import compute, prepare_inputs, run_model

pytestmark = needs_sample()


def _core_directly():
    """The reference: read every layer with pyogrio and call the core ourselves."""
    import pyogrio

    from riskmap_plugin.core import required_layers

    model = load_model(SAMPLE_MODEL)
    layers = {
        ref: pyogrio.read_dataframe(SAMPLE_GPKG, layer=ref, columns=cols)
        for ref, cols in required_layers(model).items()
    }
    return score(model, layers)


def test_headless_run_equals_the_core_on_the_same_data(qgis_app):
    outcome = run_model(SAMPLE_MODEL)
    expected = _core_directly()
    columns = ["unit_id", "unit_name", "score", "rank", "class", "drivers"]
    assert outcome.result.units[columns].equals(expected.units[columns])
    assert outcome.result.areas["name"].tolist() == expected.areas["name"].tolist()


def test_each_layer_is_read_once(qgis_app, monkeypatch):
    reads = []
    original = reading.LayerReader.read

    def counting_read(self, is_canceled=None):
        reads.append(self.reference)
        return original(self, is_canceled)

    monkeypatch.setattr(reading.LayerReader, "read", counting_read)
    run_model(SAMPLE_MODEL)
    assert sorted(reads) == sorted(set(reads))
    assert "events" in reads  # used by several criteria, read once


def test_sample_project_layers_resolve_by_their_geopackage_tables(qgis_new_project):
    project = QgsProject.instance()
    assert project.read(str(SAMPLE_DIR / "iraq_2018.qgz"))
    try:
        prepared = prepare_inputs(SAMPLE_MODEL, project=project)
        assert prepared.resolved["events"].how == "project table"
        assert prepared.resolved["events"].layer.name() != "events"  # human name in the project
        in_project = compute(prepared).result.units
    finally:
        project.clear()
    headless = run_model(SAMPLE_MODEL).result.units
    assert_geodataframe_equal(in_project, headless)


def test_pending_edits_in_a_project_layer_change_the_result(qgis_new_project):
    project = QgsProject.instance()
    assert project.read(str(SAMPLE_DIR / "iraq_2018.qgz"))
    try:
        prepared = prepare_inputs(SAMPLE_MODEL, project=project)
        events = prepared.resolved["events"].layer
        before = compute(prepared).result.units.set_index("unit_id")["incidents_raw"]
        busiest = before.idxmax()
        district = next(
            f
            for f in prepared.resolved["subdistricts"].layer.getFeatures()
            if f["ADM3_PCODE"] == busiest
        )
        request = QgsFeatureRequest().setFilterRect(district.geometry().boundingBox())
        shape = district.geometry()
        inside = [f.id() for f in events.getFeatures(request) if shape.intersects(f.geometry())]
        assert events.startEditing()
        try:
            assert events.deleteFeatures(inside)
            edited = prepare_inputs(SAMPLE_MODEL, project=project)
            assert edited.readers["events"].path == "iterator"
            after = compute(edited).result.units.set_index("unit_id")["incidents_raw"]
        finally:
            events.rollBack()
    finally:
        project.clear()
    assert before[busiest] > 0
    assert after[busiest] == 0


def test_output_and_provenance(qgis_app, tmp_path):
    outcome = run_model(SAMPLE_MODEL, output_path=tmp_path / "areas.gpkg")
    stored = read_provenance(outcome.output_path)
    assert stored["model"] == load_model(SAMPLE_MODEL).to_dict()
    assert stored["as_of"] == "2018-01-31"
    assert stored["plugin_version"] not in ("", "unknown")
    assert stored["qgis_version"].startswith("3.")
    events = next(i for i in stored["inputs"] if i["reference"] == "events")
    assert events["source"] == "iraq_2018.gpkg|layername=events"  # as given, not absolute
    assert events["feature_count"] > 1000
    assert len(events["content_hash"]) == 64
    assert stored["duration_s"] >= 0 and stored["run_started"] <= stored["run_finished"]
    assert json.loads(json.dumps(stored)) == stored


def test_overrides_as_of_and_layer_map(qgis_app, tmp_path):
    outcome = run_model(
        SAMPLE_MODEL,
        as_of=load_model(SAMPLE_MODEL).as_of.replace(year=2016),
        layer_map={"towns": f"{SAMPLE_GPKG}|layername=towns"},
    )
    assert outcome.result.model.as_of.year == 2016
    towns = next(i for i in outcome.provenance["inputs"] if i["reference"] == "towns")
    assert towns["resolved_as"] == "layer map"


def test_refuses_to_overwrite_an_input(qgis_app, tmp_path):
    import shutil

    copy = tmp_path / "iraq_2018.gpkg"
    shutil.copy(SAMPLE_GPKG, copy)
    model = load_model(SAMPLE_MODEL)
    with pytest.raises(DataError, match="input files"):
        run_model(model, model_dir=tmp_path, output_path=copy)


def test_cancel_raises_and_writes_nothing(qgis_app, tmp_path):
    calls = []

    def cancel_late():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Canceled):
        run_model(SAMPLE_MODEL, output_path=tmp_path / "x.gpkg", is_canceled=cancel_late)
    assert list(tmp_path.iterdir()) == []


def test_grid_units_without_the_area_boundary_layer_run_without_it(riskmap_provider):
    """The model's area boundary is missing (left out, with a warning) and its units are a
    hexagon grid (the unit fields fitted to unit_id/unit_name): the fitted model keeps the
    boundary left out, so the run reads only layers it found."""
    import processing

    grid = processing.run(
        "riskmap:hexgrid",
        {"CELL_KM": 50, "BOUNDARY": f"{SAMPLE_GPKG}|layername=country", "OUTPUT": "memory:"},
    )["OUTPUT"]
    document = json.loads(SAMPLE_MODEL.read_text(encoding="utf-8"))
    document["areas"]["boundary"] = "no_such_layer"
    prepared = prepare_inputs(document, model_dir=SAMPLE_DIR, units_layer=grid)
    assert prepared.model.areas.boundary is None
    assert prepared.model.units.id_field == "unit_id"
    assert any("no_such_layer" in w for w in prepared.warnings)
    assert "no_such_layer" not in prepared.readers
    assert len(compute(prepared).result.units) == grid.featureCount()
