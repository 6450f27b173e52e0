"""The briefing's sentences come from templates a language can replace (no QGIS, no Qt)."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from test_report_context import MODEL, _tables

from riskmap_plugin.core.errors import ModelError
from riskmap_plugin.core.model import load_model
from riskmap_plugin.report.content.area_rows import _hotspot
from riskmap_plugin.report.content.context import build_context
from riskmap_plugin.report.content.words import ENGLISH, ENGLISH_WORDS, Words, model_glossary

FRENCH = {
    "method": "Chacune des {units} unités : {mean} de {criteria} critères ; {shares}. {classes}. "
    "Zones : {min_class}{cutoff}. Veille : {watch}.",
    "mean_arithmetic": "moyenne arithmétique pondérée",
    "dimension_share": "{dimension} {share} %",
    "min_class_any": "les classes supérieures",
    "coverage": "Couverture : {share} % du poids",
    "illustrative_short": "Illustratif : {layers}",
    "illustrative_caveat": "Illustratif : {layers}.",
    "area_heading": "Zone {number} sur {count} : {name}",
    "area_class": "Classe : {label} · score {score} · moyenne {mean} · {units}",
    "units_many": "{count} unités",
}
GLOSSARY = {
    "Test priorities": "Priorités de test",
    "Security incidents": "Incidents de sécurité",
    "Security": "Sécurité",
    "Sleeper cells (illustrative)": "Cellules dormantes (illustratif)",
    "Sleeper cells": "Cellules dormantes",
}


def _french(**extra) -> Words:
    return Words(
        language="fr_FR",
        templates=FRENCH,
        number=lambda value, decimals=None: f"‹{value:.{0 if decimals is None else decimals}f}›",
        date=lambda day: f"{day.day}/{day.month}/{day.year}",
        vocabulary={"High": "Élevée", "Low": "Faible"},
        **extra,
    )


def _context(words: Words | None, model=None):
    areas, units, criteria, provenance, sources = _tables()
    return build_context(
        areas,
        units,
        criteria,
        provenance,
        model=model,
        sources=sources,
        generated=dt.date(2026, 11, 24),
        words=words,
    )


def test_english_words_are_the_default_briefing():
    assert _context(None).to_dict() == _context(ENGLISH_WORDS).to_dict()
    ctx = _context(None)
    assert ctx.method_note.startswith("Each of the 3 units is scored 0–100")
    assert ctx.areas[0].heading == "Area 1 of 1: Alpha town"
    assert ctx.illustrative_note == "Illustrative — not real data: Sleeper cells"


def test_a_language_rewords_every_part_with_its_numbers_dates_and_the_model_glossary():
    model = {**copy.deepcopy(MODEL), "translations": {"fr": GLOSSARY}}
    ctx = _context(_french(), model=model)
    assert ctx.title == "Priorités de test"
    assert ctx.as_of == "31/1/2018"
    assert [(c.label, c.dimension) for c in ctx.criteria] == [
        ("Incidents de sécurité", "Sécurité"),
        ("Cellules dormantes (illustratif)", "Sécurité"),
    ]
    # The language's template, numbers and the translated dimension, not English.
    assert ctx.method_note.startswith("Chacune des ‹3› unités : moyenne arithmétique pondérée")
    assert "Sécurité ‹100› %" in ctx.method_note
    assert ctx.caveats[0].startswith("Couverture : ‹83› % du poids")
    assert ctx.illustrative_note == "Illustratif : Cellules dormantes"
    area = ctx.areas[0]
    assert area.heading == "Zone ‹1› sur ‹1› : Alpha town"
    assert area.class_label == "Élevée"
    assert area.details.startswith("Classe : Élevée · score ‹80.0› · moyenne ‹70.0› · ‹2› unités")
    assert {d.label for d in area.driver_values} == {
        "Incidents de sécurité",
        "Cellules dormantes (illustratif)",
    }
    # The run's warnings stay the core's English messages (as in QGIS's log).
    assert ctx.caveats[-1].startswith("Layer 'events': 2 features")
    # Tables bound to the result's English fields look their words up here.
    assert ctx.terms["Security"] == "Sécurité" and ctx.terms["High"] == "Élevée"


def test_a_broken_translation_prints_the_english_sentence_not_nothing():
    words = Words(templates={"area_name": "Zone {numéro}", "rank_band": "Rangs {band"})
    assert words("area_name", number=3) == ENGLISH["area_name"].format(number=3)
    assert words("rank_band", band="1–3") == "Rank band 1–3"


def test_lists_and_counts_follow_the_language():
    words = Words(templates={"and": "{first} et {last}", "units_one": "{count} unité"})
    assert words.listing(["a", "b", "c"]) == "a, b et c"
    assert words.listing(["a"]) == "a"
    assert words.count(1) == "1 unité" and words.count(2) == "2 units"


def test_hot_spot_labels_of_the_core_are_reworded():
    words = Words(templates={"hot_spot": "Point chaud {level} %", "not_significant": "n.s."})
    assert _hotspot("Hot spot 95 %", words) == "Point chaud 95 %"
    assert _hotspot("Cold spot 99 %", words) == "Cold spot 99 %"
    assert _hotspot("Not significant", words) == "n.s."
    assert _hotspot(None, words) == "—"


def test_model_translations_are_validated_and_found_by_language(repo_root):
    model = load_model(repo_root / "resources/sample/stabilization_2018.json")
    for language in ("ar", "ckb", "fr"):
        glossary = model_glossary(model, language)
        labels = [c.label for c in model.criteria]
        assert set(labels) <= set(glossary), language
        assert model.name in glossary and model.description in glossary
    assert model_glossary(model, "fr_CA") == model_glossary(model, "fr")
    assert model_glossary(model, "de") == {}
    document = model.to_dict()
    for bad, where in (
        ({"Arabic": {"a": "b"}}, "translations → Arabic"),
        ({"ar": {"Security": ""}}, "translations → ar"),
        ({"ar": ["Security"]}, "translations → ar"),
    ):
        with pytest.raises(ModelError) as error:
            load_model({**document, "translations": bad})
        assert where in str(error.value)
