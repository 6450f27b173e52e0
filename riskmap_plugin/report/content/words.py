"""The briefing's sentences as templates, and how a language fills them (no QGIS, no Qt).

The pure report modules (:mod:`.notes`, :mod:`.changes`, :mod:`.area_rows`,
:mod:`.pages`, :mod:`.context`) word everything through a :class:`Words`: its
templates (``str.format`` strings keyed as in :data:`ENGLISH`), its number and
date formatters, the core's annotation templates and nouns, and the model's own
glossary (``translations`` in the model document) for the analyst's words:
criterion labels, dimensions, class labels, the model's name and description.

:data:`ENGLISH` is the one home of those sentences, each marked for the catalogues
(``QT_TRANSLATE_NOOP``, context ``RiskMapBriefing``). The QGIS side
(:func:`riskmap_plugin.report.phrases.briefing_words`) builds a ``Words`` from the
installed translator; without one, :data:`ENGLISH_WORDS` is the
briefing as RiskMap has always printed it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Optional

from ...core.explain import format_number
from ...core.translatable import QT_TRANSLATE_NOOP

PLACEHOLDER = "—"

#: Every sentence the pure report modules print, by key (named ``{fields}`` only).
# fmt: off
ENGLISH: dict[str, str] = {
    # Briefing header
    "subtitle": QT_TRANSLATE_NOOP("RiskMapBriefing", "Areas at risk of a violent-extremist "
        "resurgence · as of {as_of} · generated {generated} · RiskMap {version}"),
    # Method note
    "method": QT_TRANSLATE_NOOP("RiskMapBriefing", "Each of the {units} units is scored 0–100: "
        "the {mean} of {criteria} criteria normalised to 0–1 (1 = riskiest); weight by "
        "dimension: {shares}. {classes}. {areas}. Watch list ({watch} units, closest to the "
        "cut-off or with the strongest reason first): {places}. Scores rank units against each "
        "other; they are not probabilities."),
    "areas_peaks": QT_TRANSLATE_NOOP("RiskMapBriefing", "At-risk areas grow around each locally "
        "highest unit of {min_class}{cutoff} and are named after that unit's seat town"),
    "areas_touching": QT_TRANSLATE_NOOP("RiskMapBriefing", "At-risk areas are touching units of "
        "{min_class}{cutoff}, named after the seat town of their highest unit"),
    "dimension_share": QT_TRANSLATE_NOOP("RiskMapBriefing", "{dimension} {share} %"),
    "mean_arithmetic": QT_TRANSLATE_NOOP("RiskMapBriefing", "weighted arithmetic mean"),
    "mean_geometric": QT_TRANSLATE_NOOP("RiskMapBriefing", "weighted geometric mean "
        "(non-compensatory)"),
    "classes_by": QT_TRANSLATE_NOOP("RiskMapBriefing", "{count} classes by {method}"),
    "breaks_jenks": QT_TRANSLATE_NOOP("RiskMapBriefing", "natural breaks (Jenks)"),
    "breaks_quantiles": QT_TRANSLATE_NOOP("RiskMapBriefing", "quantiles"),
    "breaks_equal_interval": QT_TRANSLATE_NOOP("RiskMapBriefing", "equal intervals"),
    "breaks_fixed": QT_TRANSLATE_NOOP("RiskMapBriefing", "fixed breaks"),
    "min_class": QT_TRANSLATE_NOOP("RiskMapBriefing", "class {label} or above"),
    "min_class_any": QT_TRANSLATE_NOOP("RiskMapBriefing", "the upper classes"),
    "cutoff": QT_TRANSLATE_NOOP("RiskMapBriefing", " (score ≥ {score})"),
    # How sure (Monte Carlo)
    "how_sure": QT_TRANSLATE_NOOP("RiskMapBriefing", "How sure: {draws} Monte Carlo runs varied "
        "{varied}. Rank band = the 5–95 % range of an area's best rank over the runs; in top "
        "class = the share of runs in which it stays within the {at_risk} at-risk units."),
    "varied_weights": QT_TRANSLATE_NOOP("RiskMapBriefing", "the weights (drawn around the set "
        "ones)"),
    "varied_normalisation": QT_TRANSLATE_NOOP("RiskMapBriefing", "the normalisation ({methods})"),
    "varied_aggregation": QT_TRANSLATE_NOOP("RiskMapBriefing", "the aggregation ({methods})"),
    "method_minmax": QT_TRANSLATE_NOOP("RiskMapBriefing", "min–max"),
    "method_percentile": QT_TRANSLATE_NOOP("RiskMapBriefing", "percentile"),
    "method_zscore": QT_TRANSLATE_NOOP("RiskMapBriefing", "z-score"),
    "method_weighted_arithmetic": QT_TRANSLATE_NOOP("RiskMapBriefing", "arithmetic"),
    "method_weighted_geometric": QT_TRANSLATE_NOOP("RiskMapBriefing", "geometric"),
    "choice_normalisation": QT_TRANSLATE_NOOP("RiskMapBriefing", "normalisation method"),
    "choice_aggregation": QT_TRANSLATE_NOOP("RiskMapBriefing", "aggregation method"),
    "weights_that_move": QT_TRANSLATE_NOOP("RiskMapBriefing", "The weights that move the ranking "
        "most: {weights}"),
    "method_choices": QT_TRANSLATE_NOOP("RiskMapBriefing", "; method choices: {choices}"),
    "label_share": QT_TRANSLATE_NOOP("RiskMapBriefing", "{label} ({share} %)"),
    "choice_share": QT_TRANSLATE_NOOP("RiskMapBriefing", "{label} {share} %"),
    # Lists
    "list_separator": QT_TRANSLATE_NOOP("RiskMapBriefing", ", "),
    "or": QT_TRANSLATE_NOOP("RiskMapBriefing", "{first} or {last}"),
    "and": QT_TRANSLATE_NOOP("RiskMapBriefing", "{first} and {last}"),
    "and_more": QT_TRANSLATE_NOOP("RiskMapBriefing", "{names} and {count} more"),
    "sentence_end": QT_TRANSLATE_NOOP("RiskMapBriefing", "."),
    # Caveats
    "coverage": QT_TRANSLATE_NOOP("RiskMapBriefing", "Data coverage: {share} % of the weight on "
        "average"),
    "low_coverage": QT_TRANSLATE_NOOP("RiskMapBriefing", "; {count} units with low coverage "
        "({names})"),
    "illustrative_caveat": QT_TRANSLATE_NOOP("RiskMapBriefing", "Illustrative — not real data: "
        "{layers} — made up for the sample; do not use for decisions."),
    # Sources
    "illustrative_sources": QT_TRANSLATE_NOOP("RiskMapBriefing", "Illustrative — not real data "
        "(made up for the sample): {layers}"),
    "illustrative_short": QT_TRANSLATE_NOOP("RiskMapBriefing", "Illustrative — not real data: "
        "{layers}"),
    "source_missing": QT_TRANSLATE_NOOP("RiskMapBriefing", "{table}: source not recorded — add "
        "its attribution"),
    # Area pages
    "area_class": QT_TRANSLATE_NOOP("RiskMapBriefing", "Class: {label} · highest score {score} · "
        "mean {mean} · {units}"),
    "area_size": QT_TRANSLATE_NOOP("RiskMapBriefing", "{km2} km² ({share} %)"),
    "area_size_note": QT_TRANSLATE_NOOP("RiskMapBriefing", " · {size} of the study area"),
    "units_one": QT_TRANSLATE_NOOP("RiskMapBriefing", "{count} unit"),
    "units_many": QT_TRANSLATE_NOOP("RiskMapBriefing", "{count} units"),
    "rank_band": QT_TRANSLATE_NOOP("RiskMapBriefing", "Rank band {band}"),
    "in_top_class": QT_TRANSLATE_NOOP("RiskMapBriefing", " · in the top class in {share} of runs"),
    "area_trend": QT_TRANSLATE_NOOP("RiskMapBriefing", "Trend: {trend} · surge: {surge} · hot "
        "spot: {hotspot}"),
    "area_drivers": QT_TRANSLATE_NOOP("RiskMapBriefing", "Top drivers: {drivers}"),
    "area_name": QT_TRANSLATE_NOOP("RiskMapBriefing", "Area {number}"),
    "area_heading": QT_TRANSLATE_NOOP("RiskMapBriefing", "Area {number} of {count}: {name}"),
    "hot_spot": QT_TRANSLATE_NOOP("RiskMapBriefing", "Hot spot {level} %"),
    "cold_spot": QT_TRANSLATE_NOOP("RiskMapBriefing", "Cold spot {level} %"),
    "not_significant": QT_TRANSLATE_NOOP("RiskMapBriefing", "Not significant"),
    "surge": QT_TRANSLATE_NOOP("RiskMapBriefing", "surge in the last 4 weeks"),
    "no_surge": QT_TRANSLATE_NOOP("RiskMapBriefing", "none"),
    "trend_p": QT_TRANSLATE_NOOP("RiskMapBriefing", "{trend} (p = {p})"),
    "percent": QT_TRANSLATE_NOOP("RiskMapBriefing", "{share} %"),
    "times_level": QT_TRANSLATE_NOOP("RiskMapBriefing", "{value} × the {period} level"),
    "more_than": QT_TRANSLATE_NOOP("RiskMapBriefing", "{value} more than in {period}"),
    "reference": QT_TRANSLATE_NOOP("RiskMapBriefing", "reference"),
    "riskiest_unit": QT_TRANSLATE_NOOP("RiskMapBriefing", " (riskiest unit)"),
    "no_data": QT_TRANSLATE_NOOP("RiskMapBriefing", "no data"),
    # Changes since the last briefing
    "changes_title": QT_TRANSLATE_NOOP("RiskMapBriefing", "Changes since the last briefing"),
    "changes_areas": QT_TRANSLATE_NOOP("RiskMapBriefing", "Areas — {parts}."),
    "changes_new": QT_TRANSLATE_NOOP("RiskMapBriefing", "new: {names}"),
    "changes_gone": QT_TRANSLATE_NOOP("RiskMapBriefing", "no longer listed: {names}"),
    "changes_parts": QT_TRANSLATE_NOOP("RiskMapBriefing", "{first}; {second}"),
    "changes_entered": QT_TRANSLATE_NOOP("RiskMapBriefing", "Entered the at-risk areas: {units} — "
        "{names}."),
    "changes_left": QT_TRANSLATE_NOOP("RiskMapBriefing", "Left the at-risk areas: {units} — "
        "{names}."),
    "changes_none": QT_TRANSLATE_NOOP("RiskMapBriefing", "No unit entered or left the at-risk "
        "areas."),
    "changes_moves": QT_TRANSLATE_NOOP("RiskMapBriefing", "Largest rank moves: {moves}."),
    "changes_move": QT_TRANSLATE_NOOP("RiskMapBriefing", "{name} {before} → {now}"),
    "changes_new_rank": QT_TRANSLATE_NOOP("RiskMapBriefing", "new"),
    "changes_criterion": QT_TRANSLATE_NOOP("RiskMapBriefing", "The criterion that moved most: "
        "{label}."),
    "unit_in_area": QT_TRANSLATE_NOOP("RiskMapBriefing", "{unit} ({area})"),
    "summary": QT_TRANSLATE_NOOP("RiskMapBriefing", "Since the previous result: {entered} "
        "entered, {left} left the at-risk areas"),
    "summary_moved": QT_TRANSLATE_NOOP("RiskMapBriefing", ", {units} moved 5 ranks or more"),
    "summary_criterion": QT_TRANSLATE_NOOP("RiskMapBriefing", "; moved most: {label}"),
}
# fmt: on


def english_date(value: dt.date) -> str:
    """'31 January 2018' (English month names, independent of the machine's locale)."""
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    return f"{value.day} {months[value.month - 1]} {value.year}"


@dataclass(frozen=True)
class Words:
    """How the briefing says things in one language.

    ``templates`` missing a key fall back to English; ``glossary`` maps the model's
    own English texts to this language (see :meth:`term`).
    """

    language: str = "en"
    templates: Mapping[str, str] = field(default_factory=dict)
    number: Callable[..., str] = format_number
    date: Callable[[dt.date], str] = english_date
    #: The core's annotation templates and noun rule (``None``: the core's English).
    annotation_templates: Optional[Mapping[str, str]] = None
    noun_for: Optional[Callable[[str, float], str]] = None
    #: The run's warnings in this language (:data:`..core.messages.WARNINGS` keys).
    warning_templates: Optional[Mapping[str, str]] = None
    #: Words RiskMap ships (class labels, trend categories…) in this language.
    vocabulary: Mapping[str, str] = field(default_factory=dict)
    #: The model's own texts in this language (its ``translations``).
    glossary: Mapping[str, str] = field(default_factory=dict)

    def __call__(self, key: str, **values: Any) -> str:
        """The template ``key`` filled with ``values``."""
        template = self.templates.get(key) or ENGLISH[key]
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken field: print the English sentence, not nothing.
            return ENGLISH[key].format(**values)

    def term(self, text: str) -> str:
        """An analyst's or RiskMap's word in this language (as written when unknown)."""
        return self.glossary.get(text) or self.vocabulary.get(text) or text

    def date_or_placeholder(self, value: Optional[dt.date]) -> str:
        return PLACEHOLDER if value is None else self.date(value)

    def count(self, number: int, one: str = "units_one", many: str = "units_many") -> str:
        """'1 unit', '3 units' (languages without this plural use the same template)."""
        return self(one if number == 1 else many, count=self.number(number, 0))

    def listing(self, items: list[str], last: str = "and") -> str:
        """'a, b and c' in this language; ``last`` is "and" or "or"."""
        items = [str(i) for i in items]
        if len(items) <= 1:
            return "".join(items)
        head = self("list_separator").join(items[:-1])
        return self(last, first=head, last=items[-1])

    def with_glossary(self, glossary: Mapping[str, str]) -> Words:
        return replace(self, glossary=dict(glossary))


#: The briefing in English, as printed without a translation.
ENGLISH_WORDS = Words()


def model_glossary(model: Any, language: str) -> dict[str, str]:
    """The model document's ``translations`` for ``language`` ('ar' from 'ar_IQ')."""
    translations = getattr(model, "translations", None) or {}
    language = (language or "").replace("-", "_")
    return dict(translations.get(language) or translations.get(language.split("_")[0]) or {})
