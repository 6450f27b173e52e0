"""The words of a run in QGIS's language: translated annotation templates, numbers, nouns.

The core words its annotations with :data:`..core.explain.TEMPLATES` (plain
``str.format`` strings) and formats numbers with a callable; it imports no Qt.
This module is the QGIS side of that contract: :func:`run_wording` returns the
templates translated by the installed ``QTranslator`` (marked where they are defined,
context ``RiskMapAnnotations``; :func:`translated` says any such table), a
:class:`QLocale` number formatter (Arabic-Indic digits in Arabic and Sorani,
``12 345,5`` in French) and a noun rule (English drops the plural *s* for exactly
one; translations use their own word for the sample's nouns, with no plural rule), as
one :class:`~..core.wording.Wording`. Both fronts, the dock's run and
``riskmap:score``, hand it to the run as it is.

Which language: :func:`ui_locale` reads QGIS's settings (``locale/overrideFlag``,
``locale/userLocale``) the way QGIS chooses its own interface language.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTranslator

from ..paths import i18n_path

if TYPE_CHECKING:  # the core needs numpy; this module must import without it
    from ..core.wording import Wording

#: Languages the plugin ships a translation for (``i18n/riskmap_<lang>.qm``).
LANGUAGES = ("ar", "ckb", "fr")


def tr(text: str) -> str:
    """Translate ``text`` said outside a class.

    pylupdate5 files a module-level ``tr("…")`` call under the context
    ``@default``, so that is the context looked up here.
    """
    return QCoreApplication.translate("@default", text)


def ui_locale() -> str:
    """QGIS's interface locale, e.g. ``"ar_IQ"``, ``"ckb"``, ``"fr_FR"`` or ``"en_US"``.

    With ``locale/overrideFlag`` set, QGIS uses ``locale/userLocale``; otherwise the
    system's locale, which QGIS writes back into ``locale/userLocale`` at start-up (so a
    plugin loaded later reads the same). ``QgsApplication.locale()`` is not used: it
    keeps two letters only, which would turn Sorani (``ckb``) into ``ck``.
    """
    settings = QgsSettings()
    user = settings.value("locale/userLocale", "", type=str) or ""
    if settings.value("locale/overrideFlag", False, type=bool) and user:
        return user
    return user or QLocale.system().name()


def ui_language(locale_name: str | None = None) -> str:
    """``"ar"`` from ``"ar_IQ"``; ``"ckb"`` from ``"ckb"``."""
    return (locale_name or ui_locale()).replace("-", "_").split("_")[0].lower()


def translated_language(locale_name: str | None = None) -> str | None:
    """The language RiskMap speaks now (``"ar"``, ``"ckb"``, ``"fr"``), or None for English.

    None too when QGIS's language has a catalogue but it is not installed (e.g.
    Processing run without the plugin's translator): then everything stays English.
    """
    language = ui_language(locale_name)
    if language not in LANGUAGES:
        return None
    # Every catalogue translates this; without an installed one it comes back as is.
    installed = QCoreApplication.translate("@default", "At-risk areas") != "At-risk areas"
    return language if installed else None


def is_right_to_left(locale_name: str | None = None) -> bool:
    locale = QLocale(locale_name or ui_locale())
    return locale.textDirection() == Qt.LayoutDirection.RightToLeft


def layout_direction(locale_name: str | None = None) -> Qt.LayoutDirection:
    """Right to left for Arabic and Sorani, left to right otherwise.

    The locale decides, and so does the installed catalogue: Qt reads the entry
    ``QT_LAYOUT_DIRECTION`` (translated "RTL" in ar/ckb) when a translator is installed.
    """
    # Qt's own convention; translators write "RTL" (ar, ckb) or "LTR".
    catalogue = QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION")
    if is_right_to_left(locale_name) or catalogue == "RTL":
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


@lru_cache(maxsize=8)
def _locale(name: str) -> QLocale:
    return QLocale(name)


@dataclass(frozen=True)
class LocaleNumber:
    """``number(value, decimals=None)`` like the core's, in the locale's digits.

    A class rather than a closure so that it pickles: large runs score in a child process.

    >>> LocaleNumber("fr_FR")(12345.5)  # doctest: +SKIP
    '12 345,5'
    """

    locale_name: str

    def __call__(self, value: float, decimals: int | None = None) -> str:
        value = float(value)
        if not math.isfinite(value):
            return "–"
        if decimals is None:
            decimals = 0 if value.is_integer() or abs(value) >= 100 else 1
        return _locale(self.locale_name).toString(value, "f", decimals)


@dataclass(frozen=True)
class TranslatedNoun:
    """The translation's word for a noun it knows, else the noun as given; no plural rule."""

    nouns: tuple[tuple[str, str], ...]

    def __call__(self, noun: str, value: float) -> str:
        return dict(self.nouns).get(noun, noun)


