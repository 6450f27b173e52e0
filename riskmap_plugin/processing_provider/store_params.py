"""``riskmap:score``'s PostGIS result store: a saved QGIS connection and a schema.

The connection is one of QGIS's saved PostgreSQL connections (Data Source Manager), found
by name on the main thread; its URI keeps an ``authcfg`` id, expanded only when connecting
(:mod:`..qgis_adapter.postgis_source`), so no password reaches a log or a message.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterProviderConnection,
    QgsProviderConnectionException,
    QgsProviderRegistry,
)

from ..core.errors import RiskMapError
from ..qgis_adapter.postgis_source import postgis_connection, scrubbed
from ..qgis_adapter.postgis_store import ResultStore
from .base import QT_TR_NOOP, tr

STORE_CONNECTION = "STORE_CONNECTION"
STORE_SCHEMA = "STORE_SCHEMA"
#: The stored run's id (empty when the run was not stored).
RUN_ID = "RUN_ID"

# Long messages as QT_TR_NOOP constants: pylupdate5 reads only single literal calls.
SCHEMA_WITHOUT_CONNECTION = QT_TR_NOOP("""A schema for the stored runs ('{}') was given \
without a database connection — choose the PostgreSQL connection too, or clear the schema.""")
NO_SCHEMA = QT_TR_NOOP("""No schema was given for the stored runs in the connection '{}' — \
choose a schema (e.g. riskmap; it is created if missing).""")
UNKNOWN_CONNECTION = QT_TR_NOOP("""There is no saved PostgreSQL connection named '{0}' — \
create it in the Data Source Manager (PostgreSQL), or choose one of: {1}.""")

#: Said after the score's help (a paragraph of its own, so the other translations stay valid).
STORE_HELP = QT_TR_NOOP("""<b>Also store the run in PostGIS</b> (optional, advanced): a saved \
PostgreSQL connection (Data Source Manager; its authentication configuration is used, no \
password is written anywhere) and a schema. The run is stored there as a new run, in one \
transaction (all or nothing): the <i>runs</i> table and the units, areas, watch list, criteria, \
sensitivity and changes tables keyed by run id, with views of each model's latest run. \
The run id is an output and is logged. When the store refuses the run, no output file is \
written either.""")

#: QGIS 3.36 moved the parameter flags into ``Qgis``; 3.22 knows only the old spelling.
_ADVANCED = (
    Qgis.ProcessingParameterFlag.Advanced
    if hasattr(Qgis, "ProcessingParameterFlag")
    else QgsProcessingParameterDefinition.Flag.FlagAdvanced
)


def store_parameters() -> list:
    """The two optional, advanced parameters: a PostgreSQL connection and its schema."""
    connection = QgsProcessingParameterProviderConnection(
        STORE_CONNECTION,
        tr("Also store the run in PostGIS: database connection"),
        "postgres",
        optional=True,
    )
    schema = QgsProcessingParameterDatabaseSchema(
        STORE_SCHEMA,
        tr("Schema for the stored runs (created if missing)"),
        STORE_CONNECTION,
        optional=True,
    )
    for parameter in (connection, schema):
        parameter.setFlags(parameter.flags() | _ADVANCED)
    return [connection, schema]


def store_outputs() -> list:
    return [QgsProcessingOutputString(RUN_ID, tr("Stored run id"))]


def result_store(algorithm, parameters, context) -> ResultStore | None:
    """The store chosen in STORE_CONNECTION/STORE_SCHEMA, or None (main thread).

    Raises QgsProcessingException, worded for the user, when the connection is unknown
    or no schema is given.
    """
    name = algorithm.parameterAsConnectionName(parameters, STORE_CONNECTION, context)
    schema = algorithm.parameterAsSchema(parameters, STORE_SCHEMA, context)
    if not name:
        if schema:
            raise QgsProcessingException(tr(SCHEMA_WITHOUT_CONNECTION).format(schema))
        return None
    if not schema:
        raise QgsProcessingException(tr(NO_SCHEMA).format(name))
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        found = metadata.findConnection(name) if metadata is not None else None
    except QgsProviderConnectionException:
        found = None
    if found is None:
        known = ", ".join(sorted(metadata.connections())) if metadata is not None else ""
        raise QgsProcessingException(
            tr(UNKNOWN_CONNECTION).format(name, known or tr("(none saved)"))
        )
    return ResultStore(postgis_connection(found.uri(), f"connection '{name}'"), schema)


def check_store(store: ResultStore | None) -> None:
    """Log in once before the run computes: a refused login stops it at once (worker)."""
    if store is None:
        return
    try:
        store.source.connect().close()
    except RiskMapError as error:
        raise QgsProcessingException(store.source.hide(str(error))) from None


def store_run(store: ResultStore, outcome, feedback) -> str:
    """Store ``outcome`` as one new run (one transaction); log and return its id."""
    try:
        run_id = store.write_run(
            outcome.result,
            outcome.provenance,
            changes=outcome.changes,
            is_canceled=feedback.isCanceled,
        )
    except RiskMapError as error:
        raise QgsProcessingException(scrubbed(store.source.hide(str(error)))) from None
    feedback.pushInfo(
        tr("Stored run {0} in the schema '{1}' ({2})").format(
            run_id, store.schema, store.source.where
        )
    )
    return run_id
