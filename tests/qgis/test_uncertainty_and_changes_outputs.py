"""Rank bands and changes in the outputs: sensitivity and changes tables, PREVIOUS, the briefing's
rank bands, top-class shares and "Changes since the last briefing", the units' map tip,
and the watch list giving every reason kind the sample's fields say occurs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import numpy as np
import pyogrio
import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProject,
    QgsVectorLayer,
)

from riskmap_plugin.report import build_briefing, export_briefing

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is needed"
)


@pytest.fixture(scope="module")
def runs(riskmap_provider, repo_root, tmp_path_factory):
    """A previous result (as of 2017-07-31, from a modified model copy) and this run
    compared with it through riskmap:score's PREVIOUS."""
    import processing

    folder = tmp_path_factory.mktemp("changes")
    sample = repo_root / "resources" / "sample"
    shutil.copy2(sample / "iraq_2018.gpkg", folder / "iraq_2018.gpkg")
    document = json.loads((sample / "stabilization_2018.json").read_text(encoding="utf-8"))
    shutil.copy2(sample / "stabilization_2018.json", folder / "model.json")
    document["as_of"] = "2017-07-31"
    (folder / "model_2017.json").write_text(json.dumps(document), encoding="utf-8")
    previous, current = folder / "previous.gpkg", folder / "current.gpkg"
    for model, out, extra in (
        ("model_2017.json", previous, {}),
        ("model.json", current, {"PREVIOUS": str(previous)}),
    ):
        outputs = {k: str(out) for k in ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")}
        processing.run(
            "riskmap:score",
            {"MODEL": str(folder / model), "USE_SAMPLE_LAYERS": True, **outputs, **extra},
        )
    return folder, previous, current


def _table(path, name):
    return pyogrio.read_dataframe(str(path), layer=name, read_geometry=False)


def _pdf_text(layout, path) -> str:
    out = export_briefing(layout, path)
    text = subprocess.run(["pdftotext", out["pdf"], "-"], capture_output=True, text=True).stdout
    return " ".join(text.replace("ﬁ", "fi").replace("ﬃ", "ffi").split())


def test_result_has_sensitivity_and_changes_tables(runs):
    _, previous, current = runs
    names = {str(r[0]) for r in pyogrio.list_layers(str(current))}
    assert {"sensitivity", "changes"} <= names
    assert "changes" not in {str(r[0]) for r in pyogrio.list_layers(str(previous))}
    sensitivity = _table(current, "sensitivity")
    criteria = _table(current, "criteria")
    assert set(criteria["id"]) <= set(sensitivity["criterion"])
    assert "normalisation" in set(sensitivity["criterion"]), "the sample varies normalisation"
    assert sensitivity["first_order"].between(0, 1).all()
    assert sensitivity["first_order"].max() > 0

    changes = _table(current, "changes").set_index("unit_id")
    before, now = _table(previous, "units"), _table(current, "units")
    was_in = set(before.loc[before["area_id"] > 0, "unit_id"])
    is_in = set(now.loc[now["area_id"] > 0, "unit_id"])
    assert was_in != is_in, "six months apart, the at-risk units differ"
    assert set(changes.index[changes["change"] == "entered"]) == is_in - was_in
    assert set(changes.index[changes["change"] == "left"]) == was_in - is_in
    rank_before = before.set_index("unit_id")["rank"]
    rank_now = now.set_index("unit_id")["rank"]
    for unit, row in changes.iterrows():
        assert row["rank_before"] == rank_before[unit] and row["rank_now"] == rank_now[unit]
        assert row["rank_move"] == rank_before[unit] - rank_now[unit]
        assert row["moved_most"] in set(criteria["id"])
        if row["change"] in ("up", "down"):
            assert abs(row["rank_move"]) >= 5
    names_now = set(_table(current, "areas")["name"])
    entered = changes.loc[changes["change"] == "entered"]
    assert set(entered["area_now"]) <= names_now and (entered["area_now"] != "").all()
    assert (changes.loc[changes["change"] == "left", "area_before"] != "").all()


def test_briefing_prints_changes_rank_bands_and_top_class(runs, qgis_app, tmp_path):
    folder, _, current = runs
    project = QgsProject.instance()
    project.clear()
    layout = build_briefing(project, current, model=folder / "model.json")
    text = _pdf_text(layout, tmp_path / "briefing.pdf")
    assert "Changes since the last briefing" in text
    assert "Entered the at-risk areas" in text and "Left the at-risk areas" in text
    assert "The criterion that moved most:" in text
    changes = _table(current, "changes")
    for name in changes.loc[changes["change"] == "entered", "unit_name"]:
        assert name in text
    assert "Monte Carlo" in text and "The weights that move the ranking most" in text
    project.clear()


def test_sample_briefing_shows_every_area_rank_band_and_top_class(qgis_app, repo_root, tmp_path):
    """Issue 7, acceptance 3 (the briefing part): the demo's run, no previous result."""
    from riskmap_plugin.qgis_adapter.runner import run_model

    model = repo_root / "resources/sample/stabilization_2018.json"
    path = run_model(model, output_path=tmp_path / "result.gpkg").output_path
    assert "changes" not in {str(r[0]) for r in pyogrio.list_layers(path)}
    project = QgsProject.instance()
    project.clear()
    text = _pdf_text(build_briefing(project, path, model=model), tmp_path / "b.pdf")
    assert "Changes since the last briefing" not in text
    page1 = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(tmp_path / "b.pdf"), "-"],
        capture_output=True,
        text=True,
    ).stdout
    rows = [" ".join(line.split()) for line in page1.splitlines()]
    areas = _table(path, "areas")
    assert len(areas) >= 1
    more = re.search(r"… and (\d+) more", page1)
    shown = len(areas) - (int(more.group(1)) if more else 0)  # rows on page 1
    for number, area in enumerate(areas.to_dict("records")):
        low, high = round(area["rank_p05"]), round(area["rank_p95"])
        band = str(low) if low == high else f"{low}–{high}"
        top = f"{round(100 * area['p_top'])} %"
        # The area's page, and its row of the areas table on page 1 (score, band, top class).
        assert f"Rank band {band} · in the top class in {top} of runs" in text, area["name"]
        if number >= shown:
            continue
        # The size column (#17) sits between the score and the band: its wrapped lines can
        # put the score and the band on different text lines.
        row = f"{band} {top} {area['trend']}"
        assert any(row in line for line in rows), (row, area["name"])
        assert f"{area['score_max']:.1f}" in page1, area["name"]
    project.clear()


