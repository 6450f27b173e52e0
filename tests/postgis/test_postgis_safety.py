"""PostGIS inputs are safe: hostile names inject nothing, passwords never leak, cancel works."""

from __future__ import annotations

import dataclasses
import json
import threading

import numpy as np
import pytest
from postgis_helpers import pg_layer
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsVectorLayer
from qgis_test_helpers import SAMPLE_DIR

from riskmap_plugin.core import load_model
from riskmap_plugin.core.database_counts import CountQuery
from riskmap_plugin.core.errors import Canceled, DataError
from riskmap_plugin.qgis_adapter.output import read_provenance
from riskmap_plugin.qgis_adapter.postgis_counts import PostgisCounter
from riskmap_plugin.qgis_adapter.postgis_source import postgis_table
from riskmap_plugin.qgis_adapter.runner import compute, prepare_inputs

HOSTILE_TABLE = 'ev"; DROP TABLE canary; --'
HOSTILE_FIELD = 'kind"); DROP TABLE canary; --'
HOSTILE_VALUE = "x'); DROP TABLE canary; --"
PASSWORD = "Pa55'word;with=odd chars"


@pytest.fixture
def hostile_table(connection):
    """A point table whose name, field names and values are SQL, with NULLs in them."""
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS canary")
        cursor.execute("CREATE TABLE canary (alive boolean)")
        cursor.execute('DROP TABLE IF EXISTS "ev""; DROP TABLE canary; --"')
        cursor.execute(
            'CREATE TABLE "ev""; DROP TABLE canary; --" (fid serial PRIMARY KEY, '
            '"kind""); DROP TABLE canary; --" text, "Day" date, "Size" integer, '
            "geom geometry(Point, 4326))"
        )
        # Points from the sample's events, with hostile text, NULLs and dates around the window.
        cursor.execute(
            'INSERT INTO "ev""; DROP TABLE canary; --" ("kind""); DROP TABLE canary; --", '
            '"Day", "Size", geom) SELECT CASE fid %% 4 WHEN 0 THEN %s WHEN 1 THEN NULL '
            "WHEN 2 THEN 'plain' ELSE 'Plain' END, date_start, CASE WHEN fid %% 5 = 0 "
            "THEN NULL ELSE best END, geom FROM events",
            (HOSTILE_VALUE,),
        )
    yield HOSTILE_TABLE
    with connection.cursor() as cursor:
        cursor.execute('DROP TABLE IF EXISTS "ev""; DROP TABLE canary; --"')
        cursor.execute("DROP TABLE IF EXISTS canary")


def _hostile_model(op, value, size_op="!=", size=3):
    return load_model(
        {
            "riskmap_model": 1, "name": "hostile", "as_of": "2018-01-31",
            "units": {"layer": "subdistricts", "id_field": "ADM3_PCODE", "name_field": "ADM3_EN"},
            "criteria": [
                {"id": "a", "label": "A", "layer": "hostile", "measure": "count",
                 "date_field": "Day", "window": {"months": 24},
                 "filter": [{"field": HOSTILE_FIELD, "op": op, "value": value},
                            {"field": "Size", "op": size_op, "value": size}]},
                {"id": "b", "label": "B", "layer": "hostile", "measure": "count",
                 "filter": {"field": HOSTILE_FIELD, "op": "<", "value": "plain"}},
            ],
        }
    )  # fmt: skip


def _scores(model, hostile_layer, force_iterator=False):
    prepared = prepare_inputs(
        model,
        model_dir=SAMPLE_DIR,
        layer_map={"subdistricts": pg_layer("subdistricts"), "hostile": hostile_layer},
        use_default_source=False,
        force_iterator=force_iterator,
    )
    return compute(prepared)


@pytest.mark.parametrize(
    "op, value, size_op",
    [
        ("==", HOSTILE_VALUE, "!="),
        ("not in", [HOSTILE_VALUE, "plain"], ">="),
        ("in", ["Plain", HOSTILE_VALUE], "<"),
        ("!=", "plain", "not in"),
    ],
)
def test_hostile_names_and_values_are_only_names_and_values(
    qgis_app, connection, hostile_table, op, value, size_op
):
    size = [3, 4] if size_op == "not in" else 3
    model = _hostile_model(op, value, size_op, size)
    layer = pg_layer(hostile_table, "hostile")
    counted = _scores(model, layer)
    assert {r["read_path"] for r in counted.provenance["inputs"]} >= {"database"}
    pulled = _scores(model, layer, force_iterator=True)
    for column in ("a_raw", "b_raw"):
        np.testing.assert_array_equal(
            counted.result.units[column].to_numpy(), pulled.result.units[column].to_numpy()
        )
    assert counted.result.units["a_raw"].sum() > 0
    with connection.cursor() as cursor:  # nothing was dropped
        cursor.execute("SELECT to_regclass('canary') IS NOT NULL")
        assert cursor.fetchone()[0]


