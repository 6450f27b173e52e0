"""Every bad input of ``tests/data/bad/cases.json`` through ``processing.run("riskmap:score")``.

Each case either succeeds with its documented warnings (pushed to the feedback)
or fails with a QgsProcessingException whose message names the layer, field or
key. Never a Python traceback, never a changed input file, and after a failure
no output file and no temporary file in the output folder. The same cases run
through the core in ``tests/core/test_bad_inputs.py``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pyogrio
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
LISTING = json.loads((BAD / "cases.json").read_text(encoding="utf-8"))
CASES = {case["id"]: case for case in LISTING["cases"]}
OUTPUT_KEYS = ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")


class Collector(QgsProcessingFeedback):
    """Keeps what Processing tells the user: errors, warnings and info lines."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.info: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.warnings.append(warning)

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.info.append(info)


@pytest.fixture(scope="module")
def provider(qgis_processing):
    """The registered RiskMap provider (registered again if another module removed it)."""
    from conftest import register_riskmap_provider

    return register_riskmap_provider()


def expectation(case: dict) -> tuple[str, list[str]]:
    override = case.get("processing", {})
    return override.get("expect", case["expect"]), override.get("messages", case["messages"])


def layer_map(case: dict) -> dict[str, str]:
    base = {} if case.get("replace_base") else dict(LISTING["base"])
    return {**base, **case.get("layers", {})}


def hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A copy of the corpus, so a run that changed a file could not change the repository."""
    folder = tmp_path_factory.mktemp("bad") / "bad"
    shutil.copytree(BAD, folder)
    return folder


def model_file(case: dict, corpus: Path) -> Path:
    name = case.get("model", "model.json")
    if name != "@huge":
        return corpus / name
    path = corpus.parent / "huge_model.json"
    if not path.exists():
        path.write_text((corpus / "model.json").read_text(encoding="utf-8"), encoding="utf-8")
        with open(path, "r+b") as handle:
            handle.truncate(11 * 1024 * 1024)  # sparse: no 10 MB written
    return path


def run_case(case: dict, corpus: Path, output: Path):
    """Run riskmap:score on a case; return (results or None, collector, exception text)."""
    import processing

    parameters = {
        "MODEL": str(model_file(case, corpus)),
        "LAYER_MAP": json.dumps(layer_map(case), ensure_ascii=False),
        **{key: str(output) for key in OUTPUT_KEYS},
    }
    feedback = Collector()
    try:
        return processing.run("riskmap:score", parameters, feedback=feedback), feedback, ""
    except QgsProcessingException as error:
        return None, feedback, str(error)


@pytest.fixture(scope="module")
def base_scores(provider, corpus, tmp_path_factory):
    output = tmp_path_factory.mktemp("base") / "result.gpkg"
    results, feedback, error = run_case({"id": "base"}, corpus, output)
    assert results is not None, (error, feedback.errors)
    units = pyogrio.read_dataframe(output, layer="units")
    return dict(zip(units["unit_id"], units["score"]))


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_bad_input_through_processing(case_id, provider, corpus, base_scores, tmp_path):
    from osgeo import ogr

    ogr.SetNonLinearGeometriesEnabledFlag(True)  # as in QGIS (this file's pyogrio reads clear it)
    case = CASES[case_id]
    expect, messages = expectation(case)
    before = hashes(corpus)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    output = out_dir / "result.gpkg"
    results, feedback, error = run_case(case, corpus, output)
    told = "\n".join(feedback.errors + feedback.warnings + [error])
    assert "Traceback" not in told, told
    if expect == "error":
        assert results is None, f"{case_id} should fail; warnings: {feedback.warnings}"
        for message in messages:
            assert message in told, f"{case_id}: {told}"
        assert list(out_dir.iterdir()) == [], "a failed run left files behind"
    else:
        assert results is not None, f"{case_id}: {feedback.errors}"
        for message in messages:
            assert message in "\n".join(feedback.warnings), f"{case_id}: {feedback.warnings}"
        if not messages:
            assert feedback.warnings == [], f"{case_id}: unexpected warnings"
        assert [p.name for p in out_dir.iterdir()] == ["result.gpkg"]
        units = pyogrio.read_dataframe(output, layer="units")
        scores = units["score"].to_numpy()
        assert np.all(np.isfinite(scores)) and np.all((scores >= 0) & (scores <= 100))
        if case.get("same_as_base"):
            got = dict(zip(units["unit_id"], units["score"]))
            assert got.keys() == base_scores.keys()
            assert all(abs(got[k] - base_scores[k]) < 1e-6 for k in got), got
        if case.get("all_scores_equal"):
            assert np.ptp(scores) == 0
    assert hashes(corpus) == before, "an input file changed"


def corpus_layers() -> list[str]:
    """Every layer of the corpus as ``file|layername=table`` (or a plain file)."""
    sources = []
    for path in sorted(BAD.iterdir()):
        if path.suffix == ".gpkg":
            sources += [f"{path.name}|layername={name}" for name, _ in pyogrio.list_layers(path)]
        elif path.suffix in (".geojson", ".csv"):
            sources.append(path.name)
    return sources


@pytest.mark.parametrize("source", corpus_layers())
def test_every_corpus_layer_reads_the_same_on_both_paths(qgis_app, corpus, source):
    """The pyogrio fast path and QGIS's iterator give the same rows, or the same DataError."""
    from osgeo import ogr

    from riskmap_plugin.core.errors import DataError
    from riskmap_plugin.qgis_adapter.layers import LayerResolver
    from riskmap_plugin.qgis_adapter.reading import LayerReader

    ogr.SetNonLinearGeometriesEnabledFlag(True)
    layer = LayerResolver(model_dir=corpus).resolve(source).layer
    columns = [f.name() for f in layer.fields() if f.name() != "fid"]
    frames, errors = [], []
    for force in (False, True):
        try:
            reader = LayerReader(layer, columns, reference="x", force_iterator=force)
            frames.append((reader.read(), reader.warnings))
        except DataError as error:
            errors.append(str(error))
    if errors:
        assert len(errors) == 2 and errors[0] == errors[1]
        return
    (fast, fast_warnings), (slow, slow_warnings) = frames
    assert len(fast) == len(slow) == layer.featureCount()
    assert fast.geometry.isna().tolist() == slow.geometry.isna().tolist()
    assert fast.geometry.is_empty.tolist() == slow.geometry.is_empty.tolist()
    assert fast_warnings == slow_warnings or "unclosed" in " ".join(fast_warnings)
