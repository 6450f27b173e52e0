"""#22: the start and the end of a run hold QGIS's main thread in short turns only.

The design, not a wall-clock gap (`make bench` measures those, "Worst GUI main-thread gap"):
what a run imports is imported with the panel, not by the first Generate (and GDAL's
bindings not by the worker thread, where their start-up held the GIL); at the end, the
result group, the area cards (ten a turn) and the status line each come in event-loop
turns of their own, and the group's three layers are announced to the dock in one ``layersAdded``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dock_helpers import copy_sample, open_dock, wait_for_run
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop

from riskmap_plugin.gui.area_cards import CARDS_PER_STEP
from riskmap_plugin.qgis_adapter.result_group import (
    adding_result_group,
    group_layer,
    result_groups,
)

ROOT = Path(__file__).resolve().parents[2]

#: Imported by the first run's start (main thread) or its worker thread, in the old way.
RUN_MODULES = (
    "riskmap_plugin.qgis_adapter.runner",
    "riskmap_plugin.qgis_adapter.task",
    "riskmap_plugin.qgis_adapter.output",
    "pyogrio",
    "osgeo.ogr",
)


def test_the_panel_imports_what_a_run_needs(tmp_path):
    # A fresh interpreter: in this one, earlier tests have imported everything already.
    code = (
        "import sys\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False)\n"
        "app.initQgis()\n"
        "import riskmap_plugin.gui.run_control\n"
        f"missing = [m for m in {RUN_MODULES!r} if m not in sys.modules]\n"
        "print('missing', missing)\n"
        "sys.exit(1 if missing else 0)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _one_turn() -> None:
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def test_the_group_the_cards_and_the_status_come_in_turns_of_their_own(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot)
    panel.choose_preset("Stabilization priorities")
    panel.area_cards.set_areas([])
    added = []
    project.layersAdded.connect(lambda layers: added.append([layer.name() for layer in layers]))
    succeeded = []
    panel.runner.succeeded.connect(lambda *_: succeeded.append(True))
    assert panel.generate()
    qtbot.waitUntil(lambda: bool(succeeded), timeout=60_000)
    added.clear()
    turns = []  # after each turn: (the group is there, cards shown, the run's status said)
    for _ in range(100):
        _one_turn()
        status = "at-risk areas" in panel.status_label.text()
        turns.append(
            (
                bool(result_groups(project, "Stabilization priorities")),
                len(panel.area_cards.cards),
                status,
            )
        )
        if not adding_result_group():
            break
    assert not adding_result_group(), "the end of the run was never finished"
    group_turn = next(i for i, (group, _, _) in enumerate(turns) if group)
    cards_turn = next(i for i, (_, cards, _) in enumerate(turns) if cards)
    status_turn = next(i for i, (_, _, status) in enumerate(turns) if status)
    assert group_turn < cards_turn < status_turn, turns
    (group,) = result_groups(project, "Stabilization priorities")
    areas = group_layer(group, "areas").featureCount()
    assert CARDS_PER_STEP < areas <= 2 * CARDS_PER_STEP  # the sample: 13
    counts = sorted({cards for _, cards, _ in turns if cards})
    assert counts == [CARDS_PER_STEP, areas], "ten cards in one turn, the rest in the next"
    assert len(added) == 1 and len(added[0]) == 3, "the group's layers: one layersAdded"
    wait_for_run(qtbot, panel)
