"""Put the briefing context into the template's items: texts, tables, legend.

Tables shrink their font to a legible minimum, then show fewer rows with a
"… and N more" note, so that ten or more areas still fit their frame.
"""

from __future__ import annotations

from qgis.core import (
    QgsLayoutItemAttributeTable,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
)
from qgis.PyQt.QtCore import Qt

from ..qgis_adapter.wording import is_right_to_left, tr
from . import phrases
from .content.context import BriefingContext
from .fitting import MIN_FONT_PT, fit_label, fit_rows, fits
from .overview import area_columns, area_rows, place_changes
from .right_to_left import paragraphs_right_to_left

MEMBERS_ROWS = 20
DRIVERS_ROWS = 12


def fill_texts(layout: QgsPrintLayout, context: BriefingContext, result_name: str) -> None:
    """Banner, titles, notes, sources and page numbers."""
    n_units = "attribute(@atlas_feature, 'n_units')"
    before, _, after = tr("… and {} more units (see the map)").partition("{}")
    hidden = phrases.number_expression(f"{n_units} - {MEMBERS_ROWS}", 0)
    more_units = (
        f"[% if({n_units} > {MEMBERS_ROWS}, "
        f"{phrases.quoted(before)} || {hidden} || {phrases.quoted(after)}, '') %]"
    )
    caveats = "\n".join(f"• {_literal(c)}" for c in context.caveats)
    sources = "\n".join(
        f"• {_literal(s.attribution)}" for s in context.sources if not s.illustrative
    )
    if context.illustrative_sources:
        sources += f"\n• {_literal(context.illustrative_sources)}"
    texts = {
        "banner_top": _literal(context.banner),
        "banner_bottom": _literal(context.banner),
        "title": "[% attribute(@atlas_feature, 'heading') %]",
        "subtitle": _literal(context.subtitle),
        "page_number": tr("Page {page} of {pages}").format(
            page=f"[% {phrases.number_expression('@atlas_featurenumber', 0)} %]",
            pages=f"[% {phrases.number_expression('@atlas_totalfeatures', 0)} %]",
        ),
        "areas_title": tr("At-risk areas ({})").format(phrases.number(len(context.areas))),
        "areas_more": "",
        "criteria_title": tr("Criteria and weights"),
        "method_note": tr("Method")
        + f"\n{_literal(context.method_note)}\n\n"
        + tr("Caveats")
        + f"\n{caveats}",
        "sources": tr("Sources and attributions") + f"\n{sources}",
        "area_details": "[% attribute(@atlas_feature, 'details') %]",
        "drivers_title": tr("Drivers in this area (area values; points of the score)"),
        "members_title": tr("Units in this area ({})").format(
            "[% attribute(@atlas_feature, 'n_units') %]"
        ),
        "members_more": more_units,
        "area_note": tr("Notes")
        + "\n"
        + "\n".join(f"• {_literal(c)}" for c in context.caveats[1:2] or context.caveats[:1])
        + "\n• "
        + tr("Counts are the area's totals; other measures its riskiest unit's value.")
        + "\n• "
        + tr("Method, caveats and full sources: page 1.")
        + "\n"
        + tr("Sources:")
        + f" {_literal(context.sources_text)}",
        "footer": _literal(
            phrases.footer(
                context.plugin_version,
                context.title,
                result_name,
                context.as_of,
                context.generated,
            )
        ),
    }
    right_to_left = is_right_to_left()
    for item_id, text in texts.items():
        item = layout.itemById(item_id)
        if item is not None:
            item.setText(paragraphs_right_to_left(text) if right_to_left and text else text)
            item.setHAlign(_mirrored(item.hAlign()))
    place_changes(layout, context)
    _caveats_to_sources_if_needed(layout)
    for item_id in ("method_note", "sources", "area_note"):
        item = layout.itemById(item_id)
        if item is not None:
            fit_label(item)


def _caveats_to_sources_if_needed(layout: QgsPrintLayout) -> None:
    """Move the caveats above the sources when the method box cannot hold both.

    Longer languages (French runs about a fifth longer than English) would otherwise
    lose the last caveats below the box's edge, even at the smallest font.
    """
    note, sources = layout.itemById("method_note"), layout.itemById("sources")
    if note is None or sources is None or fits(note, MIN_FONT_PT):
        return
    method, _, caveats = note.text().partition("\n\n")
    if not caveats:
        return
    note.setText(method)
    sources.setText(f"{caveats}\n\n{sources.text()}")


