"""The units part of the dock: a polygon layer of the project or a hexagon grid, and the
towns that name the areas."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QWidget,
)

from .field_guess import guess_id_field, guess_name_field, guess_town_name
from .layer_info import field_infos


class UnitsPanel(QWidget):
    """Choose the analysis units and the places layer."""

    changed = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.layer_radio = QRadioButton(self.tr("Polygon layer"), self)
        self.grid_radio = QRadioButton(self.tr("Hexagon grid"), self)
        self.layer_radio.setToolTip(self.tr("Score the polygons of a project layer (districts…)"))
        self.grid_radio.setToolTip(
            self.tr("Score hexagons of a chosen size, clipped to a boundary")
        )
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.layer_radio)
        self.mode_group.addButton(self.grid_radio)
        self.layer_radio.setChecked(True)

        self.units_layer = self._layer_combo(
            "RiskMapUnitsLayer", self.tr("Units layer"), QgsMapLayerProxyModel.Filter.PolygonLayer
        )
        self.id_field = self._field_combo("RiskMapUnitsIdField", self.tr("Unit id field"))
        self.name_field = self._field_combo("RiskMapUnitsNameField", self.tr("Unit name field"))
        self._choosing = False
        self.units_layer.layerChanged.connect(self._units_layer_picked)

        self.cell_km = QDoubleSpinBox(self)
        self.cell_km.setObjectName("RiskMapGridCellKm")
        self.cell_km.setRange(0.5, 500.0)
        self.cell_km.setValue(25.0)
        self.cell_km.setSuffix(self.tr(" km"))
        self.cell_km.setAccessibleName(self.tr("Hexagon size"))
        self.cell_km.setToolTip(self.tr("Distance between neighbouring hexagon centres"))
        self.boundary = self._layer_combo(
            "RiskMapGridBoundary",
            self.tr("Grid boundary"),
            QgsMapLayerProxyModel.Filter.PolygonLayer,
        )

        self.places_layer = self._layer_combo(
            "RiskMapPlacesLayer",
            self.tr("Towns that name the areas"),
            QgsMapLayerProxyModel.Filter.PointLayer,
        )
        self.places_layer.setAllowEmptyLayer(True)
        self.places_name = self._field_combo("RiskMapPlacesNameField", self.tr("Town name field"))
        self.places_layer.layerChanged.connect(self._places_layer_picked)

        modes = QHBoxLayout()
        modes.addWidget(self.layer_radio)
        modes.addWidget(self.grid_radio)
        modes.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Units"), modes)
        form.addRow(self.tr("Layer"), self.units_layer)
        fields = QHBoxLayout()
        fields.addWidget(self.id_field)
        fields.addWidget(self.name_field)
        form.addRow(self.tr("Id / name"), fields)
        grid = QHBoxLayout()
        grid.addWidget(self.cell_km)
        grid.addWidget(self.boundary, 1)
        form.addRow(self.tr("Grid"), grid)
        places = QHBoxLayout()
        places.addWidget(self.places_layer, 1)
        places.addWidget(self.places_name)
        form.addRow(self.tr("Towns"), places)

        self.layer_radio.toggled.connect(self._mode_changed)
        for signal in (
            self.units_layer.layerChanged,
            self.id_field.fieldChanged,
            self.name_field.fieldChanged,
            self.cell_km.valueChanged,
            self.boundary.layerChanged,
            self.places_layer.layerChanged,
            self.places_name.fieldChanged,
        ):
            signal.connect(lambda *_args: self.changed.emit())
        # The combo boxes picked a layer while being built, before the guesses were connected.
        self._units_layer_picked(self.units_layer.currentLayer())
        self._places_layer_picked(self.places_layer.currentLayer())
        self._mode_changed()

    def _layer_combo(self, name: str, label: str, filters) -> QgsMapLayerComboBox:
        combo = QgsMapLayerComboBox(self)
        combo.setObjectName(name)
        combo.setFilters(filters)
        combo.setAccessibleName(label)
        combo.setToolTip(label)
        return combo

    def _field_combo(self, name: str, label: str) -> QgsFieldComboBox:
        combo = QgsFieldComboBox(self)
        combo.setObjectName(name)
        combo.setFilters(QgsFieldProxyModel.Filter.AllTypes)
        combo.setAccessibleName(label)
        combo.setToolTip(label)
        return combo

    def _mode_changed(self, *_args) -> None:
        grid = self.grid_radio.isChecked()
        for widget in (self.units_layer, self.id_field, self.name_field):
            widget.setEnabled(not grid)
        for widget in (self.cell_km, self.boundary):
            widget.setEnabled(grid)
        self.changed.emit()

    # -- state -------------------------------------------------------------

    def choose_units(self, layer, id_field: str = "", name_field: str = "") -> None:
        """Select a units layer and its fields (also when the layer was already selected);
        fields the layer lacks are guessed (a unique code, a text name)."""
        self._choosing = True
        try:
            self.units_layer.setLayer(layer)
        finally:
            self._choosing = False
        infos = field_infos(layer)
        id_field = guess_id_field(infos, id_field or "")
        name_field = guess_name_field(infos, name_field or "", id_field)
        for combo, name in ((self.id_field, id_field), (self.name_field, name_field)):
            combo.setLayer(layer)
            combo.setField(name or "")

    def choose_places(self, layer, name_field: str = "") -> None:
        self._choosing = True
        try:
            self.places_layer.setLayer(layer)
        finally:
            self._choosing = False
        self.places_name.setLayer(layer)
        self.places_name.setField(guess_town_name(field_infos(layer), name_field or ""))

    def _units_layer_picked(self, layer) -> None:
        # Picked in the combo box: QGIS would show the first field (often Shape_Leng).
        if not self._choosing:
            self.choose_units(layer)

    def _places_layer_picked(self, layer) -> None:
        if not self._choosing:
            self.choose_places(layer)

    def is_grid(self) -> bool:
        return self.grid_radio.isChecked()

    def problems(self) -> list[str]:
        """Why the units cannot be used as chosen (empty: they can)."""
        problems = []
        if self.is_grid():
            if not self.boundary.currentLayer():
                problems.append(self.tr("choose a grid boundary"))
        elif self.units_layer.currentLayer() is None:
            problems.append(self.tr("choose a units layer"))
        elif not self.id_field.currentField():
            problems.append(self.tr("choose the units' id field"))
        if self.places_layer.currentLayer() is not None and not self.places_name.currentField():
            problems.append(self.tr("choose the towns' name field"))
        return problems

    def state(self) -> dict[str, Any]:
        def layer_id(combo):
            return combo.currentLayer().id() if combo.currentLayer() else None

        return {
            "mode": "grid" if self.is_grid() else "layer",
            "layer": layer_id(self.units_layer),
            "id_field": self.id_field.currentField(),
            "name_field": self.name_field.currentField(),
            "cell_km": self.cell_km.value(),
            "boundary": layer_id(self.boundary),
            "places_layer": layer_id(self.places_layer),
            "places_name": self.places_name.currentField(),
        }

    def set_state(self, state: dict[str, Any], project) -> None:
        def layer(key):
            return project.mapLayer(state.get(key) or "") if state.get(key) else None

        self.grid_radio.setChecked(state.get("mode") == "grid")
        self.layer_radio.setChecked(state.get("mode") != "grid")
        if layer("layer") is not None:
            self.choose_units(layer("layer"), state.get("id_field"), state.get("name_field"))
        self.cell_km.setValue(float(state.get("cell_km") or 25.0))
        if layer("boundary") is not None:
            self.boundary.setLayer(layer("boundary"))
        self.choose_places(layer("places_layer"), state.get("places_name"))
