"""The briefing's context is plain data extracted from a result, without QGIS."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pandas as pd
import pytest

from riskmap_plugin.report.content.context import build_context
from riskmap_plugin.report.content.words import PLACEHOLDER

MODEL = {
    "riskmap_model": 1,
    "name": "Test priorities",
    "as_of": "2018-01-31",
    "units": {"layer": "districts", "id_field": "id", "name_field": "name"},
    "criteria": [
        {
            "id": "incidents",
            "label": "Security incidents",
            "noun": "incidents",
            "layer": "events",
            "measure": "count",
            "weight": 3,
            "dimension": "Security",
        },
        {
            "id": "cells",
            "label": "Sleeper cells (illustrative)",
            "noun": "reports",
            "layer": "cells_illustrative",
            "measure": "count",
            "weight": 1,
            "dimension": "Security",
            "illustrative": True,
        },
    ],
}


def _tables(with_bands: bool = False):
    units = pd.DataFrame(
        {
            "unit_id": ["A", "B", "C"],
            "unit_name": ["Alpha", "Bravo", "Charlie"],
            "score": [80.0, 60.0, 10.0],
            "class": ["High", "High", "Low"],
            "coverage": [1.0, 1.0, 0.5],
            "low_coverage": [0, 0, 1],
            "area_id": [1, 1, 0],
            "incidents_raw": [10.0, 5.0, 0.0],
            "incidents_norm": [1.0, 0.5, 0.0],
            "incidents_contrib": [60.0, 30.0, 0.0],
            "cells_raw": [2.0, 1.0, 0.0],
            "cells_norm": [1.0, 0.5, 0.0],
            "cells_contrib": [20.0, 30.0, 0.0],
        }
    )
    areas = pd.DataFrame(
        {
            "area_id": [1],
            "name": ["Alpha town"],
            "class": ["High"],
            "score_max": [80.0],
            "score_mean": [70.0],
            "units": ["Alpha, Bravo"],
            "n_units": [2],
            "drivers": ["15 incidents · 3 reports"],
        }
    )
    if with_bands:
        areas = areas.assign(rank_p05=[1.0], rank_p95=[3.0], trend=["persistent"])
    criteria = pd.DataFrame(
        {
            "id": ["incidents", "cells"],
            "label": ["Security incidents", "Sleeper cells (illustrative)"],
            "layer": ["events", "cells_illustrative"],
            "measure": ["count", "count"],
            "weight": [3.0, 1.0],
            "weight_share": [0.75, 0.25],
            "dimension": ["Security", "Security"],
            "direction": ["higher_is_riskier", "higher_is_riskier"],
            "illustrative": [0, 1],
        }
    )
    provenance = {
        "model_name": "Test priorities",
        "as_of": "2018-01-31",
        "model": MODEL,
        "plugin_version": "0.1.0",
        "inputs": [
            {"reference": "events", "source": "data.gpkg|layername=events"},
            {"reference": "cells_illustrative", "source": "data.gpkg|layername=cells_illustrative"},
        ],
        "warnings": ["layer 'events': 2 features dated after the as-of date were not counted"],
    }
    sources = pd.DataFrame(
        {
            "layer": ["events", "cells_illustrative", "country"],
            "title": [
                "Incidents (UCDP GED)",
                "Sleeper cells (illustrative — not real data)",
                "Country outline",
            ],
            "licence": ["CC BY 4.0", "fictitious", "CC BY 3.0 IGO"],
            "attribution": [
                "UCDP GED, CC BY 4.0. Sundberg & Melander (2013), JPR; Högbladh (2019), Codebook",
                "RiskMap sample — ILLUSTRATIVE, NOT REAL DATA",
                "OCHA COD-AB, CC BY-IGO",
            ],
            "illustrative": [0, 1, 0],
        }
    )
    return areas, units, criteria, provenance, sources


def test_title_dates_banner_and_page_count():
    areas, units, criteria, provenance, sources = _tables()
    ctx = build_context(
        areas,
        units,
        criteria,
        provenance,
        sources=sources,
        banner="SECRET",
        generated=dt.date(2018, 2, 2),
    )
    assert ctx.title == "Test priorities"
    assert "31 January 2018" in ctx.subtitle and "2 February 2018" in ctx.subtitle
    assert ctx.banner == "SECRET"
    assert ctx.page_count == 2


def test_areas_with_members_and_driver_values_largest_first():
    areas, units, criteria, provenance, sources = _tables()
    ctx = build_context(areas, units, criteria, provenance, sources=sources)
    (area,) = ctx.areas
    assert (area.name, area.class_label, area.n_units) == ("Alpha town", "High", 2)
    assert area.units == ("Alpha", "Bravo")
    assert [d.criterion_id for d in area.driver_values] == ["incidents", "cells"]
    # counts are the area's totals; contributions are the members' mean
    assert area.driver_values[0].value_text == "15 incidents"
    assert area.driver_values[0].points == pytest.approx(45.0)
    assert sum(d.share_pct for d in area.driver_values) == pytest.approx(100.0)


def test_rank_band_and_trend_show_a_placeholder_until_the_fields_exist():
    ctx = build_context(*_tables()[:4])
    assert (ctx.areas[0].rank_band, ctx.areas[0].trend) == (PLACEHOLDER, PLACEHOLDER)
    ctx = build_context(*_tables(with_bands=True)[:4])
    assert (ctx.areas[0].rank_band, ctx.areas[0].trend) == ("1–3", "persistent")


def test_criteria_weight_shares_in_percent():
    ctx = build_context(*_tables()[:4])
    assert [(c.label, c.share_pct) for c in ctx.criteria] == [
        ("Security incidents", 75.0),
        ("Sleeper cells (illustrative)", 25.0),
    ]


def test_sources_attribute_used_and_background_layers_and_name_illustrative_ones():
    areas, units, criteria, provenance, sources = _tables()
    ctx = build_context(
        areas, units, criteria, provenance, sources=sources, extra_layers=["country"]
    )
    text = ctx.sources_text
    assert "Sundberg & Melander (2013), JPR; Högbladh (2019), Codebook" in text  # citation kept
    assert "OCHA COD-AB, CC BY-IGO" in text
    assert "Illustrative — not real data: Sleeper cells" in text
    assert ctx.illustrative_layers == ["Sleeper cells"]
    assert any("Illustrative — not real data" in c for c in ctx.caveats)


def test_caveats_report_coverage_and_run_warnings():
    ctx = build_context(*_tables()[:4])
    assert ctx.caveats[0].startswith("Data coverage: 83 %")
    assert "1 units with low coverage (Charlie)" in ctx.caveats[0]
    assert any("dated after the as-of date" in c for c in ctx.caveats)


def test_method_note_names_method_classes_and_cutoff():
    ctx = build_context(*_tables()[:4])
    assert "weighted arithmetic mean of 2 criteria" in ctx.method_note
    assert "Security 100 %" in ctx.method_note
    assert "score ≥ 60.0" in ctx.method_note


def test_missing_sources_are_flagged_not_invented():
    areas, units, criteria, provenance, _ = _tables()
    ctx = build_context(areas, units, criteria, provenance, sources=None)
    assert "events: source not recorded" in ctx.sources_text


def test_to_dict_is_plain_data():
    ctx = build_context(*_tables()[:4])
    data = ctx.to_dict()
    assert data["areas"][0]["driver_values"][0]["criterion_id"] == "incidents"
    assert data["page_count"] == 2


def test_context_module_imports_no_qgis_or_qt():
    code = (
        "import sys, riskmap_plugin.report.content.context;"
        "bad = [m for m in sys.modules if m.startswith(('qgis', 'PyQt'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
