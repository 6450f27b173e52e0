"""The PostGIS result store: runs in one transaction, latest-run views, concurrent runs."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from postgis_helpers import database_dsn, dsn_parts
from qgis_test_helpers import SAMPLE_DIR, SAMPLE_MODEL

from riskmap_plugin.core.errors import Canceled
from riskmap_plugin.qgis_adapter.postgis_source import postgis_connection
from riskmap_plugin.qgis_adapter.postgis_store import ResultStore, view_prefix
from riskmap_plugin.qgis_adapter.runner import compute, prepare_inputs

SCHEMA = 'team results"; DROP SCHEMA public; --'


@pytest.fixture
def store(connection):
    with connection.cursor() as cursor:
        cursor.execute('DROP SCHEMA IF EXISTS "team results""; DROP SCHEMA public; --" CASCADE')
    parts = dsn_parts(database_dsn())
    uri = (
        f"dbname='{parts['dbname']}' host={parts['host']} port={parts['port']} user={parts['user']}"
    )
    yield ResultStore(postgis_connection(uri), SCHEMA)
    with connection.cursor() as cursor:
        cursor.execute('DROP SCHEMA IF EXISTS "team results""; DROP SCHEMA public; --" CASCADE')


def _prepared():
    # Not a fixture: pytest would free the layers only after QGIS's last gc (a crash).
    return prepare_inputs(SAMPLE_MODEL, model_dir=SAMPLE_DIR)


def _count(connection, table, where=""):
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT count(*) FROM "team results""; DROP SCHEMA public; --".{table} {where}'
        )
        return cursor.fetchone()[0]


def test_a_run_is_stored_whole_and_the_view_shows_the_latest(qgis_app, store, connection, tmp_path):
    prepared_sample = _prepared()
    outcome = compute(prepared_sample, store=store)
    assert outcome.run_id
    units = outcome.result.units
    assert _count(connection, "runs") == 1
    assert _count(connection, "units") == len(units)
    assert _count(connection, "areas") == len(outcome.result.areas)
    assert _count(connection, "criteria") == len(outcome.result.criteria)
    view = f'"{view_prefix(outcome.result.model.name)}_units"'
    assert view == '"stabilization_priorities_units"'
    second = compute(prepared_sample, store=store)
    assert _count(connection, "runs") == 2
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT DISTINCT run_id::text FROM "team results""; DROP SCHEMA public; --".{view}'
        )
        assert [row[0] for row in cursor.fetchall()] == [second.run_id]
        cursor.execute(
            f'SELECT key, score, rank, class FROM "team results""; DROP SCHEMA public; --".{view} '
            "ORDER BY row_no"
        )
        rows = cursor.fetchall()
    assert [r[0] for r in rows] == units["unit_id"].astype(str).tolist()
    np.testing.assert_array_equal([r[1] for r in rows], units["score"].to_numpy())
    assert [r[3] for r in rows] == units["class"].tolist()
    # The schema name was a name: the public schema is still there.
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('public.events') IS NOT NULL")
        assert cursor.fetchone()[0]


def test_the_briefing_reads_a_stored_run_and_compares_with_the_previous(qgis_app, store, tmp_path):
    prepared_sample = _prepared()
    first = compute(prepared_sample, store=store)
    # "Compare with the previous briefing" from the store.
    previous = store.previous_run(first.result.model.name)
    assert previous is not None and previous.path == f"run {first.run_id}"
    prepared_sample.previous = previous
    try:
        second = compute(prepared_sample, store=store)
    finally:
        prepared_sample.previous = None
    assert second.changes is not None and len(second.changes) == 0  # same data: no change
    assert second.provenance["previous_result"] == f"run {first.run_id}"
    assert store.previous_run(first.result.model.name, before=second.run_id).path == (
        f"run {first.run_id}"
    )
    # Any stored run becomes a result GeoPackage the briefing reads.
    from riskmap_plugin.report.result_files import read_result

    path = store.export_run(first.run_id, tmp_path / "stored.gpkg")
    tables = read_result(path)
    np.testing.assert_array_equal(
        tables.units["score"].to_numpy(), first.result.units["score"].to_numpy()
    )
    assert tables.areas["name"].tolist() == first.result.areas["name"].tolist()
    assert tables.provenance["stored_run"]["run_id"] == first.run_id


def test_a_canceled_run_leaves_nothing_in_the_store(qgis_app, store, connection):
    prepared_sample = _prepared()
    first = compute(prepared_sample, store=store)
    written = []

    class CancelAfterUnits(ResultStore):
        """The officer cancels once the units of the new run are in the database."""

        def _insert_rows(self, cursor, table, run_id, frame):
            super()._insert_rows(cursor, table, run_id, frame)
            written.append(table)

    canceling = CancelAfterUnits(store.source, store.schema)
    with pytest.raises(Canceled):
        compute(prepared_sample, store=canceling, is_canceled=lambda: "units" in written)
    assert written == ["units"]
    assert _count(connection, "runs") == 1
    assert _count(connection, "units") == _count(
        connection, "units", f"WHERE run_id = '{first.run_id}'"
    )


def test_two_officers_running_at_once_both_get_their_run(qgis_app, store, connection):
    # Two runs prepared on the main thread, scored and stored at the same time.
    prepared = [prepare_inputs(SAMPLE_MODEL, model_dir=SAMPLE_DIR) for _ in range(2)]
    outcomes, errors = [None, None], []
    start = threading.Barrier(2)

    def run(i):
        try:
            start.wait()
            outcomes[i] = compute(prepared[i], store=store)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    ids = {o.run_id for o in outcomes}
    assert len(ids) == 2
    n = len(outcomes[0].result.units)
    for run_id in ids:
        assert _count(connection, "units", f"WHERE run_id = '{run_id}'") == n
    assert _count(connection, "runs") == 2


KILLED_SCHEMA = "killed_run"

# The child stores the sample and is killed (SIGKILL, no clean-up of any kind) right after
# its first table's rows went to the server, inside the open transaction.
_CHILD = r"""
import sys, time
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from riskmap_plugin.qgis_adapter import postgis_store
from riskmap_plugin.qgis_adapter.postgis_source import postgis_connection
from riskmap_plugin.qgis_adapter.runner import compute, prepare_inputs
original = postgis_store.ResultStore._insert_rows
def stalled(self, cursor, table, run_id, frame):
    original(self, cursor, table, run_id, frame)
    print("ROWS SENT", table, flush=True)
    time.sleep(120)
