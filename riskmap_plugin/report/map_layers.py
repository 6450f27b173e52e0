"""The layers the briefing draws: the result's (shared with the canvas) and its own.

The briefing draws its own instances of the result layers (units, areas, watch list),
styled by the dock's ``apply_result_style`` when that module exists, else minimally
here; plus atlas pages, drivers, criteria, background boundaries and unit-name labels.
All are added to the project without a legend entry, so they persist with the project
but do not clutter the Layers panel.
"""

from __future__ import annotations

import importlib
import os

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMessageLog,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core.errors import DataError
from ..qt_compat import polygon_placement_flags
from .phrases import legend_names

RESULT_KINDS = ("units", "areas", "watch_list")
CLASS_COLOURS = ("#fee5d9", "#fcae91", "#fb6a4a", "#cb181d", "#99000d", "#67000d")
#: Area labels in print: name and every driver for the area of an area page; name and
#: first driver on page 1 and for the neighbours (the tables carry all drivers).
PRINT_AREA_LABEL = (
    "CASE WHEN \"area_id\" = attribute(@atlas_feature, 'area_id') "
    "THEN \"name\" || '\\n' || replace(\"drivers\", ' · ', '\\n') "
    "ELSE \"name\" || '\\n' || regexp_replace(\"drivers\", ' · .*$', '') END"
)
#: The legend titles in English; :func:`.phrases.legend_names` gives them translated.
LEGEND_NAMES = {
    "areas": "At-risk areas",
    "watch_list": "Watch list (look again)",
    "units": "Risk class of units",
}


def gpkg_layer(path: str, table: str, name: str) -> QgsVectorLayer:
    """A layer on one table of a GeoPackage (raises when it does not open)."""
    layer = QgsVectorLayer(f"{path}|layername={table}", name, "ogr")
    if not layer.isValid():
        raise DataError(
            f"Cannot open the table '{table}' of '{os.path.basename(path)}'.",
            where="briefing",
            fix="Choose a result GeoPackage written by RiskMap (it may be damaged or "
            "incomplete: run the model again).",
        )
    return layer


def result_layers(gpkg_path: str) -> dict[str, QgsVectorLayer]:
    """The briefing's own instances of the result layers, styled for print.

    Own instances (not the canvas's): a print page needs fewer labels than the
    canvas (no watch-list reasons), and printing an older result must not touch the
    project's result group (``add_result_group`` replaces the model's group).
    """
    layers = {}
    for kind in RESULT_KINDS:
        layer = gpkg_layer(gpkg_path, kind, legend_names()[kind])
        style_result_layer(layer, kind)
        if kind == "watch_list":
            layer.setLabelsEnabled(False)
        elif kind == "areas":
            _print_size_labels(layer, 6.0)
        layers[kind] = layer
    return layers


def _print_size_labels(layer: QgsVectorLayer, size_pt: float) -> None:
    """Cap the label size: on paper two areas' annotations must not cover each other."""
    labeling = layer.labeling()
    if not isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return
    settings = QgsPalLayerSettings(labeling.settings())
    text = settings.format()
    if text.size() > size_pt:
        text.setSize(size_pt)
        text.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
        settings.setFormat(text)
    # Page 1 names each area with its first driver (the table beside the map has them all);
    # area pages give every driver. Labels sit outside the polygons with a callout, where
    # the labeling engine finds room for each, so two neighbouring areas' labels never
    # cover each other.
    settings.isExpression = True
    settings.fieldName = PRINT_AREA_LABEL
    settings.placement = QgsPalLayerSettings.Placement.Horizontal
    settings.setPolygonPlacementFlags(
        polygon_placement_flags("AllowPlacementInsideOfPolygon", "AllowPlacementOutsideOfPolygon")
    )
    settings.labelPerPart = False
    settings.priority = 10
    # Placed where nothing collides (at the top priority). The area of an area page may
    # fill the map: its label goes inside it and is always shown; the others (and every
    # label on page 1) go outside, with a callout.
    settings.displayAll = False
    own_area = "\"area_id\" = attribute(@atlas_feature, 'area_id')"
    properties = settings.dataDefinedProperties()
    properties.setProperty(
        QgsPalLayerSettings.Property.PolygonLabelOutside,
        QgsProperty.fromExpression(f"CASE WHEN {own_area} THEN 'yes' ELSE 'force' END"),
    )
    properties.setProperty(
        QgsPalLayerSettings.Property.AlwaysShow, QgsProperty.fromExpression(own_area)
    )
    settings.setDataDefinedProperties(properties)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def style_result_layer(layer: QgsVectorLayer, kind: str) -> None:
    """The dock's style when its module exists, else a minimal one."""
    apply = _optional("riskmap_plugin.qgis_adapter.style", "apply_result_style")
    if apply is not None:
        try:
            apply(layer, kind)
        except RuntimeError as error:  # a missing or broken .qml must not stop the briefing
            QgsMessageLog.logMessage(
                f"{error}; the briefing uses a plain style", "RiskMap", Qgis.MessageLevel.Warning
            )
        else:
            return
    if kind == "units":
        layer.setRenderer(class_renderer(layer))
    elif kind == "areas":
        layer.setRenderer(_outline(QColor("#3b0008"), 0.7))
        layer.setLabeling(area_labels())
        layer.setLabelsEnabled(True)
    else:
        symbol = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "#08519c", "outline_width": "0.45"}
        )
        symbol.symbolLayer(0).setStrokeStyle(Qt.PenStyle.DashLine)
        layer.setRenderer(_single(symbol))


