"""The Processing front: riskmap:score and riskmap:hexgrid through processing.run."""

from __future__ import annotations

import datetime as dt
import json
import re

import numpy as np
import pyogrio
import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFile,
)
from qgis_test_helpers import SAMPLE_DIR, SAMPLE_GPKG, SAMPLE_MODEL, ErrorCollector, needs_sample

from riskmap_plugin.core import load_model, required_layers, score
from riskmap_plugin.qgis_adapter.output import read_provenance
from riskmap_plugin.qgis_adapter.runner import run_model

pytestmark = needs_sample()

#: The sample's default_source is read headless only when asked (issue #19).
SAMPLE_LAYERS = {"USE_SAMPLE_LAYERS": True}


def _run(algorithm, parameters, feedback=None):
    import processing

    return processing.run(algorithm, parameters, feedback=feedback)


def _error_of(algorithm, parameters) -> str:
    """Run an algorithm that must fail; return the message the user sees."""
    feedback = ErrorCollector()
    with pytest.raises(QgsProcessingException):
        _run(algorithm, parameters, feedback)
    return "\n".join(feedback.errors)


def _gpkg_outputs(path):
    return {key: str(path) for key in ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")}


def test_provider_lists_both_algorithms(riskmap_provider):
    registry = QgsApplication.processingRegistry()
    assert registry.algorithmById("riskmap:score").displayName() == "Score at-risk areas"
    assert registry.algorithmById("riskmap:hexgrid") is not None
    assert riskmap_provider.name() == "RiskMap"
    assert "Layer map" in registry.algorithmById("riskmap:score").shortHelpString()


def test_score_equals_the_core_called_directly(riskmap_provider, tmp_path):
    out = tmp_path / "at_risk_areas.gpkg"
    results = _run(
        "riskmap:score", {"MODEL": str(SAMPLE_MODEL), **SAMPLE_LAYERS, **_gpkg_outputs(out)}
    )
    assert results["OUTPUT_AREAS"] == f"{out}|layername=areas"
    layers = [name for name, _ in pyogrio.list_layers(out)]
    assert layers[:3] == ["units", "areas", "watch_list"]

    model = load_model(SAMPLE_MODEL)
    frames = {
        ref: pyogrio.read_dataframe(SAMPLE_GPKG, layer=ref, columns=cols)
        for ref, cols in required_layers(model).items()
    }
    expected = score(model, frames)
    units = pyogrio.read_dataframe(out, layer="units")
    assert units["unit_id"].tolist() == expected.units["unit_id"].tolist()
    np.testing.assert_allclose(units["score"], expected.units["score"])
    assert units["class"].tolist() == expected.units["class"].tolist()
    areas = pyogrio.read_dataframe(out, layer="areas")
    assert areas["name"].tolist() == expected.areas["name"].tolist()
    assert len(pyogrio.read_dataframe(out, layer="watch_list")) == len(expected.watch_list)
    assert read_provenance(out)["as_of"] == "2018-01-31"


def test_overrides_reach_the_core(riskmap_provider):
    results = _run(
        "riskmap:score",
        {
            "MODEL": str(SAMPLE_MODEL),
            **SAMPLE_LAYERS,
            "AS_OF": "2016-12-31",
            "LAYER_MAP": f"towns={SAMPLE_GPKG}|layername=towns",
            "OUTPUT_UNITS": "TEMPORARY_OUTPUT",
        },
    )
    layer = results["OUTPUT_UNITS"]
    direct = run_model(SAMPLE_MODEL, as_of=dt.date(2016, 12, 31))
    scores = {f["unit_id"]: f["score"] for f in layer.getFeatures()}
    expected = dict(zip(direct.result.units["unit_id"], direct.result.units["score"]))
    assert scores.keys() == expected.keys()
    assert all(abs(scores[k] - expected[k]) < 1e-9 for k in scores)


def test_a_run_parses_the_model_file_once_and_keeps_the_as_of_a_date(
    riskmap_provider, tmp_path, monkeypatch, model_parses
):
    from riskmap_plugin.core.model import Model, reader

    as_of_reads, overrides, read_date = [], [], reader.Reader.date

    def reading(self, key, required=False):
        if key == "as_of" and self.where == "model":
            as_of_reads.append(self.value.get(key))
        return read_date(self, key, required)

    def overriding(model, **changes):
        overrides.append(changes.get("as_of"))
        return with_overrides(model, **changes)

    with_overrides = Model.with_overrides
    monkeypatch.setattr(reader.Reader, "date", reading)
    monkeypatch.setattr(Model, "with_overrides", overriding)
    out = tmp_path / "at_risk_areas.gpkg"
    _run(
        "riskmap:score",
        {"MODEL": str(SAMPLE_MODEL), **SAMPLE_LAYERS, "AS_OF": "2016-12-31", **_gpkg_outputs(out)},
    )
    assert len(model_parses) == 1
    assert as_of_reads == ["2018-01-31"]  # the file's date, read once; the override never
    assert dt.date(2016, 12, 31) in overrides
    assert all(type(a) is dt.date for a in overrides if a is not None)
    assert read_provenance(out)["as_of"] == "2016-12-31"


def test_cancel_mid_run_leaves_no_output(riskmap_provider, tmp_path):
    out = tmp_path / "at_risk_areas.gpkg"
    feedback = ErrorCollector()
    seen = []

    def cancel_halfway(percent):
        seen.append(percent)
        if percent > 50:
            feedback.cancel()

    feedback.progressChanged.connect(cancel_halfway)
    with pytest.raises(QgsProcessingException):
        _run(
            "riskmap:score",
            {"MODEL": str(SAMPLE_MODEL), **SAMPLE_LAYERS, **_gpkg_outputs(out)},
            feedback,
        )
    assert any(p > 50 for p in seen)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "JSON"),
        (json.dumps({"riskmap_model": 1, "name": "x"}), "as_of|units|criteria"),
    ],
)
def test_bad_model_file_is_a_clear_processing_error(riskmap_provider, tmp_path, content, message):
    model = tmp_path / "bad.json"
    model.write_text(content, encoding="utf-8")
    error = _error_of("riskmap:score", {"MODEL": str(model), "OUTPUT_AREAS": "TEMPORARY_OUTPUT"})
    assert re.search(message, error), error
    assert "Traceback" not in error


