"""Hexagonal analysis units of a chosen size.

``cell_km`` is the distance between the centres of neighbouring cells (the
hexagon's width across flats), so a cell covers ``√3/2 · cell_km²`` km². Cells
are built in metres (the CRS itself when projected, else the UTM zone of the
extent's centre) and returned in the requested CRS.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import geopandas as gpd
import numpy as np
import shapely
from pyproj import CRS

from .errors import Canceled, DataError
from .spatial import utm_crs_for

MAX_CELLS = 2_000_000
#: Cells built and clipped at a time; a cancel is seen between two blocks (well under 1 s).
BLOCK_CELLS = 20_000


def hex_grid(
    cell_km: float,
    *,
    extent: tuple[float, float, float, float] | None = None,
    boundary: gpd.GeoDataFrame | None = None,
    crs=None,
    is_canceled: Callable[[], bool] | None = None,
    progress: Callable[[float], None] | None = None,
) -> gpd.GeoDataFrame:
    """Hexagons covering ``extent`` (in ``crs``) or ``boundary``, clipped to the boundary.

    Raises :class:`~.errors.Canceled` when ``is_canceled()`` turns true (checked between
    blocks of :data:`BLOCK_CELLS` cells); ``progress(fraction)`` is called after each block.

    >>> grid = hex_grid(10, extent=(500000, 4000000, 520000, 4020000), crs="EPSG:32638")
    >>> round(float(grid.area.iloc[0]) / 1e6, 1)
    86.6
    """
    if not cell_km or cell_km <= 0:
        raise DataError.of("cell_size_zero", "hexgrid → cell_km")
    if boundary is not None:
        crs = boundary.crs if crs is None else crs
        if boundary.crs is None:
            raise DataError.of("boundary_no_crs", "hexgrid → boundary")
    if crs is None:
        raise DataError.of("grid_needs_crs", "hexgrid")
    crs = CRS.from_user_input(crs)
    metric = crs if crs.is_projected else _metric_crs(extent, boundary, crs)
    clip = None
    if boundary is not None:
        clip = shapely.union_all(
            shapely.make_valid(np.asarray(boundary.to_crs(metric).geometry.values))
        )
        bounds = shapely.bounds(clip)
    elif extent is not None:
        box = gpd.GeoSeries([shapely.box(*extent)], crs=crs).to_crs(metric)
        bounds = box.total_bounds
    else:
        raise DataError.of("grid_needs_extent", "hexgrid")
    if clip is not None:
        shapely.prepare(clip)
    kept = []
    blocks = _hexagons(bounds, cell_km * 1000.0)
    total = next(blocks)
    for done, block in enumerate(blocks, start=1):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        if clip is not None:
            block = _clipped(block, clip)
        else:
            block = block[shapely.intersects(block, shapely.box(*bounds))]
        kept.append(block)
        if progress is not None:
            progress(done / total)
    cells = np.concatenate(kept) if kept else np.empty(0, dtype=object)
    ids = np.array([f"H{i:06d}" for i in range(1, len(cells) + 1)], dtype=object)
    grid = gpd.GeoDataFrame({"unit_id": ids, "unit_name": ids}, geometry=cells, crs=metric)
    return grid if metric == crs else grid.to_crs(crs)


def _metric_crs(extent, boundary, crs: CRS) -> CRS:
    if boundary is not None:
        minx, miny, maxx, maxy = boundary.to_crs(4326).total_bounds
    else:
        box = gpd.GeoSeries([shapely.box(*extent)], crs=crs).to_crs(4326)
        minx, miny, maxx, maxy = box.total_bounds
    return utm_crs_for((minx + maxx) / 2, (miny + maxy) / 2)


def _clipped(block: np.ndarray, clip) -> np.ndarray:
    """The cells of ``block`` meeting the (prepared) ``clip``, cut to it, in block order.

    Cells well inside the clip are not overlaid (that was most of the time: each
    overlay walks the whole boundary). They get what the overlay gives for them,
    the same ring reversed (GEOS writes shells clockwise), so the grid is
    vertex for vertex the one ``shapely.intersection`` made for every cell.
    """
    inside = shapely.contains_properly(clip, block)  # prepared clip as first argument
    edge = ~inside & shapely.intersects(clip, block)
    out = block.copy()
    if inside.any():
        ring = shapely.get_coordinates(block[inside]).reshape(-1, 7, 2)[:, 5::-1]
        out[inside] = shapely.polygons(np.concatenate([ring, ring[:, :1]], axis=1))
    out[edge] = shapely.intersection(block[edge], clip)
    out = out[inside | edge]
    return out[np.isin(shapely.get_type_id(out), (3, 6)) & ~shapely.is_empty(out)]


def _hexagons(bounds, spacing: float) -> Iterator:
    """Pointy-top hexagons, centres ``spacing`` apart, covering ``bounds``, in row blocks.

    Yields the number of blocks first, then the blocks.
    """
    minx, miny, maxx, maxy = bounds
    radius = spacing / np.sqrt(3.0)
    row_step = 1.5 * radius
    n_cols = int(np.ceil((maxx - minx) / spacing)) + 2
    n_rows = int(np.ceil((maxy - miny) / row_step)) + 2
    if n_cols * n_rows > MAX_CELLS:
        raise DataError.of(
            "too_many_cells",
            "hexgrid → cell_km",
            km=f"{spacing / 1000:g}",
            cells=f"{n_cols * n_rows:,}",
        )
    angles = np.deg2rad(np.arange(30, 390, 60))
    rows_per_block = max(1, BLOCK_CELLS // n_cols)
    yield -(-n_rows // rows_per_block)
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
