"""Errors in QGIS's message bar, with a "Details" button for the full text (no traceback box)."""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton


def tr(text: str) -> str:
    # pylupdate5 files module-level tr() calls under "@default"; look them up there.
    return QCoreApplication.translate("@default", text)


def push_error(bar, title: str, message: str, details: str = ""):
    """Show ``message`` as a critical message; "Details" opens the full ``details``."""
    item = bar.createMessage(title, message)
    if details:
        button = QPushButton(tr("Details"), item)
        button.setObjectName("RiskMapErrorDetails")
        button.setToolTip(tr("Show the full message"))
        button.clicked.connect(lambda: show_details(bar, title, message, details))
        item.layout().addWidget(button)
    bar.pushWidget(item, Qgis.MessageLevel.Critical, 0)
    return item


def show_details(parent, title: str, message: str, details: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("RiskMapErrorDetailsBox")
    box.setDetailedText(details)
    box.open()