def test_missing_layer_is_a_clear_processing_error(riskmap_provider, tmp_path):
    document = json.loads(SAMPLE_MODEL.read_text(encoding="utf-8"))
    document.pop("default_source")
    model = tmp_path / "no_source.json"
    model.write_text(json.dumps(document), encoding="utf-8")
    error = _error_of("riskmap:score", {"MODEL": str(model), "OUTPUT_AREAS": "TEMPORARY_OUTPUT"})
    assert "No layer found for 'subdistricts'" in error


def test_hexgrid_clips_to_boundary(riskmap_provider):
    results = _run(
        "riskmap:hexgrid",
        {"CELL_KM": 50, "BOUNDARY": f"{SAMPLE_GPKG}|layername=country", "OUTPUT": "memory:"},
    )
    grid = results["OUTPUT"]
    assert grid.crs().authid() == "EPSG:32638"  # UTM zone at Iraq's centre
    assert 100 < grid.featureCount() < 300
    assert grid.fields().names() == ["unit_id", "unit_name"]


def test_hexgrid_needs_an_area(riskmap_provider):
    error = _error_of("riskmap:hexgrid", {"CELL_KM": 10, "OUTPUT": "memory:"})
    assert "extent or a boundary" in error


def test_model_designer_chain_hexgrid_into_score(riskmap_provider):
    chain = QgsProcessingModelAlgorithm("Hexagon risk", "RiskMap tests")
    chain.addModelParameter(
        QgsProcessingParameterFile("RISK_MODEL", "Model", extension="json"),
        QgsProcessingModelParameter("RISK_MODEL"),
    )
    grid = QgsProcessingModelChildAlgorithm("riskmap:hexgrid")
    grid.setChildId("grid")
    grid.addParameterSources(
        "CELL_KM", [QgsProcessingModelChildParameterSource.fromStaticValue(40)]
    )
    grid.addParameterSources(
        "BOUNDARY",
        [
            QgsProcessingModelChildParameterSource.fromStaticValue(
                f"{SAMPLE_GPKG}|layername=country"
            )
        ],
    )
    chain.addChildAlgorithm(grid)
    scoring = QgsProcessingModelChildAlgorithm("riskmap:score")
    scoring.setChildId("score")
    scoring.addParameterSources(
        "MODEL", [QgsProcessingModelChildParameterSource.fromModelParameter("RISK_MODEL")]
    )
    scoring.addParameterSources(
        "UNITS", [QgsProcessingModelChildParameterSource.fromChildOutput("grid", "OUTPUT")]
    )
    scoring.addParameterSources(
        "USE_SAMPLE_LAYERS", [QgsProcessingModelChildParameterSource.fromStaticValue(True)]
    )
    output = QgsProcessingModelOutput("areas", "At-risk hexagons")
    output.setChildId("score")
    output.setChildOutputName("OUTPUT_AREAS")
    scoring.setModelOutputs({"areas": output})
    chain.addChildAlgorithm(scoring)
    chain.updateDestinationParameters()

    results = _run(chain, {"RISK_MODEL": str(SAMPLE_MODEL), "score:areas": "TEMPORARY_OUTPUT"})
    # QGIS 3.22 names a model's result "child:output"; 3.40+ after the output's description.
    key = "score:areas" if "score:areas" in results else "atrisk_hexagons"
    areas = results[key]
    assert areas.featureCount() > 0
    assert areas.crs().authid() == "EPSG:32638"  # the grid's CRS, not the districts'
    members = " ".join(str(f["units"]) for f in areas.getFeatures())
    assert "ADM2" not in members  # the areas are made of hexagons, not districts


