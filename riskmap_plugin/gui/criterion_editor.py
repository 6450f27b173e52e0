"""Edit every key of one criterion where it is shown: a dialog with QGIS field pickers.

What the dialog offers is the table :data:`ENTRIES`: one :class:`Entry` per criterion key,
with the kind of editor it needs and the measures it applies to. A new criterion key
(a precision rule, a snapshot…) is one more line there, and a new kind of editor one more
:class:`Editor` in :data:`EDITORS`. Filters, hidden in the table before, are rows of field,
operator and value here.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from qgis.core import QgsFieldProxyModel, QgsVectorLayer
from qgis.gui import QgsFieldComboBox
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.model import DIRECTIONS, MEASURES, NORMALISATIONS
from ..qgis_adapter.layers import ATTRIBUTION_PROPERTY
from .criteria_rules import FIELD_MEASURES, normalisation_value, window_days
from .criterion_widgets import FilterRows, PrecisionRule, ReferencePeriod, show_filters
from .criterion_words import measure_words, normalisation_words

EVENTS = ("count", "severity_sum", "low_severity_count", "density", "rate", "presence", "change")


@dataclass(frozen=True)
class Entry:
    """One criterion key in the editor."""

    key: str
    label: str
    kind: str
    #: Measures the key applies to (empty: all).
    measures: tuple[str, ...] = ()


#: The keys the editor shows, in order (labels marked for pylupdate5, translated when shown).
ENTRIES: tuple[Entry, ...] = (
    Entry("label", QT_TRANSLATE_NOOP("CriterionEditor", "Criterion"), "text"),
    Entry("noun", QT_TRANSLATE_NOOP("CriterionEditor", "Counted things (for the labels)"), "text"),
    Entry("measure", QT_TRANSLATE_NOOP("CriterionEditor", "Measure"), "measure"),
    Entry("date_field", QT_TRANSLATE_NOOP("CriterionEditor", "Date field"), "date_field", EVENTS),
    Entry(
        "window",
        QT_TRANSLATE_NOOP("CriterionEditor", "Window (days, 0 = all time)"),
        "window",
        EVENTS,
    ),
    Entry(
        "field",
        QT_TRANSLATE_NOOP("CriterionEditor", "Severity or value field"),
        "number_field",
        FIELD_MEASURES,
    ),
    Entry(
        "threshold",
        QT_TRANSLATE_NOOP("CriterionEditor", "Low-severity threshold"),
        "number",
        ("low_severity_count",),
    ),
    Entry("fields", QT_TRANSLATE_NOOP("CriterionEditor", "Share fields"), "fields", ("diversity",)),
    Entry(
        "filter", QT_TRANSLATE_NOOP("CriterionEditor", "Filters (which features count)"), "filters"
    ),
    Entry(
        "reference",
        QT_TRANSLATE_NOOP("CriterionEditor", "Reference period"),
        "reference",
        ("change",),
    ),
    Entry(
        "precision",
        QT_TRANSLATE_NOOP("CriterionEditor", "Location precision (which events count)"),
        "precision",
        EVENTS,
    ),
    Entry("normalise", QT_TRANSLATE_NOOP("CriterionEditor", "Normalisation"), "normalise"),
    Entry("direction", QT_TRANSLATE_NOOP("CriterionEditor", "Direction"), "direction"),
    Entry("weight", QT_TRANSLATE_NOOP("CriterionEditor", "Weight"), "number"),
    Entry("dimension", QT_TRANSLATE_NOOP("CriterionEditor", "Dimension"), "text"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CriterionEditor", text)


@dataclass(frozen=True)
class Editor:
    """How one kind of key is edited: build the widget, show a value, read it back.

    ``read`` returns the new value, or ``None`` to drop the key from the criterion.
    """

    make: Callable[[QgsVectorLayer | None, QWidget], QWidget]
    show: Callable[[QWidget, Any], None]
    read: Callable[[QWidget], Any]


def _choices(words: dict[str, str], codes) -> Callable:
    def make(_layer, parent):
        combo = QComboBox(parent)
        for code in codes:
            combo.addItem(words.get(code, code.replace("_", " ")), code)
        return combo

    return make


def _show_choice(combo: QComboBox, value) -> None:
    code = value.get("method") if isinstance(value, dict) else value
    combo.setCurrentIndex(max(combo.findData(code), 0))


def _field_picker(filters) -> Callable:
    def make(layer, parent):
        combo = QgsFieldComboBox(parent)
        combo.setFilters(filters)
        combo.setAllowEmptyFieldName(True)
        combo.setLayer(layer)
        return combo

    return make


def _show_field(combo: QgsFieldComboBox, value) -> None:
    combo.setField(str(value or ""))


def _text(_layer, parent) -> QLineEdit:
    return QLineEdit(parent)


def _number(_layer, parent) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0.0, 1_000_000.0)
    spin.setDecimals(2)
    return spin


def _window(_layer, parent) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, 36500)
    return spin


def _fields(layer, parent) -> QListWidget:
    widget = QListWidget(parent)
    for name in layer.fields().names() if layer is not None else ():
        item = QListWidgetItem(name, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
    widget.setMaximumHeight(110)
    return widget


def _show_fields(widget: QListWidget, value) -> None:
    chosen = list(value or ())
    for name in chosen:  # a saved field the layer lacks stays visible (and checked)
        if not widget.findItems(name, Qt.MatchFlag.MatchExactly):
            item = QListWidgetItem(name, widget)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    for row in range(widget.count()):
        item = widget.item(row)
        checked = item.text() in chosen
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def _read_fields(widget: QListWidget):
    chosen = [
        widget.item(row).text()
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]
    return chosen or None


def _normalise_read(combo: QComboBox, current):
    return normalisation_value(combo.currentData(), current)


EDITORS: dict[str, Editor] = {
    "text": Editor(_text, lambda w, v: w.setText(str(v or "")), lambda w: w.text().strip() or None),
    "measure": Editor(
        lambda layer, parent: _choices(measure_words(), MEASURES)(layer, parent),
        _show_choice,
        lambda w: w.currentData(),
    ),
    "normalise": Editor(
        lambda layer, parent: _choices(normalisation_words(), NORMALISATIONS)(layer, parent),
        _show_choice,
        lambda w: w.currentData(),  # completed with the current settings in CriterionEditor
    ),
    "direction": Editor(
        lambda layer, parent: _choices(
            {
                "higher_is_riskier": QCoreApplication.translate(
                    "CriterionEditor", "higher is riskier"
                ),
                "lower_is_riskier": QCoreApplication.translate(
                    "CriterionEditor", "lower is riskier"
                ),
            },
            DIRECTIONS,
        )(layer, parent),
        _show_choice,
        lambda w: w.currentData(),
    ),
    "date_field": Editor(
        _field_picker(QgsFieldProxyModel.Filter.Date | QgsFieldProxyModel.Filter.String),
        _show_field,
        lambda w: w.currentField() or None,
    ),
    "number_field": Editor(
        _field_picker(QgsFieldProxyModel.Filter.Numeric),
        _show_field,
        lambda w: w.currentField() or None,
    ),
    "number": Editor(_number, lambda w, v: w.setValue(float(v or 0)), lambda w: w.value()),
    "window": Editor(
        _window,
        lambda w, v: w.setValue(window_days({"window": v} if v else {})),
        lambda w: {"days": w.value()} if w.value() > 0 else None,
    ),
    "fields": Editor(_fields, _show_fields, _read_fields),
    "filters": Editor(
        lambda layer, parent: FilterRows(layer, parent), show_filters, lambda w: w.value()
    ),
    "reference": Editor(
        lambda layer, parent: ReferencePeriod(layer, parent),
        lambda w, v: w.show_value(v),
        lambda w: w.value(),
    ),
    "precision": Editor(
        lambda layer, parent: PrecisionRule(layer, parent),
        lambda w, v: w.show_value(v),
        lambda w: w.value(),
    ),
}


class CriterionEditor(QDialog):
    """Edit one criterion (and its layer's attribution); :meth:`criterion` is the result."""

    def __init__(
        self,
        criterion: dict[str, Any],
        layer: QgsVectorLayer | None,
        parent=None,
        glossary: dict[str, str] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("RiskMapCriterionEditor")
        label = criterion.get("label") or criterion.get("id")
        self.setWindowTitle(
            QCoreApplication.translate("CriterionEditor", "Criterion “{}”").format(
                (glossary or {}).get(label, label)  # the model's own translation, if any
            )
        )
        self._original = copy.deepcopy(criterion)
        self.layer = layer
        self.widgets: dict[str, QWidget] = {}
        self.form = QFormLayout()
        for entry in ENTRIES:
            editor = EDITORS[entry.kind]
            widget = editor.make(layer, self)
            widget.setObjectName(f"RiskMapCriterion_{entry.key}")
            widget.setAccessibleName(_tr(entry.label))
            if entry.key in criterion:
                editor.show(widget, criterion[entry.key])
            elif entry.key == "weight":
                editor.show(widget, 1)
            self.form.addRow(_tr(entry.label), widget)
            self.widgets[entry.key] = widget
        self.attribution = QLineEdit(self)
        self.attribution.setObjectName("RiskMapCriterion_attribution")
        self.attribution.setPlaceholderText(
            QCoreApplication.translate(
                "CriterionEditor", "who to credit for this layer (printed in the briefing)"
            )
        )
        if layer is not None:
            self.attribution.setText(str(layer.customProperty(ATTRIBUTION_PROPERTY) or ""))
        else:
            self.attribution.setEnabled(False)
        self.form.addRow(
            QCoreApplication.translate("CriterionEditor", "Attribution of the layer"),
            self.attribution,
        )
        self.widgets["measure"].currentIndexChanged.connect(self._measure_changed)
        self._measure_changed()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def _measure_changed(self, *_args) -> None:
        """Only the keys that mean something for the chosen measure are shown."""
        measure = self.widgets["measure"].currentData()
        for entry in ENTRIES:
            self._show_row(entry.key, not entry.measures or measure in entry.measures)

    def _show_row(self, key: str, shown: bool) -> None:
        widget = self.widgets[key]
        widget.setVisible(shown)
        label = self.form.labelForField(widget)
        if label is not None:
            label.setVisible(shown)

    def criterion(self) -> dict[str, Any]:
        """The criterion as edited: keys the editor does not know are kept as they were."""
        result = copy.deepcopy(self._original)
        measure = self.widgets["measure"].currentData()
        for entry in ENTRIES:
            if entry.measures and measure not in entry.measures:
                result.pop(entry.key, None)  # means nothing for this measure
                continue
            value = EDITORS[entry.kind].read(self.widgets[entry.key])
            original = self._original.get(entry.key)
            if entry.kind == "normalise":
                value = _normalise_read(self.widgets[entry.key], original)
            elif (
                entry.kind == "window"
                and value
                and window_days({"window": original}) == (value["days"])
            ):
                value = original  # "6 months" stays in months
            elif entry.kind == "number" and original is None and value == 0:
                value = None  # left at its default
            if entry.key == "label" and value is None:
                value = result.get("id", "")
            if value is None:
                result.pop(entry.key, None)
            else:
                result[entry.key] = value
        return result

    def store_attribution(self) -> None:
        """Keep the typed attribution on the layer (saved with the project)."""
        if self.layer is not None:
            self.layer.setCustomProperty(ATTRIBUTION_PROPERTY, self.attribution.text().strip())
