"""Page 1 additions: the areas table's columns and the "Changes since the last briefing" text.

The areas table carries how sure each area is (rank band, share of Monte Carlo
runs in the top class) and its trend beside the drivers. The changes text is a
label placed between the criteria table and the sources when the result was
compared with a previous one; templates without such a label get one.
"""

from __future__ import annotations

from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize
from qgis.PyQt.QtCore import Qt

from ..qgis_adapter.wording import tr
from ..qt_compat import copy_label_format, label_font
from . import phrases
from .content.context import BriefingContext
from .fitting import fit_label, wrapped_height

CHANGES_ITEM = "changes"


def rank_band_expression() -> str:
    """'3–10' from the areas' rank_p05 and rank_p95 (one number when equal), in the
    briefing's digits."""
    low = phrases.number_expression('round("rank_p05")', 0)
    high = phrases.number_expression('round("rank_p95")', 0)
    return (
        "CASE WHEN \"rank_p05\" IS NULL THEN '—' "
        f'WHEN round("rank_p05") = round("rank_p95") THEN {low} '
        f"ELSE {low} || '–' || {high} END"
    )


def top_class_expression() -> str:
    """The share of Monte Carlo runs in the top class, '99 %'."""
    share = phrases.number_expression('100 * "p_top"', 0)
    return f"CASE WHEN \"p_top\" IS NULL THEN '—' ELSE {share} || ' %' END"


TREND = "coalesce(\"trend\", '—')"


def size_expression() -> str:
    """'4,210 km² (1.0 %)': the area's size and its share of the study area."""
    km2 = phrases.number_expression('"area_km2"', 0)
    share = phrases.number_expression('"share_pct"', 1)
    return f"CASE WHEN \"area_km2\" IS NULL THEN '—' ELSE {km2} || ' km² (' || {share} || ' %)' END"


def illustrative_expression() -> str:
    """The share of the area's score that comes from illustrative criteria, '23 %'."""
    share = phrases.number_expression('"illustrative_pct"', 0)
    return f"CASE WHEN \"illustrative_pct\" IS NULL THEN '—' ELSE {share} || ' %' END"


def area_columns(terms: dict[str, str]) -> list[tuple]:
    """(heading, expression, width share, alignment) of the overview's areas table.

    ``terms``: class labels in the reader's language (the context's ``terms``).
    """
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    return [
        (tr("Area"), '"name"', 0.13, left),
        (tr("Class"), phrases.mapping_expression("class", terms), 0.08, left),
        (tr("Score"), phrases.number_expression('"score_max"', 1), 0.05, right),
        (tr("Size"), size_expression(), 0.1, right),
        (tr("Rank band"), rank_band_expression(), 0.07, right),
        (tr("Top class"), top_class_expression(), 0.06, right),
        (tr("Trend"), phrases.mapping_expression("trend", phrases.trend_words(), "—"), 0.08, left),
        (tr("Illustrative"), illustrative_expression(), 0.08, right),
        (tr("Top drivers"), '"drivers"', 0.35, left),
    ]


def area_rows(context: BriefingContext) -> list[list[str]]:
    """The same cells as text, to measure the table's wrapped height."""
    return [
        [
            a.name,
            a.class_label,
            f"{a.score:.1f}",
            a.size,
            a.rank_band,
            a.p_top,
            a.trend,
            a.illustrative,
            a.drivers,
        ]
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
        copy_label_format(label, sources)
        label.setMarginX(sources.marginX())
        label.setMarginY(sources.marginY())
        label.setVAlign(Qt.AlignmentFlag.AlignTop)
        label.dataDefinedProperties().setProperty(
            label.ExcludeFromExports,
            sources.dataDefinedProperties().property(label.ExcludeFromExports),
        )
        layout.addLayoutItem(label)
    text = context.changes_title + "\n" + "\n".join(f"• {line}" for line in context.changes)
    label.setText(text.replace("[%", "[ %"))
    top = sources.positionWithUnits()
    size = sources.sizeWithUnits()
    height = wrapped_height(text, label_font(label), size.width() - 2 * label.marginX())
    height += 2 * label.marginY()
    height = min(height, size.height() / 2)
    label.attemptMove(QgsLayoutPoint(top.x(), top.y(), top.units()))
    label.attemptResize(QgsLayoutSize(size.width(), height, size.units()))
    sources.attemptMove(QgsLayoutPoint(top.x(), top.y() + height + gap, top.units()))
    sources.attemptResize(QgsLayoutSize(size.width(), size.height() - height - gap, size.units()))
    fit_label(label)
