"""The dock shows how sure each area is (rank band, top class share), its trend and surge,
and compares a run with the previous result (by default the output file it replaces)."""

from __future__ import annotations

import pyogrio
from dock_helpers import copy_sample, open_dock, wait_for_run
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from riskmap_plugin.gui.area_cards import AreaCard


def test_area_card_shows_rank_band_top_class_trend_and_surge(qtbot):
    area = {
        "area_id": 2,
        "name": "Kirkuk",
        "class": "High",
        "score_max": 44.3,
        "drivers": "19 incidents in 6 mo · mix index 0.70",
        "rank_p05": 4.0,
        "rank_p95": 8.0,
        "p_top": 0.994,
        "trend": "persistent",
        "surge": "surge",
    }
    card = AreaCard(area)
    qtbot.addWidget(card)
    text = card.label.text()
    for part in ("rank 4–8", "in the top class in 99 % of runs", "trend: persistent", "surge"):
        assert part in text
    plain = AreaCard({**area, "rank_p05": None, "rank_p95": None, "p_top": None, "surge": ""})
    qtbot.addWidget(plain)
    assert "rank" not in plain.label.text() and "surge" not in plain.label.text()


def test_second_run_compares_with_the_output_it_replaces(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot)
    panel.choose_preset("Stabilization priorities")
    output = panel.output_widget.filePath()
    assert panel.previous_widget.filePath() == ""

    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    wait_for_run(qtbot, panel)
    assert panel.changes_label.text() == "", "nothing to compare the first run with"
    cards = panel.area_cards.cards
    assert cards and all("in the top class in" in c.label.text() for c in cards)
    assert all("rank " in c.label.text() for c in cards)

    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    wait_for_run(qtbot, panel)
    # Same model, same data: nothing entered or left, and the table says so.
    assert panel.changes_label.text().startswith(
        "Since the previous result: 0 entered, 0 left the at-risk areas"
    ), panel.changes_label.text()
    assert len(pyogrio.read_dataframe(output, layer="changes")) == 0
