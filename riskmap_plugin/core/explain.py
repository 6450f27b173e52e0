"""Explanations: top drivers per unit as data, and a short annotation in words.

"31 incidents in 6 mo · 9 km from border · 2 sleeper-cell reports". Wording
comes from :data:`TEMPLATES`, plain ``str.format`` strings written once here and
marked for the catalogues (``QT_TRANSLATE_NOOP``, context ``RiskMapAnnotations``);
the QGIS side hands in their translation (the core imports no Qt). Numbers are
formatted by a callable the caller may replace too (locale digits, separators).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Callable, Protocol

import numpy as np

from .messages import in_digits
from .model import Criterion
from .translatable import QT_TRANSLATE_NOOP

# Measures whose value counts things, so "1 incident" takes the singular noun.
COUNTED = ("count", "severity_sum", "low_severity_count")

# fmt: off
TEMPLATES: dict[str, str] = {
    "count": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{value} {noun}"),
    "count_window": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{value} {noun} in {window}"),
    "severity_sum": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{value} {noun}"),
    "severity_sum_window": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{value} {noun} in {window}"),
    "low_severity_count": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{value} low-severity {noun}"),
    "low_severity_count_window": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{value} low-severity "
        "{noun} in {window}"),
    "density": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{value} {noun} per km²"),
    "density_window": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{value} {noun} per km² in {window}"),
    "rate": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{value} {noun} per {per} people"),
    "rate_window": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{value} {noun} per {per} people in "
        "{window}"),
    "presence": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{noun} present"),
    "presence_window": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{noun} in {window}"),
    "change_ratio": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{current} {noun} vs {reference} in "
        "{reference_period}"),
    "change_difference": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{current} {noun} vs {reference} "
        "in {reference_period}"),
    "distance": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{value} km from {noun}"),
    "distance_near": QT_TRANSLATE_NOOP("RiskMapAnnotations", "< 1 km from {noun}"),
    "distance_towns": QT_TRANSLATE_NOOP("RiskMapAnnotations", "towns {value} km from {noun}"),
    "distance_towns_near": QT_TRANSLATE_NOOP("RiskMapAnnotations", "towns < 1 km from {noun}"),
    "ratio": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{value} % {noun}"),
    "reference_scaled": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{period} scaled to {window}"),
    "reference_pro_rated": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{period} (pro-rated)"),
    "area_share": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{value} % in {noun}"),
    "attribute": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{noun} {value}"),
    "diversity": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{noun} index {value}"),
    "separator": QT_TRANSLATE_NOOP("RiskMapAnnotations", " · "),
    "at_or_above_reference": QT_TRANSLATE_NOOP("RiskMapAnnotations", " (≥ {reference_period} "
        "level)"),
    "watch_top": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{label} in the top {share} % "
        "({annotation})"),
    "watch_margin": QT_TRANSLATE_NOOP("RiskMapAnnotations", "score {score} within {margin} points "
        "of the at-risk cut-off {cutoff}"),
    "gate_failed": QT_TRANSLATE_NOOP("RiskMapAnnotations", "below the gate {rule}"),
    "no_data": QT_TRANSLATE_NOOP("RiskMapAnnotations", "no data"),
    "area_near": QT_TRANSLATE_NOOP("RiskMapAnnotations", "near {town}"),
    "area_join": QT_TRANSLATE_NOOP("RiskMapAnnotations", " – "),
    "watch_rising": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{label} rising: {trend} trend (p = "
        "{p})"),
    "watch_surge": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{label} surge: {value} {noun} in the "
        "last 4 weeks"),
    "watch_reference": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{label} as high as in {year} "
        "({current} {noun} vs {reference})"),
    "watch_quiet": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{label}: {annotation} while the score "
        "is low ({score})"),
    "watch_band": QT_TRANSLATE_NOOP("RiskMapAnnotations", "rank band {low}–{high} reaches the "
        "at-risk units ({p} % of runs)"),
    "window_months": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{n} mo"),
    "window_days": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{n} d"),
    "trend_intensifying": QT_TRANSLATE_NOOP("RiskMapAnnotations", "intensifying"),
    "trend_new": QT_TRANSLATE_NOOP("RiskMapAnnotations", "new"),
    # Made-up data keeps its tag wherever its phrase goes (labels, watch list, cards, briefing).
    "illustrative": QT_TRANSLATE_NOOP("RiskMapAnnotations", "{text} (illustrative)"),
}
# fmt: on


def english_singular(noun: str, value: float) -> str:
    """'1 incidents' reads wrong: drop the plural s of the last word for exactly one.

    >>> english_singular("sleeper-cell reports", 1), english_singular("incidents", 2)
    ('sleeper-cell report', 'incidents')
    """
    if value != 1:
        return noun
    head, _, last = noun.rpartition(" ")
    if last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}".strip()


class NumberFormat(Protocol):
    """How numbers are written (:func:`format_number`, or a language's digits)."""

    def __call__(self, value: float, decimals: int | None = None) -> str: ...


def format_number(value: float, decimals: int | None = None) -> str:
    """Default number formatting: whole numbers without decimals, others with one.

    >>> format_number(31.0), format_number(8.66), format_number(12345.0)
    ('31', '8.7', '12,345')
    """
    if not np.isfinite(value):
        return "–"
    if decimals is None:
        decimals = 0 if float(value).is_integer() or abs(value) >= 100 else 1
    return f"{value:,.{decimals}f}"


@dataclass(frozen=True)
class Driver:
    """One criterion's part in a unit's score."""

    criterion: str
    label: str
    raw: float
    normalised: float
    contribution: float
    text: str


class Explainer:
    """Turns raw values into phrases, with replaceable templates and number format."""

    def __init__(
        self,
        criteria: tuple[Criterion, ...],
        as_of_year: int,
        templates: Mapping[str, str] | None = None,
        number: NumberFormat | None = None,
        noun_for: Callable[[str, float], str] | None = None,
    ) -> None:
        self.criteria = criteria
        self.as_of_year = as_of_year
        self.templates = {**TEMPLATES, **(templates or {})}
        self.number = number or format_number
        self._phrases: dict[tuple, str] = {}
        self._criteria_seen: dict[int, Criterion] = {}
        # Translations bring their own plural rules, or none (noun used as given).
        self.noun_for = noun_for or (
            english_singular if templates is None else (lambda noun, value: noun)
        )

    def phrase(self, criterion: Criterion, raw: float, detail: Mapping[str, float]) -> str:
        """The annotation phrase of one criterion's raw value."""
        # Counts repeat across thousands of units: word each distinct value once.
        key = (id(criterion), float(raw), *sorted(detail.items()))
        text = self._phrases.get(key)
        if text is None:
            self._criteria_seen[id(criterion)] = criterion  # keeps its id from being reused
            text = self._phrase(criterion, raw, detail)
            if criterion.illustrative:
                text = self._tagged(text)
            self._phrases[key] = text
        return text

    def _tagged(self, text: str) -> str:
        """``text`` with the illustrative tag, once (a label may carry it already)."""
        template = self.templates["illustrative"]
        tag = template.replace("{text}", "").strip()
        return text if tag and tag in text else template.format(text=text)

    def _phrase(self, criterion: Criterion, raw: float, detail: Mapping[str, float]) -> str:
        if not np.isfinite(raw):
            return f"{criterion.label}: {self.templates['no_data']}"
        noun = criterion.noun or criterion.label.lower()
        window = self.window_words(criterion.window) if criterion.window else ""
        measure = criterion.measure
        values = {
            # NaN: no number to agree with (a translation may still replace the noun).
            "noun": self.noun_for(noun, raw if measure in COUNTED else np.nan),
            "label": criterion.label,
            "window": window,
            "per": self.number(criterion.per, 0),
            "value": self.number(raw),
        }
        if measure == "distance":
            km = raw / 1000.0
            values["value"] = self.number(km, 0 if km >= 10 else 1)
            towns = "_towns" if criterion.distance_from == "towns" else ""
            return self.templates[f"distance{towns}{'_near' if km < 1 else ''}"].format(**values)
        elif measure in ("ratio", "area_share"):
            values["value"] = self.number(raw * 100.0, 0)
        elif measure == "diversity":
            values["value"] = self.number(raw, 2)
        elif measure in ("density", "rate"):
            values["value"] = self.number(raw, 1 if raw < 100 else 0)
        if measure == "change":
            ref = criterion.reference
            period = (
                in_digits(str(ref.year), self.number)
                if ref.year is not None
                else (f"{ref.start}…{ref.end or ''}".rstrip("…"))
            )
            current, before = detail.get("current", np.nan), detail.get("reference", np.nan)
            values.update(
                current=self.number(current),
                reference=self.number(before),
                reference_period=self.reference_words(criterion, detail),
                noun=self.noun_for(noun, current),
            )
            text = self.templates[f"change_{ref.change}"].format(**values)
            if ref.year is not None and current >= before > 0:
                values["reference_period"] = period
                text += self.templates["at_or_above_reference"].format(**values)
            return text
        key = f"{measure}_window" if window and f"{measure}_window" in self.templates else measure
        return self.templates[key].format(**values)

    def reference_words(self, criterion: Criterion, detail: Mapping[str, float]) -> str:
        """'2013', '2013 scaled to 6 mo' (another length than the window), '… (pro-rated)'."""
        ref = criterion.reference
        period = (
            in_digits(str(ref.year), self.number)
            if ref.year is not None
            else f"{ref.start}…{ref.end}"
        )
        if ref.basis != "same_months":
            period = self.templates["reference_scaled"].format(
                period=period, window=self.window_words(criterion.window)
            )
        if detail.get("pro_rated", 0) > 0:
            period = self.templates["reference_pro_rated"].format(period=period)
        return period

    def window_words(self, window) -> str:
        """'6 mo', '45 d' in the templates' words; date ranges as written."""
        unit, length = window.span()
        if unit == "dates":
            return str(length)
        return self.templates[f"window_{unit}"].format(n=self.number(length, 0))

    def drivers(
        self,
        raw_row: np.ndarray,
        norm_row: np.ndarray,
        contrib_row: np.ndarray,
        detail_row: list[Mapping[str, float]],
        top_k: int,
    ) -> list[Driver]:
        """The criteria that add most to a unit's score, largest first (zero ones left out)."""
        order = np.argsort(-contrib_row, kind="stable")
        drivers = []
        for j in order[:top_k]:
            if not contrib_row[j] > 0:
                break
            criterion = self.criteria[j]
            drivers.append(
                Driver(
                    criterion.id,
                    criterion.label,
                    float(raw_row[j]),
                    float(norm_row[j]),
                    float(contrib_row[j]),
                    self.phrase(criterion, raw_row[j], detail_row[j]),
                )
            )
        return drivers

    def annotation(self, drivers: list[Driver]) -> str:
        return self.templates["separator"].join(d.text for d in drivers)
