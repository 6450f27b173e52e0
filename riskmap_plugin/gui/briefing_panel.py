"""The dock's briefing box: page size, classification banner, create and export.

The banner and page size are stored in the project (scope ``RiskMap``), so the
next officer who opens the project prints with the same marking. Layout export
paints on the GUI thread (QGIS layouts are not thread-safe); it takes a couple
of seconds, under a wait cursor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ..core.errors import RiskMapError
from .message_bar import push_error

SCOPE = "RiskMap"
DEFAULT_BANNER = "UNCLASSIFIED // FOR OFFICIAL USE"
PAGE_SIZES = ("A4", "A3")


class BriefingPanel(QGroupBox):
    """Create the briefing layout of the current result and export it to PDF."""

    def __init__(
        self, project: QgsProject, iface, result_path: Callable[[], str | None], parent=None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Briefing"))
        self.setObjectName("RiskMapBriefing")
        self.project = project
        self.iface = iface
        self.result_path = result_path
        self.layout_item = None
        self.page_combo = QComboBox(self)
        self.page_combo.setObjectName("RiskMapBriefingPage")
        self.page_combo.addItems([self.tr("{size} landscape").format(size=s) for s in PAGE_SIZES])
        self.banner_edit = QLineEdit(self)
        self.banner_edit.setObjectName("RiskMapBriefingBanner")
        self.create_button = QPushButton(self.tr("Create briefing"), self)
        self.create_button.setObjectName("RiskMapCreateBriefing")
        self.export_button = QPushButton(self.tr("Export PDF…"), self)
        self.export_button.setObjectName("RiskMapExportBriefing")
        for widget, name, tip in (
            (self.page_combo, self.tr("Page size"), self.tr("Paper size of the briefing")),
            (
                self.banner_edit,
                self.tr("Classification banner"),
                self.tr("Printed at the top and bottom of every page; stored in the project"),
            ),
            (
                self.create_button,
                self.tr("Create briefing"),
                self.tr("Build the print layout of the current result (one page per area)"),
            ),
            (
                self.export_button,
                self.tr("Export PDF"),
                self.tr("Write the briefing to a PDF, with a PNG preview of page 1"),
            ),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        row = QHBoxLayout()
        row.addWidget(self.page_combo)
        row.addWidget(self.banner_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button, 1)
        buttons.addWidget(self.export_button, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.restore()
        self.banner_edit.editingFinished.connect(self.store)
        self.page_combo.currentIndexChanged.connect(self.store)
        self.create_button.clicked.connect(self.create)
        self.export_button.clicked.connect(self.export)

    # -- settings stored in the project ------------------------------------------
    def restore(self) -> None:
        banner, _ = self.project.readEntry(SCOPE, "briefing/banner", DEFAULT_BANNER)
        size, _ = self.project.readEntry(SCOPE, "briefing/page_size", "A4")
        self.banner_edit.setText(banner)
        self.page_combo.setCurrentIndex(PAGE_SIZES.index(size) if size in PAGE_SIZES else 0)

    def store(self) -> None:
        self.project.writeEntry(SCOPE, "briefing/banner", self.banner_edit.text())
        self.project.writeEntry(SCOPE, "briefing/page_size", self.page_size())

    def page_size(self) -> str:
        return PAGE_SIZES[max(self.page_combo.currentIndex(), 0)]

    # -- actions --------------------------------------------------------------
    def create(self):
        """Build the layout for the current result; returns it (None on failure)."""
        from ..report import build_briefing

        path = self.result_path()
        if not path or not Path(path).is_file():
            self._error(self.tr("There is no result yet — generate the at-risk layer first."))
            return None
        self.store()
        layout = self._busy(
            build_briefing,
            self.project,
            path,
            page_size=self.page_size(),
            banner=self.banner_edit.text(),
        )
        if layout is None:
            return None
        self.layout_item = layout
        self._info(
            self.tr("Layout “{name}” added to the project's layouts.").format(
                name=self.layout_item.name()
            )
        )
        # Show it: the officer checks the pages in the layout designer before exporting.
        open_designer = getattr(self.iface, "openLayoutDesigner", None)
        if callable(open_designer):
            open_designer(layout)
        return self.layout_item

    def export(self, pdf_path: str | None = None) -> dict | None:
        """Export the briefing (created first if needed) to ``pdf_path`` or a chosen file."""
        from ..report import export_briefing

        if self.layout_item is None and self.create() is None:
            return None
        if not pdf_path:
            start = str(Path(self.result_path() or "briefing").with_suffix(".pdf"))
            pdf_path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export briefing"), start, self.tr("PDF (*.pdf)")
            )
            if not pdf_path:
                return None
        png_path = str(Path(pdf_path).with_name(Path(pdf_path).stem + "-page1.png"))
        out = self._busy(export_briefing, self.layout_item, pdf_path, png_path)
        if out is None:
            return None
        self._info(
            self.tr("Briefing written: {path} ({pages} pages)").format(
                path=out["pdf"], pages=out["pages"]
            )
        )
        return out

    def _busy(self, work, *args, **kwargs):
        """Run ``work`` under a wait cursor; a RiskMapError goes to the message bar (→ None)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work(*args, **kwargs)
        except RiskMapError as error:
            self._error(str(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()

    def _info(self, text: str) -> None:
        if self.iface is not None:
            self.iface.messageBar().pushMessage("RiskMap", text, Qgis.MessageLevel.Success, 8)

    def _error(self, text: str) -> None:
        if self.iface is not None:
            push_error(self.iface.messageBar(), self.tr("RiskMap"), text, text)
