"""Changes since the last briefing in words, and the method note on how sure the ranking is."""

from __future__ import annotations

import pandas as pd

from riskmap_plugin.core.analyses.changes import add_area_names, compare_runs, summarise
from riskmap_plugin.core.model import load_model
from riskmap_plugin.report.content.changes_section import section_lines, summary_line
from riskmap_plugin.report.content.notes import uncertainty_note


def _units(ranks, areas, contrib):
    n = len(ranks)
    return pd.DataFrame(
        {
            "unit_id": [f"u{i}" for i in range(n)],
            "unit_name": [f"Unit {i}" for i in range(n)],
            "rank": ranks,
            "score": [100.0 - r for r in ranks],
            "area_id": areas,
            "a_contrib": contrib,
            "b_contrib": [5.0] * n,
        }
    )


def _runs():
    before = _units([1, 2, 3, 4, 5, 20], [1, 1, 0, 0, 2, 0], [9, 8, 1, 1, 7, 0])
    now = _units([3, 2, 1, 4, 12, 5], [0, 1, 1, 0, 0, 0], [1, 8, 9, 1, 2, 6])
    areas_before = pd.DataFrame({"area_id": [1, 2], "name": ["North", "West"]})
    areas_now = pd.DataFrame({"area_id": [1], "name": ["North"], "n_units": [2]})
    changes = add_area_names(compare_runs(before, now), before, areas_before, now, areas_now)
    return changes, areas_now


def test_summary_names_units_areas_moves_and_criterion():
    changes, areas_now = _runs()
    facts = summarise(changes, areas_now)
    assert facts["entered"] == [("Unit 2", "North")]
    assert facts["left"] == [("Unit 0", "North"), ("Unit 4", "West")]
    assert facts["gone_areas"] == ["West"] and facts["new_areas"] == []
    assert facts["moves"][0] == ("Unit 5", 20.0, 5.0)
    assert facts["criterion"] == "a"
    near_top = [name for name, _, _ in summarise(changes, areas_now, within=4)["moves"]]
    assert near_top and not {"Unit 4", "Unit 5"} & set(near_top)


def test_section_and_summary_line_read_as_sentences():
    changes, areas_now = _runs()
    lines = section_lines(changes, areas_now, {"a": "Security incidents"})
    assert lines[0] == "Areas — no longer listed: West."
    assert "Entered the at-risk areas: 1 unit — Unit 2 (North)." in lines
    assert lines[-1] == "The criterion that moved most: Security incidents."
    line = summary_line(changes, areas_now, {"a": "Security incidents"})
    assert line.startswith("Since the previous result: 1 entered, 2 left the at-risk areas")
    assert line.endswith("moved most: Security incidents.")
    assert summary_line(None) == ""


def test_uncertainty_note_explains_draws_p_top_and_top_sensitivity(repo_root):
    model = load_model(str(repo_root / "resources/sample/stabilization_2018.json"))
    sensitivity = pd.DataFrame(
        {
            "criterion": ["incidents", "border", "returns", "ethnic_mix", "normalisation"],
            "label": ["Incidents", "Border", "Returnees", "Mix", "Normalisation method"],
            "first_order": [0.3, 0.1, 0.02, 0.2, 0.05],
        }
    )
    note = uncertainty_note(model, sensitivity, 11)
    assert f"{model.uncertainty.draws:,}".replace(",", "") in note.replace(",", "")
    assert "within the 11 at-risk units" in note
    assert "Incidents (30 %), Mix (20 %), Border (10 %)" in note
    assert "method choices: normalisation method 5 %" in note
    assert uncertainty_note(None, sensitivity, 11) == ""
