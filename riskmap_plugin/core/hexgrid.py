"""Hexagonal analysis units of a chosen size.

``cell_km`` is the distance between the centres of neighbouring cells (the
hexagon's width across flats), so a cell covers ``√3/2 · cell_km²`` km². Cells
are built in metres (the CRS itself when projected, else the UTM zone of the
extent's centre) and returned in the requested CRS.

Clipping to a boundary overlays only the cells near its outline: a cell that
meets no part of the outline lies wholly inside or wholly outside, which its
centre tells (:func:`_near_outline`). The grid is vertex for vertex the one an
overlay of every cell with the boundary gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import geopandas as gpd
import numpy as np
import shapely
from pyproj import CRS, Transformer

from .errors import Canceled, DataError
from .spatial import utm_crs_for

MAX_CELLS = 2_000_000
#: Cells built and clipped at a time; a cancel is seen between two blocks (well under 1 s).
BLOCK_CELLS = 20_000
#: A boundary with this many vertices or more is cut into local pieces for the overlays
#: (each overlay walks every vertex of what it is given).
PIECES_FROM_VERTICES = 1_000
#: The side of a tile of edge cells sharing one local piece, in metres (at least 4 cells).
TILE_M = 50_000.0
#: Pointy-top: the vertices at 30°, 90°, … (hexlattice recognises grids built so).
_ANGLES = np.deg2rad(np.arange(30, 390, 60))


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
    lattice = _Lattice(bounds, cell_km * 1000.0)
    # The same transformation geopandas' to_crs makes, applied to the cells' vertices.
    to_crs = None if metric == crs else Transformer.from_crs(metric, crs, always_xy=True)
    near = None
    if clip is not None:
        shapely.prepare(clip)
        near = _near_outline(lattice, clip)  # cells the outline may cross, to be overlaid
        outline = _Outline(clip, lattice.spacing)
    kept = []
    for done, (rows, cx, cy) in enumerate(lattice.blocks(), start=1):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        if near is None:
            kept.append(_in_extent(lattice, cx, cy, shapely.box(*bounds), to_crs))
        else:
            kept.append(_clipped(lattice, cx, cy, near[rows].ravel(), outline, to_crs))
        if progress is not None:
            progress(done / lattice.n_blocks)
    cells = np.concatenate(kept) if kept else np.empty(0, dtype=object)
    ids = np.array([f"H{i:06d}" for i in range(1, len(cells) + 1)], dtype=object)
    return gpd.GeoDataFrame({"unit_id": ids, "unit_name": ids}, geometry=cells, crs=crs)


def _metric_crs(extent, boundary, crs: CRS) -> CRS:
    if boundary is not None:
        minx, miny, maxx, maxy = boundary.to_crs(4326).total_bounds
    else:
        box = gpd.GeoSeries([shapely.box(*extent)], crs=crs).to_crs(4326)
        minx, miny, maxx, maxy = box.total_bounds
    return utm_crs_for((minx + maxx) / 2, (miny + maxy) / 2)


class _Lattice:
    """Pointy-top hexagons, centres ``spacing`` apart, covering ``bounds``, in row blocks."""

    def __init__(self, bounds, spacing: float) -> None:
        minx, miny, maxx, maxy = bounds
        self.origin = (minx, miny)
        self.spacing = spacing
        self.radius = spacing / np.sqrt(3.0)
        self.row_step = 1.5 * self.radius
        self.n_cols = int(np.ceil((maxx - minx) / spacing)) + 2
        self.n_rows = int(np.ceil((maxy - miny) / self.row_step)) + 2
        if self.n_cols * self.n_rows > MAX_CELLS:
            raise DataError.of(
                "too_many_cells",
                "hexgrid → cell_km",
                km=f"{spacing / 1000:g}",
                cells=f"{self.n_cols * self.n_rows:,}",
            )
        self.rows_per_block = max(1, BLOCK_CELLS // self.n_cols)
        self.n_blocks = -(-self.n_rows // self.rows_per_block)

    def blocks(self) -> Iterator[tuple[slice, np.ndarray, np.ndarray]]:
        """``(rows, cx, cy)`` per block: its rows and its cells' centres, row by row."""
        minx, miny = self.origin
        spacing, row_step = self.spacing, self.row_step
        for first in range(0, self.n_rows, self.rows_per_block):
            rows = slice(first, min(first + self.rows_per_block, self.n_rows))
            row, col = np.meshgrid(
                np.arange(rows.start, rows.stop), np.arange(self.n_cols), indexing="ij"
            )
            cx = minx + col * spacing + (row % 2) * spacing / 2.0 - spacing / 2.0
            cy = miny + row * row_step - row_step / 2.0
            yield rows, cx.ravel(), cy.ravel()

    def vertices(self, cx: np.ndarray, cy: np.ndarray) -> np.ndarray:
        """``(cells, 6, 2)``: the six vertices of each cell, anticlockwise from 30°."""
        x = cx[:, None] + self.radius * np.cos(_ANGLES)[None, :]
        y = cy[:, None] + self.radius * np.sin(_ANGLES)[None, :]
        return np.stack([x, y], axis=-1)


