"""The hexagon grid clipped to a boundary: only cells near the outline are overlaid, and
the grid is still, vertex for vertex, the one overlaying every cell gives (the reference
in ``hexgrid_reference.py``, the algorithm before #22); a cancel is seen every block."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from conftest import SAMPLE
from hexgrid_reference import lattice_blocks, metric_clip, overlay_every_cell

from riskmap_plugin.core import hexgrid
from riskmap_plugin.core.errors import Canceled

X0, Y0 = 600_000.0, 4_100_000.0  # UTM 38N, northern Iraq


def _country():
    return gpd.read_file(SAMPLE / "iraq_2018.gpkg", layer="country")


def _utm(*geometries) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(geometry=list(geometries), crs="EPSG:32638")


def _cells_exactly_on_the_outline() -> gpd.GeoDataFrame:
    """Seven whole lattice cells (outline on cell edges) and two specks fixing the lattice."""
    bounds = (X0, Y0, X0 + 40_000, Y0 + 40_000)
    cells = np.concatenate(list(lattice_blocks(bounds, 5_000.0)))
    centre = shapely.Point(X0 + 20_000, Y0 + 20_000)
    flower = cells[np.argsort(shapely.distance(shapely.centroid(cells), centre))[:7]]
    specks = [
        shapely.box(X0, Y0, X0 + 10, Y0 + 10),
        shapely.box(bounds[2] - 10, bounds[3] - 10, bounds[2], bounds[3]),
    ]
    return _utm(*flower, *specks)


def _spike() -> gpd.GeoDataFrame:
    """An invalid polygon whose repair keeps a line: a geometry collection, not polygons."""
    x, y = X0, Y0
    ring = [(x, y), (x + 30e3, y), (x + 30e3, y + 30e3), (x + 15e3, y + 30e3)]
    ring += [(x + 15e3, y + 45e3), (x + 15e3, y + 30e3), (x, y + 30e3)]
    return _utm(shapely.Polygon(ring))


def _scattered_triangles() -> gpd.GeoDataFrame:
    """Hundreds of small random triangles: outlines crossing and grazing cells every way."""
    rng = np.random.default_rng(22)
    corners = rng.uniform(0, 6_000, (200, 3, 2)) + rng.uniform(0, 80_000, (200, 1, 2))
    return _utm(*shapely.polygons(corners + [X0, Y0]))


def _border_with_lakes() -> gpd.GeoDataFrame:
    """A stretch of Iraq's detailed border (cut to pieces), with lakes big and small."""
    country = _country().to_crs("EPSG:32638").geometry.iloc[0]
    stretch = country.intersection(shapely.box(250_000, 3_950_000, 450_000, 4_150_000))
    rng = np.random.default_rng(7)
    lakes = shapely.buffer(
        shapely.points(rng.uniform(260e3, 440e3, (40, 2))), rng.uniform(50, 6e3, 40)
    )
    return _utm(stretch.difference(shapely.union_all(lakes)))


AWKWARD = {
    "multipart": lambda: _utm(
        shapely.Point(X0, Y0).buffer(20_000),
        shapely.Point(X0 + 70_000, Y0 + 10_000).buffer(15_000),
    ),
    "a hole": lambda: _utm(
        shapely.Point(X0, Y0).buffer(30_000).difference(shapely.Point(X0, Y0).buffer(12_000))
    ),
    "thinner than a cell": lambda: _utm(
        shapely.LineString([(X0, Y0), (X0 + 60_000, Y0 + 35_000)]).buffer(150, cap_style="flat")
    ),
    "smaller than a cell": lambda: _utm(shapely.Point(X0, Y0).buffer(400)),
    "cells exactly on the outline": _cells_exactly_on_the_outline,
    "a box (edges on cell edges)": lambda: _utm(shapely.box(X0, Y0, X0 + 31_000, Y0 + 27_000)),
    "a repaired spike (not polygonal)": _spike,
    "scattered triangles": _scattered_triangles,
    "a detailed border with lakes": _border_with_lakes,
    "in degrees, multipart": lambda: gpd.GeoDataFrame(
        geometry=[shapely.box(43.0, 35.0, 43.4, 35.3), shapely.Point(44, 35.5).buffer(0.15)],
        crs="EPSG:4326",
    ),
}


