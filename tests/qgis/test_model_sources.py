"""A shared model file is untrusted (issue #15): the sources it names never reach the network
(no /vsicurl/, URL or .vrt indirection) and stay inside the model's folder unless the user
allows more. A layer in the user's project, or one the user maps, is the user's choice.

A local HTTP server stands in for the network: it counts every request GDAL or QGIS makes.
"""

from __future__ import annotations

import gc
import http.server
import json
import shutil
import threading
from pathlib import Path

import pyogrio
import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis_test_helpers import ErrorCollector

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
BASE_MAP = json.loads((BAD / "cases.json").read_text(encoding="utf-8"))["base"]
OUTPUTS = ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")


@pytest.fixture(autouse=True)
def _free_layers_now():
    yield
    gc.collect()


@pytest.fixture
def server(tmp_path):
    """An HTTP server on localhost serving a GeoJSON border; yields (base URL, requests)."""
    served = tmp_path / "served"
    served.mkdir()
    border = pyogrio.read_dataframe(str(BAD / "base.gpkg"), layer="border")
    pyogrio.write_dataframe(border, str(served / "border.geojson"), driver="GeoJSON")
    requests: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(served), **kwargs)

        def log_message(self, format, *args):  # noqa: A002 (http.server's name)
            requests.append(self.path)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "models"
    shutil.copytree(BAD, folder)
    return folder


def run_with_border(corpus: Path, out: Path, source: str, allow_outside=False, project=None):
    """``riskmap:score`` with the model's border criterion reading ``source``; the error text."""
    import processing
    from qgis.core import QgsProcessingContext

    model = json.loads((corpus / "model.json").read_text(encoding="utf-8"))
    for criterion in model["criteria"]:
        if criterion.get("layer") == "border":
            criterion["layer"] = source
    path = corpus / "shared.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    layer_map = {k: v for k, v in BASE_MAP.items() if k != "border"}
    parameters = {
        "MODEL": str(path),
        "LAYER_MAP": json.dumps(layer_map),
        "ALLOW_OUTSIDE_FILES": allow_outside,
        **{key: str(out) for key in OUTPUTS},
    }
    feedback = ErrorCollector()
    context = QgsProcessingContext()
    context.setProject(project or QgsProject.instance())
    algorithm = "riskmap:score"
    if QgsApplication.processingRegistry().createAlgorithmById(algorithm) is None:
        from riskmap_plugin.processing_provider.score_algorithm import ScoreAlgorithm

        algorithm = ScoreAlgorithm().create()
    try:
        processing.run(algorithm, parameters, feedback=feedback, context=context)
    except QgsProcessingException as error:
        return "\n".join([str(error), *feedback.errors])
    return None


def test_a_vrt_pointing_at_a_server_is_refused_and_nothing_is_fetched(
    riskmap_provider, corpus, tmp_path, server
):
    url, requests = server
    (corpus / "border.vrt").write_text(
        "<OGRVRTDataSource><OGRVRTLayer name='border'>"
        f"<SrcDataSource>/vsicurl/{url}/border.geojson</SrcDataSource>"
        "</OGRVRTLayer></OGRVRTDataSource>",
        encoding="utf-8",
    )
    error = run_with_border(corpus, tmp_path / "o.gpkg", "border.vrt")
    assert error is not None and "virtual layer file (.vrt)" in error
    assert requests == []
    assert not (tmp_path / "o.gpkg").exists()


@pytest.mark.parametrize("form", ["/vsicurl/{url}/border.geojson", "{url}/border.geojson"])
def test_remote_sources_in_a_model_are_refused_and_nothing_is_fetched(
    riskmap_provider, corpus, tmp_path, server, form
):
    url, requests = server
    error = run_with_border(corpus, tmp_path / "o.gpkg", form.format(url=url))
    assert error is not None and "remote or virtual source" in error
    assert requests == []


def test_files_outside_the_models_folder_need_the_users_permission(
    riskmap_provider, corpus, tmp_path
):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    border = pyogrio.read_dataframe(str(corpus / "base.gpkg"), layer="border")
    pyogrio.write_dataframe(border, str(elsewhere / "border.gpkg"), layer="border")
    for source in (str(elsewhere / "border.gpkg"), "../elsewhere/border.gpkg"):
        error = run_with_border(corpus, tmp_path / "o.gpkg", source)
        assert error is not None and "outside its own folder" in error, source
        assert run_with_border(corpus, tmp_path / "o.gpkg", source, allow_outside=True) is None


def test_a_file_inside_the_models_folder_is_read(riskmap_provider, corpus, tmp_path):
    assert run_with_border(corpus, tmp_path / "o.gpkg", "base.gpkg|layername=border") is None


def test_a_layer_already_in_the_project_is_the_users_choice(riskmap_provider, corpus, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    border = pyogrio.read_dataframe(str(corpus / "base.gpkg"), layer="border")
    pyogrio.write_dataframe(border, str(elsewhere / "border.gpkg"), layer="border")
    project = QgsProject()
    layer = QgsVectorLayer(f"{elsewhere / 'border.gpkg'}|layername=border", "Border", "ogr")
    assert layer.isValid()
    project.addMapLayer(layer)
    assert run_with_border(corpus, tmp_path / "o.gpkg", "Border", project=project) is None
    project.clear()
