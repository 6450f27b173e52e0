"""Measures, normalisations and filters in the analyst's words, for the dock.

The model file keeps its codes (``count``, ``minmax``); the criteria table and the
criterion editor show these words, in the installed translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from qgis.PyQt.QtCore import QCoreApplication


def measure_words() -> dict[str, str]:
    """Measure code → words ('count' → 'Count of events')."""
    return {
        "count": QCoreApplication.translate("RiskMapCriterionWords", "Count of events"),
        "severity_sum": QCoreApplication.translate(
            "RiskMapCriterionWords", "Sum of a severity field"
        ),
        "low_severity_count": QCoreApplication.translate(
            "RiskMapCriterionWords", "Count of low-severity events"
        ),
        "density": QCoreApplication.translate("RiskMapCriterionWords", "Events per km²"),
        "rate": QCoreApplication.translate("RiskMapCriterionWords", "Events per population"),
        "presence": QCoreApplication.translate("RiskMapCriterionWords", "Presence of events"),
        "change": QCoreApplication.translate(
            "RiskMapCriterionWords", "Change against a reference period"
        ),
        "distance": QCoreApplication.translate(
            "RiskMapCriterionWords", "Distance to nearest feature"
        ),
        "area_share": QCoreApplication.translate("RiskMapCriterionWords", "Share of area"),
        "attribute": QCoreApplication.translate("RiskMapCriterionWords", "Attribute value"),
        "diversity": QCoreApplication.translate("RiskMapCriterionWords", "Diversity of shares"),
    }


def normalisation_words() -> dict[str, str]:
    """Normalisation code → words ('minmax' → 'Min–max')."""
    return {
        "minmax": QCoreApplication.translate("RiskMapCriterionWords", "Min–max"),
        "percentile": QCoreApplication.translate("RiskMapCriterionWords", "Percentile rank"),
        "zscore": QCoreApplication.translate("RiskMapCriterionWords", "Z-score"),
        "goalposts": QCoreApplication.translate("RiskMapCriterionWords", "Goalposts"),
        "threshold": QCoreApplication.translate("RiskMapCriterionWords", "Above a threshold"),
    }


def operator_words() -> dict[str, str]:
    """Filter operator → words."""
    return {
        "==": "=",
        "!=": "≠",
        "<": "<",
        "<=": "≤",
        ">": ">",
        ">=": "≥",
        "in": QCoreApplication.translate("RiskMapCriterionWords", "is one of"),
        "not in": QCoreApplication.translate("RiskMapCriterionWords", "is not one of"),
    }


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
