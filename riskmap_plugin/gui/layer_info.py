"""Describe project layers for the QGIS-free guessing and checking rules."""

from __future__ import annotations

from qgis.core import QgsProject, QgsProviderRegistry, QgsVectorLayer, QgsWkbTypes

from .field_guess import FieldInfo
from .layer_guess import LayerInfo

#: Above this many features the uniqueness of a field is not checked (it costs a scan).
UNIQUE_CHECK_LIMIT = 200_000

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


def field_infos(layer) -> list[FieldInfo]:
    """The fields of a vector layer as :class:`FieldInfo` (kind, unique values or not)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return []
    count = layer.featureCount()
    infos = []
    for index, qfield in enumerate(layer.fields()):
        type_name = qfield.typeName().lower()
        if qfield.isNumeric():
            kind = "real" if any(w in type_name for w in ("real", "double", "float")) else "integer"
        elif "date" in type_name or "time" in type_name:
            kind = "date"
        elif "str" in type_name or "char" in type_name or "text" in type_name:
            kind = "text"
        else:
            kind = "other"
        unique = False
        if kind in ("text", "integer") and 0 < count <= UNIQUE_CHECK_LIMIT:
            unique = len(layer.uniqueValues(index, count + 1)) == count
        infos.append(FieldInfo(qfield.name(), kind, unique))
    return infos
