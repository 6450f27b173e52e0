"""``riskmap:hexgrid`` — a hexagon grid of analysis units (calls the core's ``hex_grid``)."""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ..core import hex_grid
from ..qgis_adapter.features import frame_features, qgis_fields
from ..qgis_adapter.reading import LayerReader
from .base import QT_TR_NOOP, RiskMapAlgorithm, one_message, tr

HELP = QT_TR_NOOP("""Creates a grid of hexagons to use as analysis units (e.g. as the <i>Units \
layer</i> of <i>Score at-risk areas</i>). Each hexagon has a <tt>unit_id</tt> and a \
<tt>unit_name</tt>.

<b>Extent</b>: the area to cover (type coordinates, draw on the canvas, or take a layer's \
extent). Optional when a boundary is given.

<b>Cell size (km)</b>: the distance across a hexagon between opposite flat sides \
(10 km gives cells of about 87 km²); 10 km suits a country, 2–5 km a governorate.

<b>Boundary</b> (optional): polygons to clip the grid to, e.g. the country outline; \
hexagons outside it are dropped.

<b>Grid CRS</b> (optional): a projected CRS in metres; by default the UTM zone at the \
centre of the extent.""")


class HexGridAlgorithm(RiskMapAlgorithm):
    """Create hexagon grid."""

    NAME = "hexgrid"
    HELP = HELP

    INPUT = "INPUT"
    CELL_KM = "CELL_KM"
    BOUNDARY = "BOUNDARY"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"

    # The grid to make, worked out on the main thread for the worker (prepareAlgorithm).
    _boundary: LayerReader | None = None
    _extent: tuple[float, float, float, float] | None = None
    _crs: QgsCoordinateReferenceSystem | None = None
    _cell_km: float | None = None

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 (QGIS API name)
        self.addParameter(QgsProcessingParameterExtent(self.INPUT, tr("Extent"), optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CELL_KM,
                tr("Cell size (km)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=10.0,
                minValue=0.01,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.BOUNDARY,
                tr("Boundary to clip to"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs(self.TARGET_CRS, tr("Grid CRS (metres)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Hexagon grid"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:  # noqa: N802
        """Main thread: take a snapshot of the boundary layer and work out the extent and CRS."""
        with one_message():
            return self._prepare(parameters, context)

    def _prepare(self, parameters, context) -> bool:
        self._cell_km = self.parameterAsDouble(parameters, self.CELL_KM, context)
        boundary = self.parameterAsVectorLayer(parameters, self.BOUNDARY, context)
        has_extent = parameters.get(self.INPUT) not in (None, "")
        if not has_extent and boundary is None:
            raise QgsProcessingException(
                tr("Give an extent or a boundary layer — the grid needs an area to cover.")
            )
        if boundary is not None and not _has_area(boundary.extent()):
            # An empty or all-NULL layer has no extent: no area to cover, and no centre
            # to pick a UTM zone from.
            raise QgsProcessingException(
                tr(
                    "Boundary to clip to: the layer '{}' has no polygons (it is empty or its "
                    "geometries are NULL) — choose a layer with the area's outline."
                ).format(boundary.name())
            )
        if has_extent and not _has_area(self.parameterAsExtent(parameters, self.INPUT, context)):
            raise QgsProcessingException(
                tr(
                    "Extent: '{}' has no area (a point, a line or numbers that are not "
                    "coordinates) — draw the extent on the canvas or take a layer's extent."
                ).format(parameters.get(self.INPUT))
            )
        crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        if not crs.isValid():
            wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
            if has_extent:
                centre = self.parameterAsExtent(parameters, self.INPUT, context, wgs84).center()
            else:
                centre = self.parameterAsExtent(
                    {self.INPUT: boundary.id()}, self.INPUT, context, wgs84
                ).center()
            crs = utm_crs(centre.x(), centre.y())
        if crs.isGeographic():
            raise QgsProcessingException(
                tr("The grid CRS {} is in degrees — choose a projected CRS in metres.").format(
                    crs.authid()
                )
            )
        self._crs = crs
        if has_extent:
            rect = self.parameterAsExtent(parameters, self.INPUT, context, crs)
            self._extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        self._boundary = LayerReader(boundary, [], reference="boundary") if boundary else None
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        crs_text = self._crs.authid() or self._crs.toWkt()
        with one_message():
            boundary = None
            if self._boundary is not None:
                boundary = self._boundary.read(feedback.isCanceled).to_crs(crs_text)
            grid = hex_grid(
                self._cell_km,
                extent=self._extent,
                boundary=boundary,
                crs=crs_text,
                is_canceled=feedback.isCanceled,
            )
        fields = qgis_fields(grid)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon, self._crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        total = max(len(grid), 1)
        for i, feature in enumerate(_multi_features(grid, fields)):
            if feedback.isCanceled():
                break
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(_write_failed(sink, dest_id))
            if i % 500 == 0:
                feedback.setProgress(100.0 * i / total)
        feedback.pushInfo(tr("{} hexagons of {} km").format(len(grid), self._cell_km))
        return {self.OUTPUT: dest_id}


def _has_area(rect) -> bool:
    """True for a rectangle with finite corners and some width and height."""
    corners = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
    return all(math.isfinite(value) for value in corners) and rect.width() > 0 and rect.height() > 0


def _write_failed(sink, destination: str) -> str:
    """What to say when a hexagon cannot be written (a full disk, a read-only folder)."""
    detail = sink.lastError() if hasattr(sink, "lastError") else ""
    if "full" in detail.lower() or "no space" in detail.lower():
        return tr("Hexagon grid: the disk is full — free some space or choose another folder.")
    return tr(
        "Hexagon grid: could not write to '{}' — choose a folder you can write to with free space."
    ).format(destination)


def _multi_features(grid, fields):
    """Features with MultiPolygon geometry (clipped hexagons can be multi-part)."""
    import shapely

    multi = grid.copy()
    multi.geometry = [
        shapely.MultiPolygon([g]) if g is not None and g.geom_type == "Polygon" else g
        for g in grid.geometry
    ]
    return frame_features(multi, fields)


def utm_crs(longitude: float, latitude: float) -> QgsCoordinateReferenceSystem:
    """The WGS 84 / UTM zone CRS containing a point.

    >>> utm_crs(43.1, 36.3).authid()  # Mosul
    'EPSG:32638'
    """
    zone = min(max(int((longitude + 180.0) // 6.0) + 1, 1), 60)
    base = 32600 if latitude >= 0 else 32700
    return QgsCoordinateReferenceSystem(f"EPSG:{base + zone}")
