"""Cards of the at-risk areas in the dock: name, class, score, how sure, trend, drivers.

A click on a card zooms the map to its area.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable

import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..report.phrases import class_words, trend_words


def _ui_locale() -> QLocale:
    """QGIS's language's numbers (read from the settings once a card list, not per number)."""
    from ..qgis_adapter.wording import ui_locale

    return QLocale(ui_locale())


def _say(value: float, decimals: int, locale: QLocale | None = None) -> str:
    """A number in the digits and separators of QGIS's language (one digit system a card)."""
    return (locale or _ui_locale()).toString(float(value), "f", decimals)


class AreaCard(QFrame):
    """One area; emits ``clicked(area_id)``."""

    clicked = pyqtSignal(int)

    def __init__(self, area: dict, parent=None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = locale or _ui_locale()
        self.area_id = int(area["area_id"])
        self.setObjectName(f"RiskMapAreaCard{self.area_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            "QFrame { border: 1px solid #c9c9c9; border-left: 5px solid #bd0026; "
            "border-radius: 3px; background: palette(base); } QLabel { border: none; }"
        )
        title = html.escape(str(area.get("name") or ""))
        klass = str(area.get("class") or "")
        klass = html.escape(class_words().get(klass, klass))
        score = area.get("score_max")
        score_text = self._say(float(score), 1) if score is not None else "—"
        drivers = html.escape(str(area.get("drivers") or "")).replace(" · ", "<br/>")
        facts = html.escape(" · ".join(self.facts(area)))
        self.label = QLabel(
            f"<b>{self._say(area['area_id'], 0)}. {title}</b> — {klass}, "
            + self.tr("score {}").format(score_text)
            + (f"<br/>{facts}" if facts else "")
            + f"<br/><small>{drivers}</small>",
            self,
        )
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)
        tip = self.tr("Zoom the map to {}").format(area.get("name") or "")
        self.setToolTip(tip)
        self.setAccessibleName(tip)

    def facts(self, area: dict) -> list[str]:
        """Rank band, top-class probability, trend and surge, when the result has them."""
        out = []
        km2, share = _number(area.get("area_km2")), _number(area.get("share_pct"))
        if km2 is not None and share is not None:
            out.append(
                self.tr("{} km² ({} % of the study area)").format(
                    self._say(km2, 0), self._say(share, 1)
                )
            )
        low, high = _number(area.get("rank_p05")), _number(area.get("rank_p95"))
        if low is not None and high is not None:
            low, high = round(low), round(high)
            band = self._say(low, 0) if low == high else f"{self._say(low, 0)}–{self._say(high, 0)}"
            out.append(self.tr("rank {}").format(band))
        p_top = _number(area.get("p_top"))
        if p_top is not None:
            out.append(
                self.tr("in the top class in {} % of runs").format(self._say(round(100 * p_top), 0))
            )
        trend = area.get("trend")
        if isinstance(trend, str) and trend and trend != "none":
            out.append(self.tr("trend: {}").format(trend_words().get(trend, trend)))
        if area.get("surge") == "surge":
            out.append(self.tr("surge in the last 4 weeks"))
        return out

    def _say(self, value: float, decimals: int) -> str:
        return _say(value, decimals, self._locale)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.area_id)
        super().mouseReleaseEvent(event)


#: Cards shown at most; the rest are in the areas layer. Building ~700 cards (a widget and
#: a style sheet each) held the main thread for about 270 ms at the end of a large run.
MAX_CARDS = 30
#: Cards built in one turn of the event loop at the end of a run.
CARDS_PER_STEP = 10


