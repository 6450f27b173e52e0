"""The criteria table with its buttons: add, remove, move up, move down."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QItemSelectionModel, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .criteria_delegate import CriteriaDelegate
from .criteria_table import COLUMNS, CriteriaTableModel

#: Columns the table shows, with their widths (the label takes the rest).
TABLE_COLUMNS = {"status": 80, "label": 120, "layer": 110, "weight": 45, "share": 52}


class CriteriaWidget(QWidget):
    """Table view over a :class:`CriteriaTableModel` plus row buttons."""

    changed = pyqtSignal()

    def __init__(self, model: CriteriaTableModel, project=None, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.project = project
        self.view = QTableView(self)
        self.view.setObjectName("RiskMapCriteriaTable")
        self.view.setAccessibleName(self.tr("Criteria"))
        self.view.setToolTip(
            self.tr(
                "One row per criterion. Double-click a cell to change it; the status column "
                "says why a row cannot run."
            )
        )
        self.view.setModel(model)
        self.delegate = CriteriaDelegate(project, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setWordWrap(False)
        self.view.setMinimumHeight(150)
        self.view.verticalHeader().setDefaultSectionSize(24)
        # The table fits a 400 px dock: the other keys are edited in the criterion editor.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column in COLUMNS:
            self.view.setColumnHidden(COLUMNS.index(column), column not in TABLE_COLUMNS)
        for column, width in TABLE_COLUMNS.items():
            self.view.setColumnWidth(COLUMNS.index(column), width)
        header.setSectionResizeMode(COLUMNS.index("label"), QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._double_clicked)

        self.add_button = self._button("/symbologyAdd.svg", self.tr("Add a criterion"))
        self.remove_button = self._button(
            "/symbologyRemove.svg", self.tr("Remove the selected criterion")
        )
        self.up_button = self._button("/mActionArrowUp.svg", self.tr("Move the criterion up"))
        self.down_button = self._button("/mActionArrowDown.svg", self.tr("Move the criterion down"))
        self.edit_button = self._button(
            "/mActionToggleEditing.svg",
            self.tr("Edit the selected criterion: fields, filters, window, normalisation…"),
        )
        self.edit_button.setObjectName("RiskMapEditCriterion")
        self.edit_button.clicked.connect(lambda: self.edit_criterion(self.selected_row()))
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))

        buttons = QHBoxLayout()
        for button in (
            self.edit_button,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        model.criteria_changed.connect(self.changed)

    def _button(self, icon: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(QgsApplication.getThemeIcon(icon))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, position: int) -> None:
        if 0 <= position < self.model.rowCount():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.selectionModel().select(self.model.index(position, 0), flags)
            self.view.setCurrentIndex(self.model.index(position, 0))

    def add_criterion(self) -> int:
        """Append a new counting criterion with a unique id; it asks for a layer."""
        taken = {row.criterion.get("id") for row in self.model.rows}
        number = len(taken) + 1
        while f"criterion_{number}" in taken:
            number += 1
        criterion = {
            "id": f"criterion_{number}",
            "label": self.tr("New criterion {}").format(number),
            "measure": "count",
            "normalise": "minmax",
            "weight": 1,
        }
        position = self.model.add_row(criterion)
        self.select_row(position)
        return position

    def _double_clicked(self, index) -> None:
        # Layer and weight are edited in place; every other column opens the editor.
        if COLUMNS[index.column()] not in ("layer", "weight"):
            self.edit_criterion(index.row())

    def edit_criterion(self, position: int, dialog=None) -> bool:
        """Open the criterion editor on a row; True when the criterion was changed.

        ``dialog`` is for tests: a callable that runs the dialog (default: ``exec``).
        """
        from qgis.core import QgsProject

        from .criterion_editor import CriterionEditor

        if not 0 <= position < self.model.rowCount():
            return False
        row = self.model.rows[position]
        project = self.project or QgsProject.instance()
        layer = project.mapLayer(row.layer_id) if row.layer_id else None
        editor = CriterionEditor(row.criterion, layer, self, glossary=self.model.glossary)
        accepted = (dialog or (lambda d: d.exec()))(editor)
        if accepted:
            editor.store_attribution()
            self.model.set_criterion(position, editor.criterion())
        editor.deleteLater()
        return bool(accepted)

    def remove_selected(self) -> None:
        position = self.selected_row()
        if position >= 0:
            self.model.remove_row(position)
            self.select_row(min(position, self.model.rowCount() - 1))

    def move_selected(self, offset: int) -> None:
        position = self.selected_row()
        if position >= 0:
            self.select_row(self.model.move_row(position, offset))
