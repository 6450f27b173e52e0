"""The plugin in QGIS: menu entry, toolbar button, dock toggling, clean unload."""

from __future__ import annotations

import importlib.util

import pytest
from plugin_host import provider_ids
from qgis.PyQt.QtWidgets import QAction

from riskmap_plugin import classFactory
from riskmap_plugin.plugin import RiskMapPlugin

PROVIDER_MODULE = "riskmap_plugin.processing_provider.provider"
PROVIDER_EXISTS = importlib.util.find_spec(PROVIDER_MODULE) is not None


@pytest.fixture()
def loaded_plugin(plugin_host, qgis_iface):
    plugin = classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initGui()
    yield plugin
    if plugin.action is not None:  # the test did not unload it
        plugin.unload()


def test_class_factory_returns_the_plugin(qgis_iface):
    assert isinstance(classFactory(qgis_iface), RiskMapPlugin)


def test_init_gui_adds_menu_entry_toolbar_button_and_hidden_dock(loaded_plugin, plugin_host):
    action = loaded_plugin.action
    assert isinstance(action, QAction)
    assert action.isCheckable()
    assert not action.icon().isNull(), "icon from resources/icon.svg"
    assert action in plugin_host.menu_actions()
    assert "&RiskMap" in [a.text() for a in plugin_host.plugins_menu.actions()]
    assert action in plugin_host.toolbar_actions()
    docks = plugin_host.riskmap_docks()
    assert docks == [loaded_plugin.dock]
    assert docks[0].windowTitle() == "RiskMap"
    assert docks[0].isHidden()
    assert not action.isChecked()


def test_toolbar_button_toggles_the_dock(loaded_plugin, plugin_host, qtbot):
    plugin_host.main_window.show()
    dock, action = loaded_plugin.dock, loaded_plugin.action

    action.trigger()
    qtbot.waitUntil(dock.isVisible)
    assert action.isChecked()

    action.trigger()
    qtbot.waitUntil(lambda: not dock.isVisible())
    assert not action.isChecked()

    action.trigger()
    qtbot.waitUntil(dock.isVisible)
    dock.close()  # the dock's own close button unchecks the button
    qtbot.waitUntil(lambda: not action.isChecked())


def test_unload_removes_everything_it_added(plugin_host, qgis_iface):
    menu_before = plugin_host.menu_actions()
    toolbar_before = plugin_host.toolbar_actions()
    providers_before = provider_ids()

    plugin = classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initGui()
    assert len(plugin_host.menu_actions()) > len(menu_before)
    assert plugin_host.riskmap_docks()
    if PROVIDER_EXISTS and not plugin.dependency_problems:
        assert len(provider_ids()) == len(providers_before) + 1

    plugin.unload()

    assert plugin_host.menu_actions() == menu_before
    assert plugin_host.toolbar_actions() == toolbar_before
    assert plugin_host.riskmap_docks() == []
    assert provider_ids() == providers_before
    assert plugin.action is None and plugin.dock is None and plugin.provider is None


def test_unload_twice_and_reload_work(plugin_host, qgis_iface):
    """QGIS's plugin reloader unloads and loads again in the same session."""
    for _ in range(2):
        plugin = classFactory(qgis_iface)
        plugin.initGui()
        plugin.unload()
        plugin.unload()
    assert plugin_host.riskmap_docks() == []
    assert plugin_host.toolbar_actions() == []


def test_dock_has_no_dependency_notice_when_packages_are_present(loaded_plugin):
    if loaded_plugin.dependency_problems:
        pytest.skip(f"this Python lacks packages: {loaded_plugin.dependency_problems}")
    assert loaded_plugin.dock.dependency_notice.isHidden()
    assert loaded_plugin.dock.fix_button.isHidden()
