"""Thin wiring of the plugin into QGIS: menu, toolbar button, dock, Processing provider."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon

from .dependencies import check_dependencies
from .paths import resource_path
from .qgis_adapter.wording import install_translator, ui_locale
from .qt_compat import QAction

MENU = "&RiskMap"
PROVIDER_MODULE = f"{__package__}.processing_provider.provider"


def _provider_class():
    """``RiskMapProvider`` class, or ``None`` while the provider module does not exist yet.

    Only the absence of that module itself is tolerated: an ImportError raised
    from inside it is a real bug and must show.
    """
    try:
        from .processing_provider.provider import RiskMapProvider
    except ModuleNotFoundError as error:
        if error.name in (PROVIDER_MODULE, PROVIDER_MODULE.rpartition(".")[0]):
            return None
        raise
    return RiskMapProvider


class RiskMapPlugin:
    """The object QGIS creates through ``classFactory``."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.action: QAction | None = None
        self.dock = None
        self.provider = None
        self.translator: QTranslator | None = None
        # Cheap (no import of the packages themselves); see dependencies.py.
        self.dependency_problems = check_dependencies()
        self._install_translator()

    @staticmethod
    def tr(message: str) -> str:
        return QCoreApplication.translate("RiskMapPlugin", message)

    def _install_translator(self) -> None:
        """Load ``i18n/riskmap_<lang>.qm`` for QGIS's user interface language, if shipped."""
        self.translator = install_translator(ui_locale())

    def initProcessing(self) -> None:  # noqa: N802 (QGIS API)
        """Register the Processing provider; QGIS calls this (hasProcessingProvider=yes)."""
        if self.provider is not None:
            return
        if self.dependency_problems:
            # The algorithms need geopandas & co.; the dock tells the user what to install.
            QgsMessageLog.logMessage(
                "RiskMap Processing algorithms are not available: "
                + "; ".join(str(problem) for problem in self.dependency_problems),
                "RiskMap",
                Qgis.MessageLevel.Warning,
            )
            return
        provider_class = _provider_class()
        if provider_class is None:
            return
        self.provider = provider_class()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 (QGIS API)
        """Add the menu entry, the toolbar button and the (hidden) dock."""
        from .gui.dock import RiskMapDock

        self.initProcessing()
        main_window = self.iface.mainWindow()
        self.action = QAction(
            QIcon(str(resource_path("icon.svg"))), self.tr("RiskMap"), main_window
        )
        self.action.setObjectName("RiskMapAction")
        self.action.setToolTip(self.tr("Show or hide the RiskMap panel"))
        self.action.setCheckable(True)
        self.iface.addPluginToMenu(MENU, self.action)
        self.iface.addToolBarIcon(self.action)

        self.dock = RiskMapDock(main_window)
        self.dock.set_dependency_problems(self.dependency_problems)
        self.dock.fix_dependencies_requested.connect(self.show_dependencies_dialog)
        # Keeps the action's check state and the dock's visibility in step, both ways.
        self.dock.setToggleVisibilityAction(self.action)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

    def show_dependencies_dialog(self) -> None:
        from .gui.dependencies_dialog import DependenciesDialog

        dialog = DependenciesDialog(self.dependency_problems, self.iface.mainWindow())
        dialog.exec()

    def unload(self) -> None:
        """Remove everything initGui and initProcessing added."""
        if self.dock is not None:
            self.dock.fix_dependencies_requested.disconnect(self.show_dependencies_dialog)
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.iface.removePluginMenu(MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