postgis_store.ResultStore._insert_rows = stalled
model, folder, uri, schema = sys.argv[1:5]
prepared = prepare_inputs(model, model_dir=folder)
compute(prepared, store=postgis_store.ResultStore(postgis_connection(uri), schema))
"""


def test_a_killed_run_leaves_no_partial_run_in_the_store(qgis_app, connection, tmp_path):
    import os
    import signal
    import subprocess
    import sys

    with connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {KILLED_SCHEMA} CASCADE")
    parts = dsn_parts(database_dsn())
    uri = (
        f"dbname='{parts['dbname']}' host={parts['host']} port={parts['port']} user={parts['user']}"
    )
    script = tmp_path / "child.py"
    script.write_text(_CHILD, encoding="utf-8")
    repo = str(SAMPLE_DIR.parents[1])  # the child imports riskmap_plugin from this checkout
    path = os.pathsep.join(p for p in (repo, os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path}
    child = subprocess.Popen(  # noqa: S603 - our own interpreter and script
        [sys.executable, str(script), str(SAMPLE_MODEL), str(SAMPLE_DIR), uri, KILLED_SCHEMA],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = child.stdout.readline()
        if not line.startswith("ROWS SENT"):
            child.kill()
            pytest.fail(f"the child did not reach the store: {child.communicate()[1][-2000:]}")
        with connection.cursor() as cursor:  # the server really holds the open transaction
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction'"
            )
            assert cursor.fetchone()[0] >= 1
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    with connection.cursor() as cursor:
        # PostgreSQL rolls the dead session's transaction back: no schema, no run, no rows.
        for _ in range(50):
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction'"
            )
            if cursor.fetchone()[0] == 0:
                break
            threading.Event().wait(0.1)
        cursor.execute(
            "SELECT to_regclass(%s), to_regclass(%s)",
            (f"{KILLED_SCHEMA}.runs", f"{KILLED_SCHEMA}.units"),
        )
        runs_table, units_table = cursor.fetchone()
        if runs_table is not None:
            cursor.execute(f"SELECT count(*) FROM {KILLED_SCHEMA}.runs")
            assert cursor.fetchone()[0] == 0
            cursor.execute(f"SELECT count(*) FROM {KILLED_SCHEMA}.units")
            assert cursor.fetchone()[0] == 0
        else:
            assert units_table is None
        cursor.execute(f"DROP SCHEMA IF EXISTS {KILLED_SCHEMA} CASCADE")
