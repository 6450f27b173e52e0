"""A plugin installed without its .qml styles or .qpt templates (issue #15): a clear
"reinstall" message, never a traceback or a crash."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from riskmap_plugin.core.errors import DataError

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
BASE_MAP = json.loads((BAD / "cases.json").read_text(encoding="utf-8"))["base"]


@pytest.fixture
def result(riskmap_provider, tmp_path) -> Path:
    import processing

    corpus = tmp_path / "bad"
    shutil.copytree(BAD, corpus)
    out = tmp_path / "result.gpkg"
    parameters = {"MODEL": str(corpus / "model.json"), "LAYER_MAP": json.dumps(BASE_MAP)}
    parameters.update({key: str(out) for key in ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")})
    processing.run("riskmap:score", parameters)
    return out


@pytest.fixture
def no_resources(monkeypatch, tmp_path):
    """Every resource looked up in an empty folder, as in a plugin copied without them."""
    empty = tmp_path / "empty"
    empty.mkdir()

    def nowhere(*parts):
        return empty.joinpath(*parts)

    for module in ("riskmap_plugin.report.layout", "riskmap_plugin.qgis_adapter.style"):
        monkeypatch.setattr(f"{module}.resource_path", nowhere)


def test_a_missing_layout_template_is_a_clear_error(result, no_resources, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="briefing_a4.qpt is missing") as caught:
        processing.run(
            "riskmap:briefing", {"INPUT": str(result), "OUTPUT": str(tmp_path / "b.pdf")}
        )
    assert "Traceback" not in str(caught.value)
    assert not (tmp_path / "b.pdf").exists()


def test_a_missing_style_is_a_clear_error(result, no_resources):
    from riskmap_plugin.qgis_adapter.style import apply_result_style

    layer = QgsVectorLayer(f"{result}|layername=areas", "areas", "ogr")
    with pytest.raises(DataError, match="areas.qml is missing. — Reinstall"):
        apply_result_style(layer, "areas")