def class_renderer(layer: QgsVectorLayer):
    """Units filled by risk class, lowest class lightest; labels as in the model."""
    index = layer.fields().indexOf("class")
    by_rank = {}
    if index >= 0:
        for feature in layer.getFeatures():
            rank = feature["class_index"] if "class_index" in feature.fields().names() else 0
            by_rank.setdefault(str(feature["class"]), int(rank or 0))
    categories = []
    for label, rank in sorted(by_rank.items(), key=lambda item: item[1]):
        symbol = QgsFillSymbol.createSimple(
            {
                "color": CLASS_COLOURS[min(rank, len(CLASS_COLOURS) - 1)],
                "outline_color": "#ffffff",
                "outline_width": "0.1",
            }
        )
        categories.append(QgsRendererCategory(label, symbol, label))
    return QgsCategorizedSymbolRenderer("class", categories)


def area_labels() -> QgsVectorLayerSimpleLabeling:
    """Area name and its drivers, wrapped, on a white halo."""
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = '"name" || \'\\n\' || wordwrap("drivers", 34)'
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    settings.setFormat(text_format(6.5, bold=True, colour=QColor("#3b0008")))
    return QgsVectorLayerSimpleLabeling(settings)


def unit_name_labels(show_when: str) -> QgsVectorLayerSimpleLabeling:
    """Small grey unit names, shown only where ``show_when`` holds (area pages)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "unit_name"
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    settings.setFormat(text_format(5.5, colour=QColor("#4a4f55")))
    settings.dataDefinedProperties().setProperty(
        QgsPalLayerSettings.Property.Show, QgsProperty.fromExpression(show_when)
    )
    return QgsVectorLayerSimpleLabeling(settings)


def text_format(size: float, bold: bool = False, colour: QColor | None = None) -> QgsTextFormat:
    font = QFont("DejaVu Sans")
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(colour or QColor("#212529"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    buffer.setColor(QColor(255, 255, 255, 230))
    fmt.setBuffer(buffer)
    return fmt


def style_background(layer: QgsVectorLayer, table: str) -> None:
    """Quiet styles for the background boundaries."""
    if table == "country":
        layer.setRenderer(
            _single(
                QgsFillSymbol.createSimple(
                    {"color": "#f1efe9", "outline_color": "#6c757d", "outline_width": "0.35"}
                )
            )
        )
    elif table == "governorates":
        layer.setRenderer(_outline(QColor("#868e96"), 0.2))
    elif table == "border":
        layer.setRenderer(_single(QgsLineSymbol.createSimple({"color": "#495057", "width": "0.6"})))
    else:
        layer.setRenderer(
            _single(
                QgsLineSymbol.createSimple(
                    {"color": "#adb5bd", "width": "0.3", "line_style": "dash"}
                )
            )
        )


def hidden_renderer(layer: QgsVectorLayer) -> None:
    """Draw nothing (a layer kept for its labels only)."""
    layer.setRenderer(_outline(QColor(0, 0, 0, 0), 0.0))


def _outline(colour: QColor, width: float):
    symbol = QgsFillSymbol.createSimple(
        {
            "style": "no",
            "outline_color": colour.name(QColor.NameFormat.HexArgb),
            "outline_width": str(width),
        }
    )
    return _single(symbol)


def _single(symbol):
    from qgis.core import QgsSingleSymbolRenderer

    return QgsSingleSymbolRenderer(symbol)


def _optional(module: str, name: str):
    """``module.name`` when the module exists (another engineer's, maybe not landed yet)."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
