"""Where a PostGIS layer lives, and a connection to it that never shows its password.

The connection comes from the QGIS layer's own data source: host, port, database, user,
SSL mode, service, and the password either in the source or in QGIS's authentication
manager (``authcfg``), expanded only when connecting. The password is never put into
an object's ``repr``, the provenance, a log or an error message: :func:`public_source`
and :func:`scrubbed` remove it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qgis.core import QgsDataSourceUri, QgsVectorLayer

from ..core.errors import DataError

#: ``password='...'`` / ``password=...`` in a libpq connection string or a QGIS source.
_PASSWORD = re.compile(r"""(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)""", re.IGNORECASE)


def public_source(source: str) -> str:
    """A layer source without its password (an ``authcfg`` id stays: it holds no secret)."""
    return _PASSWORD.sub(r"\1'***'", source or "")


def scrubbed(text: str, secrets: tuple[str, ...] = ()) -> str:
    """``text`` with every password and every one of ``secrets`` replaced by ``***``."""
    text = public_source(str(text))
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def is_postgis(layer: QgsVectorLayer) -> bool:
    """True for a layer of QGIS's ``postgres`` provider."""
    try:
        return layer.providerType() == "postgres"
    except RuntimeError:  # the layer was deleted
        return False


@dataclass(frozen=True)
class PostgisTable:
    """A PostGIS table behind a layer: built on the main thread, used in the worker."""

    reference: str
    layer_name: str
    schema: str
    table: str
    geometry_column: str
    srid: int
    #: The layer's filter (QGIS "Provider Feature Filter"): the user's own SQL in their own
    #: project, sent as QGIS sends it. Never taken from a model file.
    subset: str
    #: Where to connect, for messages: host, port, database and user (no password).
    where: str
    #: The libpq connection string with the password, hidden from repr.
    _conninfo: str = field(repr=False, compare=False, default="")
    _secrets: tuple[str, ...] = field(repr=False, compare=False, default=())

    @property
    def is_plain_table(self) -> bool:
        """False for a layer on an SQL query ("(SELECT …)"): it is read through QGIS."""
        return bool(self.table) and not self.table.lstrip().startswith("(")

    def connect(self):
        """A new psycopg2 connection; a DataError without the password when it fails."""
        import psycopg2  # Debian's python3-psycopg2, like QGIS's own DB Manager

        try:
            connection = psycopg2.connect(self._conninfo, application_name="RiskMap")
        except psycopg2.Error as error:
            raise DataError(
                "could not connect to the database: "
                + scrubbed(
                    str(error).strip().splitlines()[0] if str(error).strip() else "", self._secrets
                ),
                f"layer '{self.reference}' ({self.where})",
                "check the layer's connection in QGIS (Data Source Manager → PostgreSQL) "
                "and its authentication configuration",
            ) from None
        connection.autocommit = False
        return connection

    def hide(self, text: str) -> str:
        """``text`` without this connection's password."""
        return scrubbed(text, self._secrets)


def postgis_table(layer: QgsVectorLayer, reference: str) -> PostgisTable:
    """The table behind a ``postgres`` layer, with credentials expanded from ``authcfg``."""
    srid = layer.crs().postgisSrid() if layer.crs().isValid() else 0
    return _from_uri(layer.source(), reference, layer.name(), srid, layer.subsetString())


def postgis_connection(source: str, reference: str = "result store") -> PostgisTable:
    """A connection from a QGIS PostgreSQL source or connection URI (``dbname=… authcfg=…``),
    e.g. the ``uri()`` of a saved connection
    (``QgsProviderRegistry.instance().providerMetadata("postgres").findConnection(name)``)."""
    return _from_uri(source, reference, reference, 0, "")


def _from_uri(source: str, reference: str, name: str, srid: int, subset: str) -> PostgisTable:
    uri = QgsDataSourceUri(source)
    # Expands authcfg (user and password from QGIS's authentication database) into the
    # libpq string; the layer's own source keeps only the id.
    conninfo = uri.connectionInfo(True)
    secrets = tuple(s for s in (uri.password(), _password_in(conninfo)) if s)
    where = ", ".join(
        part
        for part in (
            f"service {uri.service()}" if uri.service() else "",
            f"host {uri.host()}" if uri.host() else "",
            f"port {uri.port()}" if uri.port() else "",
            f"database {uri.database()}" if uri.database() else "",
            f"user {uri.username()}" if uri.username() else "",
        )
        if part
    )
    return PostgisTable(
        reference=reference,
        layer_name=name,
        schema=uri.schema() or "public",
        table=uri.table(),
        geometry_column=uri.geometryColumn(),
        srid=int(uri.srid() or srid or 0),
        subset=subset or uri.sql() or "",
        where=where or "default connection",
        _conninfo=conninfo,
        _secrets=secrets,
    )


def _password_in(conninfo: str) -> str:
    match = _PASSWORD.search(conninfo)
    if not match:
        return ""
    value = match.group(2)
    if value.startswith("'") and value.endswith("'"):
        value = value[1:-1].replace("\\'", "'").replace("\\\\", "\\")
    return value
