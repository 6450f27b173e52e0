"""What a model says, as frozen values: :class:`Model` and its sections.

Built by :func:`.parse.parse_model`; nothing here reads a document.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .layers import Denominator, LayerInfo, Precision, grain_of
from .reader import Reader, date_in_range

FORMAT_VERSION = 1

EVENT_MEASURES = (
    "count",
    "severity_sum",
    "low_severity_count",
    "density",
    "rate",
    "presence",
    "change",
)
MEASURES = EVENT_MEASURES + ("distance", "area_share", "attribute", "diversity", "ratio")
NORMALISATIONS = ("minmax", "percentile", "zscore", "goalposts", "threshold")
DIRECTIONS = ("higher_is_riskier", "lower_is_riskier")
MISSING_RULES = ("exclude", "zero", "median")
AGGREGATIONS = ("weighted_arithmetic", "weighted_geometric")
CLASS_METHODS = ("jenks", "quantiles", "equal_interval", "fixed")
FILTER_OPS = ("==", "!=", "<", "<=", ">", ">=", "in", "not in")
TRANSFORMS = ("log1p", "winsorise", "cap")


@dataclass(frozen=True)
class Window:
    """A time window counted back from the as-of date (``days``/``months``) or fixed dates."""

    days: int | None = None
    months: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def bounds(self, as_of: dt.date) -> tuple[dt.date, dt.date]:
        """Return ``(first_day, last_day)`` inclusive."""
        if self.start is not None:
            return self.start, self.end or as_of
        if self.days is not None:
            return as_of - dt.timedelta(days=self.days - 1), as_of
        months = self.months or 0
        year, month = as_of.year, as_of.month - months
        while month <= 0:
            month += 12
            year -= 1
        day = min(as_of.day, _month_length(year, month))
        return dt.date(year, month, day) + dt.timedelta(days=1), as_of

    def span(self) -> tuple[str, int | str]:
        """``("months", 6)``, ``("days", 45)`` or ``("dates", "2017-01-01…2017-12-31")``.

        The parts of a window's words ("6 mo"), so that a translation can word them.
        """
        if self.start is not None:
            return "dates", f"{self.start.isoformat()}…{(self.end or '').__str__()}".rstrip("…")
        if self.months is not None:
            return "months", self.months
        days = self.days or 0  # a parsed window has days when it has neither dates nor months
        months = round(days / 30.44)
        if days >= 60 and abs(months * 30.44 - days) < 3:
            return "months", months  # 180 days read as "6 mo", 365 as "12 mo"
        return "days", days


def _month_length(year: int, month: int) -> int:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


@dataclass(frozen=True)
class Filter:
    """An attribute filter on the features a criterion counts."""

    field: str
    op: str
    value: Any


@dataclass(frozen=True)
class Normalisation:
    method: str = "percentile"
    min: float | None = None
    max: float | None = None
    value: float | None = None  # threshold


@dataclass(frozen=True)
class Transform:
    method: str
    percentile: float | None = None
    value: float | None = None


@dataclass(frozen=True)
class Reference:
    """The reference period of a ``change`` criterion: same months of ``year``, or fixed dates."""

    year: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    change: str = "ratio"  # or "difference"
    basis: str = "same_months"  # or "calendar_year", "period" (both scaled to the window)
    incomplete: str = "refuse"  # or "pro_rate", when the data do not cover the whole reference


@dataclass(frozen=True)
class Criterion:
    id: str
    label: str
    measure: str
    layer: str | None = None
    field: str | None = None
    fields: tuple[str, ...] = ()
    threshold: float | None = None
    date_field: str | None = None
    window: Window | None = None
    half_life_days: float | None = None
    filters: tuple[Filter, ...] = ()
    population_field: str | None = None
    per: float = 100_000.0
    distance_from: str = "edge"
    reference: Reference | None = None
    transform: Transform | None = None
    normalise: Normalisation = Normalisation()
    direction: str = "higher_is_riskier"
    weight: float = 1.0
    dimension: str = "General"
    missing: str = "exclude"
    zero_is_missing: bool = False
    noun: str | None = None
    illustrative: bool = False
    precision: Precision | None = None
    denominator: Denominator | None = None


@dataclass(frozen=True)
class Units:
    """The ``units`` section: the analysis units' layer (or grid) and fields."""

    grain: str = "district"  # what an event must be located to (see layers.GRAINS)
    layer: str | None = None
    id_field: str | None = None
    name_field: str | None = None
    population_field: str | None = None
    # A hexagon grid made for the run instead of a layer: its cell size and boundary.
    grid_cell_km: float | None = None
    grid_boundary: str | None = None


@dataclass(frozen=True)
class Places:
    layer: str
    name_field: str = "name"
    population_field: str | None = None
    #: GeoNames feature code (PPLA, PPLX…) or Natural Earth FEATURECLA.
    feature_code_field: str | None = None
    #: Language code → the field with the name in that language ({"ar": "name_ar"}).
    name_fields: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Gate:
    criterion: str
    op: str = ">="
    value: float = 1.0


@dataclass(frozen=True)
class Aggregation:
    method: str = "weighted_arithmetic"
    dimension_weights: Mapping[str, float] | None = None
    gates: tuple[Gate, ...] = ()
    min_coverage: float = 0.5
    geometric_floor: float = 0.0


@dataclass(frozen=True)
class Classes:
    method: str = "jenks"
    count: int = 4
    breaks: tuple[float, ...] = ()
    labels: tuple[str, ...] = ("Low", "Moderate", "High", "Very high")


