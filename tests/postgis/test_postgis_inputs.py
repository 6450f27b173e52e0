"""PostGIS inputs: counted in the database, equal to the GeoPackage sample."""

from __future__ import annotations

import json

import numpy as np
import pytest
from postgis_helpers import pg_layer
from qgis_test_helpers import SAMPLE_DIR, SAMPLE_GPKG, SAMPLE_MODEL

from riskmap_plugin.core import load_model
from riskmap_plugin.qgis_adapter.runner import compute, prepare_inputs

SAMPLE_LAYERS = [
    "subdistricts", "towns", "governorates", "events", "border", "returnees", "idps",
    "sleeper_cells_illustrative", "supportive_groups_illustrative", "preachers_illustrative",
    "flashpoints_illustrative", "ethnic_mix_illustrative",
]  # fmt: skip


def _postgis_map(layers=SAMPLE_LAYERS):
    return {name: pg_layer(name) for name in layers}


def _run(model, layer_map=None, *, default_source=None, **kwargs):
    """Run on the sample; with a layer map, nothing comes from the GeoPackage unless said."""
    use_default = layer_map is None if default_source is None else default_source
    prepared = prepare_inputs(
        model, model_dir=SAMPLE_DIR, layer_map=layer_map, use_default_source=use_default,
        **kwargs,
    )  # fmt: skip
    return prepared, compute(prepared)


def _events_only_model():
    """The sample's event criteria alone, so that the events layer is only counted: a
    filter (text 'in'), a window, the UCDP precision rule, numeric and 'not in' filters."""
    document = json.loads(SAMPLE_MODEL.read_text(encoding="utf-8"))
    dyads = document["criteria"][0]["filter"]["value"]
    document["criteria"] = [
        {"id": "incidents", "label": "Incidents", "layer": "events", "measure": "count",
         "date_field": "date_start", "window": {"days": 180},
         "filter": {"field": "dyad_name", "op": "in", "value": dyads}, "weight": 3},
        {"id": "deadly", "label": "Deadly", "layer": "events", "measure": "presence",
         "date_field": "date_start", "window": {"months": 12},
         "filter": [{"field": "best", "op": ">=", "value": 5},
                    {"field": "type_of_violence", "op": "!=", "value": 1}], "weight": 1},
        {"id": "others", "label": "Other dyads", "layer": "events", "measure": "density",
         "date_field": "date_start",
         "filter": {"field": "dyad_name", "op": "not in", "value": dyads}, "weight": 1},
        {"id": "cells", "label": "Cells", "layer": "sleeper_cells_illustrative",
         "measure": "count", "date_field": "date_reported", "window": {"days": 365},
         "filter": {"field": "source_type", "op": ">", "value": "informant"}, "weight": 1},
    ]  # fmt: skip
    document["layers"] = {"events": document["layers"]["events"]}
    for key in ("time", "hotspots", "uncertainty", "places"):
        document.pop(key, None)
    document["areas"] = {"min_class": "High", "method": "peaks", "boundary": "governorates"}
    return load_model(document)


def _read_paths(outcome):
    return {r["reference"]: r["read_path"] for r in outcome.provenance["inputs"]}


def test_sample_from_postgis_scores_as_from_the_geopackage(qgis_app):
    _, expected = _run(SAMPLE_MODEL)
    prepared, outcome = _run(SAMPLE_MODEL, _postgis_map())
    paths = _read_paths(outcome)
    # Only counted layers are counted in the database; the others are read (and said).
    assert {r for r, p in paths.items() if p == "database"} == {
        "sleeper_cells_illustrative", "supportive_groups_illustrative", "preachers_illustrative",
    }  # fmt: skip
    ours, theirs = outcome.result, expected.result
    assert ours.units["unit_id"].tolist() == theirs.units["unit_id"].tolist()
    for criterion in load_model(SAMPLE_MODEL).criteria:
        raw = f"{criterion.id}_raw"
        np.testing.assert_array_equal(ours.units[raw].to_numpy(), theirs.units[raw].to_numpy())
    np.testing.assert_array_equal(ours.units["score"].to_numpy(), theirs.units["score"].to_numpy())
    assert ours.units["class"].tolist() == theirs.units["class"].tolist()
    assert ours.areas["name"].tolist() == theirs.areas["name"].tolist()
    # ogr2ogr lower-cased ADM3_PCODE: matched, and said.
    assert any("'ADM3_PCODE' was matched to 'adm3_pcode'" in w for w in outcome.warnings)
    assert any("counted per unit in its PostGIS database" in w for w in outcome.warnings)


