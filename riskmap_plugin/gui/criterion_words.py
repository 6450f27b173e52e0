"""Measures, normalisations and filters in the analyst's words, for the dock.

The model file keeps its codes (``count``, ``minmax``); the criteria table and the
criterion editor show these words, in the installed translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from qgis.PyQt.QtCore import QCoreApplication

_CONTEXT = "RiskMapCriterionWords"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def measure_words() -> dict[str, str]:
    """Measure code → words ('count' → 'Count of events')."""
    return {
        "count": _tr("Count of events"),
        "severity_sum": _tr("Sum of a severity field"),
        "low_severity_count": _tr("Count of low-severity events"),
        "density": _tr("Events per km²"),
        "rate": _tr("Events per population"),
        "presence": _tr("Presence of events"),
        "change": _tr("Change against a reference period"),
        "distance": _tr("Distance to nearest feature"),
        "area_share": _tr("Share of area"),
        "attribute": _tr("Attribute value"),
        "diversity": _tr("Diversity of shares"),
    }


def normalisation_words() -> dict[str, str]:
    """Normalisation code → words ('minmax' → 'Min–max')."""
    return {
        "minmax": _tr("Min–max"),
        "percentile": _tr("Percentile rank"),
        "zscore": _tr("Z-score"),
        "goalposts": _tr("Goalposts"),
        "threshold": _tr("Above a threshold"),
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
        "in": _tr("is one of"),
        "not in": _tr("is not one of"),
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
