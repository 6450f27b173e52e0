"""Helpers of the PostGIS tier: the test database and PostGIS layers on it."""

from __future__ import annotations

import os

from qgis.core import QgsDataSourceUri, QgsVectorLayer


def database_dsn() -> str | None:
    """The test database's libpq connection string, or None when there is none."""
    return os.environ.get("RISKMAP_TEST_PG") or None


def dsn_parts(dsn: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in dsn.split())


def pg_uri(table: str, *, user=None, password=None, authcfg=None, sql="", geometry="geom"):
    parts = dsn_parts(database_dsn())
    uri = QgsDataSourceUri()
    uri.setConnection(
        parts.get("host", ""),
        parts.get("port", ""),
        parts["dbname"],
        user if user is not None else parts.get("user", ""),
        password or "",
        QgsDataSourceUri.SslMode.SslDisable,
        authcfg or "",
    )
    uri.setDataSource("public", table, geometry, sql, "fid")
    return uri.uri(False)


def pg_layer(table: str, name: str | None = None, **kwargs) -> QgsVectorLayer:
    """A QGIS ``postgres`` layer on a table of the test database."""
    layer = QgsVectorLayer(pg_uri(table, **kwargs), name or table, "postgres")
    assert layer.isValid(), f"PostGIS layer {table} is not valid"
    return layer
