"""Helpers shared by the QGIS tests (data builders, sample paths)."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

REPO = Path(__file__).resolve().parents[2]
SAMPLE_DIR = REPO / "resources" / "sample"
SAMPLE_GPKG = SAMPLE_DIR / "iraq_2018.gpkg"
SAMPLE_MODEL = SAMPLE_DIR / "stabilization_2018.json"

#: Columns of the typed test layer, one per QGIS field type the core may ask for.
TYPED_FIELDS = [
    ("name", QVariant.String),
    ("count", QVariant.Int),
    ("count_null", QVariant.Int),
    ("big", QVariant.LongLong),
    ("value", QVariant.Double),
    ("day", QVariant.Date),
    ("stamp", QVariant.DateTime),
    ("flag", QVariant.Bool),
]


def make_typed_memory_layer(n: int = 50, name: str = "typed") -> QgsVectorLayer:
    """A point layer with every field type, some NULLs and a NULL geometry."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(fname, ftype) for fname, ftype in TYPED_FIELDS])
    layer.updateFields()
    features = []
    for i in range(n):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(
            [
                None if i % 7 == 3 else f"place {i} ى",
                i * 3,
                None if i % 5 == 0 else i,
                2**40 + i,
                None if i % 6 == 1 else i / 3.0,
                None if i % 4 == 2 else QDate(2017, 1 + i % 12, 1 + i % 28),
                QDateTime(QDate(2018, 1 + i % 12, 1 + i % 28), QTime(i % 24, i % 60, 0)),
                i % 2 == 0,
            ]
        )
        if i != 4:
            feature.setGeometry(QgsGeometry.fromWkt(f"POINT ({40 + i * 0.01} {33 + i * 0.02})"))
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def write_gpkg(layer: QgsVectorLayer, path: Path, table: str) -> QgsVectorLayer:
    """Write ``layer`` to ``path`` as ``table`` and return the file-backed layer."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    if path.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.NoError, error
    written = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    assert written.isValid()
    return written


def needs_sample():
    """Skip marker for tests that need the sample GeoPackage and model."""
    return pytest.mark.skipif(
        not (SAMPLE_GPKG.exists() and SAMPLE_MODEL.exists()),
        reason="sample data (resources/sample) not present yet",
    )


class ErrorCollector(QgsProcessingFeedback):
    """Keeps the errors Processing reports (processing.run then raises a generic one)."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)


def processing_failure(algorithm: str, parameters: dict) -> str:
    """What the user reads when ``algorithm`` refuses ``parameters``: a RiskMap message.

    Never a traceback, nor the "unexpected error" sentence kept for RiskMap's own bugs.
    """
    import processing

    feedback = ErrorCollector()
    with pytest.raises(QgsProcessingException) as caught:
        processing.run(algorithm, parameters, feedback=feedback)
    text = "\n".join([str(caught.value), *feedback.errors])
    assert "Traceback" not in text
    assert "unexpected error" not in text  # foreseen: the user's input, not a RiskMap bug
    return text
