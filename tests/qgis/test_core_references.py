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


def test_natural_breaks_equal_qgis_jenks_classification(qgis_app, sample_result):
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
    qgis_upper = [r.upperBound() for r in ranges]
    # QGIS stores bounds rounded to about 7 significant digits; the breaks are the same values.
    np.testing.assert_allclose(sample_result.class_bounds, qgis_upper, rtol=1e-6)
    qgis_class = np.searchsorted(np.array(qgis_upper[:-1]) + 1e-6, units["score"].to_numpy())
    assert qgis_class.tolist() == units["class_index"].tolist()


def test_border_distance_matches_a_hand_calculation_in_qgis(qgis_app, sample_result):
    """Distance from Al-Hatra (no border contact) to the Syrian border, by QgsDistanceArea
    on the projected geometries: the core's value within 1 m."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsVectorLayer,
    )

    gpkg = str(SAMPLE / "iraq_2018.gpkg")
    districts = QgsVectorLayer(f"{gpkg}|layername=districts", "d", "ogr")
    border = QgsVectorLayer(f"{gpkg}|layername=border", "b", "ogr")
    utm = QgsCoordinateReferenceSystem("EPSG:32638")
    transform = QgsCoordinateTransform(districts.crs(), utm, QgsProject.instance())
    hatra = next(f for f in districts.getFeatures() if f["ADM2_EN"] == "Al-Hatra").geometry()
    line = next(border.getFeatures()).geometry()
    hatra.transform(transform)
    line.transform(transform)
    expected = hatra.distance(line)
    got = sample_result.units.set_index("unit_name").loc["Al-Hatra", "border_raw"]
    assert expected > 10_000
    assert got == pytest.approx(expected, abs=1.0)
