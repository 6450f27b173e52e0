"""Page 1 additions: the areas table's columns and the "Changes since the last briefing" text.

The areas table carries how sure each area is (rank band, share of Monte Carlo
runs in the top class) and its trend beside the drivers. The changes text is a
label placed between the criteria table and the sources when the result was
compared with a previous one; templates without such a label get one.
"""

from __future__ import annotations

from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont

from ..qgis_adapter.wording import tr
from . import phrases
from .context import BriefingContext

CHANGES_ITEM = "changes"
#: QGIS expressions on the result's areas layer.
RANK_BAND = (
    "CASE WHEN \"rank_p05\" IS NULL THEN '—' "
    'WHEN round("rank_p05") = round("rank_p95") THEN to_string(round("rank_p05")) '
    'ELSE to_string(round("rank_p05")) || \'–\' || to_string(round("rank_p95")) END'
)
TOP_CLASS = (
    "CASE WHEN \"p_top\" IS NULL THEN '—' ELSE format_number(100 * \"p_top\", 0) || ' %' END"
)
TREND = "coalesce(\"trend\", '—')"


def area_columns() -> list[tuple]:
    """(heading, expression, width share, alignment) of the overview's areas table."""
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    return [
        (tr("Area"), '"name"', 0.19, left),
        (tr("Class"), phrases.mapping_expression("class", phrases.class_words()), 0.1, left),
        (tr("Score"), 'format_number("score_max", 1)', 0.08, right),
        (tr("Rank band"), RANK_BAND, 0.09, right),
        (tr("Top class"), TOP_CLASS, 0.08, right),
        (tr("Trend"), phrases.mapping_expression("trend", phrases.trend_words(), "—"), 0.12, left),
        (tr("Top drivers"), '"drivers"', 0.34, left),
    ]


def area_rows(context: BriefingContext) -> list[list[str]]:
    """The same cells as text, to measure the table's wrapped height."""
    return [
        [a.name, a.class_label, f"{a.score:.1f}", a.rank_band, a.p_top, a.trend, a.drivers]
        for a in context.areas
    ]


def place_changes(layout, context: BriefingContext, gap: float = 2.0) -> None:
    """Put the changes text above the sources (which move down), or nothing without it."""
    sources = layout.itemById("sources")
    label = layout.itemById(CHANGES_ITEM)
    if not context.changes or sources is None:
        if label is not None:
            label.setText("")
        return
    if label is None:
        label = QgsLayoutItemLabel(layout)
        label.setId(CHANGES_ITEM)
        label.setFont(sources.font())
        label.setFontColor(sources.fontColor())
        label.setMarginX(sources.marginX())
        label.setMarginY(sources.marginY())
        label.setVAlign(Qt.AlignmentFlag.AlignTop)
        label.dataDefinedProperties().setProperty(
            label.ExcludeFromExports,
            sources.dataDefinedProperties().property(label.ExcludeFromExports),
        )
        layout.addLayoutItem(label)
    from .fill import _wrapped_height, fit_label  # fill imports this module

    text = context.changes_title + "\n" + "\n".join(f"• {line}" for line in context.changes)
    label.setText(text.replace("[%", "[ %"))
    top = sources.positionWithUnits()
    size = sources.sizeWithUnits()
    font = QFont(label.font())
    height = _wrapped_height(text, font, size.width() - 2 * label.marginX())
    height += 2 * label.marginY()
    height = min(height, size.height() / 2)
    label.attemptMove(QgsLayoutPoint(top.x(), top.y(), top.units()))
    label.attemptResize(QgsLayoutSize(size.width(), height, size.units()))
    sources.attemptMove(QgsLayoutPoint(top.x(), top.y() + height + gap, top.units()))
    sources.attemptResize(QgsLayoutSize(size.width(), size.height() - height - gap, size.units()))
    fit_label(label)
