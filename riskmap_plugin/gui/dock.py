"""The RiskMap dock panel.

It shows a notice when RiskMap's Python packages are missing; otherwise it holds
the scoring panel (model, units, criteria, output, Generate, at-risk areas). The
scoring panel is built only once the packages are known to be there, so the
dock loads in a QGIS without geopandas.
"""

from __future__ import annotations

import html

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QLocale, pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..qgis_adapter.wording import layout_direction, ui_locale


class RiskMapDock(QgsDockWidget):
    """Right-hand dock of the plugin (objectName ``RiskMapDock``)."""

    #: The user asked to see how to install the missing packages.
    fix_dependencies_requested = pyqtSignal()

    def __init__(self, parent: QWidget | None = None, iface=None, project=None) -> None:
        super().__init__(parent)
        self._iface = iface
        self._project = project
        self.scoring_panel = None
        #: None until the plugin says which packages are missing.
        self._problems: list | None = None
        self.setObjectName("RiskMapDock")
        self.setWindowTitle(self.tr("RiskMap"))
        # QGIS's language: right to left in Arabic and Sorani; dates and numbers in its digits.
        locale_name = ui_locale()
        self.setLayoutDirection(layout_direction(locale_name))
        self.setLocale(QLocale(locale_name))

        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.dependency_notice = QLabel(body)
        self.dependency_notice.setObjectName("RiskMapDependencyNotice")
        self.dependency_notice.setWordWrap(True)
        self.fix_button = QPushButton(self.tr("Install missing packages…"), body)
        self.fix_button.setObjectName("RiskMapFixDependencies")
        self.fix_button.setAccessibleName(self.tr("Install missing packages"))
        self.fix_button.setToolTip(
            self.tr("Install the missing Python packages with pip, or copy the command")
        )
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
        self._stretch = QWidget(body)
        layout.addWidget(self._stretch, 1)
        self._layout = layout
        self.setWidget(body)
        self._show_notice([])

    def set_dependency_problems(self, problems: list) -> None:
        """Show which packages are missing or too old; without problems, show the scoring panel."""
        self._problems = list(problems)
        self._show_notice(problems)
        if problems:
            if self.scoring_panel is not None:
                self.scoring_panel.setVisible(False)
        elif self.isVisible() or self.scoring_panel is not None:
            self.ensure_scoring_panel()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # Built on first show, so QGIS starts without importing the scoring packages.
        if self._problems == [] and self.scoring_panel is None:
            self.ensure_scoring_panel()
        super().showEvent(event)

    def ensure_scoring_panel(self):
        """Build the scoring panel (once) and return it."""
        if self.scoring_panel is None:
            from qgis.core import QgsProject

            from .scoring_panel import ScoringPanel

            iface = self._iface
            if iface is None:
                import qgis.utils

                iface = qgis.utils.iface
            project = self._project or QgsProject.instance()
            self.scoring_panel = ScoringPanel(project, iface, self.widget())
            self._layout.replaceWidget(self._stretch, self.scoring_panel)
            self._stretch.hide()
            self.intro.hide()
        self.scoring_panel.setVisible(True)
        return self.scoring_panel

    def _show_notice(self, problems: list) -> None:
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