def _mirrored(align: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
    """Left and right swapped when QGIS speaks a right-to-left language (Arabic, Sorani)."""
    if not is_right_to_left():
        return align
    swap = {
        Qt.AlignmentFlag.AlignLeft: Qt.AlignmentFlag.AlignRight,
        Qt.AlignmentFlag.AlignRight: Qt.AlignmentFlag.AlignLeft,
    }
    horizontal = Qt.AlignmentFlag(int(align) & int(Qt.AlignmentFlag.AlignHorizontal_Mask))
    if horizontal not in swap:
        return align
    return Qt.AlignmentFlag((int(align) & ~int(horizontal)) | int(swap[horizontal]))


def _literal(text: str) -> str:
    """Text shown as is: '[%' would start an expression in a label."""
    return str(text).replace("[%", "[ %")


def set_legend(layout: QgsPrintLayout, result: dict, terms: dict | None = None) -> None:
    """The legend lists the result layers only, with analysts' names.

    ``terms``: class labels in the reader's language (the layers keep their own).
    """
    legend = layout.itemById("legend")
    if legend is None:
        return
    root = legend.model().rootGroup()  # the legend's own tree: no Python-owned copy
    root.removeAllChildren()
    for kind in ("areas", "watch_list", "units"):
        node = root.addLayer(result[kind])
        node.setCustomProperty("legend/title-label", phrases.legend_names()[kind])
        if _translate_classes(node, result[kind], terms or {}):
            legend.model().refreshLayerLegend(node)
    legend.setLinkedMap(layout.itemById("main_map"))
    legend.setLegendFilterByMapEnabled(False)
    legend.updateLegend()
    box = legend.sizeWithUnits()
    entries = sum(len(legend.model().layerLegendNodes(node)) + 1 for node in root.findLayers())
    # ~5 mm an entry at the template's sizes: more than fit in one column go to two.
    scale = box.width() / 47.0  # the A4 legend is 47 mm wide
    if entries * 5.0 * scale > box.height():
        # Tighter rows rather than two columns: the box is too narrow for two.
        legend.setSymbolHeight(legend.symbolHeight() * 0.75)
        for style in (
            QgsLegendStyle.Style.Symbol,
            QgsLegendStyle.Style.SymbolLabel,
            QgsLegendStyle.Style.Group,
        ):
            legend.rstyle(style).setMargin(QgsLegendStyle.Side.Top, 0.7 * scale)
    legend.setResizeToContents(False)
    legend.attemptResize(box)


def _translate_classes(node, layer, terms: dict) -> bool:
    """Class legend entries in the reader's language (by the category's value)."""
    renderer = layer.renderer()
    if not terms or not hasattr(renderer, "categories"):
        return False
    changed = False
    for index, category in enumerate(renderer.categories()):
        label = terms.get(str(category.value()))
        if label:
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, label)
            changed = True
    return changed


