"""Writes ``resources/layouts/briefing_a4.qpt`` and ``briefing_a3.qpt`` (A3 = A4 scaled).

The .qpt files are what the plugin loads (``report/layout.py`` fills them); this build
step only regenerates them so that A4 and A3 never drift apart. Analysts may still open a
.qpt in the layout designer; ``report/layout.py`` finds items by their ids (``ITEM_IDS``)
and leaves any other item alone. Run after editing the geometry below::

    python scripts/build_layouts.py [FOLDER]   # default resources/layouts

Page 1 (overview) and the area pages share one atlas layout: items marked
``OVERVIEW`` are excluded from exports on area pages, ``AREA`` ones on page 1.
Positions are millimetres on A4 landscape (297 × 210).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qgis.core import (  # noqa: E402
    QgsCoordinateReferenceSystem,
    QgsLayout,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMultiFrame,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

from riskmap_plugin.qt_compat import set_label_font  # noqa: E402

FONT = "DejaVu Sans"
INK = QColor(33, 37, 41)
MUTED = QColor(90, 96, 104)
RULE = QColor(190, 194, 198)
BANNER_FILL = QColor(235, 236, 238)
PAGE_SIZES = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}

OVERVIEW = "coalesce(@atlas_featurenumber, 1) > 1"  # excluded on area pages
AREA = "coalesce(@atlas_featurenumber, 1) = 1"  # excluded on the overview page

#: id → (x, y, w, h, font size pt, bold, horizontal alignment, excluded when).
LABELS = {
    "banner_top": (6, 3, 285, 5.5, 8, True, Qt.AlignmentFlag.AlignHCenter, None),
    "title": (6, 10, 220, 9, 16, True, Qt.AlignmentFlag.AlignLeft, None),
    "subtitle": (6, 19.5, 230, 5, 7.5, False, Qt.AlignmentFlag.AlignLeft, None),
    "page_number": (236, 12, 55, 5, 7.5, False, Qt.AlignmentFlag.AlignRight, None),
    "areas_title": (161, 27, 130, 5, 9, True, Qt.AlignmentFlag.AlignLeft, OVERVIEW),
    "areas_more": (161, 82.5, 130, 4, 6.5, False, Qt.AlignmentFlag.AlignLeft, OVERVIEW),
    "criteria_title": (161, 88, 130, 5, 9, True, Qt.AlignmentFlag.AlignLeft, OVERVIEW),
    "sources": (161, 142, 130, 54, 6, False, Qt.AlignmentFlag.AlignLeft, OVERVIEW),
    "method_note": (55, 151, 101, 45, 6, False, Qt.AlignmentFlag.AlignLeft, OVERVIEW),
    "area_details": (161, 27, 130, 21, 7, False, Qt.AlignmentFlag.AlignLeft, AREA),
    "drivers_title": (161, 49, 130, 5, 9, True, Qt.AlignmentFlag.AlignLeft, AREA),
    "members_title": (161, 111, 130, 5, 9, True, Qt.AlignmentFlag.AlignLeft, AREA),
    "members_more": (161, 192, 130, 4, 6.5, False, Qt.AlignmentFlag.AlignLeft, AREA),
    "area_note": (55, 151, 101, 45, 6, False, Qt.AlignmentFlag.AlignLeft, AREA),
    "footer": (6, 197, 200, 4, 6, False, Qt.AlignmentFlag.AlignLeft, None),
    "banner_bottom": (6, 201.5, 285, 5.5, 8, True, Qt.AlignmentFlag.AlignHCenter, None),
}
#: id → (x, y, w, h, excluded when).
TABLES = {
    "areas_table": (161, 32.5, 130, 50, OVERVIEW),
    "criteria_table": (161, 93.5, 130, 46, OVERVIEW),
    "drivers_table": (161, 54.5, 130, 54, AREA),
    "members_table": (161, 116.5, 130, 75, AREA),
}
MAP = (6, 27, 150, 121)
LOCATOR = (8, 106, 35, 30)
NORTH_ARROW = (8.5, 29, 7, 11)
SCALEBAR = (94, 138, 60, 9)
LEGEND = (6, 151, 47, 45)
ITEM_IDS = (
    *LABELS,
    *TABLES,
    "main_map",
    "locator_map",
    "north_arrow",
    "scalebar",
    "legend",
)


def build_template_layout(page_size: str = "A4", project: QgsProject | None = None):
    """An empty briefing layout (items placed and styled, no layers or text yet)."""
    width, height = PAGE_SIZES[page_size]
    scale = width / PAGE_SIZES["A4"][0]
    layout = QgsPrintLayout(project or QgsProject.instance())
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    page.setPageSize(page_size, QgsLayoutItemPage.Orientation.Landscape)

    def place(item, box) -> None:
        x, y, w, h = (v * scale for v in box[:4])
        item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
        item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))

    main_map = QgsLayoutItemMap(layout)
    main_map.setId("main_map")
    main_map.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    main_map.setFrameEnabled(True)
    main_map.setFrameStrokeColor(MUTED)
    main_map.setBackgroundColor(QColor(250, 250, 248))
    layout.addLayoutItem(main_map)
    place(main_map, MAP)

    locator = QgsLayoutItemMap(layout)
    locator.setId("locator_map")
    locator.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    locator.setFrameEnabled(True)
    locator.setFrameStrokeColor(MUTED)
    locator.setBackgroundColor(QColor(255, 255, 255))
    layout.addLayoutItem(locator)
    place(locator, LOCATOR)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath("arrows/NorthArrow_02.svg")
    arrow.setBackgroundEnabled(False)
    layout.addLayoutItem(arrow)
    place(arrow, NORTH_ARROW)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setTextFormat(_text_format(7 * scale))
    scalebar.setHeight(1.5 * scale)
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(scalebar)
    place(scalebar, SCALEBAR)

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("")
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(False)
    legend.setBoxSpace(1.0 * scale)
    legend.setSymbolWidth(6 * scale)
    legend.setSymbolHeight(3.5 * scale)
    for style, size, bold in (
        (QgsLegendStyle.Style.Title, 8, True),
        (QgsLegendStyle.Style.Group, 7, True),
        (QgsLegendStyle.Style.Subgroup, 7, True),
        (QgsLegendStyle.Style.SymbolLabel, 6.5, False),
    ):
        legend.setStyleFont(style, _font(size * scale, bold))
    layout.addLayoutItem(legend)
    place(legend, LEGEND)

    for item_id, (x, y, w, h, size, bold, align, excluded) in LABELS.items():
        label = QgsLayoutItemLabel(layout)
        label.setId(item_id)
        label.setText(item_id)
        color = MUTED if item_id in ("subtitle", "footer", "page_number") else INK
        set_label_font(label, _font(size * scale, bold), color)
        label.setHAlign(align)
        label.setVAlign(
            Qt.AlignmentFlag.AlignVCenter
            if item_id.startswith("banner")
            else Qt.AlignmentFlag.AlignTop
        )
        label.setMarginX(0.8 * scale)
        label.setMarginY(0.4 * scale)
        if item_id.startswith("banner"):
            label.setBackgroundEnabled(True)
            label.setBackgroundColor(BANNER_FILL)
        layout.addLayoutItem(label)
        place(label, (x, y, w, h))
        _exclude_when(label, excluded)

    for item_id, (x, y, w, h, excluded) in TABLES.items():
        table = QgsLayoutItemAttributeTable(layout)
        table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
        table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.ShowMessage)
        table.setEmptyTableMessage("—")
        table.setHeaderTextFormat(_text_format(6.5 * scale, True))
        table.setContentTextFormat(_text_format(6.5 * scale))
        table.setCellMargin(0.8 * scale)
        table.setShowGrid(True)
        table.setGridStrokeWidth(0.15 * scale)
        table.setGridColor(RULE)
        table.setVerticalGrid(False)
        table.setHorizontalGrid(True)
        table.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.FollowColumn)
        layout.addMultiFrame(table)
        frame = QgsLayoutFrame(layout, table)
        frame.setId(item_id)
        table.addFrame(frame)
        place(frame, (x, y, w, h))
        _exclude_when(frame, excluded)
    return layout


def _exclude_when(item, expression: str | None) -> None:
    if expression:
        item.dataDefinedProperties().setProperty(
            QgsLayoutObject.DataDefinedProperty.ExcludeFromExports,
            QgsProperty.fromExpression(expression),
        )


def _font(size_pt: float, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    return font


def _text_format(size_pt: float, bold: bool = False) -> QgsTextFormat:
    text_format = QgsTextFormat()
    text_format.setFont(_font(size_pt, bold))
    text_format.setSize(size_pt)
    text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    text_format.setColor(INK)
    return text_format


def write_templates(folder: str | Path) -> list[Path]:
    """Write ``briefing_a4.qpt`` and ``briefing_a3.qpt`` into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PAGE_SIZES:
        layout: QgsLayout = build_template_layout(size)
        path = folder / f"briefing_{size.lower()}.qpt"
        if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
            raise OSError(f"Could not write {path}")
        written.append(path)
    return written


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "layouts"
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    for path in write_templates(folder):
        print(path)
    app.exitQgis()


if __name__ == "__main__":
    main()