#: The class labels RiskMap ships, as the result stores them (a model's own labels: its
#: ``translations``).
CLASS_LABELS = (
    QT_TRANSLATE_NOOP("@default", "Very low"),
    QT_TRANSLATE_NOOP("@default", "Low"),
    QT_TRANSLATE_NOOP("@default", "Moderate"),
    QT_TRANSLATE_NOOP("@default", "High"),
    QT_TRANSLATE_NOOP("@default", "Very high"),
)

#: The nouns of the sample model and the presets (a model's nouns are the analyst's own words;
#: these are the ones RiskMap ships).
NOUNS = (
    QT_TRANSLATE_NOOP("RiskMapNouns", "incidents"),
    QT_TRANSLATE_NOOP("RiskMapNouns", "attacks"),
    QT_TRANSLATE_NOOP("RiskMapNouns", "sleeper-cell reports"),
    QT_TRANSLATE_NOOP("RiskMapNouns", "supportive groups"),
    QT_TRANSLATE_NOOP("RiskMapNouns", "preachers"),
    QT_TRANSLATE_NOOP("RiskMapNouns", "Syrian border"),
    QT_TRANSLATE_NOOP("RiskMapNouns", "flashpoint zones"),
    QT_TRANSLATE_NOOP("RiskMapNouns", "mix"),
    QT_TRANSLATE_NOOP("RiskMapNouns", "returnees"),
    QT_TRANSLATE_NOOP("RiskMapNouns", "returned"),
)


def class_words() -> dict[str, str]:
    """The class labels RiskMap ships, English → installed translation."""
    return translated({label: label for label in CLASS_LABELS}, "@default")


def translated(table: Mapping[str, str], context: str, kind: str = "") -> dict[str, str]:
    """``table`` (key → English, marked with ``QT_TRANSLATE_NOOP(context, …)`` where it is
    defined) in the installed translation; English where there is none.

    With ``kind``, only the keys ``"<kind>.<code>"`` of a table of several kinds, by code.
    """
    prefix = f"{kind}." if kind else ""
    return {
        key[len(prefix) :]: QCoreApplication.translate(context, text)
        for key, text in table.items()
        if key.startswith(prefix)
    }


def translated_templates() -> dict[str, str]:
    """The core's TEMPLATES in the installed translation (English where none is)."""
    from ..core.explain import TEMPLATES  # the core needs numpy; see run_wording

    return translated(TEMPLATES, "RiskMapAnnotations")


def translated_nouns() -> dict[str, str]:
    """The nouns of the sample model and the presets, in the installed translation."""
    return translated({noun: noun for noun in NOUNS}, "RiskMapNouns")


def run_wording(locale_name: str | None = None) -> Wording:
    """The wording for QGIS's language (call on the main thread; the result is plain data).

    English (or a language RiskMap has no translation for) keeps the core's own
    wording: English templates, ``12,345`` and singular nouns for one.
    """
    # Imported here: the plugin installs its translator from this module before it
    # knows whether the core's packages (numpy, geopandas) are installed.
    from ..core.explain import english_singular
    from ..core.wording import Wording

    name = locale_name or ui_locale()
    language = ui_language(name)
    if translated_language(name) is None:
        return Wording(noun_for=english_singular, language=language)
    nouns = TranslatedNoun(tuple(translated_nouns().items()))
    return Wording(translated_templates(), LocaleNumber(name), nouns, language)


def install_translator(locale_name: str | None = None) -> QTranslator | None:
    """Install ``i18n/riskmap_<lang>.qm`` for the locale, if shipped; return the translator.

    ``None`` (English stays) when the language has no catalogue or it does not load.
    The caller removes it with ``QCoreApplication.removeTranslator`` when done.
    """
    language = ui_language(locale_name)
    qm_file = i18n_path(f"riskmap_{language}.qm")
    if not language or not qm_file.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(qm_file)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


@contextlib.contextmanager
def in_language(language: str) -> Iterator[QTranslator | None]:
    """QGIS's locale set to ``language`` (override on) with RiskMap's catalogue installed,
    for a briefing or a test in another language; the previous settings come back after.

    Yields the translator (None: no catalogue for the language, English stays).
    """
    settings = QgsSettings()
    keys = ("locale/userLocale", "locale/overrideFlag")
    previous = {key: settings.value(key, None) for key in keys}
    settings.setValue("locale/userLocale", language)
    settings.setValue("locale/overrideFlag", True)
    translator = None  # kept referenced: a freed QTranslator stops translating
    try:
        translator = install_translator(language)
        yield translator
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        for key, value in previous.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
