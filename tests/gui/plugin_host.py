"""Test helpers of the GUI tier: a QGIS-like host for the plugin's menu, toolbar and dock."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget, QMenu, QToolBar


class PluginHost:
    """The parts of QGIS's main window a plugin touches, on pytest-qgis's real QMainWindow.

    pytest-qgis's ``qgis_iface`` stubs ``addPluginToMenu``, ``addToolBarIcon`` and
    ``addDockWidget`` as no-ops; these replacements do what QGIS does, so a test can
    see what the plugin added and whether unload removed it.
    """

    def __init__(self, iface) -> None:
        self.iface = iface
        self.main_window = iface.mainWindow()
        self.plugins_menu = QMenu("&Plugins", self.main_window)
        self.main_window.menuBar().addMenu(self.plugins_menu)
        self.toolbar = QToolBar("Plugins", self.main_window)
        self.toolbar.setObjectName("mPluginToolBar")
        self.main_window.addToolBar(self.toolbar)

    def _submenu(self, name: str):
        for action in self.plugins_menu.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        return None

    def add_plugin_to_menu(self, name, action) -> None:
        menu = self._submenu(name) or self.plugins_menu.addMenu(name)
        menu.addAction(action)

    def remove_plugin_menu(self, name, action) -> None:
        menu = self._submenu(name)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            self.plugins_menu.removeAction(menu.menuAction())
            menu.deleteLater()

    def menu_actions(self) -> list:
        """Every action reachable from the Plugins menu, submenus included."""
        found = []
        for action in self.plugins_menu.actions():
            found.append(action)
            if action.menu() is not None:
                found.extend(action.menu().actions())
        return found

    def toolbar_actions(self) -> list:
        return list(self.toolbar.actions())

    def riskmap_docks(self) -> list:
        flush_deleted_objects()
        return [
            dock
            for dock in self.main_window.findChildren(QDockWidget)
            if dock.objectName() == "RiskMapDock"
        ]


def flush_deleted_objects() -> None:
    """Run pending ``deleteLater`` calls, as QGIS's event loop would."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def provider_ids() -> list[str]:
    return sorted(provider.id() for provider in QgsApplication.processingRegistry().providers())
