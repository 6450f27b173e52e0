"""Careless inputs through ``riskmap:hexgrid`` and ``riskmap:backtest`` (issue #15): a RiskMap
message saying what, where and how to fix — never a Python traceback, nothing written."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis_test_helpers import SAMPLE_MODEL, ErrorCollector, needs_sample
from qgis_test_helpers import processing_failure as message_of


@pytest.fixture
def boundary():
    """A polygon memory layer in the project; the test fills it (or leaves it empty)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "outline", "memory")
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


@pytest.mark.parametrize("geometry", [None, "empty"], ids=["null-geometries", "no-features"])
def test_a_boundary_without_polygons_is_named(riskmap_provider, boundary, geometry, tmp_path):
    if geometry is None:
        for _ in range(3):
            boundary.dataProvider().addFeature(QgsFeature())
    out = tmp_path / "grid.gpkg"
    text = message_of("riskmap:hexgrid", {"CELL_KM": 50, "BOUNDARY": boundary, "OUTPUT": str(out)})
    assert "Boundary to clip to" in text and "'outline' has no polygons" in text
    assert not out.exists()


@pytest.mark.parametrize(
    "extent", ["nan,45,30,35 [EPSG:4326]", "40,40,30,30 [EPSG:4326]"], ids=["nan", "no-area"]
)
def test_an_extent_without_area_is_named(riskmap_provider, extent, tmp_path):
    out = tmp_path / "grid.gpkg"
    text = message_of("riskmap:hexgrid", {"CELL_KM": 50, "INPUT": extent, "OUTPUT": str(out)})
    assert "Extent:" in text and "has no area" in text
    assert not out.exists()


def test_a_hexgrid_bug_is_one_sentence_not_a_traceback(riskmap_provider, monkeypatch):
    """What RiskMap did not foresee still ends in one honest sentence (the traceback goes
    to the log)."""
    import processing

    from riskmap_plugin.processing_provider import hexgrid_algorithm

    def broken(*args, **kwargs):
        raise ZeroDivisionError("inside the grid")

    monkeypatch.setattr(hexgrid_algorithm, "hex_grid", broken)
    feedback = ErrorCollector()
    with pytest.raises(QgsProcessingException) as caught:
        processing.run(
            "riskmap:hexgrid",
            {"CELL_KM": 50, "INPUT": "40,45,30,35 [EPSG:4326]", "OUTPUT": "memory:"},
            feedback=feedback,
        )
    text = "\n".join([str(caught.value), *feedback.errors])
    assert "Traceback" not in text and "inside the grid" not in text
    assert "unexpected error (ZeroDivisionError)" in text


def test_the_grid_still_builds_from_a_filled_boundary(riskmap_provider, boundary):
    import processing

    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((40 30, 45 30, 45 35, 40 35, 40 30))"))
    boundary.dataProvider().addFeature(feature)
    result = processing.run(
        "riskmap:hexgrid", {"CELL_KM": 50, "BOUNDARY": boundary, "OUTPUT": "memory:"}
    )
    assert result["OUTPUT"].featureCount() > 50


@needs_sample()
def test_centuries_of_backtest_dates_are_refused_at_once(riskmap_provider, tmp_path):
    out = tmp_path / "backtest.gpkg"
    text = message_of(
        "riskmap:backtest",
        {
            "MODEL": str(SAMPLE_MODEL),
            "USE_SAMPLE_LAYERS": True,
            "FIRST": "0001-01-31",
            "LAST": "9999-12-31",
            "EVERY_MONTHS": 1,
            "OUTPUT": str(out),
        },
    )
    assert "backtest → as-of dates: more than 240 as-of dates" in text
    assert not out.exists()


@needs_sample()
def test_a_backtest_chart_under_a_file_is_a_clear_error(riskmap_provider, tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file", encoding="utf-8")
    text = message_of(
        "riskmap:backtest",
        {
            "MODEL": str(SAMPLE_MODEL),
            "USE_SAMPLE_LAYERS": True,
            "AS_OF_DATES": "2017-12-31",
            "HORIZON_MONTHS": 6,
            "OUTPUT": str(tmp_path / "backtest.gpkg"),
            "OUTPUT_CHART": str(blocker / "chart.png"),
        },
    )
    assert "Chart: could not write" in text


@needs_sample()
def test_a_reference_year_outside_the_data_names_the_criterion_and_the_years(
    riskmap_provider, tmp_path
):
    """The sample's 'Change since 2013' criterion with 2005: its events start in 2013."""
    import json
    import shutil

    document = json.loads(SAMPLE_MODEL.read_text(encoding="utf-8"))
    (changed,) = [c for c in document["criteria"] if c.get("measure") == "change"]
    changed["reference"]["year"] = 2005
    shutil.copy2(SAMPLE_MODEL.parent / document["default_source"], tmp_path)  # beside it
    model = tmp_path / "reference_2005.json"
    model.write_text(json.dumps(document), encoding="utf-8")
    out = tmp_path / "result.gpkg"
    text = message_of(
        "riskmap:score",
        {"MODEL": str(model), "USE_SAMPLE_LAYERS": True, "OUTPUT_UNITS": str(out)},
    )
    assert "2005-01-01…2005-12-31, which lies wholly outside the data" in text
    assert f"'{changed['label']}'" in text and "choose a reference year from 20" in text
    assert not out.exists()


@needs_sample()
def test_the_samples_layers_are_read_headless_only_when_asked(riskmap_provider, tmp_path):
    """Issue #19: the sample's GeoPackage mixes real and made-up layers; a headless run
    reads the model's default_source only with USE_SAMPLE_LAYERS, and then scores."""
    import processing

    out = tmp_path / "result.gpkg"
    text = message_of("riskmap:score", {"MODEL": str(SAMPLE_MODEL), "OUTPUT_UNITS": str(out)})
    assert "No layer found for" in text and "'iraq_2018.gpkg' is read only when asked" in text
    assert "tick 'Use the sample's layers'" in text
    assert not out.exists()
    processing.run(
        "riskmap:score",
        {"MODEL": str(SAMPLE_MODEL), "USE_SAMPLE_LAYERS": True, "OUTPUT_UNITS": str(out)},
    )
    assert out.exists()


@needs_sample()
def test_a_default_source_that_is_not_the_sample_is_not_read(riskmap_provider, tmp_path):
    """Asked for the sample's layers, a model whose default_source is some other GeoPackage
    (made-up data of its own) still reads nothing from it: only the sample qualifies."""
    import json

    import pyogrio

    document = json.loads(SAMPLE_MODEL.read_text(encoding="utf-8"))
    source = SAMPLE_MODEL.parent / document["default_source"]
    copy = tmp_path / "made_up.gpkg"
    for table in ("subdistricts", "events"):
        frame = pyogrio.read_dataframe(str(source), layer=table)
        pyogrio.write_dataframe(frame, str(copy), layer=table)
    document["default_source"] = "made_up.gpkg"
    model = tmp_path / "model.json"
    model.write_text(json.dumps(document), encoding="utf-8")
    text = message_of(
        "riskmap:score",
        {"MODEL": str(model), "USE_SAMPLE_LAYERS": True, "OUTPUT_UNITS": "TEMPORARY_OUTPUT"},
    )
    assert "'made_up.gpkg' is not RiskMap's sample" in text
