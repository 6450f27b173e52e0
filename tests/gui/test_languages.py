"""The plugin speaks Arabic, Sorani and French: dock strings, layout direction, annotations."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from languages import qgis_in_language
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt

from riskmap_plugin.paths import i18n_path
from riskmap_plugin.qgis_adapter.wording import run_wording

# (language, translated Generate button, right to left, "6 mo" in the annotation's words)
LANGUAGES = [
    ("ar", "إنشاء طبقة المناطق المعرّضة للخطر", True, "٦ أشهر"),
    ("ckb", "دروستکردنی چینی ناوچە مەترسیدارەکان", True, "٦ مانگ"),
    ("fr", "Générer la couche des zones à risque", False, "6 mois"),
]


@pytest.fixture()
def language(request):
    with qgis_in_language(request.param) as language:
        yield language


def _sample_explainer(wording):
    from riskmap_plugin.core.explain import Explainer
    from riskmap_plugin.core.model import load_model

    model = load_model(
        str(Path(__file__).resolve().parents[2] / "resources/sample/stabilization_2018.json")
    )
    return model, Explainer(
        model.criteria,
        model.as_of.year,
        **{
            "templates": wording.templates,
            "number": wording.number_format,
            "noun_for": wording.noun_for,
        },
    )


@pytest.mark.parametrize(
    ("language", "generate", "rtl", "six_months"),
    LANGUAGES,
    indirect=["language"],
)
def test_dock_and_annotations_in_each_language(
    language, generate, rtl, six_months, qgis_iface, qtbot
):
    from dock_helpers import open_dock

    dock, panel = open_dock(qgis_iface, qtbot)
    assert panel.generate_button.text() == generate
    expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert dock.layoutDirection() == expected
    assert panel.generate_button.layoutDirection() == expected, "children inherit the direction"
    wording = run_wording()
    assert wording.templates is not None
    model, explainer = _sample_explainer(wording)
    incidents = model.criterion("incidents")
    text = explainer.phrase(incidents, 31.0, {})
    assert six_months in text
    assert wording.number_format(31.0) in text
    assert wording.noun_for("incidents", 31.0) in text
    if language != "fr":
        assert "31" not in text and "٣١" in text, "Arabic-Indic digits"
        assert "incidents" not in text
    else:
        assert text == "31 incidents en 6 mois"
        assert wording.number_format(12345.5, 1) in ("12 345,5", "12\u202f345,5", "12\xa0345,5")


def test_english_keeps_the_core_wording():
    settings = QgsSettings()
    previous = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", "en_US")
    try:
        wording = run_wording()
    finally:
        if previous is None:
            settings.remove("locale/userLocale")
        else:
            settings.setValue("locale/userLocale", previous)
    assert wording.templates is None and wording.number_format is None
    assert wording.noun_for("sleeper-cell reports", 1) == "sleeper-cell report"


def test_wording_pickles_for_the_run_process():
    import pickle

    from riskmap_plugin.qgis_adapter.wording import LocaleNumber, TranslatedNoun

    words = {"number_format": LocaleNumber("ar_IQ"), "noun_for": TranslatedNoun((("a", "b"),))}
    again = pickle.loads(pickle.dumps(words))
    assert again["number_format"](3.5, 1) == "٣٫٥"
    assert again["noun_for"]("a", 2) == "b"


@pytest.mark.parametrize("language", ["ar", "ckb", "fr"])
def test_catalogue_is_complete(language):
    """No unfinished entry; every message has a translation keeping the placeholders."""
    import re

    root = ET.parse(i18n_path(f"riskmap_{language}.ts")).getroot()
    messages = root.findall(".//message")
    assert len(messages) > 200
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") != "unfinished", source
        assert (translation.text or "").strip(), f"{language}: no translation of {source!r}"
        if source != "QT_LAYOUT_DIRECTION":
            placeholders = sorted(re.findall(r"\{\w*\}", source))
            assert sorted(re.findall(r"\{\w*\}", translation.text)) == placeholders, source


def test_as_of_date_follows_the_dock_locale(qgis_iface, qtbot):
    from dock_helpers import open_dock

    dock, panel = open_dock(qgis_iface, qtbot)
    assert panel.as_of_edit.locale() == dock.locale()
    assert isinstance(panel.controller.as_of(), dt.date)


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_collaborator_strings_and_area_card_words_are_translated(language, qgis_iface, qtbot):
    """What the model controller and the run presenter show is in the catalogue's language:
    their strings keep the contexts they were filed under (ModelActions, PanelLogic)."""
    from dock_helpers import open_dock

    from riskmap_plugin.gui.area_cards import AreaCard

    _, panel = open_dock(qgis_iface, qtbot)
    panel.guess()  # ModelActions
    guessed = panel.guess_label.text()
    assert guessed and "Guessed" not in guessed and "layers" not in guessed
    panel.name_edit.setText("")  # PanelLogic
    assert panel.model_name() == QCoreApplication.translate("PanelLogic", "RiskMap model")
    assert panel.model_name() != "RiskMap model"
    panel.output_widget.setFilePath("")
    panel.presenter.update_buttons()  # PanelLogic
    tip = panel.generate_button.toolTip()
    assert tip and "Cannot run yet" not in tip and "output GeoPackage" not in tip
    panel.presenter._canceled()
    assert panel.status_label.text() not in ("", "Cancelled — nothing was written.")
    assert panel.preset_combo.accessibleName() != "Preset", "the panel's own strings translate"
    card = AreaCard({"area_id": 1, "name": "Kirkuk", "class": "High", "trend": "persistent"})
    qtbot.addWidget(card)
    text = card.label.text()
    assert "مرتفع" in text and "مستمر" in text
    assert "High" not in text and "persistent" not in text


@pytest.mark.parametrize("language", ["ar", "ckb"], indirect=True)
def test_dock_messages_use_one_digit_system(language, qgis_iface, qtbot, tmp_path):
    """#19: the dock's own messages count in the language's digits, as its annotations do."""
    import re

    from dock_helpers import copy_sample, open_dock
    from qgis.core import QgsProject

    assert QgsProject.instance().read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot)
    panel.choose_preset("Stabilization priorities")
    text = panel.guess_label.text()
    assert "١٠" in text and not re.search(r"[0-9]", text), text
    QgsProject.instance().clear()


@pytest.mark.parametrize(
    ("language", "said"),
    [("fr", "n’est pas une date"), ("ar", "ليس تاريخًا"), ("ckb", "بەروار نییە")],
    indirect=["language"],
)
def test_a_bad_model_file_is_refused_in_the_dock_language(
    language, said, qgis_iface, qtbot, tmp_path
):
    """A model-file error is made by key in the core and said in QGIS's language."""
    import json

    from dock_helpers import open_dock

    model_path = tmp_path / "bad.json"
    document = json.loads(
        (
            Path(__file__).resolve().parents[2] / "resources/sample/stabilization_2018.json"
        ).read_text(encoding="utf-8")
    )
    document["as_of"] = "31/01/2018"
    model_path.write_text(json.dumps(document), encoding="utf-8")
    _, panel = open_dock(qgis_iface, qtbot)
    assert not panel.load_model_file(str(model_path))
    shown = panel.status_label.toolTip()
    assert said in shown and "31/01/2018" in shown and "as_of" in shown
    assert "is not a date" not in shown
