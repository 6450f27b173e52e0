"""The dock's output section stores the run in a PostGIS schema chosen there (pytest-qt)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pyogrio
import pytest
from postgis_helpers import database_dsn, dsn_parts
from qgis.core import QgsDataSourceUri, QgsProject, QgsProviderRegistry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "gui"))

from dock_helpers import copy_sample, open_dock, wait_for_run  # noqa: E402

SCHEMA = "riskmap dock"
CONNECTION = "RiskMap dock store"


@pytest.fixture
def saved_connection():
    parts = dsn_parts(database_dsn())
    uri = QgsDataSourceUri()
    uri.setConnection(
        parts["host"], parts["port"], parts["dbname"], parts["user"], "",
        QgsDataSourceUri.SslMode.SslDisable, "",
    )  # fmt: skip
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), CONNECTION)
    yield CONNECTION
    metadata.deleteConnection(CONNECTION)


@pytest.fixture
def schema(connection):
    with connection.cursor() as cursor:
        cursor.execute(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE')
        cursor.execute(f'CREATE SCHEMA "{SCHEMA}"')
    yield SCHEMA
    with connection.cursor() as cursor:
        cursor.execute(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE')


def _fetch(connection, statement, params=()):
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchall()


def test_the_dock_stores_the_run_in_the_chosen_schema_and_remembers_it(
    qgis_iface, qtbot, saved_connection, schema, connection, tmp_path
):
    project = QgsProject.instance()
    project_path = copy_sample(tmp_path)
    assert project.read(str(project_path))
    dock, panel = open_dock(qgis_iface, qtbot, project)
    choice = panel.store_choice
    assert choice.result_store() is None  # nothing chosen: nothing stored
    choice.connection_combo.setConnection(saved_connection)
    choice.schema_combo.setSchema(schema)
    assert choice.state() == {"connection": saved_connection, "schema": schema}
    output = tmp_path / "result.gpkg"
    panel.output_widget.setFilePath(str(output))
    assert panel.generate()
    wait_for_run(qtbot, panel)
    runs = _fetch(connection, f'SELECT run_id::text FROM "{SCHEMA}".runs')
    assert len(runs) == 1, panel.status_label.text()
    run_id = runs[0][0]
    assert f"stored as run {run_id}" in panel.status_label.text()
    units = pyogrio.read_dataframe(output, layer="units")
    rows = _fetch(
        connection,
        f'SELECT key, score FROM "{SCHEMA}".units WHERE run_id = %s ORDER BY row_no',
        (run_id,),
    )
    assert [r[0] for r in rows] == units["unit_id"].astype(str).tolist()
    np.testing.assert_array_equal([r[1] for r in rows], units["score"].to_numpy())
    # Remembered in the project: written, read again, shown again.
    assert project.write(str(project_path))
    dock.close()
    project.clear()
    assert project.read(str(project_path))
    dock, panel = open_dock(qgis_iface, qtbot, project)
    assert panel.store_choice.state() == {"connection": saved_connection, "schema": schema}
    # A remembered connection that QGIS no longer has stops Generate, saying so.
    QgsProviderRegistry.instance().providerMetadata("postgres").deleteConnection(saved_connection)
    panel.store_choice.set_state({"connection": saved_connection, "schema": schema})
    assert not panel.generate()
    assert "no saved PostgreSQL connection" in panel.status_label.text()
    assert len(_fetch(connection, f'SELECT run_id FROM "{SCHEMA}".runs')) == 1
    dock.close()
    project.clear()


def test_a_run_the_store_refuses_leaves_no_new_file_and_says_why(
    qgis_iface, qtbot, saved_connection, schema, connection, tmp_path
):
    # A "runs" table that is not RiskMap's: the store's insert fails inside its transaction.
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE TABLE "{SCHEMA}".runs (something integer)')
    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot, project)
    panel.store_choice.connection_combo.setConnection(saved_connection)
    panel.store_choice.schema_combo.setSchema(schema)
    output = tmp_path / "refused.gpkg"
    panel.output_widget.setFilePath(str(output))
    layers_before = set(project.mapLayers())
    assert panel.generate()
    wait_for_run(qtbot, panel)
    assert not output.exists()  # all or nothing: the store refused, so no GeoPackage either
    assert set(project.mapLayers()) == layers_before
    assert _fetch(connection, f'SELECT count(*) FROM "{SCHEMA}".runs') == [(0,)]
    assert "Traceback" not in panel.status_label.text()
    dock.close()
    project.clear()