class AreaCards(QScrollArea):
    """Scrollable list of :class:`AreaCard` for the riskiest :data:`MAX_CARDS` areas.

    Emits ``area_clicked(area_id)``. More areas than that: a line says how many
    more there are and where to find them.
    """

    area_clicked = pyqtSignal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("RiskMapAreaCards")
        self.setAccessibleName(self.tr("At-risk areas"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget(self)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self.setWidget(self._body)
        self.cards: list[AreaCard] = []
        self.more_label = QLabel(self._body)
        self.more_label.setObjectName("RiskMapMoreAreas")
        self.more_label.setWordWrap(True)
        self.more_label.hide()
        self._layout.insertWidget(0, self.more_label)

    def set_areas(self, areas: list[dict], total: int | None = None) -> None:
        """Cards for the first :data:`MAX_CARDS` of ``areas`` (riskiest first).

        ``total``: how many areas there are when ``areas`` holds only the first ones.
        """
        for step in self.steps_to_show(areas, total):
            step()

    def steps_to_show(self, areas: list[dict], total: int | None = None) -> list[Callable]:
        """:meth:`set_areas` as steps, for turns of the event loop of their own: the old
        cards go, then :data:`CARDS_PER_STEP` new ones a step (each laid out and painted
        in the turn after; all 30 at once held the main thread about 100 ms)."""
        shown = areas[:MAX_CARDS]
        more = (len(areas) if total is None else total) - len(shown)
        batches = [shown[i : i + CARDS_PER_STEP] for i in range(0, len(shown), CARDS_PER_STEP)]
        locale = _ui_locale()
        return [
            lambda: self._clear(more),
            *(lambda batch=batch: self._add_cards(batch, locale) for batch in batches),
        ]

    def _clear(self, more: int) -> None:
        for card in self.cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        self.more_label.setText(
            self.tr("{} more areas: see the areas layer's attribute table.").format(more)
            if more > 0
            else ""
        )
        self.more_label.setVisible(more > 0)

    def _add_cards(self, areas: list[dict], locale: QLocale) -> None:
        for area in areas:
            card = AreaCard(area, self._body, locale)
            card.clicked.connect(self.area_clicked)
            self._layout.insertWidget(self._layout.count() - 2, card)
            self.cards.append(card)

    def set_layer(self, layer: QgsVectorLayer | None) -> None:
        """Show the areas of a result ``areas`` layer, riskiest first."""
        if layer is None or not layer.isValid():
            self.set_areas([])
            return
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        names = layer.fields().names()
        areas = [{n: feature[n] for n in names} for feature in layer.getFeatures(request)]
        self.set_areas(sorted(areas, key=lambda a: int(a.get("area_id") or 0)))

    def set_result_areas(self, areas) -> None:
        """Show the areas of a run's result (its ``areas`` frame, the table the run wrote).

        Only the shown ones become dicts; the layer is not read again (at the end of a
        large run that read held QGIS's main thread).
        """
        self.set_areas(result_area_records(areas), total=len(areas))


def result_area_records(areas) -> list[dict]:
    """The first :data:`MAX_CARDS` areas of a run's ``areas`` frame as dicts, NULLs as None.

    Sorted and cut first, so only those rows are copied (without their geometries).
    """
    shown = areas.sort_values("area_id", kind="stable").head(MAX_CARDS)
    shown = pd.DataFrame(shown.drop(columns=areas.geometry.name, errors="ignore")).astype(object)
    return shown.where(shown.notna(), None).to_dict("records")


def _number(value) -> float | None:
    """A finite float, or None (NULL attributes arrive as None or QVariant)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def zoom_to_area(canvas, layer: QgsVectorLayer, area_id: int, margin: float = 1.3) -> bool:
    """Zoom ``canvas`` to the area ``area_id`` of ``layer`` (in the canvas CRS)."""
    request = QgsFeatureRequest().setFilterExpression(f'"area_id" = {int(area_id)}')
    for feature in layer.getFeatures(request):
        extent = feature.geometry().boundingBox()
        transform = QgsCoordinateTransform(
            layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        extent = transform.transformBoundingBox(extent)
        extent.scale(margin)
        canvas.setExtent(extent)
        canvas.refresh()
        return True
    return False
