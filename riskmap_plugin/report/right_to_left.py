"""The briefing laid out right to left, for Arabic and Sorani readers.

The templates are drawn left to right. For a right-to-left language the page is
mirrored: every item moves to the mirror position across the page's vertical axis
(the map goes to the right, the tables and notes to the left), tables list their
columns from the right (:func:`.fill._bind`), texts align right and the legend
puts its symbols on the right of the labels. The map's content is not mirrored.
"""

from __future__ import annotations

from qgis.core import (
    QgsLayout,
    QgsLayoutItem,
    QgsLayoutItemLegend,
    QgsLayoutItemPage,
    QgsLayoutPoint,
    QgsLegendStyle,
)
from qgis.PyQt.QtCore import Qt

#: Marks each paragraph as right to left, so that a line opening with a Latin name
#: ("Al Mawsil al Jadidah …") still reads from the right.
RLM = "\u200f"


def mirror_layout(layout: QgsLayout) -> int:
    """Move every item to its mirror position on its page; return how many moved."""
    pages = layout.pageCollection()
    moved = 0
    for item in layout.items():
        if not isinstance(item, QgsLayoutItem) or item.parentGroup() is not None:
            continue
        if isinstance(item, QgsLayoutItemPage):
            continue
        page = max(item.page(), 0)
        page_width = layout.convertToLayoutUnits(pages.page(page).pageSize()).width()
        position = item.pagePositionWithUnits()
        size = item.sizeWithUnits()
        x = layout.convertToLayoutUnits(position).x()
        width = layout.convertToLayoutUnits(size).width()
        target = QgsLayoutPoint(page_width - x - width, layout.convertToLayoutUnits(position).y())
        item.attemptMove(target, True, False, page)
        moved += 1
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLegend):
            legend_right_to_left(item)
    return moved


def legend_right_to_left(legend: QgsLayoutItemLegend) -> None:
    """Symbols right of their labels, titles and labels aligned right."""
    if hasattr(legend, "setSymbolAlignment"):
        legend.setSymbolAlignment(Qt.AlignmentFlag.AlignRight)
    for style in (
        QgsLegendStyle.Style.Title,
        QgsLegendStyle.Style.Group,
        QgsLegendStyle.Style.Subgroup,
        QgsLegendStyle.Style.SymbolLabel,
    ):
        if hasattr(legend.rstyle(style), "setAlignment"):
            legend.rstyle(style).setAlignment(Qt.AlignmentFlag.AlignRight)


def paragraphs_right_to_left(text: str) -> str:
    """Each line of ``text`` opened by a right-to-left mark (expressions untouched)."""
    return "\n".join(
        RLM + line if line and not line.startswith(RLM) else line for line in text.split("\n")
    )
