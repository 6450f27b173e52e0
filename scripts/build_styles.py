"""Build resources/styles/{units,areas,watch_list}.qml with PyQGIS (reproducible styles).

Run: ``QT_QPA_PLATFORM=offscreen python scripts/build_styles.py [output folder]``.
The qml files are committed; this script is the source of their look. The
plugin loads them with ``qgis_adapter.style.apply_result_style``.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

# Qt writes XML attributes in hash order; a fixed seed makes rebuilds byte-identical.
os.environ["QT_HASH_SEED"] = "0"

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLabelObstacleSettings,
    QgsLineSymbol,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsProperty,
    QgsPropertyCollection,
    QgsRendererCategory,
    QgsSimpleLineCallout,
    QgsSingleSymbolRenderer,
    QgsTextBackgroundSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSizeF  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

from riskmap_plugin.qgis_adapter.style import (  # noqa: E402
    AREA_LABEL_EXPRESSION,
    DEFAULT_CLASSES,
    WATCH_LABEL_EXPRESSION,
    class_colors,
)

FIELDS = {
    "units": "unit_id:string&field=unit_name:string&field=score:double&field=rank:integer"
    "&field=class:string&field=class_index:integer&field=coverage:double"
    "&field=low_coverage:boolean&field=gate:string&field=area_id:integer&field=drivers:string",
    "areas": "area_id:integer&field=name:string&field=class:string&field=score_max:double"
    "&field=score_mean:double&field=units:string&field=n_units:integer&field=drivers:string",
    "watch_list": "unit_id:string&field=unit_name:string&field=score:double"
    "&field=rank:integer&field=class:string&field=reason:string",
}
CATEGORIES = QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
AREA_OUTLINE = "#3d0a0a"
WATCH_OUTLINE = "#1f4e79"


def text_format(size: float, bold: bool = False, colour: str = "#1a1a1a") -> QgsTextFormat:
    fmt = QgsTextFormat()
    font = QFont("Noto Sans")
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(QColor(colour))
    # A white, rounded background box keeps labels readable over any fill.
    background = QgsTextBackgroundSettings()
    background.setEnabled(True)
    background.setType(QgsTextBackgroundSettings.ShapeRectangle)
    background.setSizeType(QgsTextBackgroundSettings.SizeBuffer)
    background.setSize(QSizeF(1.2, 0.8))
    background.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    background.setRadii(QSizeF(0.8, 0.8))
    background.setFillColor(QColor(255, 255, 255, 235))
    background.setStrokeColor(QColor("#7f7f7f"))
    background.setStrokeWidth(0.2)
    fmt.setBackground(background)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(False)
    fmt.setBuffer(buffer)
    return fmt


def callout(colour: str) -> QgsSimpleLineCallout:
    line = QgsSimpleLineCallout()
    line.setEnabled(True)
    line.setLineSymbol(
        QgsLineSymbol.createSimple(
            {"line_color": colour, "line_width": "0.35", "line_width_unit": "MM"}
        )
    )
    line.setAnchorPoint(QgsSimpleLineCallout.PointOnExterior)
    line.setMinimumLength(1.5)
    return line


def labels(expression, fmt, line_colour, priority, distance, display_all):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.enabled = True
    settings.setFormat(fmt)
    # Outside the polygons with a callout: the shapes stay visible under the text.
    settings.placement = QgsPalLayerSettings.OutsidePolygons
    settings.dist = distance
    settings.distUnits = QgsUnitTypes.RenderMillimeters
    settings.multilineAlign = QgsPalLayerSettings.MultiLeft
    # An at-risk area must never silently lose its label; watch-list labels may give way.
    settings.displayAll = display_all
    settings.setCallout(callout(line_colour))
    obstacle = settings.obstacleSettings()
    obstacle.setIsObstacle(True)
    obstacle.setType(QgsLabelObstacleSettings.PolygonWhole)
    obstacle.setFactor(2.0)
    properties = QgsPropertyCollection()
    properties.setProperty(QgsPalLayerSettings.Priority, QgsProperty.fromExpression(priority))
    settings.setDataDefinedProperties(properties)
    return QgsVectorLayerSimpleLabeling(settings)


def units_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:4326&field={FIELDS['units']}", "units", "memory")
    colours = class_colors(len(DEFAULT_CLASSES))
    categories = []
    for label, colour in reversed(list(zip(DEFAULT_CLASSES, colours))):
        symbol = QgsFillSymbol.createSimple(
            {
                "color": colour.name(),
                "outline_color": "#ffffff",
                "outline_width": "0.15",
                "outline_width_unit": "MM",
            }
        )
        symbol.setOpacity(0.78)
        categories.append(QgsRendererCategory(label, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("class", categories))
    return layer


def areas_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:4326&field={FIELDS['areas']}", "areas", "memory")
    symbol = QgsFillSymbol.createSimple(
        {
            "style": "no",
            "outline_color": AREA_OUTLINE,
            "outline_width": "0.9",
            "outline_width_unit": "MM",
            "joinstyle": "round",
        }
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(
        labels(
            AREA_LABEL_EXPRESSION, text_format(8.0, True), AREA_OUTLINE, '"score_max" / 10', 4, True
        )
    )
    layer.setLabelsEnabled(True)
    return layer


def watch_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer(
        f"MultiPolygon?crs=EPSG:4326&field={FIELDS['watch_list']}", "watch", "memory"
    )
    symbol = QgsFillSymbol.createSimple(
        {
            "style": "no",
            "outline_color": WATCH_OUTLINE,
            "outline_width": "0.5",
            "outline_width_unit": "MM",
            "outline_style": "dash",
        }
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(
        labels(
            WATCH_LABEL_EXPRESSION,
            text_format(6.5, False, WATCH_OUTLINE),
            WATCH_OUTLINE,
            '"score" / 20',
            3,
            False,
        )
    )
    layer.setLabelsEnabled(True)
    return layer


def build(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, make in (("units", units_layer), ("areas", areas_layer), ("watch_list", watch_layer)):
        path = folder / f"{kind}.qml"
        message, ok = make().saveNamedStyle(str(path), CATEGORIES)
        if not ok:
            raise SystemExit(f"could not write {path}: {message}")
        # The QGIS version in the header would make every rebuild differ across machines.
        text = re.sub(
            r'version="[^"]*"', 'version="3.22"', path.read_text(encoding="utf-8"), count=1
        )
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "styles"
    app = QgsApplication([], False)
    app.initQgis()
    for path in build(folder):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    app.exitQgis()


if __name__ == "__main__":
    main()
