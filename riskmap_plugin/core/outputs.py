"""The three output tables: scored units, at-risk areas and the watch list.

Field names are a contract (see docs/model-format.md, "Outputs"): later
issues, styles and users rely on them.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

from .aggregate import Aggregated
from .areas import area_raw_values, connected_groups, name_area, unique_names, watch_reasons
from .explain import Driver, Explainer
from .model import Model


def build_units_frame(
    model: Model,
    units: gpd.GeoDataFrame,
    combined: Aggregated,
    class_index: np.ndarray,
    raw: np.ndarray,
    norm: np.ndarray,
    explanations: dict[str, list[Driver]],
    explainer: Explainer,
    area_of_unit: np.ndarray,
) -> gpd.GeoDataFrame:
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
    columns["drivers"] = [explainer.annotation(explanations[uid]) for uid in units["unit_id"]]
    return gpd.GeoDataFrame(columns, geometry=units.geometry.values, crs=units.crs)


def build_areas(
    model: Model,
    units: gpd.GeoDataFrame,
    projected: np.ndarray,
    crs: CRS,
    at_risk: np.ndarray,
    combined: Aggregated,
    class_index: np.ndarray,
    raw: np.ndarray,
    norm: np.ndarray,
    details: list[dict[str, np.ndarray]],
    explainer: Explainer,
    places: pd.DataFrame | None,
) -> tuple[gpd.GeoDataFrame, np.ndarray]:
    """Merge touching at-risk units into named areas, riskiest first."""
    selected = np.flatnonzero(at_risk)
    groups = connected_groups(projected[selected])
    records = []
    unit_names = units["unit_name"].to_numpy()
    # Members of each group in unit order, without one full scan of the groups per area.
    by_group = np.argsort(groups, kind="stable")
    _, first = np.unique(groups[by_group], return_index=True)
    for members in np.split(selected[by_group], first[1:]) if len(selected) else []:
        geometry = shapely.union_all(projected[members])
        contributions = combined.contributions[members].mean(axis=0)
        values = area_raw_values(raw, model.criteria, members, norm)
        order = np.argsort(-contributions, kind="stable")[: model.areas.top_drivers]
        detail = _area_detail(details, members)
        phrases = [
            explainer.phrase(model.criteria[j], values[j], detail[j])
            for j in order
            if contributions[j] > 0
        ]
        member_order = members[np.argsort(-combined.score[members], kind="stable")]
        names = [str(unit_names[i]) for i in member_order]
        records.append(
            {
                "members": members,
                "geometry": geometry,
                "name": name_area(geometry, names, places, explainer.templates["area_near"]),
                "class": model.classes.labels[int(class_index[members].max())],
                "score_max": float(combined.score[members].max()),
                "score_mean": float(combined.score[members].mean()),
                "units": ", ".join(names),
                "n_units": len(members),
                "drivers": explainer.templates["separator"].join(phrases),
            }
        )
    records.sort(key=lambda r: (-r["score_max"], r["name"]))
    area_of_unit = np.zeros(len(units), dtype=int)
    for number, record in enumerate(records, start=1):
        area_of_unit[record.pop("members")] = number
    names = unique_names([r["name"] for r in records])
    frame = gpd.GeoDataFrame(
        {
            "area_id": np.arange(1, len(records) + 1, dtype=int),
            "name": names,
            **{
                key: [r[key] for r in records]
                for key in ("class", "score_max", "score_mean", "units", "n_units", "drivers")
            },
        },
        geometry=gpd.GeoSeries([r["geometry"] for r in records], crs=crs),
        crs=crs,
    )
    if frame.empty:
        frame = frame.astype({"score_max": float, "score_mean": float, "n_units": int})
    return frame.to_crs(units.crs), area_of_unit


def _area_detail(
    details: list[dict[str, np.ndarray]], members: np.ndarray
) -> list[dict[str, float]]:
    """Detail values (current/reference counts…) added up over an area's members."""
    return [
        {key: float(np.nansum(values[members])) for key, values in detail.items()}
        for detail in details
    ]


def build_watch_list(
    model: Model,
    units: gpd.GeoDataFrame,
    norm: np.ndarray,
    at_risk: np.ndarray,
    cutoff: float | None,
    phrases: list[list[str]],
    explainer: Explainer,
    extra_reasons: list[list[str]] | None = None,
) -> gpd.GeoDataFrame:
    """Units outside the areas that deserve a look, each with its reason."""
    in_area = units["area_id"].to_numpy() > 0
    reasons = watch_reasons(
        units["score"].to_numpy(),
        norm,
        in_area | at_risk,
        cutoff,
        model.areas,
        model.criteria,
        phrases,
        explainer.templates,
        explainer.number,
    )
    if extra_reasons is not None:
        reasons = ["; ".join(filter(None, [r, *x])) for r, x in zip(reasons, extra_reasons)]
    keep = np.array([bool(r) for r in reasons])
    frame = units.loc[keep, ["unit_id", "unit_name", "score", "rank", "class", "geometry"]]
    frame = frame.assign(reason=np.array(reasons, dtype=object)[keep])
    return frame.sort_values(["score", "unit_id"], ascending=[False, True]).reset_index(drop=True)


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
