"""Guess which project layer serves each layer reference of a model.

Pure Python (no QGIS, no Qt) so the rules are tested anywhere. The dock
describes the project's layers as :class:`LayerInfo` and the model's needs as
:class:`LayerNeed`; :func:`guess_layers` returns the best layer per need.

Order of evidence, strongest first:

1. the layer's GeoPackage table equals the reference (``events`` ↔ the layer
   "Security incidents (UCDP GED)" read from table ``events``);
2. the layer's name equals the reference (ignoring case and punctuation);
3. a shared keyword family (incident/event/ucdp, sleeper, preacher, border…)
   between the reference or criterion label and the layer's name or table.

A layer whose geometry does not fit the need is never guessed; a layer that
lacks a needed field loses points, so the layer that can actually run wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

#: Keyword families: a reference and a layer sharing a family probably match.
KEYWORD_FAMILIES: dict[str, tuple[str, ...]] = {
    "incidents": ("incident", "event", "ucdp", "acled", "attack", "violence"),
    "sleeper": ("sleeper", "cell"),
    "support": ("support", "sympathi", "political group"),
    "preacher": ("preacher", "cleric", "imam", "sermon"),
    "border": ("border", "frontier"),
    "flashpoint": ("flashpoint", "disputed", "contested"),
    "ethnic": ("ethnic", "mix", "religio", "sect", "diversity"),
    "returnee": ("returnee", "return"),
    "idp": ("idp", "displaced"),
    # Natural Earth "populated places", GeoNames "cities500", OSM "places" layers.
    "town": ("town", "place", "populated", "settlement", "city", "cities", "village", "geonames"),
    "district": ("district", "adm2"),
    "subdistrict": ("sub-district", "subdistrict", "adm3"),
    "country": ("country", "outline", "adm0"),
}

#: Scores of each kind of evidence.
TABLE_MATCH = 100
NAME_MATCH = 90
KEYWORD_MATCH = 50
FIELDS_PRESENT = 10
FIELD_MISSING = -30
#: Below this no guess is made.
MIN_SCORE = 30


@dataclass(frozen=True)
class LayerInfo:
    """What the guess needs to know about one project layer."""

    id: str
    name: str
    table: str | None = None
    #: "point", "line", "polygon" or "none" (a table without geometry)
    geometry: str = "none"
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class LayerNeed:
    """One layer reference of the model and what a fitting layer must offer."""

    reference: str
    #: Geometry kinds that fit; empty = any geometry.
    geometries: frozenset[str] = frozenset()
    fields: tuple[str, ...] = ()
    #: Extra words (criterion labels) that say what the layer is about.
    hints: tuple[str, ...] = ()


@dataclass(frozen=True)
class Guess:
    """The layer guessed for a reference, and why."""

    reference: str
    layer_id: str
    how: str  # "table", "name" or "keyword"
    score: int
    missing_fields: tuple[str, ...] = field(default=())


def simplify(text: str) -> str:
    """Lower case, punctuation and separators as single spaces: 'Sub_districts (ADM3)' →
    'sub districts adm3'."""
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def families(text: str) -> set[str]:
    """The keyword families whose words start a word of ``text`` (``idp`` matches "IDPs",
    not "rapidity"); keywords of several words match as phrases."""
    plain = simplify(text)
    tokens = plain.split()
    found = set()
    for family, words in KEYWORD_FAMILIES.items():
        for word in map(simplify, words):
            if (" " in word and word in plain) or any(t.startswith(word) for t in tokens):
                found.add(family)
                break
    # "Sub-districts" also contain the word "districts": keep the more specific family.
    if "subdistrict" in found:
        found.discard("district")
    return found


def score_layer(need: LayerNeed, layer: LayerInfo) -> tuple[int, str, tuple[str, ...]]:
    """Return ``(score, how, missing_fields)`` of ``layer`` for ``need`` (score 0 = unfit)."""
    if need.geometries and layer.geometry not in need.geometries:
        return 0, "", ()
    reference = simplify(need.reference)
    if layer.table and simplify(layer.table) == reference:
        points, how = TABLE_MATCH, "table"
    elif simplify(layer.name) == reference:
        points, how = NAME_MATCH, "name"
    else:
        wanted = families(" ".join((need.reference, *need.hints)))
        offered = families(f"{layer.name} {layer.table or ''}")
        if not wanted & offered:
            return 0, "", ()
        points, how = KEYWORD_MATCH, "keyword"
    # Field names match in any case: Natural Earth's NAME serves a model's "name".
    present = {f.lower() for f in layer.fields}
    missing = tuple(f for f in need.fields if f.lower() not in present)
    points += FIELD_MISSING * len(missing) if missing else FIELDS_PRESENT
    return points, how, missing


def guess_layers(needs: Iterable[LayerNeed], layers: Sequence[LayerInfo]) -> dict[str, Guess]:
    """Best layer per reference; references without a fitting layer are left out.

    The first layer wins a tie (the caller passes them in Layers-panel order).

    >>> events = LayerInfo("l1", "Security incidents (UCDP GED)", "events", "point")
    >>> guess_layers([LayerNeed("events", frozenset({"point"}))], [events])["events"].how
    'table'
    """
    guesses: dict[str, Guess] = {}
    for need in needs:
        best: Guess | None = None
        for layer in layers:
            points, how, missing = score_layer(need, layer)
            if points >= MIN_SCORE and (best is None or points > best.score):
                best = Guess(need.reference, layer.id, how, points, missing)
        if best is not None:
            guesses[need.reference] = best
    return guesses
