"""The performance work changes no result: scores, areas and annotations as before.

tests/data/reference_results.json holds the digests (tests/reference_results.py)
of the sample and of small benchmark-like data (square units; a RiskMap hexagon
grid with events exactly on cell vertices and edges) written by the code before
the speed-ups. The arithmetic hexagon assignment is also checked against the
STRtree join it replaces, pair for pair.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import shapely
from reference_results import REFERENCE, cases, digest

from riskmap_plugin.core import parse_model, score, spatial
from riskmap_plugin.core.hexgrid import hex_grid
from riskmap_plugin.core.hexlattice import find_lattice
from riskmap_plugin.core.spatial import UnitIndex

CASES = cases()


@pytest.fixture(scope="module")
def reference() -> dict:
    return json.loads(REFERENCE.read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(CASES))
def test_results_equal_the_stored_reference(name, reference):
    document, layers = CASES[name]
    now = json.loads(json.dumps(digest(score(parse_model(document), layers))))
    expected = reference[name]
    for part in expected:
        assert now[part] == expected[part], f"{name}: {part} changed"


def test_hexagon_case_takes_the_arithmetic(monkeypatch):
    """The hexagon case really runs the lattice (else the comparison above proves nothing)."""
    found = []
    original = spatial.find_lattice

    def recording(geometries):
        found.append(original(geometries))
        return found[-1]

    monkeypatch.setattr(spatial, "find_lattice", recording)
    document, layers = CASES["hexes"]
    score(parse_model(document), layers)
    assert found and found[0] is not None


def _pairs(index: UnitIndex, points: np.ndarray) -> set[tuple[int, int]]:
    features, units = index.join("events", points)
    assert np.all(np.diff(features) >= 0)  # in feature order, as the STRtree gives them
    return set(zip(features.tolist(), units.tolist()))


def _edge_points(cells: np.ndarray, rng) -> np.ndarray:
    """Every vertex, every edge's midpoint and points a hair inside or outside edges."""
    coords = shapely.get_coordinates(shapely.get_exterior_ring(cells))
    middles = (coords[:-1] + coords[1:]) / 2.0
    nudged = middles + rng.normal(scale=1e-4, size=middles.shape)
    return shapely.points(np.concatenate([coords, middles, nudged]))


@pytest.mark.parametrize(
    "grid",
    [
        lambda: hex_grid(3, extent=(400_000, 3_700_000, 460_000, 3_760_000), crs="EPSG:32638"),
        # Clipped to a boundary: edge cells are pieces, inner cells full hexagons.
        lambda: hex_grid(
            2.5,
            boundary=__import__("geopandas").GeoDataFrame(
                geometry=[shapely.Point(430_000, 3_730_000).buffer(25_000)], crs="EPSG:32638"
            ),
        ),
        # Odd cell size and origin: the lattice is found from the cells, not assumed.
        lambda: hex_grid(1.37, extent=(401_234.5, 3_701_111.1, 421_000, 3_719_000), crs=32638),
    ],
    ids=["extent", "clipped", "odd size"],
)
def test_arithmetic_assignment_equals_the_strtree(grid):
    cells = np.asarray(grid().geometry.values)
    assert find_lattice(cells) is not None
    rng = np.random.default_rng(7)
    minx, miny, maxx, maxy = shapely.total_bounds(cells)
    random = shapely.points(
        rng.uniform(minx - 5_000, maxx + 5_000, 50_000),
        rng.uniform(miny - 5_000, maxy + 5_000, 50_000),
    )
    points = np.concatenate([random, _edge_points(cells, rng), [None, shapely.Point()]])
    points = np.concatenate([points, [shapely.box(minx, miny, minx + 10, miny + 10)]])
    fast = _pairs(UnitIndex(cells, np.ones(len(cells))), points)
    tree = _pairs(UnitIndex(cells, np.ones(len(cells)), arithmetic=False), points)
    assert fast == tree
    # The tie rule: a vertex shared by three full cells is in all three.
    features = {}
    for feature, unit in fast:
        features.setdefault(feature, []).append(unit)
    assert max(len(units) for units in features.values()) == 3


def test_units_that_are_not_a_hexagon_grid_use_the_strtree():
    import geopandas as gpd

    grid = hex_grid(3, extent=(400_000, 3_700_000, 430_000, 3_730_000), crs="EPSG:32638")
    assert find_lattice(np.asarray(grid.to_crs(4326).geometry.values)) is None  # reprojected
    squares = shapely.box(*np.array([[0, 0, 1, 1], [1, 0, 2, 1]]).T)
    assert find_lattice(squares) is None
    moved = np.asarray(grid.geometry.values).copy()
    moved[5] = shapely.affinity.translate(moved[5], 0.5)  # one cell off the lattice
    assert find_lattice(moved) is None
    overlapping = np.concatenate(
        [np.asarray(grid.geometry.values), [shapely.box(*grid.total_bounds)]]
    )
    assert find_lattice(overlapping) is None
    assert gpd.GeoSeries(moved).is_valid.all()
