"""The run's warnings (:data:`..core.messages.WARNINGS`) and errors in QGIS's language.

The templates are written once, in the core, marked ``QT_TRANSLATE_NOOP("RiskMapWarnings",
…)`` for ``make transup`` (pylupdate5); here they are only looked up.
"""

from __future__ import annotations

from ..core.error_words import ERRORS
from ..core.messages import WARNINGS, reword
from .wording import LocaleNumber, translated, translated_language, ui_locale


def say_warning(text: str) -> str:
    """A run's warning in QGIS's language (as given when it has no translation)."""
    locale_name = ui_locale()
    if translated_language(locale_name) is None:
        return str(text)
    return reword(text, translated_warnings(), LocaleNumber(locale_name))


def translated_warnings() -> dict[str, str]:
    """Key → warning template in the installed translation (English where there is none)."""
    return translated(WARNINGS, "RiskMapWarnings")


def translated_errors() -> dict[str, str]:
    """Key → error template (:data:`..core.error_words.ERRORS`) in the installed translation."""
    return translated(ERRORS, "RiskMapErrors")


def say_error(error: BaseException) -> str:
    """A RiskMap error in QGIS's language (English, ``str(error)``, when none is installed or
    the error was worded on the spot); for the message bar and Processing's log."""
    said = getattr(error, "said", None)
    if said is None or translated_language() is None:
        return str(error)
    return said(translated_errors())
