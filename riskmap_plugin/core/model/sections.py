"""Parsers of the model's other sections: units, places, aggregation, classes, areas."""

from __future__ import annotations

import re

from ..errors import ModelError
from .criteria import _number_list, _string_list
from .layers import GRAINS, grain_of
from .reader import Reader
from .types import (
    AGGREGATIONS,
    CLASS_METHODS,
    Aggregation,
    AreasRule,
    Classes,
    Criterion,
    Gate,
    Places,
    Units,
)


def parse_units(r: Reader) -> Units:
    grid = r.child("grid", dict)
    layer = r.get("layer", str)
    if grid is None and layer is None:
        raise r.error(
            "layer",
            "the units need a polygon layer or a grid",
            'add "layer": "districts" or "grid": {"cell_km": 25}',
        )
    cell_km = boundary = None
    if grid is not None:
        cell_km = grid.number(
            "cell_km", required=True, minimum=0, maximum=1000, exclusive_minimum=True
        )
        boundary = grid.get("boundary", str)
        grid.reject_unknown()
    id_field = r.get("id_field", str)
    if layer is not None and grid is None and id_field is None:
        raise r.error(
            "id_field",
            "the units layer needs an id field",
            'add "id_field": "ADM2_PCODE" for example',
        )
    grain = r.choice("grain", GRAINS, "grid" if grid is not None else grain_of(id_field))
    units = Units(
        grain=grain,
        layer=layer if grid is None else None,
        id_field=id_field,
        name_field=r.get("name_field", str),
        population_field=r.get("population_field", str),
        grid_cell_km=cell_km,
        grid_boundary=boundary or (layer if grid else None),
    )
    r.reject_unknown()
    return units


def _language_code(r: Reader, key: str, example: str) -> str:
    """``key`` of ``r`` as a language code; a ModelError there when it is none."""
    if not _LANGUAGE.match(str(key)):
        raise r.error(
            key,
            f"'{key:.20}' is not a language code",
            f"use the code QGIS uses for the language, e.g. {example}",
        )
    return str(key)


def parse_places(r: Reader | None) -> Places | None:
    if r is None:
        return None
    names = r.child("name_fields", dict)
    name_fields: dict[str, str] = {}
    if names is not None:
        for language in list(names.value):
            code = _language_code(names, language, '"ar": "name_ar"')
            name_fields[code] = names.get(language, str, required=True)
    places = Places(
        layer=r.get("layer", str, required=True),
        name_field=r.get("name_field", str) or "name",
        population_field=r.get("population_field", str),
        feature_code_field=r.get("feature_code_field", str),
        name_fields=name_fields,
    )
    r.reject_unknown()
    return places


def parse_aggregation(r: Reader | None, criteria: tuple[Criterion, ...]) -> Aggregation:
    if r is None:
        return Aggregation()
    method = r.choice("method", AGGREGATIONS, "weighted_arithmetic")
    dimension_weights = None
    dw = r.child("dimension_weights", dict)
    if dw is not None:
        dimensions = {c.dimension for c in criteria}
        dimension_weights = {}
        for name in list(dw.value):
            if name not in dimensions:
                raise dw.error(
                    name,
                    f"no criterion has the dimension '{name}'",
                    "use one of: " + ", ".join(sorted(dimensions)),
                )
            dimension_weights[name] = dw.number(name, minimum=0, maximum=1e6)
        if sum(dimension_weights.values()) <= 0:
            raise ModelError.of("all_dimension_weights_zero", dw.where)
    gates = []
    ids = {c.id for c in criteria}
    for index, item in enumerate(r.get("gates", list) or []):
        gr = Reader(item, r.path(f"gates[{index}]"))
        gr.require_object()
        gate = Gate(
            criterion=gr.get("criterion", str, required=True),
            op=gr.choice("op", (">=", ">", "<=", "<", "==", "!="), ">="),
            value=gr.number("value", 1.0),
        )
        if gate.criterion not in ids:
            raise gr.error(
                "criterion",
                f"no criterion has the id '{gate.criterion}'",
                "use one of: " + ", ".join(sorted(ids)),
            )
        gr.reject_unknown()
        gates.append(gate)
    aggregation = Aggregation(
        method=method,
        dimension_weights=dimension_weights,
        gates=tuple(gates),
        min_coverage=r.number("min_coverage", 0.5, 0, 1),
        geometric_floor=r.number("geometric_floor", 0.0, 0, 1),
    )
    r.reject_unknown()
    return aggregation


