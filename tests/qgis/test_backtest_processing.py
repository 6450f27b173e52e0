"""riskmap:backtest on the bundled sample: the table, the per-unit layer, the CSV, the chart."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pyogrio
import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer
from qgis_test_helpers import SAMPLE_MODEL, needs_sample

from riskmap_plugin.core import load_model
from riskmap_plugin.core.backtest import BASELINES, MODEL, MODEL_REAL, as_of_dates
from riskmap_plugin.qgis_adapter.output import read_provenance

pytestmark = needs_sample()


def _run(parameters):
    import processing

    return processing.run("riskmap:backtest", parameters)


@pytest.fixture(scope="module")
def sample_backtest(riskmap_provider, tmp_path_factory):
    folder = tmp_path_factory.mktemp("backtest")
    outputs = {
        "OUTPUT": str(folder / "backtest.gpkg"),
        "OUTPUT_CSV": str(folder / "metrics.csv"),
        "OUTPUT_CHART": str(folder / "chart.png"),
    }
    result = _run(
        {
            "MODEL": str(SAMPLE_MODEL),
            "USE_SAMPLE_LAYERS": True,
            "FIRST": "2016-12-31",
            "LAST": "2018-01-31",
            "EVERY_MONTHS": 6,
            "HORIZON_MONTHS": 6,
            "PROPOSE_WEIGHTS": True,
            **outputs,
        }
    )
    return result, outputs


def test_the_algorithm_is_listed_with_its_help(riskmap_provider):
    algorithm = QgsApplication.processingRegistry().algorithmById("riskmap:backtest")
    assert algorithm is not None
    assert "baselines" in algorithm.shortHelpString()
    names = {p.name() for p in algorithm.parameterDefinitions()}
    assert {"MODEL", "FIRST", "LAST", "EVERY_MONTHS", "HORIZON_MONTHS", "OUTPUT"} <= names


def test_the_sample_table_has_every_date_and_scorer_with_and_without_illustrative(
    sample_backtest,
):
    result, outputs = sample_backtest
    table = pyogrio.read_dataframe(outputs["OUTPUT"], layer="backtest_metrics")
    assert set(table["as_of"]) == {"2016-12-31", "2017-06-30", "2017-12-31", "overall"}
    assert set(table["scorer"]) == {MODEL, MODEL_REAL, *BASELINES}
    csv = pd.read_csv(outputs["OUTPUT_CSV"])
    assert len(csv) == len(table) == 4 * 6
    summary = pyogrio.read_dataframe(outputs["OUTPUT"], layer="backtest_summary")
    assert set(summary["scorer"]) == {MODEL, MODEL_REAL}
    assert set(summary["verdict"]) <= {"beats", "worse", "no clear difference"}
    assert "average precision" in result["VERDICT"]
    provenance = read_provenance(outputs["OUTPUT"])
    assert provenance["backtest"]["as_of_dates"] == ["2016-12-31", "2017-06-30", "2017-12-31"]


def test_the_figures_equal_the_core_called_directly(sample_backtest):
    import geopandas as gpd

    from riskmap_plugin.core import required_layers
    from riskmap_plugin.core.backtest import BacktestSettings, run_backtest

    _, outputs = sample_backtest
    model = load_model(SAMPLE_MODEL)
    gpkg = SAMPLE_MODEL.parent / "iraq_2018.gpkg"
    layers = {r: gpd.read_file(gpkg, layer=r) for r in required_layers(model)}
    dates = tuple(as_of_dates(dt.date(2016, 12, 31), dt.date(2018, 1, 31), 6))
    direct = run_backtest(model, layers, BacktestSettings(dates, 6, bootstrap_draws=0)).metrics
    written = pyogrio.read_dataframe(outputs["OUTPUT"], layer="backtest_metrics")
    for column in ("roc_auc", "average_precision", "spearman", "later_events"):
        assert written[column].to_numpy() == pytest.approx(direct[column].to_numpy(), nan_ok=True)


def test_the_last_date_layer_is_styled_hits_misses_false_alarms(sample_backtest):
    _, outputs = sample_backtest
    layer = QgsVectorLayer(f"{outputs['OUTPUT']}|layername=backtest_units", "units", "ogr")
    units = load_model(SAMPLE_MODEL).units.layer  # the sample's 294 sub-districts
    expected = pyogrio.read_info(SAMPLE_MODEL.parent / "iraq_2018.gpkg", layer=units)["features"]
    assert layer.isValid() and layer.featureCount() == expected == 294
    renderer = layer.renderer()  # the default style saved in the GeoPackage
    assert renderer.type() == "categorizedSymbol"
    assert renderer.classAttribute() == "outcome"
    assert {c.value() for c in renderer.categories()} == {"hit", "miss", "false alarm", "quiet"}


def test_the_chart_is_a_png(sample_backtest):
    _, outputs = sample_backtest
    with open(outputs["OUTPUT_CHART"], "rb") as png:
        assert png.read(8) == b"\x89PNG\r\n\x1a\n"


def test_weights_are_proposed_not_applied(sample_backtest):
    _, outputs = sample_backtest
    weights = pyogrio.read_dataframe(outputs["OUTPUT"], layer="backtest_weights")
    assert set(weights["check_dates"]) == {"2017-12-31"}
    assert (weights["proposed_weight"] >= 0).all()
    current = {c.id: c.weight for c in load_model(SAMPLE_MODEL).criteria}
    assert dict(zip(weights["criterion"], weights["current_weight"])) == current


def test_bad_dates_are_a_clear_error(riskmap_provider, tmp_path):
    with pytest.raises(QgsProcessingException):
        _run(
            {
                "MODEL": str(SAMPLE_MODEL),
                "USE_SAMPLE_LAYERS": True,
                "AS_OF_DATES": "2017-13-01",
                "OUTPUT": str(tmp_path / "x.gpkg"),
            }
        )
    assert not (tmp_path / "x.gpkg").exists()


def test_the_briefing_gets_a_backtest_page_with_paragraph_and_chart(
    riskmap_provider, sample_backtest, tmp_path
):
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is needed")
    result_path = tmp_path / "result.gpkg"
    _run_score(result_path)
    _, outputs = sample_backtest
    shutil.copy(outputs["OUTPUT"], tmp_path / "result_backtest.gpkg")  # found beside the result
    import processing

    pdf = tmp_path / "briefing.pdf"
    done = processing.run("riskmap:briefing", {"INPUT": str(result_path), "OUTPUT": str(pdf)})
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    last = text.split("\f")[done["PAGES"] - 1]
    flat = " ".join(last.split())
    assert "How well has this model done?" in flat
    assert "This model without its illustrative criteria" in flat
    assert "the best baseline" in flat
    assert (tmp_path / "result_chart.png").is_file()  # the chart drawn for the page
    areas = len(pyogrio.read_dataframe(str(result_path), layer="areas"))
    assert done["PAGES"] == 1 + areas + 1


def test_a_backtest_of_another_model_is_not_printed(riskmap_provider, sample_backtest, tmp_path):
    import json
    import shutil

    import processing

    result_path = tmp_path / "result.gpkg"
    document = json.loads(SAMPLE_MODEL.read_text(encoding="utf-8"))
    document["name"] = "Another model"
    # A model reads only files beside it (issue #15): the sample goes next to this one.
    shutil.copy2(SAMPLE_MODEL.parent / document["default_source"], tmp_path)
    other = tmp_path / "other.json"
    other.write_text(json.dumps(document), encoding="utf-8")
    _run_score(result_path, other)
    _, outputs = sample_backtest
    shutil.copy(outputs["OUTPUT"], tmp_path / "result_backtest.gpkg")
    done = processing.run(
        "riskmap:briefing", {"INPUT": str(result_path), "OUTPUT": str(tmp_path / "b.pdf")}
    )
    areas = len(pyogrio.read_dataframe(str(result_path), layer="areas"))
    assert done["PAGES"] == 1 + areas


def _run_score(path, model=SAMPLE_MODEL):
    import processing

    processing.run(
        "riskmap:score",
        {
            "MODEL": str(model),
            "USE_SAMPLE_LAYERS": True,
            **{k: str(path) for k in ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")},
        },
    )


def test_a_backtest_parses_the_model_file_once(riskmap_provider, tmp_path, model_parses):
    _run(
        {
            "MODEL": str(SAMPLE_MODEL),
            "USE_SAMPLE_LAYERS": True,
            "AS_OF_DATES": "2017-06-30",
            "HORIZON_MONTHS": 6,
            "OUTPUT": str(tmp_path / "backtest.gpkg"),
        }
    )
    assert len(model_parses) == 1
