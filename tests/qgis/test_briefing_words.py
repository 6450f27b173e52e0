"""Every briefing sentence is translated in each shipped language, with the same fields."""

from __future__ import annotations

import string

import pytest
from languages import qgis_in_language

from riskmap_plugin.qgis_adapter.wording import LANGUAGES
from riskmap_plugin.report.content.words import ENGLISH
from riskmap_plugin.report.phrases import briefing_words, translated_sentences


def _words_of(template: str) -> str:
    """The template's own text, without its {fields}."""
    return "".join(literal for literal, _, _, _ in string.Formatter().parse(template))


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.fixture
def language(request, qgis_app):
    with qgis_in_language(request.param) as language:
        yield language


def test_without_a_catalogue_the_briefing_is_the_english_templates(qgis_app):
    assert briefing_words().templates == {}
    assert briefing_words()("units_many", count="3") == "3 units"


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_sentence_is_translated_with_the_same_fields(language):
    sentences = translated_sentences()
    assert sentences.keys() == ENGLISH.keys()
    untranslated = {
        key
        for key, text in sentences.items()
        if text == ENGLISH[key] and any(c.isalpha() for c in _words_of(text))
    }
    # Only "p" (a statistic's name) and words French shares with English may stay.
    assert untranslated <= SAME_WORDS[language], untranslated
    broken = {k: t for k, t in sentences.items() if _fields(t) != _fields(ENGLISH[k])}
    assert not broken


#: Templates whose words are the same in the language ("p = …", the SI symbol "km²" that
#: the catalogues keep, French "quantiles").
SAME_WORDS = {
    "ar": {"trend_p", "area_size"},
    "ckb": {"trend_p", "area_size"},
    "fr": {"trend_p", "area_size", "breaks_quantiles", "method_minmax", "cutoff"},
}


@pytest.mark.parametrize(
    ("language", "digits"),
    [("ar", "١٢٬٣٤٥٫٥"), ("ckb", "١٢٬٣٤٥٫٥"), ("fr", "12\u202f345,5")],
    indirect=["language"],
)
def test_the_briefing_counts_in_the_language_digits(language, digits):
    words = briefing_words()
    assert words.language == language
    assert words.number(12345.5, 1) == digits
    assert words("units_many", count=words.number(3, 0)) != "3 units"


def test_without_a_catalogue_a_warning_stays_as_the_core_said_it(qgis_app):
    from riskmap_plugin.qgis_adapter.wording_warnings import say_warning

    text = "layer 'events': 243 features dated after the as-of date 2018-01-31 were not counted"
    assert say_warning(text) == text


#: Warnings not yet in i18n/*.ts: empty, and it must stay so (every warning is translated).
AWAITING_TRANSLATION: set[str] = set()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_warning_is_translated_with_the_same_fields(language):
    from riskmap_plugin.core.messages import WARNINGS, warning
    from riskmap_plugin.qgis_adapter.wording_warnings import say_warning, translated_warnings

    warnings = translated_warnings()
    assert warnings.keys() == WARNINGS.keys()
    untranslated = {k for k, t in warnings.items() if t == WARNINGS[k]}
    assert untranslated <= AWAITING_TRANSLATION
    assert not {k: t for k, t in warnings.items() if _fields(t) != _fields(WARNINGS[k])}
    said = say_warning(warning("made_valid", layer="events", count=12))
    assert "events" in said and "were made valid" not in said
    assert ("١٢" if language in ("ar", "ckb") else "12") in said