@dataclass(frozen=True)
class AreasRule:
    min_class: str = "High"
    watch_margin: float = 5.0
    watch_top_share: float = 0.1
    top_drivers: int = 3
    #: "peaks" (areas around locally highest units) or "touching" (merge touching units).
    method: str = "peaks"
    max_units: int | None = None
    max_km2: float | None = None
    #: A polygon layer whose boundaries areas never cross (e.g. governorates).
    boundary: str | None = None
    min_separation_km: float = 0.0
    #: Longest watch list; None: as many as there are at-risk units, at least 5.
    watch_max: int | None = None
    #: Significance a "rising" trend needs to put a unit on the watch list.
    watch_alpha: float = 0.1


@dataclass(frozen=True)
class TimeRule:
    """Monthly series, trend, surge and reference level of one event criterion."""

    criterion: str
    months: int = 12
    reference_year: int | None = None
    reference_basis: str = "same_months"  # or "calendar_year" (scaled to the window)
    surge_factor: float = 2.0
    surge_min_count: int = 3


@dataclass(frozen=True)
class HotspotRule:
    of: str = "score"  # or a criterion id
    weights: str = "queen"  # or "distance"
    distance_km: float | None = None
    permutations: int = 999
    seed: int = 1
    fdr: bool = True


@dataclass(frozen=True)
class UncertaintyRule:
    draws: int = 1000
    seed: int = 1
    concentration: float = 50.0
    normalisations: tuple[str, ...] = ()
    aggregations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Model:
    """A parsed, validated model document. Immutable; use :meth:`with_overrides`."""

    name: str
    as_of: dt.date
    units: Units
    criteria: tuple[Criterion, ...]
    aggregation: Aggregation = field(default_factory=Aggregation)
    classes: Classes = field(default_factory=Classes)
    areas: AreasRule = field(default_factory=AreasRule)
    places: Places | None = None
    time: TimeRule | None = None
    hotspots: HotspotRule | None = None
    uncertainty: UncertaintyRule | None = None
    layers: Mapping[str, LayerInfo] = field(default_factory=dict)  # coverage, snapshot…
    crs: str | None = None
    default_source: str | None = None
    description: str = ""
    #: Language code → {the model's English text: its translation} (``translations``).
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict, compare=False)
    document: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def criterion(self, criterion_id: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)

    def with_overrides(
        self,
        as_of: dt.date | None = None,
        units_layer: str | None = None,
        units_fields: Mapping[str, str | None] | None = None,
    ) -> Model:
        """Return a copy with the as-of date, the units layer and/or the units' fields replaced.

        ``units_fields`` maps ``id_field``, ``name_field`` or ``population_field`` to the new
        field (None: the model names none). Checked as the document would be (the date's
        range; a units layer needs an id field) and written into :attr:`document` too,
        without parsing the model again.
        """
        document = copy.deepcopy(dict(self.document))
        changes: dict[str, Any] = {}
        if as_of is not None:
            changes["as_of"] = date_in_range(as_of, "as_of")  # the document's rule and words
            document["as_of"] = as_of.isoformat()
        if units_layer is not None:
            section = dict(document.get("units") or {})
            section = {k: v for k, v in section.items() if k != "grid"}
            section["layer"] = units_layer
            document["units"] = section
            changes["units"] = _units_on_layer(self.units, units_layer, section)
        if units_fields:
            section = dict(document.get("units") or {})
            for key, value in units_fields.items():
                if key not in UNIT_FIELD_KEYS:
                    raise ValueError(f"not a units field: {key!r}")
                if value is None:
                    section.pop(key, None)
                else:
                    section[key] = value
            document["units"] = section
            units = changes.get("units", self.units)
            changes["units"] = _units_with_fields(units, section, units_fields)
        return dataclasses.replace(self, document=document, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The document as given (validated), so a round trip keeps every key and value."""
        return copy.deepcopy(dict(self.document))

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def layer_references(self) -> list[str]:
        refs = [self.units.layer, self.units.grid_boundary]
        refs += [self.places.layer if self.places else None, self.areas.boundary]
        refs += [c.layer for c in self.criteria]
        refs += [c.denominator.layer for c in self.criteria if c.denominator]
        return list(dict.fromkeys(r for r in refs if r))


def _units_on_layer(units: Units, layer: str, section: Mapping[str, Any]) -> Units:
    """The units read from ``layer`` instead of a grid or another layer (as parse_units)."""
    _require_id_field(units, section)
    grain = units.grain if "grain" in section else grain_of(units.id_field)
    return dataclasses.replace(
        units, layer=layer, grain=grain, grid_cell_km=None, grid_boundary=None
    )


#: The units' fields :meth:`Model.with_overrides` may replace.
UNIT_FIELD_KEYS = ("id_field", "name_field", "population_field")


def _units_with_fields(
    units: Units, section: Mapping[str, Any], fields: Mapping[str, str | None]
) -> Units:
    """The units with other fields (as parse_units: the grain follows a new id field)."""
    units = dataclasses.replace(
        units,
        id_field=fields.get("id_field", units.id_field),
        name_field=fields.get("name_field", units.name_field),
        population_field=fields.get("population_field", units.population_field),
    )
    if units.grid_cell_km is None:  # a units layer, not a grid
        _require_id_field(units, section)
        if "grain" not in section:
            units = dataclasses.replace(units, grain=grain_of(units.id_field))
    return units


def _require_id_field(units: Units, section: Mapping[str, Any]) -> None:
    if units.id_field is None:
        raise Reader(section, "units").error(
            "id_field",
            "the units layer needs an id field",
            'add "id_field": "ADM2_PCODE" for example',
        )
