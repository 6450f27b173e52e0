"""Careless inputs through ``riskmap:score`` / ``riskmap:briefing`` (issue #15): a RiskMap
message saying what, where and how to fix — never a traceback — or a correct run."""

from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path

import pyogrio
import pytest
from qgis.core import QgsApplication, QgsProcessingException
from qgis_test_helpers import ErrorCollector
from shapely.geometry import Polygon

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
BASE_MAP = json.loads((BAD / "cases.json").read_text(encoding="utf-8"))["base"]
OUTPUTS = ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")


@pytest.fixture(autouse=True)
def _free_layers_now():
    yield
    gc.collect()


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "bad"
    shutil.copytree(BAD, folder)
    return folder


@pytest.fixture
def algorithms(riskmap_provider):
    from riskmap_plugin.processing_provider.briefing_algorithm import BriefingAlgorithm
    from riskmap_plugin.processing_provider.score_algorithm import ScoreAlgorithm

    if QgsApplication.processingRegistry().createAlgorithmById("riskmap:score") is not None:
        return {"score": "riskmap:score", "briefing": "riskmap:briefing"}
    return {"score": ScoreAlgorithm().create(), "briefing": BriefingAlgorithm().create()}


def score(algorithms, corpus, out, model=None, layer_map=BASE_MAP, feedback=None):
    import processing

    path = corpus / "model.json"
    if model is not None:
        path = corpus / "changed.json"
        path.write_text(json.dumps(model), encoding="utf-8")
    parameters = {"MODEL": str(path), "LAYER_MAP": json.dumps(layer_map)}
    parameters.update({key: str(out) for key in OUTPUTS})
    return processing.run(algorithms["score"], parameters, feedback=feedback)


def base_model(corpus) -> dict:
    return json.loads((corpus / "model.json").read_text(encoding="utf-8"))


def message_of(call, *args, **kwargs) -> str:
    feedback = ErrorCollector()
    with pytest.raises(QgsProcessingException) as caught:
        call(*args, **kwargs, feedback=feedback)
    text = "\n".join([str(caught.value), *feedback.errors])
    assert "Traceback" not in text
    return text


def test_the_geopackage_feature_id_works_as_the_unit_id(algorithms, corpus, tmp_path):
    model = base_model(corpus)
    model["units"]["id_field"] = "fid"
    out = tmp_path / "fid.gpkg"
    score(algorithms, corpus, out, model)
    units = pyogrio.read_dataframe(str(out), layer="units")
    fids = pyogrio.read_dataframe(str(corpus / "base.gpkg"), layer="units", fid_as_index=True)
    assert sorted(units["unit_id"].astype(int)) == sorted(fids.index.astype(int))


def test_a_unit_with_nan_vertices_is_a_clear_error(algorithms, corpus, tmp_path):
    units = pyogrio.read_dataframe(str(corpus / "base.gpkg"), layer="units")
    geometries = list(units.geometry)
    geometries[1] = Polygon([(43, 35), (float("nan"), 35), (43.1, 35.1), (43, 35.1)])
    units["geometry"] = geometries
    pyogrio.write_dataframe(units, str(corpus / "nan.gpkg"), layer="units")
    layer_map = {**BASE_MAP, "units": "nan.gpkg|layername=units"}
    text = message_of(score, algorithms, corpus, tmp_path / "o.gpkg", layer_map=layer_map)
    assert "1 units have coordinates that are not numbers" in text and "features 2" in text
    assert not (tmp_path / "o.gpkg").exists()


def test_a_windows_1252_csv_is_read(algorithms, corpus, tmp_path):
    text = (corpus / "messy_events.csv").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    lines[1] = lines[1].replace("attack", "café attack")  # é is 0xE9 in Windows-1252
    (corpus / "excel.csv").write_bytes("".join(lines).encode("cp1252"))
    out_utf8, out_excel = tmp_path / "utf8.gpkg", tmp_path / "excel.gpkg"
    (corpus / "utf8.csv").write_text("".join(lines), encoding="utf-8")
    score(algorithms, corpus, out_utf8, layer_map={**BASE_MAP, "events": "utf8.csv"})
    score(algorithms, corpus, out_excel, layer_map={**BASE_MAP, "events": "excel.csv"})
    a = pyogrio.read_dataframe(str(out_utf8), layer="units")
    b = pyogrio.read_dataframe(str(out_excel), layer="units")
    assert a["score"].tolist() == b["score"].tolist()


def test_a_csv_without_coordinates_never_quotes_its_first_line(algorithms, corpus, tmp_path):
    (corpus / "secret.csv").write_text("SECRET-ROW-7,43.1,35.1\nother,43.2,35.2\n")
    layer_map = {**BASE_MAP, "events": "secret.csv"}
    text = message_of(score, algorithms, corpus, tmp_path / "o.gpkg", layer_map=layer_map)
    assert "no coordinate columns" in text
    assert "SECRET-ROW-7" not in text


