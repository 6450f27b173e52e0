"""What a criterion row of the dock needs from its layer, and why a row cannot run.

Pure Python (no QGIS, no Qt): the dock describes the chosen layer as a
:class:`~.layer_guess.LayerInfo` and shows the problems returned here inline.
The messages are plain English; the dock passes them through ``tr`` as a whole
via :data:`PROBLEM_TEXTS` keys so they can be translated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..core.model import DIRECTIONS, EVENT_MEASURES, MEASURES, NORMALISATIONS
from ..core.model.layers import DATASETS, recognise
from .layer_guess import LayerInfo, LayerNeed

#: Measures that read polygons (shares of area, area-weighted attributes).
POLYGON_MEASURES = ("area_share", "attribute", "diversity")
#: Measures that may read the units themselves (no layer needed).
UNIT_MEASURES = ("attribute", "diversity")
#: Measures whose ``field`` is required.
FIELD_MEASURES = ("severity_sum", "low_severity_count", "attribute", "ratio")
__all__ = ["DIRECTIONS", "MEASURES", "NORMALISATIONS"]  # re-exported for the delegate


def geometries_for(measure: str) -> frozenset[str]:
    """Geometry kinds a layer may have for ``measure`` (empty set: any geometry)."""
    if measure in POLYGON_MEASURES:
        return frozenset({"polygon"})
    return frozenset({"point", "line", "polygon"})


def needed_fields(criterion: Mapping[str, Any]) -> tuple[str, ...]:
    """Fields of the criterion's layer the criterion reads (date, field(s), filters)."""
    names: list[str] = []
    if criterion.get("date_field"):
        names.append(criterion["date_field"])
    if criterion.get("field"):
        names.append(criterion["field"])
    names += list(criterion.get("fields") or ())
    filters = criterion.get("filter") or []
    if isinstance(filters, Mapping):
        filters = [filters]
    names += [f["field"] for f in filters if isinstance(f, Mapping) and f.get("field")]
    return tuple(dict.fromkeys(names))


def window_days(criterion: Mapping[str, Any]) -> int:
    """The window as a number of days (0 = no window; months count 30.44 days)."""
    window = criterion.get("window") or {}
    if "days" in window:
        return int(window["days"])
    if "months" in window:
        return round(float(window["months"]) * 30.44)
    return 0


def layer_need(reference: str, criteria: Sequence[Mapping[str, Any]]) -> LayerNeed:
    """What the layer behind ``reference`` must offer to every criterion that reads it."""
    kinds: frozenset[str] | None = None
    fields: list[str] = []
    hints: list[str] = []
    for criterion in criteria:
        if criterion.get("layer") != reference:
            continue
        allowed = geometries_for(criterion.get("measure", "count"))
        kinds = allowed if kinds is None else kinds & allowed
        fields += needed_fields(criterion)
        hints.append(str(criterion.get("label", "")))
    return LayerNeed(reference, kinds or frozenset(), tuple(dict.fromkeys(fields)), tuple(hints))


def row_problems(criterion: Mapping[str, Any], layer: LayerInfo | None) -> list[str]:
    """Why this criterion cannot run with ``layer`` (empty list: it can).

    >>> row_problems({"measure": "count", "window": {"days": 30}}, None)
    ['no layer chosen']
    >>> row_problems({"measure": "diversity", "layer": "ethnic_mix", "fields": ["a", "b"]}, None)
    ['no layer chosen']
    """
    measure = criterion.get("measure", "")
    problems: list[str] = []
    if measure not in MEASURES:
        problems.append(f"unknown measure '{measure}'")
        return problems
    if layer is None:
        # A criterion that names a layer reads that layer; without one chosen in the dock it
        # must not fall back to the model's default_source (the sample's made-up data).
        if measure not in UNIT_MEASURES or criterion.get("layer"):
            problems.append("no layer chosen")
        return problems
    if layer.geometry not in geometries_for(measure):
        if layer.geometry == "none":
            problems.append("this layer has no geometry")
        else:
            problems.append(f"'{measure}' needs polygons; this layer has {layer.geometry}s")
    has_window = bool(criterion.get("window")) or measure == "change"
    if has_window and not criterion.get("date_field"):
        problems.append("a window needs a date field: choose one")
    elif criterion.get("date_field") and criterion["date_field"] not in layer.fields:
        if has_window:
            problems.append(
                f"this layer has no date field '{criterion['date_field']}' for a window"
            )
        else:
            problems.append(f"this layer has no field '{criterion['date_field']}'")
    if measure in FIELD_MEASURES and not criterion.get("field"):
        problems.append(f"'{measure}' needs a field: choose one")
    if measure == "diversity" and len(criterion.get("fields") or ()) < 2:
        problems.append("'diversity' needs at least two share fields")
    for name in needed_fields(criterion):
        if name != criterion.get("date_field") and name not in layer.fields:
            problems.append(f"this layer has no field '{name}'")
    return problems


def proposed_fields(criterion: Mapping[str, Any], layer: LayerInfo) -> dict[str, Any]:
    """Keys to add to a criterion reading a known dataset (UCDP GED, ACLED), recognised by
    its field names: the date field, the severity field and the location-precision field
    (the rule itself follows the units' grain). Keys the criterion has are left alone.

    >>> ucdp = LayerInfo("l", "GED", "events", "point",
    ...                  ("where_prec", "best", "date_start", "type_of_violence"))
    >>> proposed_fields({"measure": "low_severity_count"}, ucdp)["precision"]
    {'field': 'where_prec', 'scale': 'ucdp_ged'}
    """
    name = recognise(layer.fields)
    measure = criterion.get("measure", "count")
    if name is None or measure not in (*EVENT_MEASURES, "distance"):
        return {}
    known = DATASETS[name]
    by_lower = {f.lower(): f for f in layer.fields}
    proposal: dict[str, Any] = {
        "date_field": by_lower.get(known.date_field),
        "precision": {"field": by_lower[known.precision_field], "scale": name},
    }
    if measure in ("severity_sum", "low_severity_count"):
        proposal["field"] = by_lower.get(known.severity_field)
    return {k: v for k, v in proposal.items() if v and not criterion.get(k)}


def normalisation_value(method: str, current) -> Any:
    """A normalisation value for ``method``; goalposts/threshold get editable defaults."""
    if isinstance(current, dict) and current.get("method") == method:
        return current
    if method == "goalposts":
        return {"method": "goalposts", "min": 0, "max": 1}
    if method == "threshold":
        return {"method": "threshold", "value": 1}
    return method
