"""Fixtures for the plugin/GUI tier: real QGIS widgets (pytest-qgis) driven by pytest-qt.

Run with a display (``make test-gui`` uses Xvfb) or with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# pytest-qgis has already started QGIS when this file is read, so the environment
# must come from the caller (the Makefile); these defaults serve child processes.
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROCESSING_PLUGINS = Path("/usr/share/qgis/python/plugins")
if PROCESSING_PLUGINS.is_dir() and str(PROCESSING_PLUGINS) not in sys.path:
    sys.path.append(str(PROCESSING_PLUGINS))

from plugin_host import PluginHost, flush_deleted_objects  # noqa: E402


@pytest.fixture()
def plugin_host(qgis_iface, monkeypatch) -> PluginHost:
    """``qgis_iface`` whose menu, toolbar and dock calls act on the real main window."""
    host = PluginHost(qgis_iface)
    main_window = host.main_window
    monkeypatch.setattr(qgis_iface, "addPluginToMenu", host.add_plugin_to_menu, raising=False)
    monkeypatch.setattr(qgis_iface, "removePluginMenu", host.remove_plugin_menu, raising=False)
    monkeypatch.setattr(qgis_iface, "addToolBarIcon", host.toolbar.addAction, raising=False)
    monkeypatch.setattr(qgis_iface, "removeToolBarIcon", host.toolbar.removeAction, raising=False)
    monkeypatch.setattr(qgis_iface, "addDockWidget", main_window.addDockWidget, raising=False)
    monkeypatch.setattr(qgis_iface, "removeDockWidget", main_window.removeDockWidget, raising=False)
    yield host
    main_window.menuBar().removeAction(host.plugins_menu.menuAction())
    main_window.removeToolBar(host.toolbar)
    host.plugins_menu.deleteLater()
    host.toolbar.deleteLater()
    main_window.hide()
    flush_deleted_objects()


@pytest.fixture()
def without_geopandas(monkeypatch):
    """Make geopandas look absent from QGIS's Python, as on a fresh QGIS install."""
    import importlib.util

    real_find_spec = importlib.util.find_spec

    def find_spec(name, *args, **kwargs):
        if name == "geopandas" or name.startswith("geopandas."):
            return None
        return real_find_spec(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