def test_event_counts_in_the_database_equal_the_geopackage(qgis_app):
    model = _events_only_model()
    _, expected = _run(model)
    layers = ["subdistricts", "governorates", "events", "sleeper_cells_illustrative"]
    _, outcome = _run(model, _postgis_map(layers))
    assert _read_paths(outcome)["events"] == "database"
    assert _read_paths(outcome)["sleeper_cells_illustrative"] == "database"
    ours, theirs = outcome.result.units, expected.result.units
    for criterion in model.criteria:
        raw = f"{criterion.id}_raw"
        np.testing.assert_array_equal(ours[raw].to_numpy(), theirs[raw].to_numpy())
    assert ours["incidents_raw"].sum() > 30  # the filters keep something to compare
    assert 0 < ours["deadly_raw"].sum() < len(ours)
    np.testing.assert_array_equal(ours["score"].to_numpy(), theirs["score"].to_numpy())
    # The precision rule's caveat gives the same figures on both paths.
    coarse = sorted(w for w in expected.warnings if "located more coarsely" in w)
    assert coarse and coarse == sorted(w for w in outcome.warnings if "located more coarsely" in w)


def test_a_subset_string_limits_what_the_database_counts(qgis_app):
    model = _events_only_model()
    layers = _postgis_map(["subdistricts", "governorates", "sleeper_cells_illustrative"])
    events = pg_layer("events", sql='"best" >= 10')
    layers["events"] = events
    _, outcome = _run(model, layers)
    from qgis.core import QgsVectorLayer

    file_layer = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=events", "events", "ogr")
    file_layer.setSubsetString('"best" >= 10')
    file_map = {"events": file_layer}
    _, expected = _run(model, file_map, default_source=True)
    assert _read_paths(outcome)["events"] == "database"
    for criterion in model.criteria:
        raw = f"{criterion.id}_raw"
        np.testing.assert_array_equal(
            outcome.result.units[raw].to_numpy(), expected.result.units[raw].to_numpy()
        )


@pytest.mark.parametrize("force_iterator", [True])
def test_pulling_the_rows_gives_the_same_counts(qgis_app, force_iterator):
    """The comparison path of the bench: every PostGIS layer read through QGIS."""
    model = _events_only_model()
    layers = ["subdistricts", "governorates", "events", "sleeper_cells_illustrative"]
    _, counted = _run(model, _postgis_map(layers))
    _, pulled = _run(model, _postgis_map(layers), force_iterator=force_iterator)
    assert set(_read_paths(pulled).values()) == {"iterator"}
    np.testing.assert_array_equal(
        counted.result.units["score"].to_numpy(), pulled.result.units["score"].to_numpy()
    )


def test_a_backtest_reads_counted_layers_through_qgis(qgis_app):
    """A backtest re-counts at many dates in memory: a counted layer is read for it."""
    import datetime as dt

    from riskmap_plugin.core.backtest.evaluate import BacktestSettings
    from riskmap_plugin.qgis_adapter.backtest_run import compute_backtest

    settings = BacktestSettings(
        as_of_dates=(dt.date(2016, 6, 30), dt.date(2017, 6, 30)), bootstrap_draws=10
    )
    expected = compute_backtest(prepare_inputs(SAMPLE_MODEL, model_dir=SAMPLE_DIR), settings)
    prepared = prepare_inputs(SAMPLE_MODEL, layer_map=_postgis_map(), use_default_source=False)
    assert prepared.readers["preachers_illustrative"].path == "database"
    ours = compute_backtest(prepared, settings)
    paths = {r["reference"]: r["read_path"] for r in ours.provenance["inputs"]}
    assert paths["preachers_illustrative"] == "iterator"
    columns = [c for c in expected.result.last_units.columns if c.endswith("_raw") or c == "score"]
    assert columns
    for column in columns:
        np.testing.assert_array_equal(
            ours.result.last_units[column].to_numpy(),
            expected.result.last_units[column].to_numpy(),
        )
