"""What the model says about its data: coverage, snapshot dates, datasets and location precision.

A count is only as good as the data under it: a reference window the data do not
cover counts missing days as zero, a province-coded event counted into a district
is counted in the wrong place, a returnee snapshot taken after the as-of date
carries the future. The ``layers`` section declares what RiskMap cannot read from
the data itself; :data:`DATASETS` recognises known exports by their field names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..errors import ModelError
from .reader import Reader

#: How precisely an event is located, finest first (the words of the precision rule).
PRECISION_LEVELS = ("exact", "within_25km", "second_order_unit", "first_order_unit", "coarser")

#: Dataset code → precision level. UCDP GED ``where_prec`` (codebook 23.1, table 5) and
#: ACLED ``geo_precision`` (codebook 2023, "geo-precision").
PRECISION_SCALES: dict[str, dict[int, str]] = {
    "ucdp_ged": {
        1: "exact",
        2: "within_25km",
        3: "second_order_unit",
        4: "first_order_unit",
        5: "coarser",
        6: "coarser",
        7: "coarser",
    },
    "acled": {1: "exact", 2: "within_25km", 3: "first_order_unit"},
}

#: The grain of the units → the coarsest precision an event may have to be counted in one.
GRAINS = ("province", "district", "sub_district", "grid")
GRAIN_PRECISION = {
    "province": "first_order_unit",
    "district": "second_order_unit",
    "sub_district": "within_25km",
    "grid": "within_25km",
}


def grain_of(id_field: str | None) -> str:
    """OCHA p-codes name the level: ADM1_PCODE provinces, ADM3_PCODE sub-districts.

    >>> grain_of("ADM3_PCODE"), grain_of("ADM2_PCODE"), grain_of(None)
    ('sub_district', 'district', 'district')
    """
    name = (id_field or "").upper()
    return "province" if "ADM1" in name else "sub_district" if "ADM3" in name else "district"


@dataclass(frozen=True)
class Dataset:
    """A known event dataset: the fields that recognise it, its precision and severity floor."""

    fields: frozenset[str]
    precision_field: str
    severity_field: str
    severity_floor: float | None  # the smallest value the source records (None: no floor)
    date_field: str = ""


DATASETS: dict[str, Dataset] = {
    # UCDP GED records only events with at least one death (best ≥ 1).
    "ucdp_ged": Dataset(
        frozenset({"where_prec", "best", "date_start", "type_of_violence"}),
        "where_prec",
        "best",
        1.0,
        "date_start",
    ),
    # ACLED records non-fatal events too (fatalities may be 0).
    "acled": Dataset(
        frozenset({"geo_precision", "event_date", "event_type", "fatalities"}),
        "geo_precision",
        "fatalities",
        None,
        "event_date",
    ),
}


def recognise(columns) -> str | None:
    """The known dataset whose fields the layer has, or None.

    >>> recognise(["id", "where_prec", "best", "date_start", "type_of_violence"])
    'ucdp_ged'
    """
    names = {str(c).lower() for c in columns}
    for name, dataset in DATASETS.items():
        if dataset.fields <= names:
            return name
    return None


@dataclass(frozen=True)
class Coverage:
    """The dates a layer's data cover (inclusive); None: read from the data."""

    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class LayerInfo:
    """The ``layers`` entry of one layer."""

    dataset: str | None = None  # None: recognised from the field names
    coverage: Coverage | None = None
    snapshot: dt.date | None = None
    snapshot_field: str | None = None
    severity_field: str | None = None
    severity_floor: float | None = None


@dataclass(frozen=True)
class Precision:
    """A criterion's location-precision rule; None parts follow the layer and the units."""

    field: str | None = None
    scale: str | None = None
    up_to: str | None = None  # a PRECISION_LEVELS word, or "any" (no rule)


def parse_layers(r: Reader | None) -> dict[str, LayerInfo]:
    if r is None:
        return {}
    r.require_object()
    layers = {}
    for name in list(r.value):
        lr = r.child(name, dict, required=True)  # null is refused as missing, not a crash
        cov = lr.child("coverage", dict)
        coverage = None
        if cov is not None:
            coverage = Coverage(cov.date("start"), cov.date("end"))
            cov.reject_unknown()
            if coverage.start and coverage.end and coverage.end < coverage.start:
                raise ModelError.of("coverage_reversed", cov.where)
        floor = lr.child("severity_floor", dict)
        floor_field = floor_value = None
        if floor is not None:
            floor_field = floor.get("field", str, required=True)
            floor_value = floor.number("value", required=True, minimum=-1e12, maximum=1e12)
            floor.reject_unknown()
        layers[name] = LayerInfo(
            dataset=lr.choice("dataset", (*DATASETS, "other")),
            coverage=coverage,
            snapshot=lr.date("snapshot"),
            snapshot_field=lr.get("snapshot_field", str),
            severity_field=floor_field,
            severity_floor=floor_value,
        )
        lr.reject_unknown()
    return layers


def parse_precision(r: Reader | None) -> Precision | None:
    if r is None:
        return None
    precision = Precision(
        field=r.get("field", str),
        scale=r.choice("scale", PRECISION_SCALES),
        up_to=r.choice("up_to", (*PRECISION_LEVELS, "any")),
    )
    r.reject_unknown()
    if precision.field and not precision.scale:
        raise ModelError.of("precision_without_scale", r.where)
    return precision


@dataclass(frozen=True)
class Denominator:
    """What a ``ratio`` divides by: a field summed over a layer's features in the unit
    (plus the numerator when ``plus_numerator``), or the units' population."""

    layer: str | None = None
    field: str | None = None
    plus_numerator: bool = False
    population: bool = False


def parse_denominator(r: Reader | None) -> Denominator | None:
    if r is None:
        return None
    population = r.get("population", bool, default=False)
    denominator = Denominator(
        layer=r.get("layer", str),
        field=r.get("field", str, required=not population),
        plus_numerator=r.get("plus_numerator", bool, default=False),
        population=population,
    )
    r.reject_unknown()
    if population and (denominator.layer or denominator.field):
        raise ModelError.of("population_and_field", r.where)
    return denominator
