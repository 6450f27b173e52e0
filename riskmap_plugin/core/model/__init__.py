"""The model document: a versioned, validated, round-trip-safe JSON contract.

Analysts share models between projects and colleagues, so every key is checked
with a message that names the key and says what was expected, and unknown keys
are rejected (a typo must never silently change a result). The format is
documented in ``docs/model-format.md``; ``resources/model.schema.json`` mirrors it.

Sub-modules: ``types`` (the frozen values), ``reader`` (the checked reading of one
key at a time), ``parse`` (the document → :class:`Model`), ``criteria``,
``sections``, ``analyses`` and ``layers`` (one parser per part of the document),
``units_fit`` (the unit fields fitted to the layer a run reads).
"""

from .criteria import CriterionProblem, criterion_problems
from .parse import load_model, parse_model
from .types import (
    AGGREGATIONS,
    CLASS_METHODS,
    DIRECTIONS,
    EVENT_MEASURES,
    FILTER_OPS,
    FORMAT_VERSION,
    MEASURES,
    MISSING_RULES,
    NORMALISATIONS,
    TRANSFORMS,
    Aggregation,
    AreasRule,
    Classes,
    Criterion,
    Filter,
    Gate,
    HotspotRule,
    Model,
    Normalisation,
    Places,
    Reference,
    TimeRule,
    Transform,
    UncertaintyRule,
    Units,
    Window,
)
from .units_fit import fit_units_fields

__all__ = [
    "AGGREGATIONS",
    "CLASS_METHODS",
    "DIRECTIONS",
    "EVENT_MEASURES",
    "FILTER_OPS",
    "FORMAT_VERSION",
    "MEASURES",
    "MISSING_RULES",
    "NORMALISATIONS",
    "TRANSFORMS",
    "Aggregation",
    "AreasRule",
    "Classes",
    "Criterion",
    "CriterionProblem",
    "Filter",
    "Gate",
    "HotspotRule",
    "Model",
    "Normalisation",
    "Places",
    "Reference",
    "TimeRule",
    "Transform",
    "UncertaintyRule",
    "Units",
    "Window",
    "criterion_problems",
    "fit_units_fields",
    "load_model",
    "parse_model",
]
