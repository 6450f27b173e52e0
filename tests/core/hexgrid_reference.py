"""The hexagon grid as built before #22: every cell meeting the boundary overlaid with it.

Kept apart from ``core/hexgrid.py`` (its own lattice, its own clipping, geopandas'
``to_crs``) as the reference the faster grid must equal vertex for vertex.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely
from pyproj import CRS

from riskmap_plugin.core.spatial import utm_crs_for


def lattice_blocks(bounds, spacing: float, block_cells: int = 20_000):
    """Pointy-top hexagons, centres ``spacing`` apart, covering ``bounds``, in row blocks."""
    minx, miny, maxx, maxy = bounds
    radius = spacing / np.sqrt(3.0)
    row_step = 1.5 * radius
    n_cols = int(np.ceil((maxx - minx) / spacing)) + 2
    n_rows = int(np.ceil((maxy - miny) / row_step)) + 2
    angles = np.deg2rad(np.arange(30, 390, 60))
    rows_per_block = max(1, block_cells // n_cols)
    for first in range(0, n_rows, rows_per_block):
        rows, cols = np.meshgrid(
            np.arange(first, min(first + rows_per_block, n_rows)), np.arange(n_cols), indexing="ij"
        )
        cx = minx + cols * spacing + (rows % 2) * spacing / 2.0 - spacing / 2.0
        cy = miny + rows * row_step - row_step / 2.0
        x = cx.ravel()[:, None] + radius * np.cos(angles)[None, :]
        y = cy.ravel()[:, None] + radius * np.sin(angles)[None, :]
        rings = np.stack([x, y], axis=-1)
        rings = np.concatenate([rings, rings[:, :1]], axis=1)
        yield shapely.polygons(rings)


def metric_clip(boundary: gpd.GeoDataFrame, crs=None):
    """``(metric CRS, the boundary's union in it)`` as the grid takes them."""
    crs = CRS.from_user_input(boundary.crs if crs is None else crs)
    if crs.is_projected:
        metric = crs
    else:
        minx, miny, maxx, maxy = boundary.to_crs(4326).total_bounds
        metric = utm_crs_for((minx + maxx) / 2, (miny + maxy) / 2)
    geometries = np.asarray(boundary.to_crs(metric).geometry.values)
    return metric, shapely.union_all(shapely.make_valid(geometries))


def overlay_every_cell(cell_km: float, boundary: gpd.GeoDataFrame, crs=None) -> gpd.GeoDataFrame:
    """The grid clipped to ``boundary``, each cell meeting it overlaid with it, in ``crs``."""
    crs = CRS.from_user_input(boundary.crs if crs is None else crs)
    metric, clip = metric_clip(boundary, crs)
    kept = []
    for block in lattice_blocks(shapely.bounds(clip), cell_km * 1000.0):
        block = shapely.intersection(block[shapely.intersects(block, clip)], clip)
        kept.append(block[np.isin(shapely.get_type_id(block), (3, 6)) & ~shapely.is_empty(block)])
    cells = np.concatenate(kept)
    ids = [f"H{i:06d}" for i in range(1, len(cells) + 1)]
    grid = gpd.GeoDataFrame({"unit_id": ids, "unit_name": ids}, geometry=cells, crs=metric)
    return grid.to_crs(crs)
