"""The RiskMap dock panel.

For now it holds the notice shown when RiskMap's Python packages are missing;
the scoring controls come with later versions.
"""

from __future__ import annotations

import html

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class RiskMapDock(QgsDockWidget):
    """Right-hand dock of the plugin (objectName ``RiskMapDock``)."""

    #: The user asked to see how to install the missing packages.
    fix_dependencies_requested = pyqtSignal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RiskMapDock")
        self.setWindowTitle(self.tr("RiskMap"))

        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.dependency_notice = QLabel(body)
        self.dependency_notice.setObjectName("RiskMapDependencyNotice")
        self.dependency_notice.setWordWrap(True)
        self.fix_button = QPushButton(self.tr("Install missing packages…"), body)
        self.fix_button.setObjectName("RiskMapFixDependencies")
        self.fix_button.clicked.connect(self.fix_dependencies_requested)
        self.intro = QLabel(
            self.tr(
                "RiskMap scores areas at risk of a violent-extremist resurgence "
                "from the indicator layers of this project."
            ),
            body,
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.dependency_notice)
        layout.addWidget(self.fix_button)
        layout.addWidget(self.intro)
        layout.addStretch(1)
        self.setWidget(body)
        self.set_dependency_problems([])

    def set_dependency_problems(self, problems: list) -> None:
        """Show which packages are missing or too old; hide the notice when none are."""
        has_problems = bool(problems)
        if has_problems:
            items = "".join(f"<li>{html.escape(str(problem))}</li>" for problem in problems)
            heading = self.tr(
                "RiskMap cannot score yet: these Python packages are missing or too old in "
                "QGIS's Python:"
            )
            self.dependency_notice.setText(f"<b>{html.escape(heading)}</b><ul>{items}</ul>")
        else:
            self.dependency_notice.clear()
        self.dependency_notice.setVisible(has_problems)
        self.fix_button.setVisible(has_problems)
