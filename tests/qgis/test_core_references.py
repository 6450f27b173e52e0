"""The core's numbers against QGIS's own implementations on the Iraq sample."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest

from riskmap_plugin.core import load_model, required_layers, score

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


@pytest.fixture(scope="module")
def sample_result():
    model = load_model(SAMPLE / "stabilization_2018.json")
    layers = {
        ref: gpd.read_file(SAMPLE / "iraq_2018.gpkg", layer=ref) for ref in required_layers(model)
    }
    return score(model, layers)


def test_natural_breaks_fit_at_least_as_well_as_qgis_jenks(qgis_app, sample_result):
    """QGIS's Jenks is not exact on the rebuilt sample (it puts one break at 29.35 where the
    optimum is 30.13): the core's classes must fit at least as well (sum of squared
    deviations from the class means) and equal mapclassify's exact FisherJenks (below)."""
    from qgis.core import QgsClassificationJenks, QgsFeature, QgsVectorLayer

    units = sample_result.units
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=score:double", "scores", "memory")
    features = []
    for value in units["score"]:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([float(value)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    ranges = QgsClassificationJenks().classes(layer, "score", sample_result.model.classes.count)
    qgis_upper = np.array([r.upperBound() for r in ranges])
    scores = units["score"].to_numpy()

    def deviations(index: np.ndarray) -> float:
        return sum(
            ((scores[index == k] - scores[index == k].mean()) ** 2).sum() for k in set(index)
        )

    qgis_class = np.searchsorted(qgis_upper[:-1] + 1e-6, scores)
    core_class = units["class_index"].to_numpy()
    assert deviations(core_class) <= deviations(qgis_class) + 1e-9
    assert qgis_upper[-1] == pytest.approx(sample_result.class_bounds[-1], rel=1e-6)


def test_sample_breaks_equal_mapclassify_fisher_jenks(sample_result):
    mapclassify = pytest.importorskip("mapclassify")
    scores = sample_result.units["score"].to_numpy()
    bins = mapclassify.FisherJenks(scores, k=sample_result.model.classes.count).bins
    # The units' scores are stored rounded to 6 decimals; the breaks come from the full ones.
    np.testing.assert_allclose(sample_result.class_bounds, bins, atol=1e-6)


def test_border_distance_matches_a_hand_calculation_in_qgis(qgis_app, sample_result):
    """Town-weighted distance from Markaz Hatra to the Syrian border, by QgsDistanceArea on the
    projected geometries: each GeoNames town in the sub-district, weighted by population (equal
    weights if one has none); the core's value within 1 m."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsVectorLayer,
    )

    gpkg = str(SAMPLE / "iraq_2018.gpkg")
    districts = QgsVectorLayer(f"{gpkg}|layername=subdistricts", "d", "ogr")
    border = QgsVectorLayer(f"{gpkg}|layername=border", "b", "ogr")
    towns = QgsVectorLayer(f"{gpkg}|layername=towns", "t", "ogr")
    utm = QgsCoordinateReferenceSystem("EPSG:32638")
    transform = QgsCoordinateTransform(districts.crs(), utm, QgsProject.instance())
    hatra = next(f for f in districts.getFeatures() if f["ADM3_EN"] == "Markaz Hatra").geometry()
    line = next(border.getFeatures()).geometry()
    hatra.transform(transform)
    line.transform(transform)
    inside = []
    for town in towns.getFeatures():
        point = town.geometry()
        point.transform(transform)
        if point.intersects(hatra):
            inside.append((point.distance(line), town["population"]))
    assert inside and hatra.distance(line) > 10_000
    weights = [p if p and p > 0 else 0 for _, p in inside]
    if not all(weights):
        weights = [1] * len(inside)
    expected = sum(d * w for (d, _), w in zip(inside, weights)) / sum(weights)
    got = sample_result.units.set_index("unit_name").loc["Markaz Hatra", "border_raw"]
    assert got == pytest.approx(expected, abs=1.0)
    assert got > hatra.distance(line)  # the towns lie further in than the district's edge


def test_vs_2013_matches_a_count_in_qgis(qgis_app, sample_result):
    """The "Incidents against 2013" reference of Markaz Telafar counted with QGIS expressions:
    the IS events located within 25 km or better (the sub-district grain's rule) in 2013,
    scaled to the 180-day window."""
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    gpkg = str(SAMPLE / "iraq_2018.gpkg")
    units = QgsVectorLayer(f"{gpkg}|layername=subdistricts", "s", "ogr")
    events = QgsVectorLayer(f"{gpkg}|layername=events", "e", "ogr")
    telafar = next(f for f in units.getFeatures() if f["ADM3_EN"] == "Markaz Telafar").geometry()
    dyads = "'Government of Iraq - IS', 'IS - Civilians', 'IS - JRTN', 'Government of Turkey - IS'"
    base = f"dyad_name IN ({dyads}) AND where_prec <= 2"

    def count(first: str, last: str) -> int:
        request = QgsFeatureRequest().setFilterExpression(
            f"{base} AND date_start >= '{first}' AND date_start <= '{last}'"
        )
        return sum(1 for f in events.getFeatures(request) if f.geometry().intersects(telafar))

    current, reference = count("2017-08-05", "2018-01-31"), count("2013-01-01", "2013-12-31")
    got = sample_result.units.set_index("unit_name").loc["Markaz Telafar", "vs_2013_raw"]
    assert got == pytest.approx((current + 1) / (reference * 180 / 365 + 1))