def test_a_truncated_result_is_a_clear_error_in_the_briefing(algorithms, corpus, tmp_path):
    import processing

    good = tmp_path / "good.gpkg"
    score(algorithms, corpus, good)
    cut = tmp_path / "cut.gpkg"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    text = message_of(
        processing.run,
        algorithms["briefing"],
        {"INPUT": str(cut), "OUTPUT": str(tmp_path / "b.pdf")},
    )
    assert "The result 'cut.gpkg' cannot be read" in text
    assert not (tmp_path / "b.pdf").exists()


def test_an_unforeseen_error_is_one_honest_sentence(algorithms, corpus, tmp_path, monkeypatch):
    from riskmap_plugin.processing_provider import score_algorithm

    def broken(*args, **kwargs):
        raise ValueError("SECRET-VALUE-9 is not a float")

    monkeypatch.setattr(score_algorithm, "compute_isolated", broken)
    text = message_of(score, algorithms, corpus, tmp_path / "o.gpkg")
    assert "unexpected error (ValueError)" in text
    assert "SECRET-VALUE-9" not in text


class Warnings(ErrorCollector):
    def __init__(self):
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.warnings.append(warning)


def _events(corpus):
    return pyogrio.read_dataframe(str(corpus / "base.gpkg"), layer="events")


def test_events_that_count_nowhere_are_told(algorithms, corpus, tmp_path):
    import geopandas as gpd

    events = _events(corpus)
    swapped = events.copy()
    swapped["geometry"] = gpd.points_from_xy(events.geometry.y, events.geometry.x)
    pyogrio.write_dataframe(swapped.set_crs(events.crs), str(corpus / "swapped.gpkg"))
    no_geometry = events.copy()
    no_geometry["geometry"] = None
    pyogrio.write_dataframe(no_geometry, str(corpus / "null.gpkg"), geometry_type="Point")
    told = {}
    for name in ("swapped", "null"):
        feedback = Warnings()
        layer_map = {**BASE_MAP, "events": f"{name}.gpkg"}
        score(algorithms, corpus, tmp_path / f"{name}.gpkg", layer_map=layer_map, feedback=feedback)
        told[name] = "\n".join(feedback.warnings)
    count = len(events)
    assert (
        f"layer 'events': none of its {count} features lies within the units' extent"
        in (told["swapped"])
    )
    assert "longitude and latitude are swapped" in told["swapped"]
    assert f"layer 'events': none of its {count} features has a geometry" in told["null"]


def test_an_empty_generic_geometry_layer_is_not_said_to_lack_a_crs(algorithms, corpus, tmp_path):
    pyogrio.write_dataframe(
        _events(corpus).iloc[:0], str(corpus / "generic.gpkg"), geometry_type="Unknown"
    )
    layer_map = {**BASE_MAP, "events": "generic.gpkg"}
    text = message_of(score, algorithms, corpus, tmp_path / "o.gpkg", layer_map=layer_map)
    assert "layer 'events': Layer 'generic' has no features" in text
    assert "coordinate reference system" not in text


def test_an_infinite_severity_is_told_and_counted_as_0(algorithms, corpus, tmp_path):
    events = _events(corpus)
    finite = events.copy()
    finite.loc[0, "best"] = 0.0
    pyogrio.write_dataframe(finite, str(corpus / "finite.gpkg"))
    events["best"] = events["best"].astype(float)
    events.loc[0, "best"] = float("inf")
    pyogrio.write_dataframe(events, str(corpus / "infinite.gpkg"))
    feedback = Warnings()
    layer_map = {**BASE_MAP, "events": "infinite.gpkg"}
    score(algorithms, corpus, tmp_path / "inf.gpkg", layer_map=layer_map, feedback=feedback)
    assert "layer 'events': 1 values of 'best' are infinite and were counted as 0" in (
        feedback.warnings
    )
    score(
        algorithms, corpus, tmp_path / "zero.gpkg", layer_map={**BASE_MAP, "events": "finite.gpkg"}
    )
    a = pyogrio.read_dataframe(str(tmp_path / "inf.gpkg"), layer="units")
    b = pyogrio.read_dataframe(str(tmp_path / "zero.gpkg"), layer="units")
    assert a["score"].tolist() == b["score"].tolist()


def test_an_analysis_crs_for_another_region_is_told(algorithms, corpus, tmp_path):
    told = {}
    for crs in ("EPSG:32618", "EPSG:32638"):  # UTM 18N (the Americas), 38N (Iraq)
        model = base_model(corpus)
        model["crs"] = crs
        feedback = Warnings()
        score(algorithms, corpus, tmp_path / f"{crs[5:]}.gpkg", model, feedback=feedback)
        told[crs] = [w for w in feedback.warnings if "analysis CRS" in w]
    assert told["EPSG:32618"] == [
        "the analysis CRS EPSG:32618 is meant for another region than the units, so distances "
        "and areas are distorted — leave 'crs' out (RiskMap picks the units' UTM zone) or "
        "choose a CRS for this region"
    ]
    assert told["EPSG:32638"] == []
