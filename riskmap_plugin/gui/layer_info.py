"""Describe project layers for the QGIS-free guessing and checking rules."""

from __future__ import annotations

from qgis.core import QgsProject, QgsProviderRegistry, QgsVectorLayer, QgsWkbTypes

from .layer_guess import LayerInfo

_GEOMETRY = {
    QgsWkbTypes.GeometryType.PointGeometry: "point",
    QgsWkbTypes.GeometryType.LineGeometry: "line",
    QgsWkbTypes.GeometryType.PolygonGeometry: "polygon",
}


def layer_info(layer) -> LayerInfo | None:
    """A :class:`LayerInfo` of a valid vector layer, else ``None``."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return None
    table = None
    if layer.providerType() == "ogr":
        table = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("layerName")
    return LayerInfo(
        id=layer.id(),
        name=layer.name(),
        table=table or None,
        geometry=_GEOMETRY.get(layer.geometryType(), "none"),
        fields=tuple(layer.fields().names()),
    )


def project_layer_infos(project: QgsProject, exclude_results: bool = True) -> list[LayerInfo]:
    """The project's vector layers in Layers-panel order (RiskMap results left out)."""
    root = project.layerTreeRoot()
    ordered = [node.layer() for node in root.findLayers()]
    ordered += [layer for layer in project.mapLayers().values() if layer not in ordered]
    infos = []
    for layer in ordered:
        if exclude_results and layer is not None and layer.customProperty("riskmap/kind"):
            continue
        info = layer_info(layer)
        if info is not None:
            infos.append(info)
    return infos
