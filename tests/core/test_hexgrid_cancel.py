"""The hexagon grid sees a cancel between blocks of cells, and blocks change nothing."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

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
