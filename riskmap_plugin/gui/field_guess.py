"""Guess the id and name fields of a units layer and the name field of a towns layer.

Pure Python (no QGIS): the dock describes each field as a :class:`FieldInfo`. An id is a
text or integer field whose values are unique (a P-code, a code), never a measurement
such as ``Shape_Leng``; a name is a text field. The model's own field names win when the
layer has them (in any case: ``NAME`` serves ``name``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

#: Words that say a field is an identifier, strongest first.
ID_WORDS = ("pcode", "p_code", "code", "iso", "geocode", "id", "key", "fid")
#: Words that say a field is a name, strongest first.
NAME_WORDS = ("name_en", "_en", "name", "nom", "label", "title", "ar", "local")
#: Fields GIS packages add that are never ids or names.
NOT_UNITS = re.compile(r"^(shape_?(leng|length|area)|area|perimeter|len|st_area|st_length)", re.I)
#: Name fields of the common populated-places layers (Natural Earth, GeoNames, OSM).
TOWN_NAMES = ("name", "name_en", "nameascii", "asciiname", "name_ascii", "city", "town")


@dataclass(frozen=True)
class FieldInfo:
    """A field of a layer: its name, kind and whether its values are unique."""

    name: str
    kind: str = "text"  # "text", "integer", "real", "date" or "other"
    unique: bool = False


def matching(fields: Sequence[FieldInfo], wanted: str) -> str:
    """The field named ``wanted``, ignoring case ('' when none)."""
    for f in fields:
        if f.name == wanted:
            return f.name
    for f in fields:
        if f.name.lower() == (wanted or "").lower():
            return f.name
    return ""


def _rank(name: str, words: Sequence[str]) -> int:
    lowered = name.lower()
    for position, word in enumerate(words):
        if lowered == word or lowered.endswith(word) or lowered.startswith(word):
            return position
    return len(words)


def guess_id_field(fields: Sequence[FieldInfo], wanted: str = "") -> str:
    """The units' id field: the model's, else the best unique text/integer field.

    >>> fields = [FieldInfo("Shape_Leng", "real", True), FieldInfo("code", "text", True)]
    >>> guess_id_field(fields)
    'code'
    """
    found = matching(fields, wanted)
    if found:
        return found
    candidates = [
        f
        for f in fields
        if f.kind in ("text", "integer") and f.unique and not NOT_UNITS.match(f.name)
    ]
    if not candidates:
        return ""
    # Text codes before integer counters (an OBJECTID is unique but says nothing).
    return min(
        candidates,
        key=lambda f: (_rank(f.name, ID_WORDS), f.kind != "text", fields.index(f)),
    ).name


def guess_name_field(fields: Sequence[FieldInfo], wanted: str = "", id_field: str = "") -> str:
    """The units' name field: the model's, else the text field that reads most like a name.

    >>> guess_name_field([FieldInfo("code", "text", True), FieldInfo("district", "text", True)],
    ...                  id_field="code")
    'district'
    """
    found = matching(fields, wanted)
    if found:
        return found
    texts = [f for f in fields if f.kind == "text" and f.name != id_field]
    if not texts:
        return id_field
    return min(texts, key=lambda f: (_rank(f.name, NAME_WORDS), not f.unique, fields.index(f))).name


def guess_town_name(fields: Sequence[FieldInfo], wanted: str = "") -> str:
    """The towns' name field (Natural Earth ``NAME``, GeoNames ``name``, OSM ``name``).

    >>> guess_town_name([FieldInfo("POP_MAX", "integer"), FieldInfo("NAME", "text")])
    'NAME'
    """
    found = matching(fields, wanted)
    if found:
        return found
    for name in TOWN_NAMES:
        found = matching(fields, name)
        if found:
            return found
    texts = [f.name for f in fields if f.kind == "text"]
    return texts[0] if texts else ""
