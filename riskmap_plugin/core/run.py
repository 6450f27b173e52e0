"""The one call every front uses: ``score(model, layers) -> ScoreResult``.

Flow: check and project the layers once → raw value per unit and criterion →
missing-data rule, transform, normalisation → aggregation with contributions
→ rank and class → drivers and annotations → areas and watch list.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Callable

import geopandas as gpd
import numpy as np
import pandas as pd

from .aggregate import aggregate, effective_weights
from .analyses import run_analyses
from .areas import UnitPlaces
from .classify import classify
from .data_limits import check_snapshots, correlations, data_fields, declared_fields
from .database_counts import DatabaseCounter
from .errors import Canceled
from .explain import Driver, Explainer
from .hexgrid import hex_grid
from .inputs import build_inputs, check_layers, prepare_places, prepare_units
from .measures import measure_criterion
from .messages import warning
from .model import Model
from .naming import seat_towns
from .normalise import fill_missing, normalise, transform
from .outputs import add_analysis_fields, build_areas, build_units_frame, build_watch_list
from .peaks import zones_of
from .scores import Scores
from .unit_drivers import unit_drivers
from .wording import ENGLISH, Wording

Progress = Callable[[float, str], None]


#: Share of the scoring progress a hexagon grid built for the run takes.
_GRID_SHARE = 0.3


@dataclass
class ScoreResult:
    """Everything a run produced; frames are in the units layer's CRS."""

    model: Model
    units: gpd.GeoDataFrame
    areas: gpd.GeoDataFrame
    watch_list: gpd.GeoDataFrame
    criteria: pd.DataFrame
    #: Unit id → its drivers (:class:`.unit_drivers.UnitDrivers`, made when read).
    explanations: Mapping[str, list[Driver]]
    class_bounds: list[float]
    cutoff: float | None
    sensitivity: pd.DataFrame
    analysis_crs: str
    warnings: list[str] = field(default_factory=list)
    #: Spearman correlation between the criteria's raw values on this run (id × id).
    correlations: pd.DataFrame = field(default_factory=pd.DataFrame)


def required_layers(
    model: Model, fields: Mapping[str, list[str]] | None = None
) -> dict[str, list[str]]:
    """Each layer the model reads → the attribute columns the core needs from it.

    ``fields`` (layer → its field names) lets known datasets be recognised: their
    identifying and precision fields and a ``snapshot_date`` field are read too.
    """
    needed: dict[str, set[str]] = {ref: set() for ref in model.layer_references()}
    for ref, info in model.layers.items():  # declared: read whatever the data have
        if ref in needed:  # a declared layer no criterion reads any more (left out in the dock)
            needed[ref] |= declared_fields(info)
    for ref, names in (fields or {}).items():
        if ref in needed:
            needed[ref] |= data_fields(model.layers.get(ref), names)
    units = model.units
    if units.layer:
        needed[units.layer] |= {units.id_field, units.name_field, units.population_field}
    if model.places:
        spec = model.places
        needed[spec.layer] |= {spec.name_field, spec.population_field, spec.feature_code_field}
        needed[spec.layer] |= set(spec.name_fields.values())
    for c in model.criteria:
        target = c.layer or units.layer
        if target is None:
            continue
        needed.setdefault(target, set())
        needed[target] |= {c.field, c.date_field, *c.fields, *(f.field for f in c.filters)}
        if c.measure in ("rate", "ratio") and units.layer:
            needed[units.layer].add(c.population_field or units.population_field)
        if c.precision is not None:
            needed[target].add(c.precision.field)
        if c.denominator is not None and not c.denominator.population:
            needed.setdefault(c.denominator.layer or target, set()).add(c.denominator.field)
    return {ref: sorted(x for x in cols if x) for ref, cols in needed.items()}


