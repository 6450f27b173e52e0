"""`make lint`'s Qt6 check catches what breaks on PyQt6 / QGIS 4 and what 3.44 deprecates."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest
from qgis_test_helpers import REPO

SCRIPT = REPO / "scripts" / "check_qt6.py"

BROKEN = """
from qgis.core import QgsField
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtWidgets import QMessageBox

INTEGERS = {QVariant.Type.Int, QVariant.LongLong}
FIELD = QgsField("count", QVariant.Int)
ANSWER = QMessageBox.StandardButton.Yes


def shrink(label, font):
    label.setFont(font)
"""


def _run(package) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(package)], capture_output=True, text=True, check=False
    )


def test_the_package_itself_is_clean():
    ran = _run(REPO / "riskmap_plugin")
    assert ran.returncode == 0, ran.stdout + ran.stderr


def test_qvariant_types_qgsfield_and_label_fonts_are_found(tmp_path):
    package = tmp_path / "broken_plugin"
    package.mkdir()
    (package / "module.py").write_text(BROKEN, encoding="utf-8")
    ran = _run(package)
    assert ran.returncode == 1
    found = ran.stdout
    assert "module.py:6: QVariant.Type: PyQt6 has no QVariant types" in found
    assert "module.py:6: QVariant.LongLong" in found
    assert "module.py:7: QgsField(name, type): use qt_compat.new_field" in found
    assert "module.py:12: label.setFont()" in found


@pytest.mark.skipif(importlib.util.find_spec("PyQt6") is None, reason="needs python3-pyqt6")
def test_names_are_resolved_in_pyqt6_itself(tmp_path):
    package = tmp_path / "broken_plugin"
    package.mkdir()
    (package / "module.py").write_text(BROKEN, encoding="utf-8")
    found = _run(package).stdout
    assert "QtCore.QVariant.Type.Int does not exist in PyQt6" in found
    assert "QMessageBox.StandardButton.Yes" not in found, "PyQt6 has the scoped name"
