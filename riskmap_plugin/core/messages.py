"""The run's warnings as templates, so that they can be said in another language.

The core words each warning with :func:`warning`: a :class:`RunWarning`, the English
text (it is a ``str``: shown, compared and stored as before) that keeps its key and
fields. The result's provenance stores both (:func:`stored_keys`), and
:func:`provenance_warnings` reads them back; :func:`reword` says a warning again with
another language's templates, from its key and fields. The QGIS side hands those in
(the dock's message bar, the briefing's caveats, Processing's log); the core imports
no Qt. A result written before warnings kept their keys has the English only:
:func:`parse` finds the template it was made from.

>>> warning("made_valid", layer="events", count=3)
"layer 'events': 3 invalid geometries were made valid"
>>> reword(warning("made_valid", layer="events", count=3),
...        {"made_valid": "couche « {layer} » : {count} géométries réparées"})
'couche « events » : 3 géométries réparées'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache

from .translatable import QT_TRANSLATE_NOOP

#: Every warning a run can give, by key.
# fmt: off
WARNINGS: dict[str, str] = {
    "units_without_geometry": QT_TRANSLATE_NOOP("RiskMapWarnings", "units layer '{layer}': "
        "{count} units without geometry were left out"),
    "units_made_valid": QT_TRANSLATE_NOOP("RiskMapWarnings", "units layer '{layer}': {count} "
        "invalid polygons were made valid"),
    "outside_crs": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': {count} features lie "
        "outside the valid area of their CRS and were left out"),
    "made_valid": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': {count} invalid "
        "geometries were made valid"),
    "no_geometries": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': none of its {count} "
        "features has a geometry, so it counts nothing"),
    "outside_units": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': none of its {count} "
        "features lies within the units' extent, so it counts nothing — check its CRS, or "
        "whether longitude and latitude are swapped"),
    "not_finite": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': {count} features have "
        "coordinates that are not numbers and were left out"),
    "not_dates": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': {count} values of "
        "'{field}' are not dates and were left out"),
    "after_as_of": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': {count} features dated "
        "after the as-of date {as_of} were not counted"),
    "field_case": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': the field '{field}' was "
        "matched to '{name}', which differs only in case (PostGIS imports lower-case field "
        "names)"),
    "counted_in_database": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': counted per "
        "unit in its PostGIS database; its features were not read into RiskMap"),
    "negative_values": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': {count} negative "
        "values of '{field}' were counted as 0"),
    "not_numbers": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': {count} values of "
        "'{field}' are not numbers and were counted as 0"),
    "infinite": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': {count} values of "
        "'{field}' are infinite and were counted as 0"),
    "no_population": QT_TRANSLATE_NOOP("RiskMapWarnings", "criterion '{criterion}': {count} units "
        "have no population above 0; their rate is missing"),
    "shares_rescaled": QT_TRANSLATE_NOOP("RiskMapWarnings", "criterion '{criterion}': in {count} "
        "units the share fields do not sum to 1; they were rescaled"),
    "no_values": QT_TRANSLATE_NOOP("RiskMapWarnings", "criterion '{criterion}': no unit has a "
        "value; it was left out"),
    "too_coarse": QT_TRANSLATE_NOOP("RiskMapWarnings", "criterion '{criterion}': counts events "
        "located to {rule} or better ('{field}'); {count} of {total} events ({share} %) are "
        "located more coarsely and were not counted"),
    "severity_floor": QT_TRANSLATE_NOOP("RiskMapWarnings", "criterion '{criterion}': layer "
        "'{layer}' records only events with '{field}' of at least {floor}, so smaller incidents "
        "(e.g. attacks without deaths) are not in the data"),
    "snapshot_after_as_of": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': its data are a "
        "snapshot of {snapshot}, after the as-of date {as_of}, so they may carry what was not "
        "known on the as-of date"),
    "reference_pro_rated": QT_TRANSLATE_NOOP("RiskMapWarnings", "criterion '{criterion}': the "
        "data cover only {count} of the {days} days of the reference {period}; its count was "
        "pro-rated"),
    "no_towns": QT_TRANSLATE_NOOP("RiskMapWarnings", "criterion '{criterion}': {count} units have "
        "no town; their distance is measured from the unit's centre"),
    "no_denominator": QT_TRANSLATE_NOOP("RiskMapWarnings", "criterion '{criterion}': {count} "
        "units have nothing to divide by; their ratio is missing"),
    "correlated": QT_TRANSLATE_NOOP("RiskMapWarnings", "criteria '{first}' and '{second}' are "
        "strongly correlated on this run (Spearman ρ = {rho}); together they may count the same "
        "thing twice"),
    "unit_over_area_cap": QT_TRANSLATE_NOOP("RiskMapWarnings", "area '{name}': its unit alone "
        "covers {km2} km², more than areas → max_km2 ({cap} km²); a unit is never split"),
    "far_crs": QT_TRANSLATE_NOOP("RiskMapWarnings", "the analysis CRS {crs} is meant for another "
        "region than the units, so distances and areas are distorted — leave 'crs' out (RiskMap "
        "picks the units' UTM zone) or choose a CRS for this region"),
    "reference_level_left_out": QT_TRANSLATE_NOOP("RiskMapWarnings", "the data do not cover the "
        "reference year {year} of the time analysis, so no unit is compared with its {year} "
        "level"),
    "no_area_boundary": QT_TRANSLATE_NOOP("RiskMapWarnings", "no layer '{layer}' in this project: "
        "the at-risk areas were not kept inside its boundaries"),
    # Said while reading, on the QGIS side.
    "curves_approximated": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': curved "
        "geometries (arcs) were approximated by straight segments"),
    "rings_closed": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': {count} unclosed rings "
        "were closed"),
    "rings_left_out": QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}': {count} polygons "
        "with unclosed rings were left out (shapely 2.1 or newer closes them)"),
}
# fmt: on


class RunWarning(str):
    """A warning's English text that keeps the key and fields it was made from."""

    key: str
    fields: dict[str, str]

    def __new__(cls, key: str, fields: Mapping[str, object]) -> RunWarning:
        said = {name: str(value) for name, value in fields.items()}
        text = super().__new__(cls, WARNINGS[key].format(**said))
        text.key, text.fields = key, said
        return text

    def __reduce__(self):  # pickled for the run's child process: key and fields kept
        return (RunWarning, (self.key, self.fields))


