"""Turn the dock's choices into a model document and a layer map (pure Python).

The dock edits a model document (from a preset or a file) and picks a project
layer for each reference. :func:`build_run` combines them: the document keeps
the model's own layer names, and the layer map sends each name to the chosen
project layer id. When two rows name the same reference but chose different
layers, the second gets a reference of its own (``events_2``).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass
class UnitsChoice:
    """The units as chosen in the dock."""

    mode: str = "layer"  # or "grid"
    layer_id: str | None = None
    id_field: str = ""
    name_field: str = ""
    layer_fields: tuple[str, ...] = ()
    cell_km: float = 25.0
    boundary_id: str | None = None
    places_id: str | None = None
    places_name: str = ""
    places_fields: tuple[str, ...] = ()


class _References:
    """Allocates references so each points at one layer."""

    def __init__(self) -> None:
        self.layer_map: dict[str, str] = {}

    def assign(self, reference: str, layer_id: str) -> str:
        candidate, number = reference, 1
        while self.layer_map.get(candidate, layer_id) != layer_id:
            number += 1
            candidate = f"{reference}_{number}"
        self.layer_map[candidate] = layer_id
        return candidate


def build_run(
    base: Mapping[str, Any],
    *,
    name: str,
    as_of: dt.date,
    rows: Sequence[tuple[Mapping[str, Any], str | None]],
    units: UnitsChoice,
) -> tuple[dict[str, Any], dict[str, str]]:
    """Return ``(document, layer_map)`` for a run.

    ``base`` is the model document the dock started from (aggregation, classes,
    areas… are kept); ``rows`` are ``(criterion, layer_id)`` in table order.

    >>> doc, layer_map = build_run(
    ...     {"riskmap_model": 1, "units": {"layer": "districts", "id_field": "P"}},
    ...     name="m", as_of=dt.date(2018, 1, 31),
    ...     rows=[({"id": "a", "layer": "events", "measure": "count"}, "L1")],
    ...     units=UnitsChoice(layer_id="L2", id_field="P"))
    >>> layer_map
    {'districts': 'L2', 'events': 'L1'}
    """
    document = copy.deepcopy(dict(base))
    document["riskmap_model"] = document.get("riskmap_model", 1)
    document["name"] = name
    document["as_of"] = as_of.isoformat()
    references = _References()
    base_units = dict(document.get("units") or {})

    if units.mode == "grid":
        boundary = (base_units.get("grid") or {}).get("boundary") or "boundary"
        section: dict[str, Any] = {"grid": {"cell_km": float(units.cell_km)}}
        if units.boundary_id:
            section["grid"]["boundary"] = references.assign(boundary, units.boundary_id)
    else:
        reference = base_units.get("layer") or "units"
        section = {"layer": reference, "id_field": units.id_field}
        if units.layer_id:
            section["layer"] = references.assign(reference, units.layer_id)
        if units.name_field:
            section["name_field"] = units.name_field
        population = base_units.get("population_field")
        if population and population in units.layer_fields:
            section["population_field"] = population
    document["units"] = section

    if units.places_id:
        places = dict(document.get("places") or {})
        places["layer"] = references.assign(places.get("layer") or "places", units.places_id)
        places["name_field"] = units.places_name or places.get("name_field") or "name"
        for key in ("population_field", "feature_code_field"):
            if places.get(key) not in units.places_fields:
                places.pop(key, None)
        names = {
            k: v for k, v in (places.get("name_fields") or {}).items() if v in units.places_fields
        }
        if names:
            places["name_fields"] = names
        else:
            places.pop("name_fields", None)
        document["places"] = places
    else:
        document.pop("places", None)

    criteria = []
    for criterion, layer_id in rows:
        criterion = copy.deepcopy(dict(criterion))
        if layer_id:
            criterion["layer"] = references.assign(criterion.get("layer") or "layer", layer_id)
        criteria.append(criterion)
    document["criteria"] = criteria
    # What the model declares about its layers (coverage, snapshot dates…) stays only for
    # the layers this run still reads: a row the officer dropped takes its layer along.
    read = {c.get("layer") for c in criteria} | {section.get("layer")}
    declared = {k: v for k, v in (document.get("layers") or {}).items() if k in read}
    if declared:
        document["layers"] = declared
    else:
        document.pop("layers", None)
    return document, references.layer_map


def document_glossary(document: dict[str, Any], language: str) -> dict[str, str]:
    """The document's ``translations`` for ``language`` (``fr_CA`` tried before ``fr``)."""
    translations = document.get("translations") or {}
    if not isinstance(translations, dict):
        return {}
    language = (language or "").replace("-", "_")
    found = translations.get(language) or translations.get(language.split("_")[0]) or {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}
