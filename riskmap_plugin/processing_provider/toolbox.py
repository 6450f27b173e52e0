"""What the Processing toolbox shows of each RiskMap algorithm: its title and search tags.

One table for the four algorithms, keyed by the algorithm's id. The words are marked where
they are defined (``QT_TRANSLATE_NOOP`` under ``"@default"``, the context of
:func:`.base.tr`) so that ``make transup`` collects them; they are translated when QGIS asks.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

#: Algorithm id → the title shown in the toolbox.
TITLES = {
    "score": QT_TRANSLATE_NOOP("@default", "Score at-risk areas"),
    "hexgrid": QT_TRANSLATE_NOOP("@default", "Create hexagon grid"),
    "briefing": QT_TRANSLATE_NOOP("@default", "Print briefing (PDF)"),
    "backtest": QT_TRANSLATE_NOOP("@default", "Backtest the model against what happened next"),
}

#: Algorithm id → the words the toolbox's search finds it by.
TAGS = {
    "score": (
        QT_TRANSLATE_NOOP("@default", "risk"),
        QT_TRANSLATE_NOOP("@default", "at-risk areas"),
        QT_TRANSLATE_NOOP("@default", "stabilization"),
        QT_TRANSLATE_NOOP("@default", "conflict"),
        QT_TRANSLATE_NOOP("@default", "violent extremism"),
        QT_TRANSLATE_NOOP("@default", "composite indicator"),
        QT_TRANSLATE_NOOP("@default", "multi-criteria"),
        QT_TRANSLATE_NOOP("@default", "watch list"),
    ),
    "hexgrid": (
        QT_TRANSLATE_NOOP("@default", "hexagon"),
        QT_TRANSLATE_NOOP("@default", "grid"),
        QT_TRANSLATE_NOOP("@default", "analysis units"),
        QT_TRANSLATE_NOOP("@default", "tessellation"),
    ),
    "briefing": (
        QT_TRANSLATE_NOOP("@default", "briefing"),
        QT_TRANSLATE_NOOP("@default", "report"),
        QT_TRANSLATE_NOOP("@default", "print layout"),
        QT_TRANSLATE_NOOP("@default", "atlas"),
        QT_TRANSLATE_NOOP("@default", "PDF"),
    ),
    "backtest": (
        QT_TRANSLATE_NOOP("@default", "backtest"),
        QT_TRANSLATE_NOOP("@default", "validation"),
        QT_TRANSLATE_NOOP("@default", "forecast"),
        QT_TRANSLATE_NOOP("@default", "baseline"),
        QT_TRANSLATE_NOOP("@default", "ROC AUC"),
    ),
}
