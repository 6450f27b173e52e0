"""The dock's Backtest box: a QgsTask with progress per as-of date, cancel, chart, briefing file."""

from __future__ import annotations

from dock_helpers import copy_sample, open_dock, wait_for_run
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

BACKTEST_TIMEOUT_MS = 120_000


def _generated(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot)
    panel.choose_preset("Stabilization priorities")
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    wait_for_run(qtbot, panel)
    assert panel.result_path()
    return dock, panel, panel.backtest_panel


def test_backtest_from_the_dock_saves_beside_the_result_and_shows_the_chart(
    qgis_iface, qtbot, tmp_path
):
    import pyogrio

    _dock, panel, backtest = _generated(qgis_iface, qtbot, tmp_path)
    texts = []
    assert backtest.start()
    backtest.task.progress_text.connect(texts.append)
    assert not backtest.run_button.isEnabled() and backtest.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: backtest.task is None, timeout=BACKTEST_TIMEOUT_MS)
    assert backtest.output_path.endswith("_backtest.gpkg")
    assert backtest.output_path == panel.result_path()[: -len(".gpkg")] + "_backtest.gpkg"
    table = pyogrio.read_dataframe(backtest.output_path, layer="backtest_metrics")
    assert {"2016-12-31", "2017-06-30", "2017-12-31"} <= set(table["as_of"])
    assert "the best baseline" in backtest.status_label.text()
    assert backtest.chart_label.pixmap() is not None and not backtest.chart_label.pixmap().isNull()
    # progress came once per as-of date
    assert [t for t in texts if t.startswith("Scoring at")] == [
        "Scoring at 2016-12-31",
        "Scoring at 2017-06-30",
        "Scoring at 2017-12-31",
    ]
    assert backtest.run_button.isEnabled()


def test_cancel_a_backtest_writes_nothing(qgis_iface, qtbot, tmp_path):
    from pathlib import Path

    _dock, panel, backtest = _generated(qgis_iface, qtbot, tmp_path)
    backtest.every_spin.setValue(1)  # 13 as-of dates: time to cancel
    assert backtest.start()
    backtest.cancel()
    qtbot.waitUntil(lambda: backtest.task is None, timeout=BACKTEST_TIMEOUT_MS)
    assert "cancelled" in backtest.status_label.text()
    target = Path(panel.result_path()[: -len(".gpkg")] + "_backtest.gpkg")
    assert not target.exists()


def test_without_a_result_the_backtest_says_generate_first(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    _dock, panel = open_dock(qgis_iface, qtbot)
    panel.output_widget.setFilePath(str(tmp_path / "not_yet.gpkg"))
    assert not panel.backtest_panel.start()
    assert "Generate the at-risk areas first" in panel.backtest_panel.status_label.text()


def test_the_backtest_parses_the_dock_model_once_and_carries_that_model(
    qgis_iface, qtbot, tmp_path, monkeypatch, model_parses
):
    from riskmap_plugin.core import Model
    from riskmap_plugin.qgis_adapter import runner

    _dock, panel, backtest = _generated(qgis_iface, qtbot, tmp_path)
    given, prepare = [], runner.prepare_inputs
    monkeypatch.setattr(
        runner, "prepare_inputs", lambda model, **kw: given.append(model) or prepare(model, **kw)
    )
    assert len(model_parses) == 1  # Generate's own run parsed its document once
    model_parses.clear()
    assert backtest.start()
    try:
        assert len(model_parses) == 1
        assert isinstance(given[0], Model)  # prepare_inputs takes it as is, no second parse
        assert given[0].name == "Stabilization priorities"
        assert backtest.task.description() == "RiskMap backtest: Stabilization priorities"
    finally:
        backtest.cancel()
        qtbot.waitUntil(lambda: backtest.task is None, timeout=BACKTEST_TIMEOUT_MS)


def test_a_backtest_never_reads_the_sample_for_a_row_left_without_a_layer(
    qgis_iface, qtbot, tmp_path
):
    """Like Generate, the backtest reads only the layers chosen in the dock: a row whose layer
    was cleared after the run stops it, as it blocks Generate, instead of reading the model's
    ``default_source`` (the sample's files, some of them made up)."""
    _dock, panel, backtest = _generated(qgis_iface, qtbot, tmp_path)
    rows = panel.criteria_model.rows
    (position,) = [i for i, r in enumerate(rows) if r.criterion["id"] == "ethnic_mix"]
    panel.criteria_model.set_layer(position, None)
    started = backtest.start()
    assert not started, "the backtest read a layer the officer did not choose"
    assert backtest.task is None
    said = backtest.status_label.text()
    assert said.startswith("Cannot run yet:") and f"rows {position + 1} cannot run" in said, said


def test_closing_the_dock_while_a_backtest_runs_touches_no_deleted_widget(
    qgis_iface, qtbot, tmp_path
):
    """The task outlives the dock: its progress and end signals must not reach the
    deleted widgets (a RuntimeError in QGIS's log before)."""
    from plugin_host import flush_deleted_objects
    from qgis.PyQt import sip

    _dock, _panel, backtest = _generated(qgis_iface, qtbot, tmp_path)
    assert backtest.start()
    task = backtest.task
    backtest.deleteLater()  # as when QGIS deletes a closed dock (qtbot still owns this one)
    flush_deleted_objects()
    assert sip.isdeleted(backtest)
    ended = []  # after finished(), where the task's own end signals are emitted
    task.taskCompleted.connect(lambda: ended.append("completed"))
    task.taskTerminated.connect(lambda: ended.append("terminated"))
    qtbot.waitUntil(lambda: bool(ended), timeout=BACKTEST_TIMEOUT_MS)
    flush_deleted_objects()
