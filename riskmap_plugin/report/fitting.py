"""Fitting the briefing's texts and tables into their frames (measured, not guessed).

Labels shrink their font to a legible minimum; tables shrink theirs, then show fewer
rows. Heights are measured from the texts with the items' fonts and widths, because
QGIS reports a fixed frame's height as the content's.
"""

from __future__ import annotations

from qgis.core import QgsLayoutUtils, QgsTextFormat
from qgis.PyQt.QtGui import QFont

from ..qt_compat import label_font, set_label_font

MIN_FONT_PT = 5.5


def fits(label, size_pt: float) -> bool:
    """Whether the label's wrapped text fits its box at ``size_pt``."""
    font = label_font(label)
    font.setPointSizeF(size_pt)
    box = label.sizeWithUnits()
    width = box.width() - 2 * label.marginX()
    return wrapped_height(label.text(), font, width) <= box.height() - 2 * label.marginY()


def fit_label(label, min_pt: float = MIN_FONT_PT) -> float:
    """Shrink a label's font (to ``min_pt``) until its wrapped text fits; return the size."""
    size = label_font(label).pointSizeF()
    while size > min_pt and not fits(label, size):
        size -= 0.25
    font = label_font(label)
    font.setPointSizeF(size)
    set_label_font(label, font)
    return size


def wrapped_height(text: str, font: QFont, width_mm: float, spacing: float = 1.08) -> float:
    """Height (mm) of ``text`` word-wrapped at ``width_mm`` (greedy, as Qt wraps)."""
    lines = 0
    for paragraph in text.split("\n"):
        line = ""
        count = 1
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and QgsLayoutUtils.textWidthMM(font, candidate) > width_mm:
                count += 1
                line = word
            else:
                line = candidate
        lines += count
    return lines * QgsLayoutUtils.fontHeightMM(font) * spacing


def fit_rows(table, rows: list[list[str]]) -> tuple[int, float]:
    """Shrink the font to MIN_FONT_PT, then drop rows, until the table fits its frame.

    QGIS reports a fixed frame's height as the table's, so the wrapped height is
    measured here from the texts. Returns (rows shown, height used in mm).
    """
    frame_height = table.frame(0).sizeWithUnits().height()
    size = table.contentTextFormat().size()
    shown = max(len(rows), 1)
    while True:
        height = table_height(table, rows[:shown])
        if height <= frame_height or (size <= MIN_FONT_PT and shown <= 1):
            break
        if size - 0.5 >= MIN_FONT_PT:
            size -= 0.5
            for getter, setter in (
                (table.contentTextFormat, table.setContentTextFormat),
                (table.headerTextFormat, table.setHeaderTextFormat),
            ):
                text_format = QgsTextFormat(getter())
                text_format.setSize(size)
                setter(text_format)
        else:
            shown -= 1
    table.setMaximumNumberOfFeatures(shown)
    table.refreshAttributes()
    return min(shown, len(rows)), min(height, frame_height)


def table_height(table, rows: list[list[str]]) -> float:
    """Height (mm) of the header and ``rows`` with the table's fonts and column widths."""
    margin = table.cellMargin()
    widths = [column.width() for column in table.columns()]
    header = [column.heading() for column in table.columns()]

    def row_height(cells, text_format) -> float:
        font = QFont(text_format.font())
        font.setPointSizeF(text_format.size())
        return 2 * margin + max(
            wrapped_height(str(cell), font, width, 1.0) for cell, width in zip(cells, widths)
        )

    total = row_height(header, table.headerTextFormat())
    total += sum(row_height(cells, table.contentTextFormat()) for cells in rows)
    return total + table.gridStrokeWidth() * (len(rows) + 2)
