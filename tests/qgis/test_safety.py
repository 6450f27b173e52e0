"""Safety of a run: atomic writes, unwritable or open outputs, removed layers, no network,
no attribute values in logs, provenance that keeps relative sources relative.

Runs the clean base of ``tests/data/bad`` through the adapter (``run_model``) and
through ``processing.run("riskmap:score")``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import hashlib
import json
import logging
import os
import shutil
import socket
from pathlib import Path

import pyogrio
import pytest
from pyogrio.errors import DataSourceError
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeatureRequest,
    QgsNetworkAccessManager,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from riskmap_plugin.core import load_model, required_layers, score
from riskmap_plugin.core.errors import Canceled, DataError
from riskmap_plugin.qgis_adapter.layers import LayerResolver
from riskmap_plugin.qgis_adapter.output import read_provenance
from riskmap_plugin.qgis_adapter.reading import LayerReader
from riskmap_plugin.qgis_adapter.runner import compute, prepare_inputs, run_model

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
LISTING = json.loads((BAD / "cases.json").read_text(encoding="utf-8"))
BASE_MAP = LISTING["base"]
SENTINEL = LISTING["sentinel"]
EARLIER = dt.date(2017, 6, 30)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def _free_layers_now():
    """A failed run's traceback keeps its layers in reference cycles; collect them while
    QGIS still runs (freed after QGIS exits, they crash the interpreter at exit)."""
    yield
    gc.collect()


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "bad"
    shutil.copytree(BAD, folder)
    return folder


@pytest.fixture
def earlier(corpus, tmp_path):
    """An earlier result at the output path; returns (path, its hash)."""
    out = tmp_path / "out" / "result.gpkg"
    run_model(corpus / "model.json", layer_map=BASE_MAP, output_path=out, as_of=EARLIER)
    return out, sha(out)


def assert_untouched(out: Path, digest: str) -> None:
    assert sha(out) == digest, "the earlier result changed"
    assert [p.name for p in out.parent.iterdir()] == [out.name], "temporary files left"


@pytest.fixture
def provider(riskmap_provider):
    """What ``processing.run`` is given: ``"riskmap:score"``, or the algorithm itself when
    the registry's RiskMap provider went stale (tests/qgis/test_processing.py removes it and
    re-adds one whose Python side is then garbage-collected; the registry cannot drop it)."""
    from qgis.core import QgsApplication

    from riskmap_plugin.processing_provider.score_algorithm import ScoreAlgorithm

    if QgsApplication.processingRegistry().createAlgorithmById("riskmap:score") is not None:
        return "riskmap:score"
    return ScoreAlgorithm().create()


def processing_run(algorithm, corpus: Path, out: Path, feedback=None, layer_map=BASE_MAP):
    import processing

    keys = ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")
    parameters = {
        "MODEL": str(corpus / "model.json"),
        "LAYER_MAP": json.dumps(layer_map),
        **{key: str(out) for key in keys},
    }
    return processing.run(algorithm, parameters, feedback=feedback)


# -- atomic writes ----------------------------------------------------------------------


def test_a_cancel_at_any_point_keeps_the_earlier_file(corpus, earlier):
    out, digest = earlier
    calls, scoring = [], []
    run_model(corpus / "model.json", layer_map=BASE_MAP, is_canceled=lambda: scoring.append(1))
    run_model(
        corpus / "model.json",
        layer_map=BASE_MAP,
        output_path=out.parent.parent / "dry.gpkg",
        is_canceled=lambda: calls.append(1),
    )
    total = len(calls)  # the writer checks between tables and before the move
    mid_write = 0
    for stop in range(1, total + 1):
        count = [0]

        def cancel(count=count, stop=stop):
            count[0] += 1
            return count[0] >= stop

        with pytest.raises(Canceled):
            run_model(
                corpus / "model.json", layer_map=BASE_MAP, output_path=out, is_canceled=cancel
            )
        mid_write += stop > len(scoring)
        assert_untouched(out, digest)
    assert mid_write >= 4, "no cancel fell inside the writer"


@pytest.mark.parametrize("kind", ["bug", "disk full"])
def test_an_error_inside_the_writer_keeps_the_earlier_file(corpus, earlier, monkeypatch, kind):
    out, digest = earlier
    # A fresh exception per run: one kept by the module would keep the run's layers alive
    # through its traceback until after QGIS exits.
    error = RuntimeError("injected") if kind == "bug" else OSError(28, "No space left")
    original = pyogrio.write_dataframe
    written = []

    def fail_on_third_table(*args, **kwargs):
        written.append(kwargs.get("layer"))
        if len(written) == 3:
            assert any(".tmp.gpkg" in p.name for p in out.parent.iterdir())
            raise error
        return original(*args, **kwargs)

    monkeypatch.setattr(pyogrio, "write_dataframe", fail_on_third_table)
    expected = DataError if isinstance(error, OSError) else RuntimeError
    with pytest.raises(expected):
        run_model(corpus / "model.json", layer_map=BASE_MAP, output_path=out)
    assert_untouched(out, digest)


def test_processing_cancel_keeps_the_earlier_file(provider, corpus, earlier):
    out, digest = earlier
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda percent: percent > 50 and feedback.cancel())
    with pytest.raises(QgsProcessingException):
        processing_run(provider, corpus, out, feedback)
    assert_untouched(out, digest)


# -- unwritable output, output open in the project -----------------------------------------


def _refuse_writes_like_gdal(monkeypatch, folder: Path) -> None:
    """Root ignores folder permissions; fail the way GDAL fails for an ordinary user."""
    if os.geteuid() != 0:
        return
    original = pyogrio.write_dataframe

    def refuse(frame, path, *args, **kwargs):
        if Path(path).parent == folder:
            raise DataSourceError(f"sqlite3_open({path}) failed: unable to open database file")
        return original(frame, path, *args, **kwargs)

    monkeypatch.setattr(pyogrio, "write_dataframe", refuse)


def test_read_only_output_folder_is_a_clear_error(provider, corpus, earlier, monkeypatch):
    out, digest = earlier
    _refuse_writes_like_gdal(monkeypatch, out.parent)
    out.parent.chmod(0o555)
    try:
        with pytest.raises(DataError, match="Cannot write the output 'result.gpkg'") as caught:
            run_model(corpus / "model.json", layer_map=BASE_MAP, output_path=out)
        message = str(caught.value)
        del caught  # its traceback holds the run's layers; free them while QGIS runs
        assert "Choose a folder you can write to" in message and ".tmp" not in message
        with pytest.raises(QgsProcessingException, match="Cannot write the output"):
            processing_run(provider, corpus, out)
    finally:
        out.parent.chmod(0o755)
    assert_untouched(out, digest)


def test_output_open_in_the_project_is_replaced_and_stays_readable(provider, corpus, earlier):
    out, _ = earlier
    layer = QgsVectorLayer(f"{out}|layername=units", "units (earlier)", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    try:
        before = {f["unit_id"]: f["score"] for f in layer.getFeatures()}
        processing_run(provider, corpus, out)
        assert [p.name for p in out.parent.iterdir()] == ["result.gpkg"]
        layer.reload()
        assert layer.isValid()
        after = {f["unit_id"]: f["score"] for f in layer.getFeatures()}
        assert after.keys() == before.keys() and after != before  # the new as-of date shows
        assert read_provenance(out)["as_of"] == "2018-01-31"
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


# -- a layer removed from the project while a run points at it -----------------------------


def _project_events(corpus: Path) -> QgsVectorLayer:
    """The events as a memory layer in the project (read through QGIS, not the file)."""
    source = QgsVectorLayer(f"{corpus / 'base.gpkg'}|layername=events", "events", "ogr")
    memory = source.materialize(QgsFeatureRequest())
    memory.setName("events")
    QgsProject.instance().addMapLayer(memory)
    return memory


def test_layer_removed_after_resolving_is_a_clear_error(qgis_app, corpus):
    layer = _project_events(corpus)
    resolved = LayerResolver(project=QgsProject.instance()).resolve("events")
    QgsProject.instance().removeMapLayer(layer.id())
    with pytest.raises(DataError, match="removed from the project") as caught:
        LayerReader(resolved.layer, ["date"], reference="events")
    assert "layer 'events'" in str(caught.value)


def test_layer_removed_after_preparing_runs_from_the_snapshot(qgis_app, corpus):
    layer = _project_events(corpus)
    layer_map = {k: v for k, v in BASE_MAP.items() if k != "events"}
    prepared = prepare_inputs(
        corpus / "model.json", project=QgsProject.instance(), layer_map=layer_map
    )
    assert prepared.readers["events"].path == "iterator"
    QgsProject.instance().removeMapLayer(layer.id())
    outcome = compute(prepared)
    direct = run_model(corpus / "model.json", layer_map=BASE_MAP)
    assert outcome.result.units["score"].tolist() == direct.result.units["score"].tolist()


# -- no network, no attribute values in logs ------------------------------------------------


@pytest.fixture
def no_network(monkeypatch):
    """Every way out raises (and is recorded): Python sockets, name lookups, Qt requests."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args)[:80])
        raise OSError("network blocked by the test")

    for owner, name in (
        (socket.socket, "connect"),
        (socket.socket, "connect_ex"),
        (socket, "create_connection"),
        (socket, "getaddrinfo"),
    ):
        monkeypatch.setattr(owner, name, refuse)
    manager = QgsNetworkAccessManager.instance()

    def record(request):
        attempts.append("qt request")

    manager.requestAboutToBeCreated.connect(record)
    yield attempts
    manager.requestAboutToBeCreated.disconnect(record)


