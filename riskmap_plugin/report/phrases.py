"""The briefing's fixed words in QGIS's language (the QGIS side of the pure context).

``context``, ``notes`` and the other pure modules word the briefing in English and
import no Qt; the layout passes them what this module returns, built from the
installed translator. Each word is written once, marked ``QT_TRANSLATE_NOOP(context,
"…")`` where it is defined (here, or :data:`.words.ENGLISH` for the sentences) so that
pylupdate5 files it; untranslated (English) words come back unchanged.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from ..core.explain import format_number
from ..qgis_adapter.wording import (
    LocaleNumber,
    class_words,
    run_wording,
    translated,
    translated_language,
    ui_locale,
)
from ..qgis_adapter.wording_warnings import translated_warnings
from .content.words import ENGLISH, Words

#: The briefing's fixed words by kind: result layers' ``legend`` titles, the core's
#: ``trend`` categories (``core.analyses.trends.CATEGORIES``) and the criteria table's
#: ``direction`` ("Riskier when"); the codes after the dot.
REPORT_WORDS = {
    "legend.areas": QT_TRANSLATE_NOOP("@default", "At-risk areas"),
    "legend.watch_list": QT_TRANSLATE_NOOP("@default", "Watch list (look again)"),
    "legend.units": QT_TRANSLATE_NOOP("@default", "Risk class of units"),
    "trend.none": QT_TRANSLATE_NOOP("@default", "none"),
    "trend.historical": QT_TRANSLATE_NOOP("@default", "historical"),
    "trend.new": QT_TRANSLATE_NOOP("@default", "new"),
    "trend.intensifying": QT_TRANSLATE_NOOP("@default", "intensifying"),
    "trend.diminishing": QT_TRANSLATE_NOOP("@default", "diminishing"),
    "trend.persistent": QT_TRANSLATE_NOOP("@default", "persistent"),
    "trend.sporadic": QT_TRANSLATE_NOOP("@default", "sporadic"),
    "direction.higher_is_riskier": QT_TRANSLATE_NOOP("@default", "higher"),
    "direction.lower_is_riskier": QT_TRANSLATE_NOOP("@default", "lower"),
}


#: The briefing's sentences (:data:`.words.ENGLISH`, marked there).
translated_sentences = partial(translated, ENGLISH, "RiskMapBriefing")


def briefing_words(locale_name: str | None = None) -> Words:
    """The briefing's :class:`.words.Words` in QGIS's language (call on the main thread).

    English, with English numbers and dates, when RiskMap has no catalogue for the
    language or none is installed (e.g. Processing without the plugin's translator).
    """
    name = locale_name or ui_locale()
    language = translated_language(name)
    if language is None:
        return Words()
    wording = run_wording(name)
    vocabulary = {**trend_words(), **class_words()}
    return Words(
        language=language,
        templates=translated_sentences(),
        number=wording.number_format,
        date=long_date,
        annotation_templates=wording.templates,
        noun_for=wording.noun_for,
        warning_templates=translated_warnings(),
        vocabulary={k: v for k, v in vocabulary.items() if k != v},
    )


def number_expression(expression: str, places: int) -> str:
    """QGIS's ``format_number`` of ``expression`` in the briefing's language."""
    language = translated_language()
    if language is not None:
        return f"format_number({expression}, {places}, '{language}')"
    return f"format_number({expression}, {places})"


def footer(version: str, model: str, result: str, as_of: str, generated: str) -> str:
    """The page footer."""
    template = QCoreApplication.translate("@default", "RiskMap {version} · model “{model}” · result {result} · as of {as_of} · generated {generated}")  # noqa: E501  # fmt: skip
    return template.format(
        version=version, model=model, result=result, as_of=as_of, generated=generated
    )


def long_date(value: dt.date) -> str:
    """'31 January 2018' in QGIS's language (English month names when it is English)."""
    locale_name = ui_locale() if translated_language() else "en_GB"
    date = QDate(value.year, value.month, value.day)
    return QLocale(locale_name).toString(date, "d MMMM yyyy")


def number(value: float, decimals: int = 0) -> str:
    """A number in the briefing's digits (Arabic-Indic in Arabic and Sorani)."""
    locale_name = ui_locale()
    if translated_language(locale_name) is None:
        return format_number(value, decimals)
    return LocaleNumber(locale_name)(value, decimals)


def quoted(text: str) -> str:
    """``text`` as a QGIS expression string literal."""
    return "'" + text.replace("'", "''") + "'"


def mapping_expression(field: str, words: dict[str, str], default: str | None = None) -> str:
    """A QGIS expression turning ``field``'s values into ``words`` (others unchanged)."""
    column = '"' + field.replace('"', '""') + '"'
    cases = " ".join(
        f"WHEN {column} = {quoted(key)} THEN {quoted(word)}"
        for key, word in words.items()
        if key != word
    )
    otherwise = column if default is None else f"coalesce({column}, {quoted(default)})"
    if not cases:
        return otherwise
    return f"CASE {cases} ELSE {otherwise} END"


# Each kind of REPORT_WORDS in the installed translation, by code.
legend_names = partial(translated, REPORT_WORDS, "@default", "legend")
trend_words = partial(translated, REPORT_WORDS, "@default", "trend")
direction_words = partial(translated, REPORT_WORDS, "@default", "direction")


__all__ = [
    "briefing_words",
    "class_words",
    "direction_words",
    "footer",
    "legend_names",
    "long_date",
    "mapping_expression",
    "number",
    "number_expression",
    "quoted",
    "translated_sentences",
    "trend_words",
]
