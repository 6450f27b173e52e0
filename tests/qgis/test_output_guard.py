"""One guard for every output (issue #15): no output over an input in any format, by path,
symbolic link or hard link; no two outputs on one table; all outputs or none; temporaries
of killed runs cleaned; long names; the briefing only reads its result and writes its PDF
atomically.

Everything goes through ``processing.run("riskmap:score")`` / ``"riskmap:briefing"``.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyogrio
import pytest
from qgis.core import QgsApplication, QgsLayoutExporter, QgsProcessingException

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
BASE_MAP = json.loads((BAD / "cases.json").read_text(encoding="utf-8"))["base"]
OUTPUTS = ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
    """``riskmap:score`` and ``riskmap:briefing``, or the algorithms themselves when the
    registry's provider went stale (see tests/qgis/test_safety.py)."""
    from riskmap_plugin.processing_provider.briefing_algorithm import BriefingAlgorithm
    from riskmap_plugin.processing_provider.score_algorithm import ScoreAlgorithm

    registry = QgsApplication.processingRegistry()
    if registry.createAlgorithmById("riskmap:score") is not None:
        return {"score": "riskmap:score", "briefing": "riskmap:briefing"}
    return {"score": ScoreAlgorithm().create(), "briefing": BriefingAlgorithm().create()}


def score(algorithms, corpus: Path, layer_map=BASE_MAP, model="model.json", **outputs):
    import processing

    parameters = {"MODEL": str(corpus / model), "LAYER_MAP": json.dumps(layer_map)}
    parameters.update({key: str(value) for key, value in outputs.items()})
    return processing.run(algorithms["score"], parameters)


def briefing(algorithms, gpkg: Path, pdf: Path):
    import processing

    return processing.run(algorithms["briefing"], {"INPUT": str(gpkg), "OUTPUT": str(pdf)})


def only_units(path) -> dict:
    """The three outputs with only the units going to ``path``: areas/watch list to memory."""
    return {"OUTPUT_UNITS": path, "OUTPUT_AREAS": "memory:", "OUTPUT_WATCH": "memory:"}


@pytest.fixture
def geojson_units(corpus) -> tuple[Path, dict]:
    """The corpus's units as a GeoJSON file, and the layer map that reads them from it."""
    path = corpus / "units.geojson"
    frame = pyogrio.read_dataframe(str(corpus / "base.gpkg"), layer="units")
    pyogrio.write_dataframe(frame, str(path), driver="GeoJSON")
    return path, {**BASE_MAP, "units": "units.geojson"}


# -- no output over an input, in any format ---------------------------------------------


def test_a_geojson_output_over_its_geojson_input_is_refused(algorithms, corpus, geojson_units):
    path, layer_map = geojson_units
    digest = sha(path)
    with pytest.raises(QgsProcessingException, match="one of the run's input files"):
        score(algorithms, corpus, layer_map, **only_units(path))
    assert sha(path) == digest


def test_an_output_that_is_a_hard_link_to_an_input_is_refused(algorithms, corpus):
    link = corpus / "linked.gpkg"
    os.link(corpus / "base.gpkg", link)
    digest = sha(corpus / "base.gpkg")
    with pytest.raises(QgsProcessingException, match="one of the run's input files"):
        score(algorithms, corpus, **{key: link for key in OUTPUTS})
    assert sha(corpus / "base.gpkg") == digest


def test_a_shapefile_output_through_a_symlink_to_its_input_is_refused(algorithms, corpus):
    frame = pyogrio.read_dataframe(str(corpus / "base.gpkg"), layer="units")
    pyogrio.write_dataframe(frame, str(corpus / "units.shp"))
    (corpus / "alias.shp").symlink_to(corpus / "units.shp")
    digests = {p.name: sha(p) for p in corpus.glob("units.*")}
    with pytest.raises(QgsProcessingException, match="one of the run's input files"):
        score(
            algorithms,
            corpus,
            {**BASE_MAP, "units": "units.shp"},
            **only_units(corpus / "alias.shp"),
        )
    assert {p.name: sha(p) for p in corpus.glob("units.*")} == digests


def test_geojson_and_shapefile_outputs_are_written_and_loaded(algorithms, corpus, tmp_path):
    out = tmp_path / "out"
    result = score(
        algorithms,
        corpus,
        OUTPUT_UNITS=out / "units.geojson",
        OUTPUT_AREAS=out / "areas.shp",
        OUTPUT_WATCH=out / "watch.gpkg",
    )
    units = pyogrio.read_dataframe(result["OUTPUT_UNITS"])
    areas = pyogrio.read_dataframe(result["OUTPUT_AREAS"])
    assert len(units) == len(pyogrio.read_dataframe(str(corpus / "base.gpkg"), layer="units"))
    assert "score" in units.columns and len(areas) >= 1
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []


# -- all outputs or none ----------------------------------------------------------------


def test_a_failed_output_leaves_none_of_the_others(algorithms, corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "units.gpkg").write_bytes(b"earlier units")
    real = pyogrio.write_dataframe

    def fail_for_geojson(frame, path, *args, **kwargs):
        if str(path).endswith(".geojson"):
            raise OSError(28, "No space left on device")
        return real(frame, path, *args, **kwargs)

    monkeypatch.setattr(pyogrio, "write_dataframe", fail_for_geojson)
    with pytest.raises(QgsProcessingException, match="the disk is full"):
        score(
            algorithms,
            corpus,
            OUTPUT_UNITS=out / "units.gpkg",
            OUTPUT_AREAS=out / "areas.geojson",
            OUTPUT_WATCH="memory:",
        )
    assert (out / "units.gpkg").read_bytes() == b"earlier units"
    assert sorted(p.name for p in out.iterdir()) == ["units.gpkg"]