def score(
    model: Model,
    layers: Mapping[str, gpd.GeoDataFrame],
    *,
    progress: Progress | None = None,
    is_canceled: Callable[[], bool] | None = None,
    wording: Wording = ENGLISH,
    counters: Mapping[str, DatabaseCounter] | None = None,
) -> ScoreResult:
    """Score every unit of ``model`` on ``layers`` (layer reference → GeoDataFrame).

    Raises :class:`~.errors.ModelError` / :class:`~.errors.DataError` with a
    message naming the layer, field or key, and :class:`~.errors.Canceled` when
    ``is_canceled()`` turns true. The inputs are never modified. ``wording`` words the
    annotations and picks the towns' names in its language (see :class:`.wording.Wording`).
    ``counters`` (layer reference → :class:`.database_counts.DatabaseCounter`)
    count those layers in their database; their frames hold only the field names.
    """
    given = progress or (lambda fraction, message: None)
    # A hexagon grid takes the first part of the bar, so that its progress moves.
    grid_share = 0.0 if model.units.layer else _GRID_SHARE

    def report(fraction: float, message: str) -> None:
        given(grid_share + (1.0 - grid_share) * fraction, message)

    def step(fraction: float, message: str) -> None:
        if is_canceled is not None and is_canceled():
            raise Canceled()
        report(fraction, message)

    warnings: list[str] = []
    check_layers(model, layers)

    def grid_progress(fraction: float) -> None:
        if is_canceled is not None and is_canceled():
            raise Canceled()
        given(grid_share * fraction, "Building the hexagon grid")

    if not model.units.layer:
        grid_progress(0.0)

    units_frame = _units_source(model, layers, is_canceled, grid_progress)
    step(0.02, "Preparing units")
    units = prepare_units(model, units_frame, model.units.layer or "grid", warnings)
    inputs, crs = build_inputs(model, units, layers, warnings, counters)
    criteria = model.criteria
    n, m = len(units), len(criteria)
    raw = np.full((n, m), np.nan)
    norm = np.full((n, m), np.nan)
    prepared = np.full((n, m), np.nan)  # after missing rule and transform, before normalising
    details: list[dict[str, np.ndarray]] = []
    for j, criterion in enumerate(criteria):
        step(0.05 + 0.75 * j / m, f"Measuring {criterion.label}")
        measured = measure_criterion(criterion, inputs)
        if criterion.zero_is_missing:
            measured.raw = np.where(measured.raw == 0, np.nan, measured.raw)
        check_snapshots(criterion, inputs, model.as_of)
        raw[:, j] = measured.raw
        details.append(measured.detail)
        prepared[:, j] = transform(
            fill_missing(measured.raw, criterion.missing), criterion.transform
        )
        norm[:, j] = normalise(
            prepared[:, j], criterion.normalise, criterion.direction == "higher_is_riskier"
        )
        if measured.no_points is not None:
            norm[measured.no_points & np.isfinite(norm[:, j]), j] = 0.0
        if not np.isfinite(measured.raw).any():
            warnings.append(warning("no_values", criterion=criterion.id))
    for table in inputs.tables.values():
        warnings.extend(w for w in table.warnings if w not in warnings)
    correlation = correlations(raw, criteria, warnings)
    step(0.82, "Aggregating")
    combined = aggregate(norm, raw, criteria, model.aggregation)
    class_index, bounds = classify(combined.score, model.classes)
    explainer = Explainer(
        criteria, model.as_of.year, wording.templates, wording.number_format, wording.noun_for
    )
    phrases = _UnitPhrases(explainer, criteria, raw, details)
    explanations = unit_drivers(
        explainer,
        units["unit_id"].tolist(),
        raw,
        norm,
        combined.contributions,
        details,
        model.areas.top_drivers,
    )
    step(0.9, "Finding at-risk areas")
    min_index = model.classes.labels.index(model.areas.min_class)
    at_risk = (class_index >= min_index) & np.array([not g for g in combined.gate_failed])
    cutoff = _cutoff(model, combined.score, class_index, min_index)
    places = unit_places(model, inputs, prepare_places(model, inputs, wording.language))
    scores = Scores(raw, prepared, norm, details, combined, class_index, at_risk)
    areas, area_of_unit = build_areas(
        model, units, inputs.index.geometries, crs, scores, explainer, places
    )
    scores = dataclasses.replace(scores, area_of_unit=area_of_unit)
    cap = model.areas.max_km2
    if cap is not None and model.areas.method == "peaks":
        for _, area in areas[(areas["n_units"] == 1) & (areas["area_km2"] > cap)].iterrows():
            km2, name = f"{area['area_km2']:,.0f}", str(area["name"])
            warnings.append(warning("unit_over_area_cap", name=name, km2=km2, cap=f"{cap:,.0f}"))
    units_out = build_units_frame(model, units, scores, explanations)
    fallback = units_out["unit_name"].astype(str).tolist()
    units_out.insert(
        2,
        "place",
        places.labels(fallback, explainer.templates),
    )
    step(0.93, "Trends, hot spots and uncertainty")
    extra = run_analyses(
        model, inputs, scores, units_out["rank"].to_numpy(), explainer.templates, explainer.number
    )
    warnings.extend(w for w in extra.warnings if w not in warnings)
    units_out, areas = add_analysis_fields(units_out, areas, extra)
    watch = build_watch_list(model, units_out, scores, cutoff, phrases, explainer, extra.reasons)
    step(1.0, "Done")
    return ScoreResult(
        model=model,
        units=units_out,
        areas=areas,
        watch_list=watch,
        criteria=criteria_table(model),
        explanations=explanations,
        class_bounds=[float(b) for b in bounds],
        cutoff=cutoff,
        sensitivity=extra.sensitivity,
        analysis_crs=crs.to_string(),
        warnings=warnings,
        correlations=correlation,
    )


