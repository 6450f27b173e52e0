"""Measures, normalisations and filters in the analyst's words, for the dock.

The model file keeps its codes (``count``, ``minmax``); the criteria table and the
criterion editor show these words, in the installed translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..qgis_adapter.wording import translated

#: Measure code → words ('count' → 'Count of events').
MEASURE_WORDS = {
    "count": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Count of events"),
    "severity_sum": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Sum of a severity field"),
    "low_severity_count": QT_TRANSLATE_NOOP(
        "RiskMapCriterionWords", "Count of low-severity events"
    ),
    "density": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Events per km²"),
    "rate": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Events per population"),
    "presence": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Presence of events"),
    "change": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Change against a reference period"),
    "distance": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Distance to nearest feature"),
    "area_share": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Share of area"),
    "attribute": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Attribute value"),
    "diversity": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Diversity of shares"),
}

#: Normalisation code → words ('minmax' → 'Min–max').
NORMALISATION_WORDS = {
    "minmax": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Min–max"),
    "percentile": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Percentile rank"),
    "zscore": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Z-score"),
    "goalposts": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Goalposts"),
    "threshold": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Above a threshold"),
}

#: Filter operator → words (symbols need no translation).
OPERATOR_WORDS = {
    "==": "=",
    "!=": "≠",
    "<": "<",
    "<=": "≤",
    ">": ">",
    ">=": "≥",
    "in": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "is one of"),
    "not in": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "is not one of"),
}

#: The precision levels in the analyst's words (the model's codes as keys).
PRECISION_WORDS = {
    "": QT_TRANSLATE_NOOP("CriterionEditor", "as the units' grain needs"),
    "exact": QT_TRANSLATE_NOOP("CriterionEditor", "exact location only"),
    "within_25km": QT_TRANSLATE_NOOP("CriterionEditor", "within about 25 km"),
    "second_order_unit": QT_TRANSLATE_NOOP("CriterionEditor", "district or better"),
    "first_order_unit": QT_TRANSLATE_NOOP("CriterionEditor", "province or better"),
    "coarser": QT_TRANSLATE_NOOP("CriterionEditor", "coarser too (country)"),
    "any": QT_TRANSLATE_NOOP("CriterionEditor", "every event (no rule)"),
    "known": QT_TRANSLATE_NOOP("CriterionEditor", "scale of the known dataset"),
}


def measure_words() -> dict[str, str]:
    """Measure code → words, in the installed translation."""
    return translated(MEASURE_WORDS, "RiskMapCriterionWords")


def normalisation_words() -> dict[str, str]:
    """Normalisation code → words, in the installed translation."""
    return translated(NORMALISATION_WORDS, "RiskMapCriterionWords")


def operator_words() -> dict[str, str]:
    """Filter operator → words, in the installed translation."""
    return translated(OPERATOR_WORDS, "RiskMapCriterionWords")


def precision_words() -> dict[str, str]:
    """The precision levels in the analyst's words, in the installed translation."""
    return translated(PRECISION_WORDS, "CriterionEditor")


def in_words(table: Mapping[str, str], code: Any) -> str:
    """The words of ``code`` in ``table``; an unknown code as written."""
    if isinstance(code, Mapping):
        code = code.get("method", "")
    return table.get(str(code), str(code).replace("_", " "))


def filter_text(filters: Any) -> str:
    """'where_prec ≤ 3 · dyad_name is one of (4)': the filters of a criterion, in short."""
    if isinstance(filters, Mapping):
        filters = [filters]
    words = operator_words()
    parts = []
    for item in filters or ():
        if not isinstance(item, Mapping):
            continue
        value = item.get("value")
        shown = f"({len(value)})" if isinstance(value, list) else str(value)
        parts.append(f"{item.get('field', '')} {words.get(item.get('op', '=='), '=')} {shown}")
    return " · ".join(parts)
