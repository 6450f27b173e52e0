"""Qt classes that moved between modules in Qt6 (QGIS 4), imported where each Qt has them.

Qt6 moved ``QAction`` and ``QShortcut`` from QtWidgets to QtGui; ``scripts/check_qt6.py``
refuses a QtWidgets import of them anywhere else.
"""

from __future__ import annotations

try:  # Qt6
    from qgis.PyQt.QtGui import QAction, QShortcut
except ImportError:  # Qt5
    from qgis.PyQt.QtWidgets import QAction, QShortcut

__all__ = ["QAction", "QShortcut"]