def warning(key: str, **fields) -> RunWarning:
    """The warning ``key`` in English, filled with ``fields`` (which it keeps)."""
    return RunWarning(key, fields)


def keyed(text: str) -> tuple[str, dict[str, str]] | None:
    """(key, fields) of a warning: kept by a :class:`RunWarning`, else found in its text."""
    if isinstance(text, RunWarning):
        return text.key, dict(text.fields)
    return parse(text)


def stored_keys(warnings: Iterable[str]) -> list[list | None]:
    """``[key, fields]`` of each warning (``None`` for other texts), for the provenance."""
    return [[w.key, dict(w.fields)] if isinstance(w, RunWarning) else None for w in warnings]


def provenance_warnings(provenance: Mapping) -> list[str]:
    """A stored result's warnings, with their keys when the result kept them.

    >>> said = provenance_warnings({"warnings": ["old text", "x"],
    ...                             "warning_keys": [None, ["no_values", {"criterion": "c"}]]})
    >>> said[0], said[1], said[1].key
    ('old text', "criterion 'c': no unit has a value; it was left out", 'no_values')
    """
    texts = [str(w) for w in provenance.get("warnings", []) or []]
    keys = provenance.get("warning_keys") or []
    said: list[str] = []
    for i, text in enumerate(texts):
        entry = keys[i] if i < len(keys) else None
        try:
            key, fields = entry if entry else ("", {})
            said.append(RunWarning(key, fields) if key in WARNINGS else text)
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):
            said.append(text)  # a damaged entry: its English text still reads
    return said


@cache
def _pattern(key: str) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", WARNINGS[key])
    seen: set[str] = set()
    pieces = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            pieces.append(re.escape(part))
        elif part in seen:  # a field said twice ("its {year} level"): the same text again
            pieces.append(f"(?P={part})")
        else:
            seen.add(part)
            pieces.append(r"(?P<count>\d+)" if part == "count" else f"(?P<{part}>.+?)")
    return re.compile(f"^{''.join(pieces)}$")


def parse(text: str) -> tuple[str, dict[str, str]] | None:
    """(key, fields) of a warning made by :func:`warning`, or None for other texts."""
    for key in WARNINGS:
        match = _pattern(key).match(str(text))
        if match:
            return key, match.groupdict()
    return None


#: Fields that hold a number ("12", "10,263", "0.85") or a year; names, layers and dates are
#: kept as given.
NUMBER_FIELDS = frozenset({"count", "total", "share", "km2", "cap", "days", "rho", "floor"})
YEAR_FIELDS = frozenset({"year"})


def _renumber(value: str, number: Callable[[float, int], str]) -> str:
    """A number field written by :func:`warning` in ``number``'s digits (as is if not a number).

    >>> _renumber("10,263", lambda v, d: f"<{v:.{d}f}>"), _renumber("0.85", lambda v, d: f"<{v}>")
    ('<10263>', '<0.85>')
    """
    text = str(value).replace(",", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", text):
        return value
    decimals = len(text.split(".")[1]) if "." in text else 0
    parsed = float(text)
    return number(int(parsed) if decimals == 0 else parsed, decimals)


def in_digits(value: str, number: Callable[[float, int], str]) -> str:
    """A year (or any digits) in ``number``'s digits, not grouped ("2013", never "2,013").

    One digit system per language: "2013" inside an Arabic-Indic text would mix the two.

    >>> in_digits("2013", lambda value, decimals=None: "٠١٢٣٤٥٦٧٨٩"[int(value)])
    '٢٠١٣'
    """
    digits = {str(d): number(float(d), 0) for d in range(10)}
    return "".join(digits.get(c, c) for c in str(value))


def reword(
    text: str,
    templates: Mapping[str, str] | None,
    number: Callable[[float, int], str] | None = None,
) -> str:
    """``text`` said with ``templates`` (by key) when it is a known warning, else as is.

    ``number`` formats the count in the language's digits.
    """
    found = keyed(text) if templates else None
    if found is None or templates is None:
        return str(text)
    key, fields = found
    template = templates.get(key)
    if not template:
        return str(text)
    if number is not None:  # one digit system per language: every number field re-said
        for name in NUMBER_FIELDS & fields.keys():
            fields[name] = _renumber(fields[name], number)
        for name in YEAR_FIELDS & fields.keys():
            fields[name] = in_digits(fields[name], number)
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):
        return str(text)