def test_provider_is_removed_from_the_registry(riskmap_provider):
    from conftest import register_riskmap_provider

    registry = QgsApplication.processingRegistry()
    assert registry.removeProvider(registry.providerById("riskmap"))
    try:
        assert registry.providerById("riskmap") is None
        assert registry.algorithmById("riskmap:score") is None
    finally:
        register_riskmap_provider()
    assert registry.algorithmById("riskmap:score") is not None


def test_counts_equal_qgis_count_points_in_polygon(riskmap_provider):
    """Independent reference: QGIS's own point counter on the sample districts and events."""
    document = {
        "riskmap_model": 1,
        "name": "Plain incident count",
        "as_of": "2018-12-31",
        "default_source": "iraq_2018.gpkg",
        "units": {"layer": "districts", "id_field": "ADM2_PCODE", "name_field": "ADM2_EN"},
        "criteria": [
            {"id": "n", "label": "Incidents", "layer": "events", "measure": "count", "weight": 1}
        ],
    }
    ours = run_model(document, model_dir=SAMPLE_DIR).result.units.set_index("unit_id")["n_raw"]
    # UCDP GED is recognised: in districts only events located to a district or better count.
    precise = _run(
        "native:extractbyexpression",
        {
            "INPUT": f"{SAMPLE_GPKG}|layername=events",
            "EXPRESSION": '"where_prec" <= 3',
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    counted = _run(
        "native:countpointsinpolygon",
        {
            "POLYGONS": f"{SAMPLE_GPKG}|layername=districts",
            "POINTS": precise,
            "FIELD": "NUMPOINTS",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    reference = {f["ADM2_PCODE"]: f["NUMPOINTS"] for f in counted.getFeatures()}
    assert sum(reference.values()) > 1000
    assert {k: int(v) for k, v in ours.items()} == reference
