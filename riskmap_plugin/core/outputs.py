"""The three output tables: scored units, at-risk areas and the watch list.

Field names are a contract (see docs/model-format.md, "Outputs"): later
issues, styles and users rely on them.
"""

from __future__ import annotations

import dataclasses

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

from .areas import AreaMembers, UnitPlaces, group_units, unique_names
from .explain import Explainer
from .model import Model
from .peaks import local_peaks, touching_pairs
from .scores import Scores
from .unit_drivers import UnitDrivers, row_annotations
from .watch import ANALYSIS_STRENGTH, watch_cap, watch_order, watch_reasons


def build_units_frame(
    model: Model,
    units: gpd.GeoDataFrame,
    scores: Scores,
    explanations: UnitDrivers,
) -> gpd.GeoDataFrame:
    combined, class_index, raw, norm = scores.combined, scores.class_index, scores.raw, scores.norm
    area_of_unit = scores.area_of_unit
    labels = np.array(model.classes.labels, dtype=object)
    score = combined.score
    columns = {
        "unit_id": units["unit_id"].to_numpy(),
        "unit_name": units["unit_name"].to_numpy(),
        "score": np.round(score, 6),
        "rank": pd.Series(score).rank(method="min", ascending=False).astype(int).to_numpy(),
        "class": labels[class_index],
        "class_index": class_index.astype(int),
        "coverage": np.round(combined.coverage, 6),
        "low_coverage": combined.coverage < model.aggregation.min_coverage,
        "gate": np.array(combined.gate_failed, dtype=object),
        "area_id": area_of_unit,
    }
    for j, criterion in enumerate(model.criteria):
        columns[f"{criterion.id}_raw"] = raw[:, j]
        columns[f"{criterion.id}_norm"] = norm[:, j]
        columns[f"{criterion.id}_contrib"] = combined.contributions[:, j]
    columns["drivers"] = explanations.annotations()
    return gpd.GeoDataFrame(columns, geometry=units.geometry.values, crs=units.crs)


def build_areas(
    model: Model,
    units: gpd.GeoDataFrame,
    projected: np.ndarray,
    crs: CRS,
    scores: Scores,
    explainer: Explainer,
    places: UnitPlaces,
) -> tuple[gpd.GeoDataFrame, np.ndarray]:
    """Group at-risk units into named areas (around peaks, or touching), riskiest first.

    Returns the areas and the area of each unit (1, 2…; 0 outside every area).
    """
    at_risk, combined, class_index = scores.at_risk, scores.combined, scores.class_index
    raw, norm, details = scores.raw, scores.norm, scores.details
    selected = np.flatnonzero(at_risk)
    geometries, score = projected[selected], combined.score[selected]
    pairs = touching_pairs(geometries)  # once for the grouping and the peaks
    label = group_units(model.areas, geometries, score, places, selected, pairs)
    peaks = local_peaks(geometries, score, label, pairs)
    unit_names = units["unit_name"].to_numpy()
    study_km2 = float(np.nansum(places.area_km2))
    illustrative = np.array([c.illustrative for c in model.criteria], dtype=bool)
    # Every area's figures at once (see AreaMembers: the same sums as a call per area).
    areas = AreaMembers.of(selected, label, len(peaks))
    shapes = _area_shapes(projected, areas)
    contributions = areas.mean(combined.contributions)
    values = areas.raw_values(raw, model.criteria, norm)
    detail = [{key: areas.sum(v) for key, v in d.items()} for d in details]
    drivers = row_annotations(explainer, values, contributions, detail, model.areas.top_drivers)
    km2 = areas.sum(places.area_km2).tolist()
    total = _nansum(contributions).tolist()
    made_up = _nansum(contributions[:, illustrative]).tolist()
    top_class = areas.max(class_index).tolist()
    score_max = areas.max(combined.score).tolist()
    score_mean = areas.mean(combined.score).tolist()
    # Each area's members riskiest first (ties in unit order), as its list of names.
    riskiest_first = areas.by_risk(combined.score)
    records = []
    for area, area_peaks in enumerate(peaks):
        members = areas.members[area]
        names = [str(unit_names[i]) for i in riskiest_first[area].tolist()]
        records.append(
            {
                "members": members,
                "geometry": shapes[area],
                "name": places.area_name(selected[area_peaks], names, explainer.templates),
                "class": model.classes.labels[top_class[area]],
                "score_max": score_max[area],
                "score_mean": score_mean[area],
                "units": ", ".join(names),
                "n_units": len(members),
                "area_km2": round(km2[area], 1),
                "share_pct": round(100.0 * km2[area] / study_km2, 2) if study_km2 > 0 else np.nan,
                "illustrative_pct": (
                    round(100.0 * made_up[area] / total[area], 1) if total[area] > 0 else 0.0
                ),
                "drivers": drivers[area],
            }
        )
    records.sort(key=lambda r: (-r["score_max"], r["name"]))
    area_of_unit = np.zeros(len(units), dtype=int)
    for number, record in enumerate(records, start=1):
        area_of_unit[record.pop("members")] = number
    names = unique_names([r["name"] for r in records])
    keys = (
        "class", "score_max", "score_mean", "units", "n_units",
        "area_km2", "share_pct", "illustrative_pct", "drivers",
    )  # fmt: skip
    frame = gpd.GeoDataFrame(
        {
            "area_id": np.arange(1, len(records) + 1, dtype=int),
            "name": names,
            **{key: [r[key] for r in records] for key in keys},
        },
        geometry=gpd.GeoSeries([r["geometry"] for r in records], crs=crs),
        crs=crs,
    )
    if frame.empty:
        frame = frame.astype(
            {
                "score_max": float,
                "score_mean": float,
                "n_units": int,
                "area_km2": float,
                "share_pct": float,
                "illustrative_pct": float,
            }
        )
    return frame.to_crs(units.crs), area_of_unit


