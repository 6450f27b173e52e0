"""The analysis CRS is chosen from the units' extent in longitude/latitude."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from pyproj import CRS

from riskmap_plugin.core.spatial import _geographic_bounds, choose_analysis_crs


@pytest.mark.parametrize(
    ("crs", "geometries"),
    [
        (
            "EPSG:32638",
            [
                shapely.Polygon(
                    [(400_000, 3_700_000, 5), (500_000, 3_700_000, 50), (450_000, 3_800_000, 1e4)]
                ),
                shapely.box(300_000, 3_600_000, 310_000, 3_610_000).buffer(2_000),
                shapely.Point(612_345.6, 3_987_654.3),
                None,
                shapely.Polygon(),
            ],
        ),
        (
            "EPSG:3857",
            [
                shapely.box(4.8e6, 3.9e6, 5.1e6, 4.3e6),
                shapely.LineString([(5e6, 4e6), (5.2e6, 4.4e6)]),
            ],
        ),
        ("EPSG:4326", [shapely.box(40.1, 30.2, 45.3, 35.4), shapely.Point(44, 36, 7)]),
    ],
)
def test_extent_is_that_of_the_reprojected_geometries(crs, geometries):
    """The vertices reprojected, as geopandas' to_crs would, without the geometries."""
    series = gpd.GeoSeries(geometries, crs=crs)
    expected = series.to_crs(4326).total_bounds
    found = _geographic_bounds(np.asarray(series.values), CRS.from_user_input(crs))
    assert found.tolist() == expected.tolist()


def test_units_in_web_mercator_get_the_utm_zone_of_their_centre():
    units = gpd.GeoDataFrame(geometry=[shapely.box(4.8e6, 3.9e6, 5.1e6, 4.3e6)], crs="EPSG:3857")
    assert choose_analysis_crs(units, None).to_epsg() == 32638  # 43–46° E, northern
    assert choose_analysis_crs(units, "EPSG:32637").to_epsg() == 32637
