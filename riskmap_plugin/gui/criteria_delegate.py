"""Editors of the criteria table: layer and field pickers, lists of choices, spin boxes.

The layer picker shows only layers whose geometry fits the row's measure; the
field picker lists the chosen layer's fields (date fields for windows, numbers
for severities). Choices are committed as soon as they are picked.
"""

from __future__ import annotations

from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel, QgsProject
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox, QStyledItemDelegate

from .criteria_rules import DIRECTIONS, FIELD_MEASURES, MEASURES, NORMALISATIONS, POLYGON_MEASURES
from .criteria_table import COLUMNS


def layer_filters(measure: str):
    """QgsMapLayerProxyModel filters for the layers a measure can read."""
    if measure in POLYGON_MEASURES:
        return QgsMapLayerProxyModel.Filter.PolygonLayer
    return (
        QgsMapLayerProxyModel.Filter.PointLayer
        | QgsMapLayerProxyModel.Filter.LineLayer
        | QgsMapLayerProxyModel.Filter.PolygonLayer
    )


class CriteriaDelegate(QStyledItemDelegate):
    """Creates the editor that fits each column of :class:`.criteria_table.CriteriaTableModel`."""

    def __init__(self, project: QgsProject | None = None, parent=None) -> None:
        super().__init__(parent)
        self.project = project

    def _layer(self, index):
        layer_id = index.model().rows[index.row()].layer_id
        project = self.project or QgsProject.instance()
        return project.mapLayer(layer_id) if layer_id else None

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt API)
        column = COLUMNS[index.column()]
        measure = index.model().rows[index.row()].criterion.get("measure", "count")
        if column == "layer":
            editor = QgsMapLayerComboBox(parent)
            editor.setFilters(layer_filters(measure))
            editor.setAllowEmptyLayer(True)
            editor.setAccessibleName(self.tr("Layer of the criterion"))
            editor.layerChanged.connect(lambda _layer: self._commit(editor))
            return editor
        if column == "fields" and measure != "diversity":
            editor = QgsFieldComboBox(parent)
            editor.setLayer(self._layer(index))
            if measure in FIELD_MEASURES:
                editor.setFilters(QgsFieldProxyModel.Filter.Numeric)
            else:
                editor.setFilters(QgsFieldProxyModel.Filter.Date | QgsFieldProxyModel.Filter.String)
                editor.setAllowEmptyFieldName(True)
            editor.setAccessibleName(self.tr("Field of the criterion"))
            editor.fieldChanged.connect(lambda _name: self._commit(editor))
            return editor
        choices = {
            "measure": MEASURES,
            "normalise": NORMALISATIONS,
            "direction": DIRECTIONS,
        }.get(column)
        if choices:
            editor = QComboBox(parent)
            for choice in choices:
                editor.addItem(choice.replace("_", " "), choice)
            editor.setAccessibleName(self.tr("Choice of {}").format(column))
            editor.activated.connect(lambda _i: self._commit(editor))
            return editor
        if column == "window":
            editor = QSpinBox(parent)
            editor.setRange(0, 36500)
            editor.setSpecialValueText(self.tr("none"))
            editor.setSuffix(self.tr(" d"))
            editor.setAccessibleName(self.tr("Window in days"))
            return editor
        if column == "weight":
            editor = QDoubleSpinBox(parent)
            editor.setRange(0.0, 1000.0)
            editor.setDecimals(2)
            editor.setSingleStep(0.5)
            editor.setAccessibleName(self.tr("Weight"))
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):  # noqa: N802 (Qt API)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QgsMapLayerComboBox):
            project = self.project or QgsProject.instance()
            editor.blockSignals(True)
            editor.setLayer(project.mapLayer(value) if value else None)
            editor.blockSignals(False)
        elif isinstance(editor, QgsFieldComboBox):
            editor.blockSignals(True)
            editor.setField(value or "")
            editor.blockSignals(False)
        elif isinstance(editor, QComboBox):
            position = editor.findData(value)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            editor.setValue(value or 0)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802 (Qt API)
        if isinstance(editor, QgsMapLayerComboBox):
            layer = editor.currentLayer()
            model.setData(index, layer.id() if layer else None)
        elif isinstance(editor, QgsFieldComboBox):
            model.setData(index, editor.currentField())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)

    def _commit(self, editor) -> None:
        self.commitData.emit(editor)
