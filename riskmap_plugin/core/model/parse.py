"""Reading a model document: :func:`load_model` (a file, JSON text or a dict) and
:func:`parse_model` (a decoded document), each section by its own parser."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import ModelError
from .analyses import parse_hotspots, parse_time, parse_uncertainty
from .criteria import parse_criteria
from .layers import parse_layers
from .reader import Reader, check_document, decode_json, model_text
from .sections import (
    parse_aggregation,
    parse_areas,
    parse_classes,
    parse_places,
    parse_translations,
    parse_units,
)
from .types import FORMAT_VERSION, Model


def load_model(source: str | Path | Mapping[str, Any]) -> Model:
    """Load and validate a model from a dict, JSON text or a JSON file path.

    >>> m = load_model({"riskmap_model": 1, "name": "x", "as_of": "2018-01-31",
    ...     "units": {"layer": "districts", "id_field": "PCODE"},
    ...     "criteria": [{"id": "a", "label": "A", "layer": "events", "measure": "count"}]})
    >>> m.criteria[0].normalise.method
    'percentile'
    """
    if isinstance(source, Mapping):
        return parse_model(source)
    return parse_model(decode_json(model_text(source)))


def parse_model(document: Any) -> Model:
    """Validate a decoded JSON document and build the :class:`Model`."""
    check_document(document)
    root = Reader(document, "model")
    root.require_object()
    version = root.get("riskmap_model", int, required=True)
    if version != FORMAT_VERSION:
        raise ModelError.of(
            "unsupported_version",
            "riskmap_model",
            version=version,
            supported=FORMAT_VERSION,
        )
    name = root.get("name", str, required=True)
    as_of = root.date("as_of", required=True)
    criteria = parse_criteria(root.child("criteria", list, required=True))
    units = parse_units(root.child("units", dict, required=True))
    places = parse_places(root.child("places", dict))
    aggregation = parse_aggregation(root.child("aggregation", dict), criteria)
    classes = parse_classes(root.child("classes", dict))
    areas = parse_areas(root.child("areas", dict), classes)
    model = Model(
        name=name,
        as_of=as_of,
        units=units,
        criteria=criteria,
        # Parsed here, in this order, after the sections above: the first error wins.
        time=parse_time(root.child("time", dict), criteria),
        hotspots=parse_hotspots(root.child("hotspots", dict), criteria),
        aggregation=aggregation,
        classes=classes,
        areas=areas,
        places=places,
        uncertainty=parse_uncertainty(root.child("uncertainty", dict)),
        layers=parse_layers(root.child("layers", dict)),
        crs=root.get("crs", str),
        default_source=root.get("default_source", str),
        description=root.get("description", str) or "",
        translations=parse_translations(root.child("translations", dict)),
        document=copy.deepcopy(document),
    )
    root.reject_unknown()
    return model
