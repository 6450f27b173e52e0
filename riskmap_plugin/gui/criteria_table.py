"""The criteria table of the dock: one row per criterion, with its layer and status.

:class:`CriteriaTableModel` holds the criteria as model-document dicts plus the
project layer chosen for each. It checks every row (the layer fits the measure,
the fields exist, the core accepts the criterion) and shows why a row cannot
run in the status column. Editing happens through :mod:`.criteria_delegate`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor

from ..core.model import criterion_problems
from .criteria_rules import (
    FIELD_MEASURES,
    normalisation_value,
    proposed_fields,
    row_problems,
    window_days,
)
from .criterion_words import filter_text, in_words, measure_words, normalisation_words
from .layer_guess import LayerInfo

COLUMNS = (
    "status",
    "label",
    "layer",
    "measure",
    "fields",
    "window",
    "normalise",
    "direction",
    "weight",
    "share",
    "dimension",
)
EDITABLE = set(COLUMNS) - {"status", "share", "label"}  # the label: in the criterion editor
GUESSED_BRUSH = QBrush(QColor("#fff2b3"))
PROBLEM_BRUSH = QBrush(QColor("#fde0dc"))


@dataclass
class CriterionRow:
    """One criterion of the model document and the project layer chosen for it."""

    criterion: dict[str, Any]
    layer_id: str | None = None
    guessed: bool = False
    guess_how: str = ""
    problems: list[str] = field(default_factory=list)


class CriteriaTableModel(QAbstractTableModel):
    """Table model of the criteria (see the module docstring)."""

    #: Anything a user can see changed (rows, layers, values).
    criteria_changed = pyqtSignal()

    def __init__(self, layer_info: Callable[[str | None], LayerInfo | None], parent=None):
        super().__init__(parent)
        self._layer_info = layer_info
        self.rows: list[CriterionRow] = []
        #: The model's own translations of its words (``translations``) for QGIS's language:
        #: labels are shown translated, and saved as the model writes them.
        self.glossary: dict[str, str] = {}
        self._headers = {
            "status": self.tr("Status"),
            "label": self.tr("Criterion"),
            "layer": self.tr("Layer"),
            "measure": self.tr("Measure"),
            "fields": self.tr("Fields"),
            "window": self.tr("Window (days)"),
            "normalise": self.tr("Normalisation"),
            "direction": self.tr("Direction"),
            "weight": self.tr("Weight"),
            "share": self.tr("Share"),
            "dimension": self.tr("Dimension"),
        }

    # -- Qt model API -------------------------------------------------------

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        criterion = row.criterion
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "status":
            name = "/mIconWarning.svg" if row.problems else "/mIconSuccess.svg"
            return QgsApplication.getThemeIcon(name)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == "layer" and row.guessed:
                return GUESSED_BRUSH
            if column == "status" and row.problems:
                return PROBLEM_BRUSH
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._headers[column]}: {self._display(row, column)}"
        if role == Qt.ItemDataRole.UserRole and column == "measure":
            return criterion.get("measure")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        criterion = row.criterion
        if column == "layer":
            self.set_layer(index.row(), value or None)
            return True
        if column == "label":
            criterion["label"] = str(value).strip() or criterion.get("id", "")
        elif column == "measure":
            criterion["measure"] = str(value)
        elif column == "fields":
            self._set_fields(criterion, value)
        elif column == "window":
            days = int(value or 0)
            criterion.pop("window", None)
            if days > 0:
                criterion["window"] = {"days": days}
        elif column == "normalise":
            criterion["normalise"] = normalisation_value(str(value), criterion.get("normalise"))
        elif column == "direction":
            criterion["direction"] = str(value)
        elif column == "weight":
            criterion["weight"] = _number(value)
        elif column == "dimension":
            criterion["dimension"] = str(value).strip() or "General"
        self._refresh(index.row())
        return True

    # -- rows -------------------------------------------------------------

    def set_rows(self, rows: list[CriterionRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        for row in self.rows:
            row.problems = self._check(row)
        self.endResetModel()
        self.criteria_changed.emit()

    def set_criterion(self, row_index: int, criterion: dict[str, Any]) -> None:
        """Replace a row's criterion (from the criterion editor) and check it again."""
        self.rows[row_index].criterion = copy.deepcopy(criterion)
        self._refresh(row_index)

    def criteria(self) -> list[dict[str, Any]]:
        """Deep copies of the criterion dicts, in table order."""
        return [copy.deepcopy(row.criterion) for row in self.rows]

    def set_layer(self, row_index: int, layer_id: str | None, guessed: bool = False, how=""):
        row = self.rows[row_index]
        row.layer_id = layer_id
        row.guessed = guessed and layer_id is not None
        row.guess_how = how if row.guessed else ""
        if layer_id and not row.criterion.get("layer"):
            info = self._layer_info(layer_id)
            row.criterion["layer"] = (info.table or info.name) if info else layer_id
            if info is not None:  # UCDP GED, ACLED: their date, severity and precision fields
                row.criterion.update(proposed_fields(row.criterion, info))
        self._refresh(row_index)

    def add_row(self, criterion: dict[str, Any]) -> int:
        position = len(self.rows)
        self.beginInsertRows(QModelIndex(), position, position)
        row = CriterionRow(criterion)
        row.problems = self._check(row)
        self.rows.append(row)
        self.endInsertRows()
        self._refresh_shares()
        return position

    def remove_row(self, position: int) -> None:
        if not 0 <= position < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.rows[position]
        self.endRemoveRows()
        self._refresh_shares()

    def move_row(self, position: int, offset: int) -> int:
        """Move a row up (-1) or down (+1); return its new position."""
        target = position + offset
        if not (0 <= position < len(self.rows) and 0 <= target < len(self.rows)):
            return position
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
        self.rows.insert(target, self.rows.pop(position))
        self.endMoveRows()
        self.criteria_changed.emit()
        return target

    def recheck(self) -> None:
        """Check every row again (layers or fields of the project changed)."""
        for row in self.rows:
            row.problems = self._check(row)
        self._refresh_shares()

    def invalid_rows(self) -> list[int]:
        return [i for i, row in enumerate(self.rows) if row.problems]

    def weight_share(self, row_index: int) -> float:
        total = sum(max(_number(r.criterion.get("weight", 1)), 0.0) for r in self.rows)
        weight = max(_number(self.rows[row_index].criterion.get("weight", 1)), 0.0)
        return weight / total if total > 0 else 0.0

    # -- helpers ------------------------------------------------------------

    def _refresh(self, row_index: int) -> None:
        row = self.rows[row_index]
        row.problems = self._check(row)
        self._refresh_shares()

    def _refresh_shares(self) -> None:
        if self.rows:
            top = self.index(0, 0)
            bottom = self.index(len(self.rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(top, bottom)
        self.criteria_changed.emit()

    def _check(self, row: CriterionRow) -> list[str]:
        info = self._layer_info(row.layer_id) if row.layer_id else None
        if row.layer_id and info is None:
            return [self.tr("the chosen layer is no longer in the project")]
        problems = [self.tr(p) for p in row_problems(row.criterion, info)]
        if not problems:
            # The core's own verdict on this criterion (types, ranges, required keys).
            problems = [str(problem) for problem in criterion_problems(row.criterion)]
        if not any(_number(r.criterion.get("weight", 1)) > 0 for r in self.rows):
            problems.append(self.tr("every weight is 0: give at least one criterion a weight"))
        return problems

    def _display(self, row: CriterionRow, column: str):
        criterion = row.criterion
        if column == "status":
            return row.problems[0] if row.problems else self.tr("Ready")
        if column == "label":
            label = criterion.get("label") or criterion.get("id", "")
            return self.glossary.get(label, label)
        if column == "layer":
            info = self._layer_info(row.layer_id) if row.layer_id else None
            return info.name if info else self.tr("— choose a layer —")
        if column == "measure":
            return in_words(measure_words(), criterion.get("measure", ""))
        if column == "fields":
            return fields_summary(criterion)
        if column == "window":
            days = window_days(criterion)
            return str(days) if days else "—"
        if column == "normalise":
            return in_words(normalisation_words(), criterion.get("normalise", "percentile"))
        if column == "direction":
            lower = criterion.get("direction") == "lower_is_riskier"
            return self.tr("lower is riskier") if lower else self.tr("higher is riskier")
        if column == "weight":
            return f"{_number(criterion.get('weight', 1)):g}"
        if column == "share":
            return f"{100 * self.weight_share(self.rows.index(row)):.1f} %"
        if column == "dimension":
            return criterion.get("dimension", "General")
        return str(criterion.get(column, ""))

    def _edit_value(self, row: CriterionRow, column: str):
        criterion = row.criterion
        if column == "layer":
            return row.layer_id
        if column == "fields":
            if criterion.get("measure") == "diversity":
                return ", ".join(criterion.get("fields") or ())
            if criterion.get("measure") in FIELD_MEASURES:
                return criterion.get("field", "")
            return criterion.get("date_field", "")
        if column == "window":
            return window_days(criterion)
        if column == "weight":
            return _number(criterion.get("weight", 1))
        if column == "normalise":
            value = criterion.get("normalise", "percentile")
            return value.get("method", "") if isinstance(value, dict) else str(value)
        return criterion.get(column, self._display(row, column))

    def _tooltip(self, row: CriterionRow, column: str) -> str:
        if column == "status":
            if not row.problems:
                return self.tr("This criterion can run.")
            return self.tr("This criterion cannot run:") + "\n• " + "\n• ".join(row.problems)
        if column == "layer" and row.guessed:
            return self.tr("Guessed automatically ({how}) — check it.").format(how=row.guess_how)
        if column == "share":
            return self.tr("Share of the total weight")
        return str(self._display(row, column))

    @staticmethod
    def _set_fields(criterion: dict[str, Any], value) -> None:
        text = str(value or "").strip()
        measure = criterion.get("measure")
        if measure == "diversity":
            criterion["fields"] = [f.strip() for f in text.split(",") if f.strip()]
        elif measure in FIELD_MEASURES:
            criterion["field"] = text
        elif text:
            criterion["date_field"] = text
        else:
            criterion.pop("date_field", None)


def fields_summary(criterion: dict[str, Any]) -> str:
    """'date: date_start · field: best' — the fields a criterion reads, in short."""
    parts = []
    if criterion.get("date_field"):
        parts.append(f"date: {criterion['date_field']}")
    if criterion.get("field"):
        parts.append(f"field: {criterion['field']}")
    if criterion.get("fields"):
        parts.append(f"shares: {', '.join(criterion['fields'])}")
    if criterion.get("filter"):
        parts.append(f"filter: {filter_text(criterion['filter'])}")  # never hidden
    return " · ".join(parts) or "—"


def _number(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0
