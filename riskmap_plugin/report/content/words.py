"""The briefing's sentences as templates, and how a language fills them (no QGIS, no Qt).

The pure report modules (:mod:`.notes`, :mod:`.changes`, :mod:`.area_rows`,
:mod:`.pages`, :mod:`.context`) word everything through a :class:`Words`: its
templates (``str.format`` strings keyed as in :data:`ENGLISH`), its number and
date formatters, the core's annotation templates and nouns, and the model's own
glossary (``translations`` in the model document) for the analyst's words:
criterion labels, dimensions, class labels, the model's name and description.

The QGIS side (:func:`riskmap_plugin.report.phrases.briefing_words`) builds a
``Words`` from the installed translator; without one, :data:`ENGLISH_WORDS` is the
briefing as RiskMap has always printed it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Optional

from ...core.explain import format_number

PLACEHOLDER = "—"

#: Every sentence the pure report modules print, by key (named ``{fields}`` only).
ENGLISH: dict[str, str] = {
    # Briefing header
    "subtitle": "Areas at risk of a violent-extremist resurgence · as of {as_of} · "
    "generated {generated} · RiskMap {version}",
    # Method note
    "method": "Each of the {units} units is scored 0–100: the {mean} of {criteria} criteria "
    "normalised to 0–1 (1 = riskiest); weight by dimension: {shares}. {classes}. {areas}. "
    "Watch list ({watch} units, closest to the cut-off or with the strongest reason first): "
    "{places}. Scores rank units against each other; they are not probabilities.",
    "areas_peaks": "At-risk areas grow around each locally highest unit of {min_class}{cutoff} "
    "and are named after that unit's seat town",
    "areas_touching": "At-risk areas are touching units of {min_class}{cutoff}, named after "
    "the seat town of their highest unit",
    "dimension_share": "{dimension} {share} %",
    "mean_arithmetic": "weighted arithmetic mean",
    "mean_geometric": "weighted geometric mean (non-compensatory)",
    "classes_by": "{count} classes by {method}",
    "breaks_jenks": "natural breaks (Jenks)",
    "breaks_quantiles": "quantiles",
    "breaks_equal_interval": "equal intervals",
    "breaks_fixed": "fixed breaks",
    "min_class": "class {label} or above",
    "min_class_any": "the upper classes",
    "cutoff": " (score ≥ {score})",
    # How sure (Monte Carlo)
    "how_sure": "How sure: {draws} Monte Carlo runs varied {varied}. Rank band = the 5–95 % "
    "range of an area's best rank over the runs; in top class = the share of runs in which it "
    "stays within the {at_risk} at-risk units.",
    "varied_weights": "the weights (drawn around the set ones)",
    "varied_normalisation": "the normalisation ({methods})",
    "varied_aggregation": "the aggregation ({methods})",
    "method_minmax": "min–max",
    "method_percentile": "percentile",
    "method_zscore": "z-score",
    "method_weighted_arithmetic": "arithmetic",
    "method_weighted_geometric": "geometric",
    "choice_normalisation": "normalisation method",
    "choice_aggregation": "aggregation method",
    "weights_that_move": "The weights that move the ranking most: {weights}",
    "method_choices": "; method choices: {choices}",
    "label_share": "{label} ({share} %)",
    "choice_share": "{label} {share} %",
    # Lists
    "list_separator": ", ",
    "or": "{first} or {last}",
    "and": "{first} and {last}",
    "and_more": "{names} and {count} more",
    "sentence_end": ".",
    # Caveats
    "coverage": "Data coverage: {share} % of the weight on average",
    "low_coverage": "; {count} units with low coverage ({names})",
    "illustrative_caveat": "Illustrative — not real data: {layers} — made up for the sample; "
    "do not use for decisions.",
    # Sources
    "illustrative_sources": "Illustrative — not real data (made up for the sample): {layers}",
    "illustrative_short": "Illustrative — not real data: {layers}",
    "source_missing": "{table}: source not recorded — add its attribution",
    # Area pages
    "area_class": "Class: {label} · highest score {score} · mean {mean} · {units}",
    "area_size": "{km2} km² ({share} %)",
    "area_size_note": " · {size} of the study area",
    "units_one": "{count} unit",
    "units_many": "{count} units",
    "rank_band": "Rank band {band}",
    "in_top_class": " · in the top class in {share} of runs",
    "area_trend": "Trend: {trend} · surge: {surge} · hot spot: {hotspot}",
    "area_drivers": "Top drivers: {drivers}",
    "area_name": "Area {number}",
    "area_heading": "Area {number} of {count}: {name}",
    "hot_spot": "Hot spot {level} %",
    "cold_spot": "Cold spot {level} %",
    "not_significant": "Not significant",
    "surge": "surge in the last 4 weeks",
    "no_surge": "none",
    "trend_p": "{trend} (p = {p})",
    "percent": "{share} %",
    "times_level": "{value} × the {period} level",
    "more_than": "{value} more than in {period}",
    "reference": "reference",
    "riskiest_unit": " (riskiest unit)",
    "no_data": "no data",
    # Changes since the last briefing
    "changes_title": "Changes since the last briefing",
    "changes_areas": "Areas — {parts}.",
    "changes_new": "new: {names}",
    "changes_gone": "no longer listed: {names}",
    "changes_parts": "{first}; {second}",
    "changes_entered": "Entered the at-risk areas: {units} — {names}.",
    "changes_left": "Left the at-risk areas: {units} — {names}.",
    "changes_none": "No unit entered or left the at-risk areas.",
    "changes_moves": "Largest rank moves: {moves}.",
    "changes_move": "{name} {before} → {now}",
    "changes_new_rank": "new",
    "changes_criterion": "The criterion that moved most: {label}.",
    "unit_in_area": "{unit} ({area})",
    "summary": "Since the previous result: {entered} entered, {left} left the at-risk areas",
    "summary_moved": ", {units} moved 5 ranks or more",
    "summary_criterion": "; moved most: {label}",
}


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