def fill_tables(layout: QgsPrintLayout, context: BriefingContext, result: dict, own: dict) -> None:
    """Areas and criteria (page 1), drivers and member units (area pages)."""
    heights: dict[str, float] = {}
    areas = _table(layout, "areas_table")
    if areas is not None:
        _bind(
            areas,
            result["areas"],
            area_columns(context.terms),
        )
        shown, heights["areas_table"] = fit_rows(areas, area_rows(context))
        if not context.areas:  # a quiet period, or a high cut-off: say so, not an empty grid
            areas.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.ShowMessage)
            areas.setEmptyTableMessage(tr("No at-risk areas at this cut-off."))
        more = layout.itemById("areas_more")
        if more is not None and shown < len(context.areas):
            hidden = phrases.number(len(context.areas) - shown)
            more.setText(tr("… and {} more (see the area pages)").format(hidden))
    flow(
        layout,
        ("areas_title", "areas_table", "areas_more", "criteria_title", "criteria_table"),
        heights,
    )
    criteria = _table(layout, "criteria_table")
    directions = phrases.direction_words()
    if criteria is not None:
        changes = layout.itemById("changes")
        below = changes if changes is not None and changes.text() else layout.itemById("sources")
        _grow_to(criteria.frame(0), below)
        _bind(
            criteria,
            own["criteria"],
            [
                (
                    tr("Criterion"),
                    phrases.mapping_expression("label", context.terms),
                    0.47,
                    Qt.AlignmentFlag.AlignLeft,
                ),
                (
                    tr("Dimension"),
                    phrases.mapping_expression("dimension", context.terms),
                    0.2,
                    Qt.AlignmentFlag.AlignLeft,
                ),
                (
                    tr("Weight"),
                    phrases.number_expression('100 * "weight_share"', 0) + " || ' %'",
                    0.12,
                    Qt.AlignmentFlag.AlignRight,
                ),
                (
                    tr("Riskier when"),
                    phrases.mapping_expression("direction", directions),
                    0.21,
                    Qt.AlignmentFlag.AlignLeft,
                ),
            ],
        )
        _, heights["criteria_table"] = fit_rows(
            criteria,
            [
                [c.label, c.dimension, f"{c.share_pct:.0f} %", directions.get(c.direction, "")]
                for c in context.criteria
            ],
        )
    this_area = "\"area_id\" = attribute(@atlas_feature, 'area_id')"
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    drivers = [
        (tr("Criterion"), '"criterion"', 0.38, left),
        (tr("Value in the area"), '"value"', 0.4, left),
        (tr("Points"), phrases.number_expression('"points"', 1), 0.11, right),
        (tr("Share"), '"share"', 0.11, right),
    ]
    members = [
        (tr("Unit"), '"unit_name"', 0.4, left),
        (tr("Class"), phrases.mapping_expression("class", context.terms), 0.22, left),
        (tr("Score"), phrases.number_expression('"score"', 1), 0.19, right),
        (tr("Rank"), phrases.number_expression('"rank"', 0), 0.19, right),
    ]
    # The area pages' tables: each lists the rows of the atlas's current area.
    for item_id, layer, columns, options in (
        ("drivers_table", own["drivers"], drivers, {"max_rows": DRIVERS_ROWS}),
        (
            "members_table",
            result["units"],
            members,
            {"max_rows": MEMBERS_ROWS, "sort": ("score", Qt.SortOrder.DescendingOrder)},
        ),
    ):
        table = _table(layout, item_id)
        if table is not None:
            _bind(table, layer, columns, feature_filter=this_area, **options)


def flow(layout: QgsPrintLayout, item_ids, heights: dict, gap: float = 1.5) -> None:
    """Move the column's items up under the previous one's content (``heights`` in mm).

    A short areas table leaves no hole above the criteria table, which then grows
    into the freed height.
    """
    items = [layout.itemById(i) for i in item_ids]
    items = [i for i in items if i is not None]
    if not items:
        return
    y = items[0].positionWithUnits().y()
    for item in items:
        point = item.positionWithUnits()
        item.attemptMove(QgsLayoutPoint(point.x(), y, point.units()))
        height = heights.get(item.id(), item.sizeWithUnits().height())
        if hasattr(item, "text") and not item.text():
            height = 0.0
        y += height + gap


def _grow_to(frame, below, gap: float = 2.0) -> None:
    """Stretch ``frame`` down to just above the ``below`` item (the space a short table left)."""
    if below is None:
        return
    top = frame.positionWithUnits().y()
    size = frame.sizeWithUnits()
    height = below.positionWithUnits().y() - gap - top
    if height > size.height():
        frame.attemptResize(QgsLayoutSize(size.width(), height, size.units()))


def _table(layout: QgsPrintLayout, frame_id: str) -> QgsLayoutItemAttributeTable | None:
    frame = layout.itemById(frame_id)
    return None if frame is None else frame.multiFrame()


def _bind(table, layer, columns, *, feature_filter=None, max_rows=None, sort=None) -> None:
    frame = table.frame(0)
    size = frame.sizeWithUnits()  # setVectorLayer widens the frame to all the layer's fields
    table.setVectorLayer(layer)
    width = size.width() - 2 * table.cellMargin() * len(columns) - 1.0
    table_columns = []
    if is_right_to_left():
        columns = list(reversed(columns))  # the first column is read first: on the right
    for heading, expression, share, align in columns:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(expression)
        column.setWidth(max(width * share, 5.0))
        column.setHAlignment(_mirrored(align))
        table_columns.append(column)
    table.setColumns(table_columns)
    if sort is not None:
        key = QgsLayoutTableColumn()
        key.setAttribute(sort[0])
        key.setSortOrder(sort[1])
        table.setSortColumns([key])
    if feature_filter:
        table.setFilterFeatures(True)
        table.setFeatureFilter(feature_filter)
    if max_rows:
        table.setMaximumNumberOfFeatures(max_rows)
    table.refreshAttributes()
    frame.attemptResize(size)