def _assert_same_grid(grid: gpd.GeoDataFrame, reference: gpd.GeoDataFrame) -> None:
    assert grid.crs == reference.crs
    assert list(grid["unit_id"]) == list(reference["unit_id"])
    assert list(grid["unit_name"]) == list(reference["unit_name"])
    assert shapely.equals(grid.geometry.values, reference.geometry.values).all()
    assert np.array_equal(
        shapely.get_coordinates(grid.geometry.values),
        shapely.get_coordinates(reference.geometry.values),
    )
    assert shapely.equals_exact(grid.geometry.values, reference.geometry.values, 0).all()


@pytest.mark.parametrize("pieces", [False, True], ids=["whole boundary", "local pieces"])
@pytest.mark.parametrize("name", list(AWKWARD))
def test_an_awkward_boundary_gives_the_grid_of_overlaying_every_cell(name, pieces, monkeypatch):
    """Edge cells overlaid with the whole boundary or, as a detailed one is, with pieces of it."""
    monkeypatch.setattr(hexgrid, "PIECES_FROM_VERTICES", 0 if pieces else 10**9)
    monkeypatch.setattr(hexgrid, "TILE_M", 12_000.0)  # several pieces even on small shapes
    boundary = AWKWARD[name]()
    cell_km = 5 if name != "smaller than a cell" else 3
    grid = hexgrid.hex_grid(cell_km, boundary=boundary)
    reference = overlay_every_cell(cell_km, boundary)
    assert len(reference) > 0
    if name == "a repaired spike (not polygonal)":
        # Overlaid with a collection, a cell inside starts its ring at another vertex;
        # RiskMap's grid keeps the ring the overlay with polygons gives (as before #22).
        reference.geometry = shapely.normalize(reference.geometry.values)
        grid.geometry = shapely.normalize(grid.geometry.values)
    _assert_same_grid(grid, reference)


def test_the_sample_country_gives_the_grid_of_overlaying_every_cell():
    """Iraq's outline (2,225 vertices, in degrees): cells, ids, order and vertices as before."""
    country = _country()
    grid = hexgrid.hex_grid(16, boundary=country)
    reference = overlay_every_cell(16, country)
    assert len(grid) > 1_500
    _assert_same_grid(grid, reference)


@pytest.mark.parametrize(
    "name", ["country", "a hole", "thinner than a cell", "scattered triangles"]
)
@pytest.mark.parametrize("cell_km", [2, 7])
def test_every_cell_meeting_the_outline_is_marked_near_it(name, cell_km):
    """The cells decided by their centre alone are never ones the outline crosses or touches."""
    boundary = _country() if name == "country" else AWKWARD[name]()
    _, clip = metric_clip(boundary)
    lattice = hexgrid._Lattice(shapely.bounds(clip), cell_km * 1000.0)
    near = hexgrid._near_outline(lattice, clip)
    cells = np.concatenate(list(lattice_blocks(shapely.bounds(clip), cell_km * 1000.0)))
    outline = shapely.boundary(clip)
    shapely.prepare(outline)
    meets = shapely.intersects(outline, cells).reshape(near.shape)
    assert meets.any()
    assert not (meets & ~near).any(), "a cell on the outline would be taken whole or dropped"
    assert near.sum() < 12 * meets.sum(), "only a band along the outline is overlaid"


def test_a_cancel_during_a_100k_grid_stops_it_at_the_next_block():
    """The 100,000-cell grid over Iraq checks for a cancel every block (≤ BLOCK_CELLS cells,
    about a tenth of a second) and stops at the first check that says so."""
    country = _country()
    checks, steps = [], []
    grid = hexgrid.hex_grid(
        2.2,
        boundary=country,
        is_canceled=lambda: checks.append(1) and False,
        progress=steps.append,
    )
    assert len(grid) > 100_000
    lattice = hexgrid._Lattice(shapely.bounds(metric_clip(country)[1]), 2200.0)
    assert len(checks) == lattice.n_blocks >= lattice.n_rows * lattice.n_cols / hexgrid.BLOCK_CELLS
    assert len(checks) >= 10 and steps == sorted(steps) and steps[-1] == 1.0

    calls, steps = [], []

    def canceled_at_third_check():
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(Canceled):
        hexgrid.hex_grid(
            2.2, boundary=country, is_canceled=canceled_at_third_check, progress=steps.append
        )
    assert len(calls) == 3 and len(steps) == 2, "no block built after the cancel"
