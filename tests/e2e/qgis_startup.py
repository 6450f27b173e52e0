"""Run inside the real QGIS desktop (``qgis --code``) by test_qgis_desktop.py.

Waits for the main window and the plugin, checks the menu entry, the toolbar button
and the dock, shows the dock, takes a screenshot, unloads the plugin, writes
``status.json`` into $RISKMAP_E2E_OUT and quits QGIS. QGIS executes this file's
text, so it keeps its state in one dict and reads its settings from the environment.
"""

import json
import os
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QDockWidget

E2E = {"out": Path(os.environ["RISKMAP_E2E_OUT"]), "polls": 0, "status": {"stage": "started"}}


def e2e_write():
    (E2E["out"] / "status.json").write_text(json.dumps(E2E["status"], indent=2))


def e2e_finish():
    E2E["status"]["stage"] = "done"
    e2e_write()
    QTimer.singleShot(200, lambda: QgsApplication.exit(0))


def e2e_guard(step):
    """Run a step; record any error instead of leaving QGIS waiting."""

    def run():
        try:
            step()
        except Exception:
            E2E["status"]["error"] = traceback.format_exc()
            e2e_finish()

    return run


def e2e_main_window():
    return qgis.utils.iface.mainWindow()


def e2e_riskmap_docks():
    docks = e2e_main_window().findChildren(QDockWidget)
    return [dock for dock in docks if dock.objectName() == "RiskMapDock"]


def e2e_riskmap_actions():
    actions = e2e_main_window().findChildren(QAction)
    return [action for action in actions if action.objectName() == "RiskMapAction"]


def e2e_in_plugins_menu():
    menu = qgis.utils.iface.pluginMenu()
    return any(
        action.menu() is not None and action.text().replace("&", "") == "RiskMap"
        for action in menu.actions()
    )


def e2e_providers():
    return sorted(provider.id() for provider in QgsApplication.processingRegistry().providers())


def e2e_wait_for_ui():
    E2E["polls"] += 1
    ready = qgis.utils.iface is not None and e2e_main_window().isVisible()
    if ready and "riskmap_plugin" in qgis.utils.plugins:
        QTimer.singleShot(1000, e2e_guard(e2e_check_plugin))
    elif E2E["polls"] > 120:
        E2E["status"]["error"] = "the plugin did not load within 60 s"
        e2e_finish()
    else:
        QTimer.singleShot(500, e2e_guard(e2e_wait_for_ui))


def e2e_check_plugin():
    status = E2E["status"]
    plugin = qgis.utils.plugins["riskmap_plugin"]
    status["loaded"] = True
    status["plugin_class"] = type(plugin).__name__
    status["providers_loaded"] = e2e_providers()
    actions = e2e_riskmap_actions()
    status["action"] = len(actions) == 1
    status["in_plugins_menu"] = e2e_in_plugins_menu()
    status["in_toolbar"] = (
        bool(actions) and actions[0] in qgis.utils.iface.pluginToolBar().actions()
    )
    docks = e2e_riskmap_docks()
    status["dock"] = len(docks) == 1
    status["dock_hidden_at_start"] = bool(docks) and docks[0].isHidden()
    actions[0].trigger()
    window = e2e_main_window()
    window.showMaximized()
    # Xvfb has no window manager to maximise: fill the screen as a maximised window would.
    from qgis.PyQt.QtWidgets import QApplication

    window.setGeometry(QApplication.primaryScreen().availableGeometry())
    QTimer.singleShot(2000, e2e_guard(e2e_screenshot))


def e2e_on_screen(widget):
    """Whether all of ``widget`` is shown inside the screen (so it can be clicked)."""
    screen = widget.screen().geometry() if hasattr(widget, "screen") else None
    if screen is None:
        from qgis.PyQt.QtWidgets import QApplication

        screen = QApplication.desktop().screenGeometry(widget)
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    bottom_right = widget.mapToGlobal(widget.rect().bottomRight())
    return {
        "visible": widget.isVisible() and not widget.visibleRegion().isEmpty(),
        "inside": screen.contains(top_left) and screen.contains(bottom_right),
        "bottom": bottom_right.y(),
        "screen_height": screen.height(),
    }


def e2e_measure_fit(dock):
    """Where the status bar and the run's buttons are, once the dock is open."""
    window = e2e_main_window()
    fit = {
        "window_height": window.frameGeometry().height(),
        "dock_minimum_height": dock.minimumSizeHint().height(),
        "status_bar": e2e_on_screen(window.statusBar()),
    }
    panel = dock.scoring_panel
    if panel is not None:
        for name, widget in (
            ("generate", panel.generate_button),
            ("cancel", panel.cancel_button),
            ("create_briefing", panel.briefing_panel.create_button),
        ):
            fit[name] = e2e_on_screen(widget)
    return fit


def e2e_screenshot():
    status = E2E["status"]
    dock = e2e_riskmap_docks()[0]
    status["dock_visible"] = dock.isVisible()
    status["action_checked"] = e2e_riskmap_actions()[0].isChecked()
    notice = dock.dependency_notice
    status["dependency_notice_visible"] = notice.isVisible()
    status["dependency_notice"] = notice.text()
    status["dependency_problems"] = [
        str(p) for p in qgis.utils.plugins["riskmap_plugin"].dependency_problems
    ]
    status["fit"] = e2e_measure_fit(dock)
    screenshot = E2E["out"] / "screenshot.png"
    status["screenshot_saved"] = e2e_main_window().grab().save(str(screenshot))
    status["unloaded"] = qgis.utils.unloadPlugin("riskmap_plugin")
    QTimer.singleShot(1000, e2e_guard(e2e_after_unload))


def e2e_after_unload():
    status = E2E["status"]
    status["plugin_after_unload"] = "riskmap_plugin" in qgis.utils.plugins
    status["docks_after_unload"] = len(e2e_riskmap_docks())
    status["actions_after_unload"] = len(e2e_riskmap_actions())
    status["in_plugins_menu_after_unload"] = e2e_in_plugins_menu()
    status["providers_after_unload"] = e2e_providers()
    e2e_finish()


def e2e_record_python_error(message, tag, level):
    if tag == "Python error" or "Traceback" in message:
        E2E["status"].setdefault("python_errors", []).append(message)


E2E["status"]["python_errors"] = []
QgsApplication.messageLog().messageReceived.connect(e2e_record_python_error)
e2e_write()
QTimer.singleShot(500, e2e_guard(e2e_wait_for_ui))
