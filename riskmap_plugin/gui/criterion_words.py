"""Measures, normalisations and filters in the analyst's words, for the dock.

The model file keeps its codes (``count``, ``minmax``); the criteria table and the
criterion editor show these words, in the installed translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..qgis_adapter.wording import translated

#: The dock's words for the model's codes, by kind: ``measure``, ``normalisation``, filter
#: ``operator`` (symbols need no translation) and location ``precision`` (the model's codes
#: after the dot: 'measure.count' → 'Count of events').
CRITERION_WORDS = {
    "measure.count": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Count of events"),
    "measure.severity_sum": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Sum of a severity field"),
    "measure.low_severity_count": QT_TRANSLATE_NOOP(
        "RiskMapCriterionWords", "Count of low-severity events"
    ),
    "measure.density": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Events per km²"),
    "measure.rate": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Events per population"),
    "measure.presence": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Presence of events"),
    "measure.change": QT_TRANSLATE_NOOP(
        "RiskMapCriterionWords", "Change against a reference period"
    ),
    "measure.distance": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Distance to nearest feature"),
    "measure.area_share": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Share of area"),
    "measure.attribute": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Attribute value"),
    "measure.diversity": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Diversity of shares"),
    "normalisation.minmax": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Min–max"),
    "normalisation.percentile": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Percentile rank"),
    "normalisation.zscore": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Z-score"),
    "normalisation.goalposts": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Goalposts"),
    "normalisation.threshold": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "Above a threshold"),
    "operator.==": "=",
    "operator.!=": "≠",
    "operator.<": "<",
    "operator.<=": "≤",
    "operator.>": ">",
    "operator.>=": "≥",
    "operator.in": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "is one of"),
    "operator.not in": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "is not one of"),
    "precision.": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "as the units' grain needs"),
    "precision.exact": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "exact location only"),
    "precision.within_25km": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "within about 25 km"),
    "precision.second_order_unit": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "district or better"),
    "precision.first_order_unit": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "province or better"),
    "precision.coarser": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "coarser too (country)"),
    "precision.any": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "every event (no rule)"),
    "precision.known": QT_TRANSLATE_NOOP("RiskMapCriterionWords", "scale of the known dataset"),
}


measure_words = partial(translated, CRITERION_WORDS, "RiskMapCriterionWords", "measure")
normalisation_words = partial(translated, CRITERION_WORDS, "RiskMapCriterionWords", "normalisation")
operator_words = partial(translated, CRITERION_WORDS, "RiskMapCriterionWords", "operator")
precision_words = partial(translated, CRITERION_WORDS, "RiskMapCriterionWords", "precision")


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