def _near_outline(lattice: _Lattice, clip) -> np.ndarray:
    """``(rows, cols)``: true for every cell that may meet the clip's outline (and more).

    Every point of the outline lies within ``step / 2`` of a vertex of the outline
    segmentized to ``step``, and a cell lies within ``radius`` of its centre, so a
    cell meeting the outline has its centre within ``radius + step / 2`` of such a
    vertex. Marked generously (whole rows and columns around each vertex); the
    marked cells are then decided exactly, the others by their centre.
    """
    near = np.zeros((lattice.n_rows, lattice.n_cols), dtype=bool)
    if not np.isin(shapely.get_type_id(clip), (3, 6)):
        near[:] = True  # e.g. lines left by make_valid: overlay every cell, as before
        return near
    step = lattice.radius / 2.0
    reach = (lattice.radius + step / 2.0) * 1.01
    xy = shapely.get_coordinates(shapely.segmentize(clip, step))
    minx, miny = lattice.origin
    # Centres: cy = miny + (row - 1/2)·row_step, cx = minx + (col - 1/2 + (row % 2)/2)·spacing;
    # the window from (row_lo, col_lo) spans every centre within ``reach`` of the vertex.
    row_lo = np.floor((xy[:, 1] - reach - miny) / lattice.row_step).astype(np.int64)
    col_lo = np.floor((xy[:, 0] - reach - minx) / lattice.spacing).astype(np.int64)
    corner = np.unique(
        np.clip(row_lo, 0, lattice.n_rows - 1) * lattice.n_cols
        + np.clip(col_lo, 0, lattice.n_cols - 1)
    )  # a detailed outline has many vertices per cell
    n_row = int(np.ceil(2 * reach / lattice.row_step)) + 3
    n_col = int(np.ceil(2 * reach / lattice.spacing)) + 3
    rows = (corner // lattice.n_cols)[:, None, None] + np.arange(n_row)[None, :, None]
    cols = (corner % lattice.n_cols)[:, None, None] + np.arange(n_col)[None, None, :]
    rows, cols = np.broadcast_arrays(rows, cols)
    rows = np.minimum(rows.ravel(), lattice.n_rows - 1)
    cols = np.minimum(cols.ravel(), lattice.n_cols - 1)
    near[rows, cols] = True
    return near


def _in_extent(lattice: _Lattice, cx, cy, box, to_crs) -> np.ndarray:
    """The cells of a block meeting ``box`` (in the lattice's metres), in ``to_crs``."""
    corners = lattice.vertices(cx, cy)
    cells = _polygons(corners)
    meets = shapely.intersects(cells, box)
    return cells[meets] if to_crs is None else _polygons(_projected(corners[meets], to_crs))


class _Outline:
    """The clip and, when it is detailed, its outline's segments, to cut pieces from."""

    def __init__(self, clip, spacing: float) -> None:
        self.clip = clip
        self.margin = spacing
        self.tile = max(TILE_M, 4 * spacing)
        self.tree = None
        polygonal = np.isin(shapely.get_type_id(clip), (3, 6))
        if polygonal and shapely.get_num_coordinates(clip) >= PIECES_FROM_VERTICES:
            rings = shapely.get_rings(shapely.get_parts(clip))
            xy, ring = shapely.get_coordinates(rings, return_index=True)
            same = ring[:-1] == ring[1:]
            segments = shapely.linestrings(np.stack([xy[:-1][same], xy[1:][same]], axis=1))
            self.tree = shapely.STRtree(segments)
            self.segment_bounds = shapely.bounds(segments)
            self.rings = shapely.STRtree(rings)

    def around(self, cells: np.ndarray):
        """Per cell, the clip or a piece of it holding whole every segment near the cell.

        An overlay uses only the clip's segments near the cell (GEOS clips both to
        their envelopes, grown by a tenth), so a piece made of the very same
        segments there gives the cell the same vertices, for a fraction of the walk.
        A ring wholly in the cell would come out starting where the piece's copy of
        it starts, not where the clip's does: such cells get the whole clip.
        """
        if self.tree is None or len(cells) == 0:
            return self.clip
        bounds = shapely.bounds(cells)
        keys = np.floor(bounds[:, :2] / self.tile)
        tile = np.unique(keys, axis=0, return_inverse=True)[1].ravel()
        low = np.full((tile.max() + 1, 2), np.inf)
        high = np.full((tile.max() + 1, 2), -np.inf)
        np.minimum.at(low, tile, bounds[:, :2] - self.margin)
        np.maximum.at(high, tile, bounds[:, 2:] + self.margin)
        near_tile, segment = self.tree.query(shapely.box(low[:, 0], low[:, 1], *high.T))
        # Grown over every segment meeting the tile, so that none of them is cut.
        np.minimum.at(low, near_tile, self.segment_bounds[segment, :2])
        np.maximum.at(high, near_tile, self.segment_bounds[segment, 2:])
        room = self.margin / 100.0
        boxes = shapely.box(low[:, 0] - room, low[:, 1] - room, *(high + room).T)
        pieces = shapely.intersection(self.clip, boxes)
        pieces[~np.isin(shapely.get_type_id(pieces), (3, 6))] = self.clip
        pieces = pieces[tile]
        around = shapely.box(*(bounds[:, :2] - self.margin).T, *(bounds[:, 2:] + self.margin).T)
        pieces[np.unique(self.rings.query(around, predicate="contains")[0])] = self.clip
        return pieces


def _clipped(lattice: _Lattice, cx, cy, near: np.ndarray, outline, to_crs) -> np.ndarray:
    """The cells of a block meeting the (prepared) clip, cut to it, in block order.

    A cell wholly inside the clip gets what the overlay gives for it, the same
    ring reversed (GEOS writes shells clockwise); only the cells meeting the
    clip's outline are overlaid, each with a piece of it (:meth:`_Outline.around`).
    """
    clip = outline.clip
    whole = np.zeros(len(cx), dtype=bool)
    whole[~near] = shapely.contains_xy(clip, cx[~near], cy[~near])
    corners = lattice.vertices(cx, cy)
    index = np.flatnonzero(near)
    cells = _polygons(corners[index])
    inside = shapely.contains_properly(clip, cells)  # prepared clip as first argument
    edge = ~inside & shapely.intersects(clip, cells)
    whole[index[inside]] = True
    pieces = shapely.intersection(cells[edge], outline.around(cells[edge]))
    polygonal = np.isin(shapely.get_type_id(pieces), (3, 6)) & ~shapely.is_empty(pieces)
    out = np.empty(len(cx), dtype=object)
    out[whole] = _polygons(_projected(corners[whole], to_crs)[:, ::-1])
    cut = index[edge][polygonal]
    out[cut] = _project(pieces[polygonal], to_crs)
    return out[whole | np.isin(np.arange(len(cx)), cut)]


def _projected(corners: np.ndarray, to_crs) -> np.ndarray:
    if to_crs is None:
        return corners
    x, y = to_crs.transform(corners[..., 0].ravel(), corners[..., 1].ravel())
    return np.stack([x, y], axis=-1).reshape(corners.shape)


def _project(geometries: np.ndarray, to_crs) -> np.ndarray:
    if to_crs is None or len(geometries) == 0:
        return geometries
    xy = shapely.get_coordinates(geometries)
    return shapely.set_coordinates(geometries.copy(), _projected(xy, to_crs))


def _polygons(corners: np.ndarray) -> np.ndarray:
    """Polygons from ``(cells, 6, 2)`` vertices, each ring closed on its first vertex."""
    rings = np.concatenate([corners, corners[:, :1]], axis=1).reshape(-1, 2)
    n = len(corners)  # one ring of 7 a cell: twice as fast as shapely.polygons
    offsets = (np.arange(0, 7 * n + 1, 7), np.arange(n + 1))
    return shapely.from_ragged_array(shapely.GeometryType.POLYGON, rings, offsets)
