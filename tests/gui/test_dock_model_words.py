"""#19: in Arabic, Sorani and French the dock shows the model's own translated words
(``translations`` in the model) and counts in one digit system."""

from __future__ import annotations

import json

import pytest
from dock_helpers import SAMPLE, copy_sample, open_dock
from languages import qgis_in_language
from qgis.core import QgsProject

from riskmap_plugin.gui.criteria_table import COLUMNS

SAMPLE_DOCUMENT = json.loads((SAMPLE / "stabilization_2018.json").read_text(encoding="utf-8"))
WESTERN = set("0123456789")
ARABIC_INDIC = set("٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize("language", ["ar", "ckb", "fr"])
def test_criteria_table_and_editor_show_the_models_translations(
    qgis_iface, qtbot, tmp_path, language
):
    glossary = SAMPLE_DOCUMENT["translations"][language]
    with qgis_in_language(language):
        project = QgsProject.instance()
        assert project.read(str(copy_sample(tmp_path)))
        dock, panel = open_dock(qgis_iface, qtbot, project)
        panel.choose_preset("Stabilization priorities")
        model = panel.criteria_model
        column = COLUMNS.index("label")
        shown = [model.data(model.index(i, column)) for i in range(len(model.rows))]
        labels = [row.criterion["label"] for row in model.rows]
        assert shown == [glossary.get(label, label) for label in labels]
        assert shown[0] == glossary["Security incidents"] != "Security incidents"
        titles = []

        def look(dialog):
            titles.append(dialog.windowTitle())
            return False

        panel.criteria_widget.edit_criterion(0, dialog=look)
        assert glossary["Security incidents"] in titles[0]
        # The model keeps its own words: saved as written, translated only when shown.
        assert model.rows[0].criterion["label"] == "Security incidents"


def test_area_cards_count_in_the_languages_digits(qgis_iface, qtbot):
    from riskmap_plugin.gui.area_cards import AreaCard

    area = {
        "area_id": 1,
        "name": "Sinjar",
        "class": "very_high",
        "score_max": 87.25,
        "area_km2": 12345.0,
        "share_pct": 2.5,
        "rank_p05": 1,
        "rank_p95": 4,
        "p_top": 0.83,
    }
    for language, digits, others in (("ar", ARABIC_INDIC, WESTERN), ("fr", WESTERN, ARABIC_INDIC)):
        with qgis_in_language(language):
            card = AreaCard(area)
            qtbot.addWidget(card)
            text = card.label.text().replace("Sinjar", "")
            numbers = {c for c in text if c in WESTERN | ARABIC_INDIC}
            assert numbers and numbers <= digits, (language, text)
            assert not numbers & others
