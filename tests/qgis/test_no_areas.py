"""A result with no at-risk areas and an empty watch list (issue #15): a quiet as-of date
and a cut-off no unit reaches. ``riskmap:score`` writes polygon layers without features
that QGIS opens and styles; ``riskmap:briefing`` prints one page that says so. Ten times
in one process, as an analyst trying cut-offs would."""

from __future__ import annotations

import gc
import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pyogrio
import pytest
from qgis.core import QgsApplication, QgsVectorLayer, QgsWkbTypes

from riskmap_plugin.qgis_adapter.style import apply_result_style

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


def quiet_model(folder: Path) -> Path:
    """The sample model before any event, with class breaks no score reaches."""
    for name in ("iraq_2018.gpkg", "stabilization_2018.json"):
        shutil.copy2(SAMPLE / name, folder / name)
    model = json.loads((folder / "stabilization_2018.json").read_text(encoding="utf-8"))
    model["as_of"] = "1990-01-31"
    # A reference period must end before the as-of date: 2013 cannot be compared in 1990.
    model["criteria"] = [c for c in model["criteria"] if "reference" not in c]
    model["classes"].update({"method": "fixed", "breaks": [99.96, 99.97, 99.98, 99.99]})
    model["areas"].update({"watch_margin": 0, "watch_top_share": 0})
    path = folder / "quiet.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    return path


@pytest.fixture
def algorithms(riskmap_provider):
    from riskmap_plugin.processing_provider.briefing_algorithm import BriefingAlgorithm
    from riskmap_plugin.processing_provider.score_algorithm import ScoreAlgorithm

    if QgsApplication.processingRegistry().createAlgorithmById("riskmap:score") is not None:
        return "riskmap:score", "riskmap:briefing"
    return ScoreAlgorithm().create(), BriefingAlgorithm().create()


def test_no_areas_scored_styled_and_printed_ten_times(algorithms, tmp_path):
    import processing

    score, briefing = algorithms
    model = quiet_model(tmp_path)
    for attempt in range(10):
        out = tmp_path / f"run{attempt}" / "result.gpkg"
        processing.run(
            score,
            {
                "MODEL": str(model),
                "USE_SAMPLE_LAYERS": True,
                **{key: str(out) for key in ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")},
            },
        )
        for kind in ("areas", "watch_list"):
            assert pyogrio.read_info(str(out), layer=kind)["features"] == 0
            layer = QgsVectorLayer(f"{out}|layername={kind}", kind, "ogr")
            assert layer.isValid()
            assert layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
            apply_result_style(layer, kind)  # the dock's style loads on the empty layer
            del layer
        pdf = tmp_path / f"run{attempt}" / "briefing.pdf"
        printed = processing.run(briefing, {"INPUT": str(out), "OUTPUT": str(pdf)})
        assert printed["PAGES"] == 1
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        text = unicodedata.normalize("NFKC", text)  # the PDF's "ff" ligature
        assert "No at-risk areas at this cut-off." in text
        assert "At-risk areas (0)" in text
        gc.collect()