def test_a_full_run_makes_no_network_connection(provider, corpus, tmp_path, no_network):
    run_model(corpus / "model.json", layer_map=BASE_MAP, output_path=tmp_path / "a.gpkg")
    processing_run(provider, corpus, tmp_path / "b.gpkg")
    assert no_network == []


class Told(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.texts: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.texts.append(error)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.texts.append(warning)

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.texts.append(info)

    def setProgressText(self, text):  # noqa: N802 (QGIS API)
        self.texts.append(text)


def test_logs_and_messages_never_quote_attribute_values(provider, corpus, tmp_path, caplog):
    """The sleeper-cell layer holds a sentinel in a filtered field, a severity and a date."""
    secret_map = {**BASE_MAP, "sleeper_cells": "attributes.gpkg|layername=secret_sleeper_cells"}
    logged: list[str] = []

    def record(message, tag, level):
        logged.append(f"{tag}: {message}")

    log = QgsApplication.messageLog()
    log.messageReceived[str, str, Qgis.MessageLevel].connect(record)
    caplog.set_level(logging.DEBUG)
    try:
        outcome = run_model(
            corpus / "model.json", layer_map=secret_map, output_path=tmp_path / "a.gpkg"
        )
        feedback = Told()
        processing_run(provider, corpus, tmp_path / "b.gpkg", feedback, layer_map=secret_map)
        # A failing run: the secret is a duplicated unit id.
        model = load_model(corpus / "model.json")
        frames = {
            ref: pyogrio.read_dataframe(corpus / "base.gpkg", layer=ref)
            for ref in required_layers(model)
        }
        frames["units"]["uid"] = [SENTINEL, SENTINEL, "U3", "U4", "U5", "U6"]
        with pytest.raises(DataError) as caught:
            score(model, frames)
        QgsApplication.processEvents()
    finally:
        log.messageReceived[str, str, Qgis.MessageLevel].disconnect(record)
    assert any("not dates" in w for w in outcome.warnings)  # the bad values were seen
    assert "ids repeat" in str(caught.value)
    provenance = json.dumps(read_provenance(tmp_path / "a.gpkg"), ensure_ascii=False)
    told = [*logged, caplog.text, *outcome.warnings, *feedback.texts, str(caught.value), provenance]
    assert SENTINEL not in "\n".join(told)


# -- provenance keeps sources as given ------------------------------------------------------


def test_provenance_keeps_relative_sources_relative(provider, corpus, tmp_path):
    out = tmp_path / "out.gpkg"
    processing_run(provider, corpus, out)
    provenance = read_provenance(out)
    sources = {record["reference"]: record["source"] for record in provenance["inputs"]}
    assert sources == {ref: BASE_MAP[ref] for ref in sources}
    text = json.dumps(provenance, ensure_ascii=False)
    assert str(corpus) not in text and str(tmp_path) not in text


# -- no side effects on QGIS ---------------------------------------------------------------


def test_a_run_leaves_qgis_reading_curves_as_curves(qgis_app, corpus):
    """pyogrio switches GDAL's process-wide curve flag off; the reader switches it back."""
    from osgeo import ogr

    ogr.SetNonLinearGeometriesEnabledFlag(True)  # QGIS's own setting (tests' reads clear it)
    curved = {**BASE_MAP, "units": "geometry.gpkg|layername=curved_units"}
    run_model(corpus / "model.json", layer_map=curved, output_path=corpus.parent / "c.gpkg")
    read_provenance(corpus.parent / "c.gpkg")
    assert ogr.GetNonLinearGeometriesEnabledFlag()
    layer = QgsVectorLayer(f"{corpus / 'geometry.gpkg'}|layername=curved_units", "c", "ogr")
    assert layer.wkbType() == QgsWkbTypes.CurvePolygon


def test_the_briefing_prints_no_file_system_paths(qgis_app, corpus, tmp_path):
    """Even when every input is given as an absolute path (kept so in the provenance)."""
    from riskmap_plugin.report.content.context import build_context

    absolute = {ref: f"{corpus}/{source}" for ref, source in BASE_MAP.items()}
    out = tmp_path / "brief.gpkg"
    run_model(corpus / "model.json", layer_map=absolute, output_path=out)
    provenance = read_provenance(out)
    assert str(corpus) in json.dumps(provenance)  # the sources as given
    tables = {n: pyogrio.read_dataframe(out, layer=n) for n in ("units", "areas", "criteria")}
    context = build_context(tables["areas"], tables["units"], tables["criteria"], provenance)
    text = json.dumps(dataclasses.asdict(context), default=str, ensure_ascii=False)
    assert str(corpus) not in text and str(tmp_path) not in text and ".gpkg" not in text
