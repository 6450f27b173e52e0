"""The briefing's fixed words in QGIS's language (the QGIS side of the pure context).

``context``, ``notes`` and the other pure modules word the briefing in English and
import no Qt; the layout passes them what this module returns, built from the
installed translator (``@default`` context, where pylupdate5 files a module-level
call). Each ``QCoreApplication.translate`` call is spelled out so pylupdate5 sees it.
Untranslated (English) words come back unchanged.
"""

from __future__ import annotations

import datetime as dt

from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale

from ..qgis_adapter.wording import ui_locale


def legend_names() -> dict[str, str]:
    """Legend titles of the result layers, by kind."""
    return {
        "areas": QCoreApplication.translate("@default", "At-risk areas"),
        "watch_list": QCoreApplication.translate("@default", "Watch list (look again)"),
        "units": QCoreApplication.translate("@default", "Risk class of units"),
    }


def trend_words() -> dict[str, str]:
    """The core's trend categories (``core.trends.CATEGORIES``) in words."""
    return {
        "none": QCoreApplication.translate("@default", "none"),
        "historical": QCoreApplication.translate("@default", "historical"),
        "new": QCoreApplication.translate("@default", "new"),
        "intensifying": QCoreApplication.translate("@default", "intensifying"),
        "diminishing": QCoreApplication.translate("@default", "diminishing"),
        "persistent": QCoreApplication.translate("@default", "persistent"),
        "sporadic": QCoreApplication.translate("@default", "sporadic"),
    }


def class_words() -> dict[str, str]:
    """The class labels RiskMap ships (a model's own labels stay as written)."""
    return {
        "Very low": QCoreApplication.translate("@default", "Very low"),
        "Low": QCoreApplication.translate("@default", "Low"),
        "Moderate": QCoreApplication.translate("@default", "Moderate"),
        "High": QCoreApplication.translate("@default", "High"),
        "Very high": QCoreApplication.translate("@default", "Very high"),
    }


def direction_words() -> dict[str, str]:
    """The criteria table's "Riskier when" values."""
    return {
        "higher_is_riskier": QCoreApplication.translate("@default", "higher"),
        "lower_is_riskier": QCoreApplication.translate("@default", "lower"),
    }


def context_phrases() -> dict[str, str]:
    """Templates for ``report.context.build_context(phrases=...)``."""
    # One line: pylupdate5 misses a call whose last argument is followed by a comma.
    subtitle = QCoreApplication.translate("@default", "Areas at risk of a violent-extremist resurgence · as of {as_of} · generated {generated} · RiskMap {version}")  # noqa: E501  # fmt: skip
    return {"subtitle": subtitle}


def footer(version: str, model: str, result: str, as_of: str, generated: str) -> str:
    """The page footer."""
    template = QCoreApplication.translate("@default", "RiskMap {version} · model “{model}” · result {result} · as of {as_of} · generated {generated}")  # noqa: E501  # fmt: skip
    return template.format(
        version=version, model=model, result=result, as_of=as_of, generated=generated
    )


def long_date(value: dt.date) -> str:
    """'31 January 2018' in QGIS's language (English month names when it is English)."""
    locale_name = ui_locale()
    if QCoreApplication.translate("@default", "At-risk areas") == "At-risk areas":
        locale_name = "en_GB"  # no catalogue installed: the briefing stays English
    date = QDate(value.year, value.month, value.day)
    return QLocale(locale_name).toString(date, "d MMMM yyyy")


def mapping_expression(field: str, words: dict[str, str], default: str | None = None) -> str:
    """A QGIS expression turning ``field``'s values into ``words`` (others unchanged)."""

    def quoted(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

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


__all__ = [
    "class_words",
    "context_phrases",
    "direction_words",
    "footer",
    "legend_names",
    "long_date",
    "mapping_expression",
    "trend_words",
]
