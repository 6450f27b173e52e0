"""Accessibility: named, explained controls; keyboard shortcuts; classes that survive greyscale."""

from __future__ import annotations

from dock_helpers import open_dock
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView)


def _controls(panel):
    """The panel's own interactive controls (named RiskMap…), not Qt's inner parts."""
    for widget in panel.findChildren(QWidget):
        if widget.objectName().startswith("RiskMap") and isinstance(widget, INTERACTIVE):
            yield widget


def test_every_control_has_an_accessible_name_and_a_tooltip(qgis_iface, qtbot):
    _dock, panel = open_dock(qgis_iface, qtbot)
    controls = list(_controls(panel))
    assert len(controls) >= 12
    unnamed = [w.objectName() for w in controls if not w.accessibleName().strip()]
    unexplained = [w.objectName() for w in controls if not w.toolTip().strip()]
    assert unnamed == [] and unexplained == []


def test_keyboard_shortcuts_and_tab_order_reach_generate(qgis_iface, qtbot):
    _dock, panel = open_dock(qgis_iface, qtbot)
    assert panel.generate_shortcut.key().toString() == "Ctrl+Return"
    assert panel.cancel_shortcut.key().toString() == "Esc"
    # Tabbing from the preset reaches Generate without a mouse.
    widget, seen = panel.preset_combo, []
    for _ in range(200):
        widget = widget.nextInFocusChain()
        seen.append(widget)
        if widget is panel.generate_button:
            break
    assert panel.generate_button in seen
    assert panel.generate_button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_class_colours_stay_apart_in_greyscale():
    from riskmap_plugin.qgis_adapter.style import class_colors

    for count in range(3, 8):
        # Luminance (ITU-R 601) of each class colour printed on white paper.
        grey = [0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue() for c in class_colors(count)]
        gaps = [a - b for a, b in zip(grey, grey[1:])]
        assert min(gaps) >= 20, (count, grey)