def parse_classes(r: Reader | None) -> Classes:
    if r is None:
        return Classes()
    method = r.choice("method", CLASS_METHODS, "jenks")
    breaks = tuple(_number_list(r, "breaks"))
    labels = tuple(_string_list(r, "labels"))
    count = r.get("count", int)
    if method == "fixed":
        if not breaks or list(breaks) != sorted(set(breaks)):
            raise r.error(
                "breaks",
                "fixed classes need increasing score thresholds",
                'e.g. "breaks": [25, 50, 75] for four classes',
            )
        count = len(breaks) + 1
    count = count or (len(labels) if labels else 4)
    if not 2 <= count <= 9:
        raise r.error("count", f"between 2 and 9 classes are supported, found {count}")
    if labels and len(labels) != count:
        raise r.error(
            "labels",
            f"{len(labels)} labels for {count} classes",
            "give one label per class, lowest first",
        )
    if not labels:
        labels = Classes().labels if count == 4 else tuple(f"Class {i + 1}" for i in range(count))
    classes = Classes(method=method, count=count, breaks=breaks, labels=labels)
    r.reject_unknown()
    return classes


def parse_areas(r: Reader | None, classes: Classes) -> AreasRule:
    if r is None:
        rule = AreasRule()
        if rule.min_class not in classes.labels:
            rule = AreasRule(min_class=classes.labels[-1])
        return rule
    min_class = r.get("min_class", str) or classes.labels[-1]
    if min_class not in classes.labels:
        raise r.error(
            "min_class",
            f"'{min_class}' is not one of the class labels",
            "use one of: " + ", ".join(classes.labels),
        )
    max_units = r.number("max_units", minimum=1, maximum=1_000_000)
    watch_max = r.number("watch_max", minimum=0, maximum=1_000_000)
    for key, value in (("max_units", max_units), ("watch_max", watch_max)):
        if value is not None and value != int(value):
            raise r.error(key, f"must be a whole number, found {value:g}")
    rule = AreasRule(
        min_class=min_class,
        watch_margin=r.number("watch_margin", 5.0, 0, 100),
        watch_top_share=r.number("watch_top_share", 0.1, 0, 1),
        top_drivers=int(r.number("top_drivers", 3, 1, 10)),
        method=r.choice("method", ("peaks", "touching"), "peaks"),
        max_units=None if max_units is None else int(max_units),
        max_km2=r.number("max_km2", minimum=0, maximum=1e7, exclusive_minimum=True),
        boundary=r.get("boundary", str),
        min_separation_km=r.number("min_separation_km", 0.0, minimum=0, maximum=20_000),
        watch_max=None if watch_max is None else int(watch_max),
        watch_alpha=r.number("watch_alpha", 0.1, minimum=0, maximum=1),
    )
    r.reject_unknown()
    return rule


_LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


def parse_translations(r: Reader | None) -> dict[str, dict[str, str]]:
    """``{"ar": {"Security incidents": "…"}}``: the model's own words in other languages.

    Keys are language codes as QGIS names them (``ar``, ``ckb``, ``fr``, ``fr_CA``);
    each maps a text of the model (name, description, a criterion's label, a dimension,
    a class label) to its translation. The briefing and the legend print the
    translation for the reader's language; the model itself keeps its own words.
    """
    if r is None:
        return {}
    out: dict[str, dict[str, str]] = {}
    for language in list(r.value):
        _language_code(r, language, '"ar", "ckb" or "fr"')
        words = r.get(language, dict) or {}
        for english, translated in words.items():
            if not isinstance(translated, str) or not translated.strip():
                raise ModelError.of(
                    "empty_translation", r.path(language), english=f"{str(english):.40}"
                )
        out[str(language)] = {str(k): str(v) for k, v in words.items()}
    return out
