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


def count_text(value: int) -> str:
    """A count in the digits of QGIS's language (Arabic-Indic in Arabic and Sorani)."""
    from qgis.PyQt.QtCore import QLocale

    from ..qgis_adapter.wording import ui_locale

    return QLocale(ui_locale()).toString(int(value))


class StatusLine:
    """The panel's status line (two lines, the whole text as tooltip) and its errors, which
    also go to QGIS's message bar when there is one (``iface``)."""

    def __init__(self, label, iface=None) -> None:
        self.label = label
        self.iface = iface

    def show(self, text: str, error: bool = False) -> None:
        self.label.setStyleSheet("color: #b00020;" if error else "")
        self.label.setText(text)
        self.label.setToolTip(text)  # the label shows two lines; the tip all of it

    def error(self, message: str, details: str) -> None:
        self.show(message, error=True)
        if self.iface is not None:
            title = QCoreApplication.translate("PanelLogic", "RiskMap")
            push_error(self.iface.messageBar(), title, message, details)
