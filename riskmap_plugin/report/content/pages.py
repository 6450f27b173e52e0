"""The briefing's atlas pages as tables: one overview page, then one page per area (no QGIS).

QGIS cannot put a non-atlas page before atlas pages in one PDF, so the briefing is
ONE atlas whose coverage layer (``briefing_pages``) holds the study extent as page 1
and each at-risk area after it; overview-only and area-only items are hidden with
``@atlas_featurenumber``. ``briefing_drivers`` lists each area's criteria with raw
values for the area pages' table. Both tables are written to a GeoPackage of their own
(beside the result for the dock, in Processing's temporary folder for ``riskmap:briefing``),
never into the result, which the briefing only reads; a file, not a memory layer, so the
layout survives saving and reopening the project.
"""

from __future__ import annotations

import os

import geopandas as gpd
import pandas as pd
import shapely

from .context import BriefingContext
from .words import PLACEHOLDER

PAGES_TABLE = "briefing_pages"
DRIVERS_TABLE = "briefing_drivers"
#: Map margin around the page's geometry in % (QGIS's data-defined atlas margin is in %):
#: small on the overview, wide around an area to show its neighbourhood.
OVERVIEW_MARGIN_PCT = 3
AREA_MARGIN_PCT = 60


def pages_frame(context: BriefingContext, areas: gpd.GeoDataFrame, units: gpd.GeoDataFrame):
    """The coverage layer: page 1 = study extent, then one row per area (riskiest first)."""
    crs = areas.crs or units.crs
    study = shapely.box(*units.total_bounds) if len(units) else shapely.box(0, 0, 1, 1)
    geometry_by_id = {int(a): g for a, g in zip(areas["area_id"], areas.geometry)}
    rows = [
        {
            "page": 1,
            "kind": "overview",
            "area_id": 0,
            "heading": context.title,
            "name": context.title,
            "class": "",
            "details": "",
            "rank_band": PLACEHOLDER,
            "trend": PLACEHOLDER,
            "n_units": context.unit_count,
            "more_units": "",
            "margin_pct": OVERVIEW_MARGIN_PCT,
            "geometry": study,
        }
    ]
    for number, area in enumerate(context.areas, start=2):
        rows.append(
            {
                "page": number,
                "kind": "area",
                "area_id": area.area_id,
                "heading": area.heading,
                "name": area.name,
                "class": area.class_label,
                "details": area.details,
                "rank_band": area.rank_band,
                "trend": area.trend,
                "n_units": area.n_units,
                "more_units": "",
                "margin_pct": AREA_MARGIN_PCT,
                "geometry": geometry_by_id.get(area.area_id, study),
            }
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=crs)


def drivers_frame(context: BriefingContext) -> pd.DataFrame:
    """Each area's criteria, largest contribution first, with the area's raw values."""
    rows = []
    for area in context.areas:
        for position, driver in enumerate(area.driver_values, start=1):
            label = driver.label
            rows.append(
                {
                    "area_id": area.area_id,
                    "position": position,
                    "criterion": label,
                    "value": driver.value_text,
                    "points": driver.points,
                    "share": driver.share_text,
                    "illustrative": int(driver.illustrative),
                }
            )
    columns = ["area_id", "position", "criterion", "value", "points", "share", "illustrative"]
    return pd.DataFrame(rows, columns=columns)


def write_pages(
    path: str | os.PathLike, pages: gpd.GeoDataFrame, drivers: pd.DataFrame
) -> tuple[str, str]:
    """Write (replace) both tables in the GeoPackage ``path``; return their table names."""
    import pyogrio

    pyogrio.write_dataframe(pages, str(path), layer=PAGES_TABLE, driver="GPKG")
    frame = drivers if len(drivers) else drivers.astype({"area_id": int, "position": int})
    pyogrio.write_dataframe(frame, str(path), layer=DRIVERS_TABLE, driver="GPKG")
    return PAGES_TABLE, DRIVERS_TABLE
