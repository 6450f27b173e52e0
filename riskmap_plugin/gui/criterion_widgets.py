"""Editors of the criterion dialog that need more than one widget: filters, reference period,
location precision."""

from __future__ import annotations

import json

from qgis.gui import QgsFieldComboBox
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.model.layers import PRECISION_LEVELS
from .criterion_words import operator_words, precision_words


class FilterRows(QWidget):
    """Filter rows: a field picker, an operator, a value (JSON list for 'is one of')."""

    def __init__(self, layer, parent=None) -> None:
        super().__init__(parent)
        self.layer = layer
        self.rows: list[tuple[QgsFieldComboBox, QComboBox, QLineEdit, QWidget]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(
            QCoreApplication.translate("CriterionEditor", "Add a filter"), self
        )
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self._layout.addWidget(self.add_button)

    def add_row(self, item: dict) -> None:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        field = QgsFieldComboBox(row)
        field.setLayer(self.layer)
        field.setAllowEmptyFieldName(True)
        field.setField(str(item.get("field", "")))
        op = QComboBox(row)
        for code, words in operator_words().items():
            op.addItem(words, code)
        op.setCurrentIndex(max(op.findData(item.get("op", "==")), 0))
        value = QLineEdit(row)
        raw = item.get("value", "")
        value.setText(json.dumps(raw, ensure_ascii=False) if isinstance(raw, list) else str(raw))
        value.setToolTip(
            QCoreApplication.translate(
                "CriterionEditor", 'One value, or a list for "is one of": ["a", "b"]'
            )
        )
        remove = QPushButton("×", row)
        remove.setAccessibleName(QCoreApplication.translate("CriterionEditor", "Remove the filter"))
        remove.clicked.connect(lambda: self._remove(row))
        for widget, stretch in ((field, 2), (op, 0), (value, 2), (remove, 0)):
            line.addWidget(widget, stretch)
        self._layout.insertWidget(self._layout.count() - 1, row)
        self.rows.append((field, op, value, row))

    def _remove(self, row: QWidget) -> None:
        self.rows = [r for r in self.rows if r[3] is not row]
        row.deleteLater()

    def value(self):
        filters = []
        for field, op, value, _row in self.rows:
            if not field.currentField():
                continue
            code = op.currentData()
            filters.append(
                {"field": field.currentField(), "op": code, "value": _value(value.text(), code)}
            )
        return filters or None


def _value(text: str, op: str):
    """The filter value as typed: a JSON list for 'in', else a number when it reads as one."""
    text = text.strip()
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = text
    if op in ("in", "not in") and not isinstance(parsed, list):
        parsed = [p.strip() for p in text.split(",") if p.strip()]
    return parsed


def show_filters(widget: FilterRows, value) -> None:
    items = [value] if isinstance(value, dict) else list(value or ())
    for item in items:
        widget.add_row(item)


class ReferencePeriod(QWidget):
    """The reference of a 'change' measure: a year, what of it counts, ratio or difference.

    A named period (``start``/``end``) is kept as it is; its year box is then unused.
    """

    def __init__(self, _layer, parent=None) -> None:
        super().__init__(parent)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        self.year = QSpinBox(self)
        self.year.setRange(1900, 2100)
        self.year.setValue(2013)
        self.basis = QComboBox(self)
        self.basis.addItem(
            QCoreApplication.translate("CriterionEditor", "same months"), "same_months"
        )
        self.basis.addItem(
            QCoreApplication.translate("CriterionEditor", "whole year, scaled"), "calendar_year"
        )
        self.change = QComboBox(self)
        self.change.addItem(QCoreApplication.translate("CriterionEditor", "ratio"), "ratio")
        self.change.addItem(
            QCoreApplication.translate("CriterionEditor", "difference"), "difference"
        )
        line.addWidget(self.year)
        line.addWidget(self.basis)
        line.addWidget(self.change)
        self.extra: dict = {}

    def show_value(self, value) -> None:
        value = dict(value or {})
        if value.get("year"):
            self.year.setValue(int(value["year"]))
        self.basis.setCurrentIndex(max(self.basis.findData(value.get("basis", "same_months")), 0))
        self.basis.setEnabled(value.get("basis") != "period")
        self.change.setCurrentIndex(max(self.change.findData(value.get("change", "ratio")), 0))
        self.extra = {k: v for k, v in value.items() if k not in ("year", "change", "basis")}
        if value.get("basis") == "period":
            self.extra["basis"] = "period"

    def value(self):
        if self.extra.get("basis") == "period":
            return {**self.extra, "change": self.change.currentData()}
        return {
            **self.extra,
            "year": self.year.value(),
            "basis": self.basis.currentData(),
            "change": self.change.currentData(),
        }


class PrecisionRule(QWidget):
    """Which events are located precisely enough to count (the criterion's ``precision``).

    The level (``up_to``) defaults to the units' grain; the field and scale to the known
    dataset's (UCDP GED, ACLED). Nothing chosen writes no ``precision`` key at all.
    """

    def __init__(self, layer, parent=None) -> None:
        super().__init__(parent)
        words = precision_words()
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        self.up_to = QComboBox(self)
        self.up_to.setObjectName("RiskMapPrecision_up_to")
        self.up_to.addItem(words[""], None)
        for level in (*PRECISION_LEVELS, "any"):
            self.up_to.addItem(words[level], level)
        self.field = QgsFieldComboBox(self)
        self.field.setObjectName("RiskMapPrecision_field")
        self.field.setAllowEmptyFieldName(True)
        if layer is not None:
            self.field.setLayer(layer)
        self.scale = QComboBox(self)
        self.scale.setObjectName("RiskMapPrecision_scale")
        self.scale.addItem(words["known"], None)
        self.scale.addItem("UCDP GED", "ucdp_ged")
        self.scale.addItem("ACLED", "acled")
        line.addWidget(self.up_to, 2)
        line.addWidget(self.field, 1)
        line.addWidget(self.scale, 1)

    def show_value(self, value) -> None:
        value = dict(value or {})
        self.up_to.setCurrentIndex(max(self.up_to.findData(value.get("up_to")), 0))
        self.field.setField(str(value.get("field") or ""))
        self.scale.setCurrentIndex(max(self.scale.findData(value.get("scale")), 0))

    def value(self):
        rule = {
            "up_to": self.up_to.currentData(),
            "field": self.field.currentField() or None,
            "scale": self.scale.currentData(),
        }
        rule = {key: value for key, value in rule.items() if value}
        return rule or None