# -- table names ------------------------------------------------------------------------


@pytest.mark.parametrize("table", ["criteria", "riskmap_provenance", "Sensitivity"])
def test_an_output_table_named_like_a_run_table_is_refused(algorithms, corpus, tmp_path, table):
    out = tmp_path / "out.gpkg"
    units = f"ogr:dbname='{out}' table=\"{table}\" (geom)"
    with pytest.raises(QgsProcessingException, match=rf"OUTPUT_UNITS.*'{table}'"):
        score(algorithms, corpus, OUTPUT_UNITS=units, OUTPUT_AREAS=out, OUTPUT_WATCH=out)
    assert not out.exists()


def test_two_outputs_on_one_table_are_refused_naming_both(algorithms, corpus, tmp_path):
    out = tmp_path / "out.gpkg"
    units = f"ogr:dbname='{out}' table=\"areas\" (geom)"
    with pytest.raises(QgsProcessingException) as caught:
        score(algorithms, corpus, OUTPUT_UNITS=units, OUTPUT_AREAS=out, OUTPUT_WATCH=out)
    assert "OUTPUT_UNITS" in str(caught.value) and "OUTPUT_AREAS" in str(caught.value)
    assert not out.exists()


def test_two_outputs_on_one_geojson_file_are_refused(algorithms, corpus, tmp_path):
    out = tmp_path / "out.geojson"
    with pytest.raises(QgsProcessingException, match="OUTPUT_UNITS and OUTPUT_AREAS"):
        score(algorithms, corpus, OUTPUT_UNITS=out, OUTPUT_AREAS=out, OUTPUT_WATCH="memory:")
    assert not out.exists()


# -- temporaries, long names, folders ---------------------------------------------------


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_next_run_removes_the_temporaries_of_a_killed_run(algorithms, corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    killed = out / f".result.{_dead_pid()}-0badc0de.tmp.gpkg"
    killed.write_bytes(b"half a GeoPackage")
    (out / f"{killed.name}-journal").write_bytes(b"")
    old = out / ".result.deadbeef.tmp.gpkg"  # RiskMap 0.1.0's name, without a process id
    old.write_bytes(b"half a GeoPackage")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    live = out / f".result.{os.getppid()}-c0ffee00.tmp.gpkg"  # a run still writing
    live.write_bytes(b"being written")
    other = out / f".other.{_dead_pid()}-0badc0de.tmp.gpkg"  # another output's: not ours
    other.write_bytes(b"")
    score(algorithms, corpus, **{key: out / "result.gpkg" for key in OUTPUTS})
    assert sorted(p.name for p in out.iterdir()) == sorted(["result.gpkg", live.name, other.name])


def test_a_long_output_name_is_written(algorithms, corpus, tmp_path):
    out = tmp_path / "out" / ("r" * 245 + ".gpkg")  # 250 bytes: the longest most disks take
    score(algorithms, corpus, **{key: out for key in OUTPUTS})
    assert len(pyogrio.list_layers(str(out))) >= 4
    assert [p.name for p in out.parent.iterdir()] == [out.name]


def test_an_output_path_that_is_a_folder_is_a_clear_error(algorithms, corpus, tmp_path):
    folder = tmp_path / "results.gpkg"
    folder.mkdir()
    with pytest.raises(QgsProcessingException, match="is a folder"):
        score(algorithms, corpus, **{key: folder for key in OUTPUTS})
    assert list(folder.iterdir()) == []


# -- the briefing -----------------------------------------------------------------------


@pytest.fixture
def result(algorithms, corpus, tmp_path) -> Path:
    out = tmp_path / "result" / "result.gpkg"
    score(algorithms, corpus, **{key: out for key in OUTPUTS})
    return out


def test_the_briefing_does_not_change_the_result_it_reads(algorithms, result, tmp_path):
    digest, tables = sha(result), pyogrio.list_layers(str(result)).tolist()
    printed = briefing(algorithms, result, tmp_path / "briefing.pdf")
    assert printed["PAGES"] >= 2
    assert sha(result) == digest
    assert pyogrio.list_layers(str(result)).tolist() == tables
    assert [p.name for p in result.parent.iterdir()] == [result.name]


def test_a_truncated_briefing_pdf_is_an_error_and_keeps_the_earlier_one(
    algorithms, result, tmp_path, monkeypatch
):
    pdf = tmp_path / "briefing.pdf"
    pdf.write_bytes(b"%PDF-1.7 earlier briefing\n%%EOF\n")

    def full_disk(atlas, path, settings):  # QGIS says Success though the disk filled up
        Path(path).write_bytes(b"%PDF-1.7\n1 0 obj")
        return QgsLayoutExporter.ExportResult.Success, ""

    monkeypatch.setattr(QgsLayoutExporter, "exportToPdf", staticmethod(full_disk))
    with pytest.raises(QgsProcessingException, match="not written completely"):
        briefing(algorithms, result, pdf)
    assert pdf.read_bytes() == b"%PDF-1.7 earlier briefing\n%%EOF\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_briefing_pdf_under_a_regular_file_is_a_clear_error(algorithms, result, tmp_path):
    (tmp_path / "notes.txt").write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="is a file, not a folder"):
        briefing(algorithms, result, tmp_path / "notes.txt" / "briefing.pdf")
