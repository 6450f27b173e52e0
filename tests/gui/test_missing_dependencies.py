"""Without geopandas the plugin still loads, says what is missing and offers to install it."""

from __future__ import annotations

import sys

import pytest
from plugin_host import provider_ids
from qgis.PyQt.QtWidgets import QApplication

from riskmap_plugin import classFactory
from riskmap_plugin.gui.dependencies_dialog import DependenciesDialog


@pytest.fixture()
def plugin_without_geopandas(without_geopandas, plugin_host, qgis_iface):
    providers_before = provider_ids()
    plugin = classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initGui()
    yield plugin
    plugin.unload()
    assert provider_ids() == providers_before


def test_plugin_loads_and_dock_lists_what_is_missing(plugin_without_geopandas, qtbot):
    plugin = plugin_without_geopandas
    assert [str(problem) for problem in plugin.dependency_problems] == [
        "geopandas is missing (needs geopandas>=0.14)"
    ]
    plugin.action.trigger()
    qtbot.waitUntil(lambda: not plugin.dock.isHidden())
    notice = plugin.dock.dependency_notice
    assert not notice.isHidden()
    assert "geopandas is missing" in notice.text()
    assert not plugin.dock.fix_button.isHidden()
    assert plugin.provider is None, "no Processing algorithms without their packages"


def test_fix_button_opens_the_dependencies_dialog(plugin_without_geopandas, monkeypatch):
    shown = []
    monkeypatch.setattr(DependenciesDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    plugin_without_geopandas.dock.fix_button.click()
    assert len(shown) == 1
    assert "geopandas is missing" in shown[0].explanation.text()


@pytest.fixture()
def dialog(without_geopandas, qtbot):
    from riskmap_plugin.dependencies import check_dependencies

    dialog = DependenciesDialog(check_dependencies())
    qtbot.addWidget(dialog)
    return dialog


def test_on_linux_the_dialog_runs_nothing_and_shows_the_distribution_command(dialog):
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux plan")
    assert dialog.plan.kind == "distribution"
    assert dialog.install_button.isHidden(), "RiskMap never runs pip on Linux"
    lines = dialog.command_field.toPlainText().splitlines()
    assert lines == list(dialog.plan.commands)
    assert lines[0] == "sudo apt install python3-geopandas", "this machine is Debian"
    assert "--no-binary" in lines[-1] and "geopandas>=0.14" in lines[-1]
    assert dialog.command_field.isReadOnly()


def test_copy_command_puts_it_on_the_clipboard(dialog):
    QApplication.clipboard().clear()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == dialog.command
    assert "restart QGIS" in dialog.status.text()


def _pip_dialog(qtbot, monkeypatch, program, arguments, confirmed=True):
    """The Windows/macOS dialog, with a stand-in for pip (same QProcess path)."""
    from riskmap_plugin.dependency_install import InstallPlan

    plan = InstallPlan("pip", ("pip install …",), program=program, arguments=tuple(arguments))
    dialog = DependenciesDialog([], plan=plan)
    qtbot.addWidget(dialog)
    asked = []
    monkeypatch.setattr(dialog, "confirm", lambda: asked.append(dialog.command) or confirmed)
    return dialog, asked


def test_install_asks_first_with_the_exact_command(qtbot, monkeypatch):
    dialog, asked = _pip_dialog(qtbot, monkeypatch, sys.executable, ["-c", "1"], confirmed=False)
    assert not dialog.install_button.isHidden()
    dialog.install_button.click()
    assert asked == ["pip install …"]
    assert dialog.process is None, "declined: nothing runs"


def test_install_runs_pip_in_the_background_and_asks_for_a_restart(qtbot, monkeypatch):
    dialog, _ = _pip_dialog(
        qtbot,
        monkeypatch,
        sys.executable,
        ["-c", "print('Successfully installed geopandas-1.1.4')"],
    )
    dialog.install_button.click()
    assert not dialog.install_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_installing(), timeout=20000)
    qtbot.waitUntil(dialog.install_button.isEnabled)
    assert "Successfully installed geopandas" in dialog.output.toPlainText()
    assert dialog.status.text() == "Installed. Restart QGIS to use RiskMap."


def test_failed_install_says_so_and_points_to_the_command(qtbot, monkeypatch):
    dialog, _ = _pip_dialog(
        qtbot,
        monkeypatch,
        sys.executable,
        ["-c", "import sys; print('ERROR: no network'); sys.exit(3)"],
    )
    dialog.install_button.click()
    qtbot.waitUntil(dialog.install_button.isEnabled, timeout=20000)
    assert "exit code 3" in dialog.status.text()
    assert "ERROR: no network" in dialog.output.toPlainText()


def test_install_reports_a_python_that_cannot_start(qtbot, monkeypatch, tmp_path):
    dialog, _ = _pip_dialog(qtbot, monkeypatch, str(tmp_path / "no-such-python"), [])
    dialog.install_button.click()
    qtbot.waitUntil(dialog.install_button.isEnabled, timeout=20000)
    assert dialog.status.text().startswith("Could not start")