def test_watch_list_gives_each_reason_that_occurs(qgis_app, repo_root, tmp_path):
    """Issue 7, acceptance 3: a watch-list unit for every reason the units' fields show."""
    from riskmap_plugin.qgis_adapter.runner import run_model

    model = repo_root / "resources/sample/stabilization_2018.json"
    result = run_model(model).result
    units, watch = result.units, result.watch_list.set_index("unit_id")
    outside = units.loc[units["area_id"] == 0].set_index("unit_id")
    n_at_risk = int((units["area_id"] > 0).sum())
    rules = json.loads(model.read_text(encoding="utf-8"))
    min_count = rules["time"].get("surge_min_count", 3)
    alpha = rules["areas"].get("watch_alpha", 0.1)
    expected = {
        # "Rising" only when significant at the model's alpha (#17).
        "rising:": outside["trend"].isin(["new", "intensifying"]) & (outside["trend_p"] <= alpha),
        "surge:": outside["surge"] == "surge",
        "rank band": outside["rank_p05"] <= n_at_risk,
        "of the at-risk cut-off": outside["score"] >= result.cutoff - 5,
        "as high as in 2013": (outside["ref_level_ratio"] >= 1)
        & (outside["incidents_raw"] >= min_count),
    }
    occurring = [kind for kind, where in expected.items() if where.any()]
    assert len(occurring) >= 2, f"the sample shows several reasons: {occurring}"
    # The list is capped (#17): every listed unit gives each reason that holds for it.
    assert 0 < len(watch) <= rules["areas"]["watch_max"]
    listed = [kind for kind, where in expected.items() if where[watch.index].any()]
    assert len(listed) >= 2, listed
    for kind, where in expected.items():
        for unit in where.index[where]:
            if unit in watch.index:
                assert kind in watch.loc[unit, "reason"], (kind, watch.loc[unit, "reason"])
    assert watch["reason"].str.contains(r"in the top \d+ %").any(), "top 10 % of a criterion"


def test_units_map_tip_shows_trend_surge_reference_hotspot_band(qgis_app, repo_root, tmp_path):
    from riskmap_plugin.qgis_adapter.runner import run_model
    from riskmap_plugin.qgis_adapter.style import apply_result_style

    model = repo_root / "resources/sample/stabilization_2018.json"
    path = run_model(model, output_path=tmp_path / "r.gpkg").output_path
    layer = QgsVectorLayer(f"{path}|layername=units", "units", "ogr")
    apply_result_style(layer, "units")
    feature = next(layer.getFeatures('"rank" = 1'))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    tip = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
    low, high = round(feature["rank_p05"]), round(feature["rank_p95"])
    assert f"Trend: {feature['trend']} (p = " in tip
    assert f"Rank band: {low}–{high}" in tip
    assert f"in the top class in {round(100 * feature['p_top'])} % of runs" in tip
    assert f"Hot-spot analysis: {feature['hotspot']}" in tip
    assert "Against the reference year: ×" in tip
    surging = next(layer.getFeatures("\"surge\" = 'surge'"), None)
    if surging is not None:
        context.setFeature(surging)
        assert "Surge:" in QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
    assert np.isfinite(feature["ref_level_ratio"])
