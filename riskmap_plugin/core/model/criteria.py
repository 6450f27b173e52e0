"""Parser of the model's criteria: measure, fields, window, filters, transform, normalisation.

Every function takes a :class:`~.validate.Reader` (which names the key in its
errors) and returns frozen dataclasses from :mod:`model`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import ModelError
from .layers import parse_denominator, parse_precision
from .reader import Reader
from .types import (
    DIRECTIONS,
    EVENT_MEASURES,
    FILTER_OPS,
    MEASURES,
    MISSING_RULES,
    NORMALISATIONS,
    TRANSFORMS,
    Criterion,
    Filter,
    Normalisation,
    Reference,
    Transform,
    Window,
)

BASES = ("same_months", "calendar_year", "period")
#: Longest time window (and half-life): a century.
MAX_WINDOW_DAYS = 36_525
MAX_WINDOW_MONTHS = 1_200
MAX_WEIGHT = 1e6
_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,23}$")
_NEEDS_FIELD = {
    "severity_sum": "the field to add up (e.g. fatalities)",
    "low_severity_count": "the severity field compared with the threshold",
    "attribute": "the unit attribute to use",
}


@dataclass(frozen=True)
class CriterionProblem:
    """What is wrong in one criterion: the key (``window → days``; '' for the whole), why, fix."""

    key: str
    what: str
    fix: str = ""

    def __str__(self) -> str:
        return f"{self.key}: {self.what}" if self.key else self.what


def criterion_problems(item: Any) -> list[CriterionProblem]:
    """The checks of one criterion on its own (types, ranges, required and unknown keys).

    The same checks as in a model (:func:`parse_criteria`), without those that need the
    whole model (ids used twice, all weights 0). Empty: the criterion is valid.

    >>> criterion_problems({"id": "a", "layer": "events", "measure": "count"})
    []
    >>> [str(p) for p in criterion_problems({"id": "a", "layer": "events", "measure": "sum"})]
    ["measure: unknown value 'sum'"]
    """
    try:
        parse_criterion(item, "")
    except ModelError as error:
        return [CriterionProblem(error.where, error.what, error.fix)]
    return []


def parse_criterion(item: Any, where: str) -> Criterion:
    """One criterion of the document; ``where`` names it in errors ('' : read on its own)."""
    reader = Reader(item, where)
    reader.require_object()
    criterion = _parse_criterion(reader)
    reader.reject_unknown()
    return criterion


def parse_criteria(items: list[Any]) -> tuple[Criterion, ...]:
    if not items:
        raise ModelError.of("no_criteria", "criteria")
    criteria = []
    for index, item in enumerate(items):
        label = item.get("id") if isinstance(item, dict) else None
        where = f"criteria[{index}]" + (f" '{label}'" if isinstance(label, str) else "")
        criteria.append(parse_criterion(item, where))
    # Ids that differ only in case are the same column for GeoPackage and QGIS
    # (field names are case-insensitive there): one would silently hide the other.
    seen: dict[str, str] = {}
    for criterion in criteria:
        other = seen.get(criterion.id.casefold())
        if other == criterion.id:
            raise ModelError.of("id_twice", f"criteria '{criterion.id}'", id=criterion.id)
        if other is not None:
            raise ModelError.of(
                "ids_differ_in_case", f"criteria '{criterion.id}'", other=other, id=criterion.id
            )
        seen[criterion.id.casefold()] = criterion.id
    if sum(c.weight for c in criteria) <= 0:
        raise ModelError.of("all_weights_zero", "criteria → weight")
    return tuple(criteria)


def _parse_criterion(r: Reader) -> Criterion:
    criterion_id = r.get("id", str, required=True)
    if not _ID.match(criterion_id):
        raise r.error(
            "id",
            f"'{criterion_id:.40}' is not a valid id",
            "use 1–24 letters, digits or _ starting with a letter (it names "
            "output fields such as <id>_raw)",
        )
    measure = r.choice("measure", MEASURES, required=True)
    layer = r.get("layer", str)
    if layer is None and measure not in ("attribute", "diversity"):
        raise r.error(
            "layer",
            f"the measure '{measure}' needs a layer",
            "name the project layer (or file) holding the features",
        )
    field = r.get("field", str)
    if measure in _NEEDS_FIELD and not field:
        raise r.error(
            "field",
            f"the measure '{measure}' needs a field: {_NEEDS_FIELD[measure]}",
            'add "field": "<field name>"',
        )
    fields = tuple(_string_list(r, "fields"))
    if measure == "diversity" and len(fields) < 2:
        raise r.error(
            "fields",
            "the diversity measure needs at least two share fields",
            'list the share fields, e.g. ["share_sunni", "share_shia", …]',
        )
    threshold = r.number("threshold")
    if measure == "low_severity_count" and threshold is None:
        raise r.error(
            "threshold",
            "a low-severity count needs the threshold (field ≤ threshold)",
            'add "threshold": 2 for example',
        )
    date_field = r.get("date_field", str)
    window = _parse_window(r.child("window", dict))
    half_life = r.number(
        "half_life_days", minimum=0, maximum=MAX_WINDOW_DAYS, exclusive_minimum=True
    )
    reference = _parse_reference(r.child("reference", dict))
    if measure == "change" and reference is None:
        raise r.error(
            "reference",
            "the change measure needs a reference period",
            'add "reference": {"year": 2013}',
        )
    if measure == "change" and window is None:
        raise r.error(
            "window", "the change measure needs a window to compare", 'add "window": {"days": 180}'
        )
    for key, present in (
        ("window", window),
        ("half_life_days", half_life),
        ("reference", reference),
    ):
        if present is not None and not date_field:
            raise r.error(
                key,
                f"'{key}' needs a date field, and the criterion has none",
                'add "date_field": "<the layer\'s date field>"',
            )
    timed = (*EVENT_MEASURES, "distance")  # distance to events honours dates too
    if (measure not in timed and window) or (measure not in EVENT_MEASURES and half_life):
        raise r.error(
            "window" if window else "half_life_days",
            f"the measure '{measure}' does not count events over time",
            "remove the window, or use a counting measure",
        )
    denominator = parse_denominator(r.child("denominator", dict))
    if measure == "ratio" and (denominator is None or not field):
        raise r.error(
            "denominator" if field else "field",
            "a ratio needs the field to add up and what to divide it by",
            '"field": "returnee_individuals", "denominator": {"layer": "idps", "field": '
            '"idp_individuals", "plus_numerator": true}',
        )
    return Criterion(
        id=criterion_id,
        label=r.get("label", str) or criterion_id,
        # What is counted, per how many people, over what time, from where: grouped by
        # idea; the keys read in this call are read in the order they stand.
        layer=layer,
        filters=_parse_filters(r),
        measure=measure,
        field=field,
        fields=fields,
        threshold=threshold,
        population_field=r.get("population_field", str),
        per=r.number("per", 100_000.0, minimum=0, maximum=1e9, exclusive_minimum=True),
        date_field=date_field,
        window=window,
        half_life_days=half_life,
        distance_from=r.choice("from", ("edge", "centroid", "towns"), "edge"),
        reference=reference,
        transform=_parse_transform(r),
        normalise=_parse_normalisation(r),
        direction=r.choice("direction", DIRECTIONS, "higher_is_riskier"),
        weight=r.number("weight", 1.0, minimum=0, maximum=MAX_WEIGHT),
        dimension=r.get("dimension", str) or "General",
        missing=r.choice("missing", MISSING_RULES, "exclude"),
        zero_is_missing=r.get("zero_is_missing", bool, default=False),
        noun=r.get("noun", str),
        illustrative=r.get("illustrative", bool, default=False),
        precision=parse_precision(r.child("precision", dict)),
        denominator=denominator,
    )


def _string_list(r: Reader, key: str) -> list[str]:
    items = r.get(key, list) or []
    for index, item in enumerate(items):
        if not isinstance(item, str) or not item:
            raise r.error(f"{key}[{index}]", "expected a field name (text)")
    return items


def _number_list(r: Reader, key: str) -> list[float]:
    items = r.get(key, list) or []
    for index, item in enumerate(items):
        name = f"{key}[{index}]"
        Reader({name: item}, r.where).get(name, float, required=True)
    return [float(item) for item in items]


def _parse_window(r: Reader | None) -> Window | None:
    if r is None:
        return None
    # At most a century back: longer windows reach before any data, and the date
    # arithmetic of a huge one would overflow (or, in months, loop for hours).
    days = r.whole("days", None, 1, MAX_WINDOW_DAYS)
    months = r.whole("months", None, 1, MAX_WINDOW_MONTHS)
    start, end = r.date("start"), r.date("end")
    r.reject_unknown()
    given = [x is not None for x in (days, months, start)]
    if sum(given) != 1:
        raise ModelError.of(
            "one_window_length", r.where, fix_key="for_example", example='{"days": 180}'
        )
    if (days is not None and days < 1) or (months is not None and months < 1):
        raise ModelError.of("window_too_short", r.where)
    if start and end and end < start:
        raise ModelError.of("window_reversed", r.where)
    return Window(days=days, months=months, start=start, end=end)


def _parse_reference(r: Reader | None) -> Reference | None:
    if r is None:
        return None
    year = r.get("year", int)
    start, end = r.date("start"), r.date("end")
    change = r.choice("change", ("ratio", "difference"), "ratio")
    basis = r.choice("basis", BASES, "same_months" if year is not None else "period")
    incomplete = r.choice("incomplete", ("refuse", "pro_rate"), "refuse")
    r.reject_unknown()
    if (year is None) == (start is None):
        raise ModelError.of(
            "year_or_start", r.where, fix_key="for_example", example='{"year": 2013}'
        )
    if (basis == "period") != (start is not None):
        raise ModelError.of(
            "basis_with_start" if start is not None else "basis_with_year",
            r.where,
            fix_key="basis.fix",
            basis=basis,
        )
    if start is not None and end is None:
        raise ModelError.of(
            "period_without_end", r.where, fix_key="add_example", example='"end": "2013-12-31"'
        )
    if year is not None and not 1900 <= year <= 2200:
        raise ModelError.of("year_out_of_range", r.where, year=year)
    return Reference(year, start, end, change, basis, incomplete)


def _parse_filters(r: Reader) -> tuple[Filter, ...]:
    raw = r.raw("filter")
    if raw is None:
        return ()
    items = raw if isinstance(raw, list) else [raw]
    filters = []
    for index, item in enumerate(items):
        fr = Reader(item, r.path("filter") + (f"[{index}]" if isinstance(raw, list) else ""))
        fr.require_object()
        op = fr.choice("op", FILTER_OPS, "==")
        value = fr.raw("value", required=True)
        if op in ("in", "not in") and not isinstance(value, list):
            raise fr.error("value", f"the operator '{op}' needs a list of values")
        if op not in ("in", "not in") and isinstance(value, (list, dict)):
            raise fr.error("value", f"the operator '{op}' compares with one value, not a list")
        filters.append(Filter(field=fr.get("field", str, required=True), op=op, value=value))
        fr.reject_unknown()
    return tuple(filters)


def _parse_transform(r: Reader) -> Transform | None:
    raw = r.raw("transform")
    if raw is None:
        return None
    if isinstance(raw, str):
        raw = {"method": raw}
    tr = Reader(raw, r.path("transform"))
    tr.require_object()
    method = tr.choice("method", TRANSFORMS, required=True)
    percentile = tr.number("percentile", 95.0 if method == "winsorise" else None, 50, 100)
    value = tr.number("value", required=method == "cap")
    tr.reject_unknown()
    return Transform(method=method, percentile=percentile, value=value)


def _parse_normalisation(r: Reader) -> Normalisation:
    raw = r.raw("normalise")
    if raw is None:
        return Normalisation()
    if isinstance(raw, str):
        raw = {"method": raw}
    nr = Reader(raw, r.path("normalise"))
    nr.require_object()
    method = nr.choice("method", NORMALISATIONS, required=True)
    low = nr.number("min", required=method == "goalposts")
    high = nr.number("max", required=method == "goalposts")
    value = nr.number("value", required=method == "threshold")
    nr.reject_unknown()
    if method == "goalposts" and low == high:
        raise nr.error(
            "max",
            "the goalposts min and max are equal",
            "set max to the value that means 'fully at risk'",
        )
    return Normalisation(method=method, min=low, max=high, value=value)
