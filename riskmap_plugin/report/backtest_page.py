"""Adds the "How well has this model done?" page to a briefing layout.

The briefing is one atlas (see :mod:`.pages`); the backtest page is its last
feature (``kind = 'backtest'``). On it every item of the overview and area
pages is hidden except the banners, title, subtitle, page number and footer,
and a text and the chart take the map's and tables' place.
"""

from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd
import pyogrio
from qgis.core import (
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProperty,
    QgsUnitTypes,
)

from ..qgis_adapter.output import read_provenance
from ..qt_compat import label_font, set_label_font
from .backtest_chart import NO_MATPLOTLIB, render_chart
from .content.backtest_context import BacktestPage, backtest_beside, backtest_page

IS_BACKTEST = "attribute(@atlas_feature, 'kind') = 'backtest'"
KEPT = ("banner_top", "banner_bottom", "title", "subtitle", "page_number", "footer")

__all__ = ["add_backtest_page", "backtest_beside", "read_backtest_page", "with_backtest_page"]


def read_backtest_page(path: str | os.PathLike, model_name: str) -> BacktestPage | None:
    """The page's texts from a backtest GeoPackage, or None when it is of another model."""
    provenance = read_provenance(path)
    return backtest_page(
        pyogrio.read_dataframe(str(path), layer="backtest_summary", read_geometry=False),
        pyogrio.read_dataframe(str(path), layer="backtest_metrics", read_geometry=False),
        model_name=model_name,
        backtest_model_name=str(provenance.get("model_name", "")),
    )


def with_backtest_page(pages: gpd.GeoDataFrame, page: BacktestPage) -> gpd.GeoDataFrame:
    """The atlas coverage with the backtest page appended (the overview's extent)."""
    first = pages.iloc[0].to_dict()
    first.update(
        {
            "page": int(pages["page"].max()) + 1,
            "kind": "backtest",
            "heading": page.title,
            "name": page.title,
        }
    )
    extra = gpd.GeoDataFrame([first], geometry="geometry", crs=pages.crs)
    return gpd.GeoDataFrame(
        gpd.pd.concat([pages, extra], ignore_index=True), geometry="geometry", crs=pages.crs
    )


def add_backtest_page(layout: QgsPrintLayout, page: BacktestPage, chart_path: str) -> None:
    """Hide the other pages' items on the backtest page and add its text and chart."""
    for item in layout.items():
        if not isinstance(item, QgsLayoutItem) or isinstance(item, QgsLayoutItemPage):
            continue
        if item.id() in KEPT:
            continue
        properties = item.dataDefinedProperties()
        key = QgsLayoutObject.DataDefinedProperty.ExcludeFromExports
        old = properties.property(key)
        expression = old.expressionString() if old and old.isActive() else ""
        combined = f"({expression}) OR ({IS_BACKTEST})" if expression else IS_BACKTEST
        properties.setProperty(key, QgsProperty.fromExpression(combined))
    width = layout.pageCollection().page(0).pageSize().width()
    scale = width / 297.0
    drawn = render_chart(page.metrics, page.scorers, chart_path, size_inches=(10.5, 3.9))
    text = page.paragraph + "\n\n" + page.figures
    if drawn is None:
        text += "\n\n" + NO_MATPLOTLIB
    _label(layout, "backtest_text", text, (6, 28, 285, 48), 8.0 * scale, scale)
    if drawn is not None:
        picture = QgsLayoutItemPicture(layout)
        picture.setId("backtest_chart")
        picture.setPicturePath(str(Path(drawn).resolve()))
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        layout.addLayoutItem(picture)
        _place(picture, (6, 80, 285, 106), scale)
        _only_on_backtest_page(picture)


def _label(layout, item_id, text, box, size_pt, scale) -> None:
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    font = label_font(label)
    font.setPointSizeF(size_pt)
    set_label_font(label, font)
    layout.addLayoutItem(label)
    _place(label, box, scale)
    _only_on_backtest_page(label)


def _place(item, box, scale) -> None:
    x, y, w, h = (v * scale for v in box)
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def _only_on_backtest_page(item) -> None:
    item.dataDefinedProperties().setProperty(
        QgsLayoutObject.DataDefinedProperty.ExcludeFromExports,
        QgsProperty.fromExpression(f"NOT ({IS_BACKTEST})"),
    )