def _area_shapes(projected: np.ndarray, areas: AreaMembers) -> list:
    """Each area's shape, the union of its units' shapes.

    Areas of the same number of units are unioned in one call, one row each: the same
    GEOS union as a call per area, without the cost of a call per area.
    """
    shapes: list = [None] * len(areas.members)
    for which, rows in areas.groups:
        for area, shape in zip(which.tolist(), shapely.union_all(projected[rows], axis=1)):
            shapes[area] = shape
    return shapes


def _nansum(values: np.ndarray) -> np.ndarray:
    """``np.nansum`` along the last axis (NaN as 0, then one sum), without its per-call cost."""
    values = np.asarray(values, dtype=float)
    return np.where(np.isnan(values), 0.0, values).sum(axis=-1)


def build_watch_list(
    model: Model,
    units: gpd.GeoDataFrame,
    scores: Scores,
    cutoff: float | None,
    phrases: list[list[str]],
    explainer: Explainer,
    extra_reasons: list[list[str]] | None = None,
) -> gpd.GeoDataFrame:
    """Units outside the areas that deserve a look, strongest first, each with its reasons."""
    at_risk = scores.at_risk
    score = units["score"].to_numpy()
    # The published (rounded) scores, as the units table prints them.
    published = dataclasses.replace(
        scores, combined=dataclasses.replace(scores.combined, score=score)
    )
    reasons = watch_reasons(
        published,
        cutoff,
        model.areas,
        model.criteria,
        phrases,
        explainer.templates,
        explainer.number,
    )
    if extra_reasons is not None:
        for unit, extra in enumerate(extra_reasons):
            if extra:  # most units have none
                reasons[unit] += [(text, ANALYSIS_STRENGTH) for text in extra if text]
    keep = watch_order(score, cutoff, reasons, watch_cap(model.areas, int(at_risk.sum())))
    columns = ["unit_id", "unit_name", "place", "score", "rank", "class", "geometry"]
    frame = units.iloc[keep][[c for c in columns if c in units.columns]]
    separator = "; "
    frame = frame.assign(reason=[separator.join(t for t, _ in reasons[i]) for i in keep])
    return frame.reset_index(drop=True)


def add_analysis_fields(units: gpd.GeoDataFrame, areas: gpd.GeoDataFrame, extra):
    """Trend, surge, reference level, hot spot and rank-band fields on units and areas."""
    from .analyses import UNIT_FIELDS

    geometry = units.geometry.name
    units = units.assign(**{name: extra.units[name] for name in UNIT_FIELDS})
    units = units[[c for c in units.columns if c != geometry] + [geometry]]
    area_values = extra.areas.reindex(areas["area_id"].to_numpy())
    numeric = ("trend_p", "ref_level_ratio", "rank_median", "rank_p05", "rank_p95", "p_top")
    columns = {
        name: (
            pd.to_numeric(area_values[name], errors="coerce").to_numpy()
            if name in numeric
            else area_values[name].to_numpy()
        )
        for name in UNIT_FIELDS
    }
    geometry = areas.geometry.name
    areas = areas.assign(**columns)
    return units, areas[[c for c in areas.columns if c != geometry] + [geometry]]
