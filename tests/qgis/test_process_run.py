"""Large runs compute in a separate Python process and give what the thread gives."""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import multiprocessing.reduction
import multiprocessing.spawn
import pickle
import shutil

import pytest
from geopandas.testing import assert_geodataframe_equal
from qgis.core import QgsVectorLayer
from qgis_test_helpers import SAMPLE_GPKG, SAMPLE_MODEL, needs_sample

from riskmap_plugin.core import load_model
from riskmap_plugin.core.errors import Canceled
from riskmap_plugin.qgis_adapter import process_run
from riskmap_plugin.qgis_adapter.output import read_provenance
from riskmap_plugin.qgis_adapter.runner import compute, prepare_inputs

pytestmark = needs_sample()

COLUMNS = ["unit_id", "score", "rank", "class", "drivers", "geometry"]


@pytest.fixture()
def sample_copy(tmp_path):
    shutil.copy2(SAMPLE_GPKG, tmp_path / SAMPLE_GPKG.name)
    shutil.copy2(SAMPLE_MODEL, tmp_path / SAMPLE_MODEL.name)
    return tmp_path / SAMPLE_MODEL.name


def test_a_python_interpreter_of_this_version_is_found():
    executable = process_run.python_executable()
    assert executable is not None
    assert shutil.which(executable) or executable


def test_the_process_gives_the_thread_result(qgis_app, sample_copy, tmp_path, monkeypatch):
    here = compute(prepare_inputs(sample_copy), output_path=tmp_path / "here.gpkg")
    calls = []
    monkeypatch.setattr(process_run, "_run_child", _spy(process_run._run_child, calls))
    messages = []
    there = process_run.compute_isolated(
        prepare_inputs(sample_copy),
        output_path=tmp_path / "there.gpkg",
        progress=lambda fraction, text: messages.append(text),
        min_features=0,
    )
    assert calls, "the run went to a child process"
    assert_geodataframe_equal(here.result.units[COLUMNS], there.result.units[COLUMNS])
    assert there.result.areas["name"].tolist() == here.result.areas["name"].tolist()
    # Sent in parts (see the next tests), whole again, in the same order.
    assert list(there.result.explanations.items()) == list(here.result.explanations.items())
    assert "Writing the GeoPackage" in messages and messages[-1] == "Done"
    inputs = read_provenance(there.output_path)["inputs"]
    assert [i["content_hash"] for i in inputs] == [
        i["content_hash"] for i in here.provenance["inputs"]
    ]


def test_iterator_layers_are_read_here_and_sent_over(qgis_app, sample_copy, tmp_path):
    events = QgsVectorLayer(f"{sample_copy.parent / SAMPLE_GPKG.name}|layername=events", "ev")
    assert events.setSubsetString('"where_prec" <= 3')
    prepared = prepare_inputs(sample_copy, layer_map={"events": events})
    assert prepared.readers["events"].path == "iterator"
    here = compute(prepare_inputs(sample_copy, layer_map={"events": events}))
    there = process_run.compute_isolated(prepared, min_features=0)
    assert_geodataframe_equal(here.result.units[COLUMNS], there.result.units[COLUMNS])


def test_small_runs_stay_in_the_thread(qgis_app, sample_copy, monkeypatch):
    calls = []
    monkeypatch.setattr(process_run, "_run_child", _spy(process_run._run_child, calls))
    outcome = process_run.compute_isolated(prepare_inputs(sample_copy))
    assert not calls and len(outcome.result.units) > 0


def test_cancel_stops_the_child_and_leaves_no_file(qgis_app, sample_copy, tmp_path):
    output = tmp_path / "out" / "result.gpkg"
    output.parent.mkdir()
    seen = []

    def cancel_once_running(fraction, text):
        seen.append(text)

    with pytest.raises(Canceled):
        process_run.compute_isolated(
            prepare_inputs(sample_copy),
            output_path=output,
            progress=cancel_once_running,
            is_canceled=lambda: len(seen) >= 2,
            min_features=0,
        )
    assert list(output.parent.iterdir()) == []


def test_an_error_in_the_child_reaches_the_caller(qgis_app, sample_copy, tmp_path):
    with pytest.raises(process_run.ProcessRunError) as caught:
        process_run.compute_isolated(
            prepare_inputs(sample_copy), output_path=tmp_path / "result.txt", min_features=0
        )
    assert "'result.txt' is not a GeoPackage" in str(caught.value)
    assert caught.value.details


def _spy(function, calls):
    def wrapper(*args, **kwargs):
        calls.append(args)
        return function(*args, **kwargs)

    return wrapper


def test_a_child_that_cannot_start_falls_back_to_the_thread(
    qgis_app, sample_copy, tmp_path, monkeypatch
):
    broken = tmp_path / "python3"  # e.g. another Python, unable to import this one's numpy
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)
    monkeypatch.setattr(process_run, "python_executable", lambda: str(broken))
    before = multiprocessing.spawn.get_executable()
    outcome = process_run.compute_isolated(
        prepare_inputs(sample_copy), output_path=tmp_path / "r.gpkg", min_features=0
    )
    assert len(outcome.result.units) > 0 and outcome.output_path
    assert multiprocessing.spawn.get_executable() == before, "the spawn interpreter is restored"


def _collector_state(_payload):
    return gc.isenabled()


class _RecordsCollector:
    """Unpickles as whether the cyclic garbage collector was running at that moment."""

    def __reduce__(self):
        return (_collector_state, (b"x",))


def test_the_result_is_unpickled_with_the_garbage_collector_paused():
    """#22: a large result's objects set off full collections of QGIS's heap while the
    GIL was held; the receiving end pauses the collector for the unpickling only."""
    receiver, sender = multiprocessing.Pipe(duplex=False)
    sender.send(("done", _RecordsCollector()))
    assert gc.isenabled()
    assert process_run._receive(receiver) == ("done", False)
    assert gc.isenabled(), "collecting again afterwards"
    gc.disable()
    try:  # a collector paused by someone else stays paused
        sender.send(("done", _RecordsCollector()))
        assert process_run._receive(receiver) == ("done", False)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_inputs_of_a_run_on_a_model_value_pickle_for_the_child(qgis_app, sample_copy):
    # The dock and Processing hand prepare_inputs one Model; the child gets it by pickle.
    model = load_model(sample_copy)
    prepared = prepare_inputs(model, model_dir=sample_copy.parent, as_of=dt.date(2017, 12, 31))
    assert prepared.model.as_of == dt.date(2017, 12, 31)
    child_inputs = process_run._child_inputs(prepared, lambda fraction, text: None, None)
    sent = pickle.loads(multiprocessing.reduction.ForkingPickler.dumps(child_inputs))
    assert sent.model == prepared.model and sent.model.as_of == dt.date(2017, 12, 31)


def test_a_received_result_leaves_the_collector_on_and_nothing_frozen(qgis_app, sample_copy):
    """#22: the result is unpickled under the collector's pause (see the test above); the
    pause ends with the run, and nothing of QGIS's is frozen out of later collections."""
    frozen = gc.get_freeze_count()
    outcome = process_run.compute_isolated(prepare_inputs(sample_copy), min_features=0)
    assert len(outcome.result.units) and gc.isenabled()
    assert gc.get_freeze_count() == frozen
