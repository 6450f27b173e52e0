"""Fixtures for the PostGIS tier: real QGIS (offscreen) against a real PostGIS cluster.

``make test-postgis`` (scripts/postgis/tier.sh) starts a throw-away cluster, loads the
sample with ogr2ogr and sets ``RISKMAP_TEST_PG`` to its libpq connection string. Without
it the tier skips, saying why; with ``RISKMAP_REQUIRE_PG=1`` a missing database fails.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "qgis"))

from postgis_helpers import database_dsn, pg_layer  # noqa: E402,F401


def pytest_collection_modifyitems(config, items):
    if database_dsn() is not None:
        return
    reason = "no PostGIS test database: run `make test-postgis` (RISKMAP_TEST_PG unset)"
    if os.environ.get("RISKMAP_REQUIRE_PG") == "1":
        raise pytest.UsageError(reason)
    for item in items:
        item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(autouse=True)
def _free_qgis_objects_while_qgis_runs(qgis_app):
    """Free each test's layers while QGIS still runs (see tests/qgis/conftest.py)."""
    yield
    gc.collect()


@pytest.fixture
def dsn() -> str:
    return database_dsn()


@pytest.fixture
def connection(dsn):
    import psycopg2

    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    yield conn
    conn.close()
