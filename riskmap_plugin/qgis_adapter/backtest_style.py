"""The style of the backtest's per-unit layer: hits, misses, false alarms, quiet units.

Saved into the GeoPackage as the layer's default style, so the layer looks
the same wherever it is opened (the dock, Processing's "Open output", a
colleague's QGIS).
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

#: outcome value → (fill colour, outline colour)
COLOURS = {
    "hit": ("#b2182b", "#67001f"),
    "miss": ("#f4a582", "#d6604d"),
    "false alarm": ("#92c5de", "#2166ac"),
    "quiet": ("#f0f0f0", "#bdbdbd"),
}


def outcome_labels() -> dict[str, str]:
    """The legend's words for each outcome (spelled out for pylupdate5)."""
    return {
        "hit": QCoreApplication.translate("@default", "Hit: at risk, and events followed"),
        "miss": QCoreApplication.translate("@default", "Miss: events, but not at risk"),
        "false alarm": QCoreApplication.translate(
            "@default", "False alarm: at risk, no event followed"
        ),
        "quiet": QCoreApplication.translate("@default", "Quiet: not at risk, no event"),
    }


def backtest_renderer() -> QgsCategorizedSymbolRenderer:
    labels = outcome_labels()
    categories = []
    for value, (fill, outline) in COLOURS.items():
        symbol = QgsFillSymbol.createSimple(
            {"color": fill, "outline_color": outline, "outline_width": "0.3"}
        )
        categories.append(QgsRendererCategory(value, symbol, labels[value]))
    return QgsCategorizedSymbolRenderer("outcome", categories)


def style_backtest_units(uri_or_layer) -> QgsVectorLayer:
    """Apply the hit/miss style and save it as the GeoPackage layer's default style."""
    layer = (
        uri_or_layer
        if isinstance(uri_or_layer, QgsVectorLayer)
        else QgsVectorLayer(str(uri_or_layer), "backtest_units", "ogr")
    )
    layer.setRenderer(backtest_renderer())
    if layer.isValid() and layer.providerType() == "ogr":
        layer.saveStyleToDatabase(
            "backtest_units", QCoreApplication.translate("@default", "Hits and misses"), True, ""
        )
    return layer
