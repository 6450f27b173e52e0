"""The hexagon grid sees a cancel between blocks of cells, and blocks change nothing."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely
from hexgrid_reference import overlay_every_cell

from riskmap_plugin.core import hexgrid
from riskmap_plugin.core.errors import Canceled

EXTENT = (500_000, 4_000_000, 800_000, 4_300_000)  # 300 × 300 km in UTM 38N


def test_cancel_stops_the_grid_between_blocks():
    calls = []

    def is_canceled():
        calls.append(1)
        return len(calls) >= 2

    with pytest.raises(Canceled):
        hexgrid.hex_grid(1, extent=EXTENT, crs="EPSG:32638", is_canceled=is_canceled)
    assert len(calls) == 2, "stopped at the second block, not after the whole grid"


def test_blocks_give_the_same_grid(monkeypatch):
    boundary = gpd.GeoDataFrame(
        geometry=[shapely.Point(650_000, 4_150_000).buffer(100_000)], crs="EPSG:32638"
    )
    checks = []
    monkeypatch.setattr(hexgrid, "BLOCK_CELLS", 500)
    small = hexgrid.hex_grid(5, boundary=boundary, is_canceled=lambda: checks.append(1) or False)
    assert len(checks) > 1
    monkeypatch.setattr(hexgrid, "BLOCK_CELLS", 10**9)
    whole = hexgrid.hex_grid(5, boundary=boundary)
    assert list(small["unit_id"]) == list(whole["unit_id"])
    assert all(shapely.equals_exact(small.geometry.values, whole.geometry.values, 1e-6))
    # Independent check: the clipped cells cover the disc exactly.
    assert small.area.sum() == pytest.approx(boundary.area.sum(), rel=1e-9)


def test_cells_inside_the_boundary_are_the_overlays_vertex_for_vertex():
    import numpy as np

    boundary = gpd.GeoDataFrame(
        geometry=[
            shapely.Point(650_000, 4_150_000).buffer(60_000),
            shapely.box(700_000, 4_100_000, 760_000, 4_130_000),  # overlaps: a union
        ],
        crs="EPSG:32638",
    )
    grid = hexgrid.hex_grid(4, boundary=boundary)
    reference = overlay_every_cell(4, boundary).geometry.values
    assert len(grid) == len(reference) > 500
    assert np.array_equal(
        shapely.get_coordinates(grid.geometry.values), shapely.get_coordinates(reference)
    )
    assert shapely.equals_exact(grid.geometry.values, reference, 0).all()


def test_progress_moves_with_the_blocks(monkeypatch):
    monkeypatch.setattr(hexgrid, "BLOCK_CELLS", 300)
    seen = []
    hexgrid.hex_grid(
        2, extent=(500_000, 4_000_000, 600_000, 4_100_000), crs=32638, progress=seen.append
    )
    assert len(seen) > 5 and seen == sorted(seen) and seen[-1] == 1.0 and seen[0] < 0.2


def test_a_run_on_a_grid_shows_the_grid_stage_moving(monkeypatch):
    """The dock's bar: the grid stage has its name and several rising steps, then the rest."""
    from synthetic import random_events, six_criteria_model

    from riskmap_plugin.core import parse_model, score

    monkeypatch.setattr(hexgrid, "BLOCK_CELLS", 40)
    boundary = gpd.GeoDataFrame(
        geometry=[shapely.Point(650_000, 4_150_000).buffer(40_000)], crs="EPSG:32638"
    )
    document = six_criteria_model()
    document["units"] = {"grid": {"cell_km": 5, "boundary": "boundary"}}
    document["criteria"] = [c for c in document["criteria"] if c["id"] in ("recent", "year")]
    layers = {"boundary": boundary, "events": random_events(2_000, boundary, seed=1)}
    seen = []
    score(parse_model(document), layers, progress=lambda f, text: seen.append((f, text)))
    grid = [f for f, text in seen if text == "Building the hexagon grid"]
    assert len(grid) > 3 and grid == sorted(grid) and grid[-1] > grid[0]
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions), "the bar never goes back"
    assert seen[len(grid)][1] == "Preparing units"