@pytest.fixture
def officer(connection):
    """A role with a password, as a team's database would have."""
    with connection.cursor() as cursor:
        cursor.execute("DROP ROLE IF EXISTS riskmap_officer")
        cursor.execute("CREATE ROLE riskmap_officer LOGIN PASSWORD %s", (PASSWORD,))
        cursor.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO riskmap_officer")
    yield "riskmap_officer"
    with connection.cursor() as cursor:
        cursor.execute("REASSIGN OWNED BY riskmap_officer TO postgres")
        cursor.execute("DROP OWNED BY riskmap_officer")
        cursor.execute("DROP ROLE IF EXISTS riskmap_officer")


def _authcfg(user: str, password: str) -> str:
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("riskmap-test-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("riskmap officer")
    config.setConfig("username", user)
    config.setConfig("password", password)
    assert manager.storeAuthenticationConfig(config)[0]
    return config.id()


def _layer_with(table, name, **kwargs):
    from postgis_helpers import pg_uri

    layer = QgsVectorLayer(pg_uri(table, **kwargs), name, "postgres")
    assert layer.isValid()
    return layer


def test_no_password_in_provenance_output_or_messages(qgis_app, officer, tmp_path, caplog):
    authcfg = _authcfg(officer, PASSWORD)
    counted = _layer_with("sleeper_cells_illustrative", "cells", user="", authcfg=authcfg)
    assert PASSWORD not in counted.source()
    units = _layer_with("subdistricts", "units", user=officer, password=PASSWORD)
    assert PASSWORD in QgsDataSourceUri(units.source()).password()  # saved in the project
    model = {
        "riskmap_model": 1, "name": "creds", "as_of": "2018-01-31",
        "units": {"layer": "subdistricts", "id_field": "ADM3_PCODE", "name_field": "ADM3_EN"},
        "criteria": [{"id": "c", "label": "C", "layer": "cells", "measure": "count"}],
    }  # fmt: skip
    prepared = prepare_inputs(
        model, layer_map={"subdistricts": units, "cells": counted}, use_default_source=False
    )
    assert PASSWORD not in repr(prepared.readers)
    output = tmp_path / "result.gpkg"
    outcome = compute(prepared, output_path=output)
    paths = {r["reference"]: r["read_path"] for r in outcome.provenance["inputs"]}
    assert paths == {"subdistricts": "iterator", "cells": "database"}
    assert outcome.result.units["c_raw"].sum() > 0  # authcfg gave a working connection
    assert PASSWORD not in json.dumps(outcome.provenance)
    assert PASSWORD not in json.dumps(read_provenance(str(output)), ensure_ascii=False)
    assert PASSWORD.encode() not in output.read_bytes()
    assert PASSWORD not in " ".join(outcome.warnings) + caplog.text
    assert "password='***'" in json.dumps(outcome.provenance)


def test_a_refused_login_says_so_without_the_password(qgis_app, officer):
    layer = _layer_with("sleeper_cells_illustrative", "cells", user=officer, password=PASSWORD)
    table = postgis_table(layer, "cells")
    wrong = dataclasses.replace(
        table, _conninfo=table._conninfo.replace("riskmap_officer", "nobody_here")
    )
    with pytest.raises(DataError) as raised:
        wrong.connect()
    text = str(raised.value)
    assert "could not connect to the database" in text and PASSWORD not in text
    assert PASSWORD not in repr(table)
    # A wrong password: refused by the server (scram-sha-256), said without either password.
    almost = PASSWORD[:-1] + "?"
    wrong = postgis_table(
        _layer_with("sleeper_cells_illustrative", "cells", user=officer, password=PASSWORD),
        "cells",
    )
    wrong = dataclasses.replace(
        wrong,
        _conninfo=wrong._conninfo.replace(_quoted(PASSWORD), _quoted(almost)),
        _secrets=(almost,),
    )
    assert wrong._conninfo != table._conninfo
    with pytest.raises(DataError) as raised:
        wrong.connect()
    assert "password authentication failed" in str(raised.value)
    assert PASSWORD not in str(raised.value) and almost not in str(raised.value)


def _quoted(password: str) -> str:
    """How QGIS quotes a password in a libpq connection string."""
    return "'" + password.replace("\\", "\\\\").replace("'", "\\'") + "'"


def test_cancel_stops_the_query_on_the_server(qgis_app, connection):
    layer = pg_layer("sleeper_cells_illustrative")
    # A query that would take 60 s; it must end as soon as the user cancels.
    table = dataclasses.replace(
        postgis_table(layer, "cells"), subset="(SELECT pg_sleep(60)) IS NOT NULL"
    )
    started = threading.Event()

    def is_canceled():
        return started.is_set()

    counter = PostgisCounter(table, {}, {}, is_canceled=is_canceled)
    import datetime as dt

    import shapely

    query = CountQuery("cells", "c", (), None, None, None, dt.date(2018, 1, 31))
    units = np.array([shapely.box(400000, 3600000, 500000, 3700000)])
    timer = threading.Timer(0.5, started.set)
    timer.start()
    try:
        with pytest.raises(Canceled):
            counter.count(query, units, "EPSG:32638")
    finally:
        timer.cancel()
        counter.close()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'RiskMap' "
            "AND state = 'active'"
        )
        assert cursor.fetchone()[0] == 0