def unit_places(model: Model, inputs, towns: pd.DataFrame | None) -> UnitPlaces:
    """Each unit's km², boundary polygon (model → areas → boundary) and seat town."""
    geometries = inputs.index.geometries
    zone = None
    if model.areas.boundary:
        boundary = inputs.layers[model.areas.boundary]
        zone = zones_of(geometries, np.asarray(boundary.geometry.values))
    seat, inside = seat_towns(geometries, towns)
    return UnitPlaces(np.asarray(inputs.index.area_km2, dtype=float), zone, seat, inside)


def _cutoff(
    model: Model, scores: np.ndarray, class_index: np.ndarray, min_index: int
) -> float | None:
    """The score at which units become at risk: the fixed threshold, or the lowest member."""
    if model.classes.method == "fixed" and min_index > 0:
        return float(model.classes.breaks[min_index - 1])
    members = class_index >= min_index
    return float(scores[members].min()) if members.any() else None


def _units_source(
    model: Model, layers: Mapping[str, gpd.GeoDataFrame], is_canceled=None, progress=None
) -> gpd.GeoDataFrame:
    if model.units.layer:
        return layers[model.units.layer]
    boundary = layers[model.units.grid_boundary] if model.units.grid_boundary else None
    grid = hex_grid(
        model.units.grid_cell_km,
        boundary=boundary,
        crs=boundary.crs if boundary is not None else "EPSG:4326",
        is_canceled=is_canceled,
        progress=progress,
    )
    return grid


class _UnitPhrases:
    """``phrases[unit][criterion]``, worded on first use.

    Only units on the watch list read them, and only for the criteria they stand out on;
    wording every unit × criterion up front was a tenth of a second per 10,000 units
    for phrases nobody read (and a whole row per unit read still 0.3 s at 100,000).
    """

    def __init__(self, explainer: Explainer, criteria, raw: np.ndarray, details) -> None:
        self._explainer, self._criteria = explainer, criteria
        self._raw, self._details = raw, details

    def __getitem__(self, unit: int) -> _UnitPhraseRow:
        return _UnitPhraseRow(self, unit)

    def phrase(self, unit: int, j: int) -> str:
        detail = {key: float(values[unit]) for key, values in self._details[j].items()}
        return self._explainer.phrase(self._criteria[j], self._raw[unit, j], detail)


class _UnitPhraseRow:
    """One unit's phrases, ``row[criterion]`` (the explainer keeps each text it words)."""

    def __init__(self, phrases: _UnitPhrases, unit: int) -> None:
        self._phrases, self._unit = phrases, unit

    def __getitem__(self, j: int) -> str:
        return self._phrases.phrase(self._unit, j)


def criteria_table(model: Model) -> pd.DataFrame:
    """The criteria with their weight shares, for the output and the briefing."""
    shares = effective_weights(model.criteria, model.aggregation)
    return pd.DataFrame(
        {
            "id": [c.id for c in model.criteria],
            "label": [c.label for c in model.criteria],
            "measure": [c.measure for c in model.criteria],
            "layer": [c.layer or model.units.layer or "" for c in model.criteria],
            "weight": [c.weight for c in model.criteria],
            "weight_share": shares,
            "dimension": [c.dimension for c in model.criteria],
            "direction": [c.direction for c in model.criteria],
            "illustrative": [c.illustrative for c in model.criteria],
        }
    )
