"""Every bad input of ``tests/data/bad/cases.json`` through the core (no QGIS).

Each case either runs with a documented repair (its warnings appear in
``result.warnings``) or raises a RiskMapError naming the layer, field or key.
No other exception type, and neither the frames nor the files change.
The same cases run through ``riskmap:score`` in ``tests/qgis/test_bad_inputs_processing.py``;
``docs/reliability.md`` tabulates them.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from riskmap_plugin.core import RiskMapError, load_model, required_layers, score

#: shapely 2.1 added on_invalid="fix" (the minimum RiskMap accepts is 2.0).
CLOSES_RINGS = tuple(int(part) for part in shapely.__version__.split(".")[:2]) >= (2, 1)
BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
LISTING = json.loads((BAD / "cases.json").read_text(encoding="utf-8"))
CASES = {case["id"]: case for case in LISTING["cases"]}


def expectation(case: dict, front: str) -> tuple[str, list[str]]:
    """``(expect, messages)`` for one front (``core`` or ``processing``)."""
    override = case.get(front, {})
    return override.get("expect", case["expect"]), override.get("messages", case["messages"])


def layer_map(case: dict) -> dict[str, str]:
    base = {} if case.get("replace_base") else dict(LISTING["base"])
    return {**base, **case.get("layers", {})}


def model_path(case: dict, tmp_path: Path) -> Path:
    name = case.get("model", "model.json")
    if name == "@huge":
        return huge_model(tmp_path)
    return BAD / name


def huge_model(folder: Path) -> Path:
    """A valid-looking model padded past 10 MB (sparse: no 10 MB written to disk)."""
    path = folder / "huge_model.json"
    path.write_text((BAD / "model.json").read_text(encoding="utf-8"), encoding="utf-8")
    with open(path, "r+b") as handle:
        handle.truncate(11 * 1024 * 1024)
    return path


def read_source(source: str) -> gpd.GeoDataFrame:
    """A ``file|layername=table`` source as a GeoDataFrame, the way a script would read it."""
    path, _, table = source.partition("|layername=")
    full = BAD / path
    if full.suffix == ".csv":
        frame = pd.read_csv(full, dtype=str, keep_default_na=False, na_values=[""])
        points = shapely.points(frame["longitude"].astype(float), frame["latitude"].astype(float))
        return gpd.GeoDataFrame(frame, geometry=points, crs="EPSG:4326")
    try:
        return pyogrio.read_dataframe(full, layer=table or None)
    except shapely.errors.GEOSException:
        # An unclosed ring cannot even become a shapely geometry; close it, as QGIS does.
        meta, _, wkb, fields = pyogrio.raw.read(full, layer=table or None)
        data = dict(zip(meta["fields"], fields))
        if not CLOSES_RINGS:
            pytest.skip("shapely < 2.1 cannot close rings (RiskMap leaves them out, and says so)")
        geometry = shapely.from_wkb(wkb, on_invalid="fix")
        return gpd.GeoDataFrame(data, geometry=geometry, crs=meta["crs"])


def assert_unchanged(frame: gpd.GeoDataFrame, before: gpd.GeoDataFrame) -> None:
    """Same attributes, CRS and geometry bytes (invalid geometries never compare equal)."""
    pd.testing.assert_frame_equal(pd.DataFrame(frame.drop(columns="geometry")),
                                  pd.DataFrame(before.drop(columns="geometry")))  # fmt: skip
    assert frame.crs == before.crs
    assert list(shapely.to_wkb(frame.geometry.values)) == list(
        shapely.to_wkb(before.geometry.values)
    )


def file_hashes() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(BAD.iterdir())}


def run_core(case: dict, tmp_path: Path):
    """Load the case's model and layers and score; return (result or error, frames before)."""
    model = load_model(model_path(case, tmp_path))
    sources = layer_map(case)
    frames = {ref: read_source(sources[ref]) for ref in required_layers(model) if ref in sources}
    before = copy.deepcopy(frames)
    return score(model, frames), frames, before


@pytest.fixture(scope="module")
def base_scores(tmp_path_factory):
    result, _, _ = run_core({"id": "base"}, tmp_path_factory.mktemp("base"))
    return result.units.set_index("unit_id")["score"]


def test_the_clean_base_runs_without_warnings(base_scores):
    result, _, _ = run_core({"id": "base"}, BAD)
    assert result.warnings == []
    assert len(base_scores) == 6 and base_scores.nunique() > 1


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_bad_input_in_the_core(case_id, tmp_path, base_scores):
    case = CASES[case_id]
    expect, messages = expectation(case, "core")
    hashes = file_hashes()
    frames = before = None
    if expect == "error":
        with pytest.raises(RiskMapError) as caught:
            _, frames, before = run_core(case, tmp_path)
        text = str(caught.value)
        for message in messages:
            assert message in text, f"{case_id}: {text!r} lacks {message!r}"
        assert "Traceback" not in text
    else:
        result, frames, before = run_core(case, tmp_path)
        warnings = "\n".join(result.warnings)
        for message in messages:
            assert message in warnings, f"{case_id}: warnings {result.warnings} lack {message!r}"
        if not messages:
            assert result.warnings == [], f"{case_id}: unexpected warnings"
        scores = result.units["score"].to_numpy()
        assert np.all(np.isfinite(scores)) and np.all((scores >= 0) & (scores <= 100))
        if case.get("same_as_base"):
            got = result.units.set_index("unit_id")["score"]
            pd.testing.assert_series_equal(got, base_scores, check_exact=False, atol=1e-6)
        if case.get("all_scores_equal"):
            assert np.ptp(scores) == 0
    for ref, frame in (frames or {}).items():
        assert_unchanged(frame, before[ref])
    assert file_hashes() == hashes


def test_every_case_has_a_model_or_layers_to_swap():
    for case in LISTING["cases"]:
        assert case.get("model") or case.get("layers"), case["id"]
        assert case["expect"] in ("ok", "error")


def test_a_model_keeps_its_sources_as_given():
    """Relative sources stay relative through load, overrides and save (a portable model)."""
    import datetime as dt

    document = json.loads((BAD / "model.json").read_text(encoding="utf-8"))
    document["default_source"] = "data/iraq.gpkg"
    document["criteria"][0]["layer"] = "../shared/events.gpkg|layername=events"
    model = load_model(json.dumps(document))
    saved = json.loads(model.with_overrides(as_of=dt.date(2017, 6, 30)).to_json())
    assert saved["default_source"] == "data/iraq.gpkg"
    assert saved["criteria"][0]["layer"] == "../shared/events.gpkg|layername=events"
    assert {k: v for k, v in saved.items() if k != "as_of"} == {
        k: v for k, v in document.items() if k != "as_of"
    }
