"""riskmap:score stores its run in a PostGIS schema chosen by a saved QGIS connection."""

from __future__ import annotations

import numpy as np
import pyogrio
import pytest
from postgis_helpers import database_dsn, dsn_parts
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsDataSourceUri,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProviderRegistry,
)
from qgis_test_helpers import SAMPLE_MODEL

SCHEMA = "riskmap processing"
CONNECTION = "RiskMap test store"
PASSWORD = "S3cret-store'pass"

#: The provider's Python half must stay referenced, or QGIS stops finding its algorithms.
_PROVIDERS: list = []


class Collector(QgsProcessingFeedback):
    """Keeps what Processing reports (processing.run raises a generic error)."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []
        self.infos: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.infos.append(info)


@pytest.fixture
def provider(qgis_processing):
    from riskmap_plugin.processing_provider.provider import RiskMapProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("riskmap") is None:
        _PROVIDERS.append(RiskMapProvider())
        registry.addProvider(_PROVIDERS[-1])
    return registry.providerById("riskmap")


def _uri(user: str = "", authcfg: str = "") -> str:
    parts = dsn_parts(database_dsn())
    uri = QgsDataSourceUri()
    uri.setConnection(
        parts["host"], parts["port"], parts["dbname"], user, "",
        QgsDataSourceUri.SslMode.SslDisable, authcfg,
    )  # fmt: skip
    return uri.uri(False)


@pytest.fixture
def save_connection():
    """Saves a QGIS PostgreSQL connection (as the Data Source Manager does); removes it."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    saved = []

    def save(uri: str, name: str = CONNECTION) -> str:
        metadata.saveConnection(metadata.createConnection(uri, {}), name)
        saved.append(name)
        return name

    yield save
    for name in saved:
        metadata.deleteConnection(name)


@pytest.fixture
def clean_schema(connection):
    def drop():
        with connection.cursor() as cursor:
            cursor.execute(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE')

    drop()
    yield
    drop()


def _score(output, feedback, **store):
    import processing

    parameters = {
        "MODEL": str(SAMPLE_MODEL),
        "USE_SAMPLE_LAYERS": True,
        "OUTPUT_UNITS": str(output),
        "OUTPUT_AREAS": str(output),
        "OUTPUT_WATCH": str(output),
        **store,
    }
    return processing.run("riskmap:score", parameters, feedback=feedback)


def _fetch(connection, statement, params=()):
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchall()


def _schema_exists(connection) -> bool:
    return bool(_fetch(connection, "SELECT 1 FROM pg_namespace WHERE nspname = %s", (SCHEMA,)))


def test_score_stores_one_complete_run_with_the_geopackage_scores(
    qgis_app, provider, save_connection, clean_schema, connection, tmp_path
):
    name = save_connection(_uri(user=dsn_parts(database_dsn())["user"]))
    output = tmp_path / "result.gpkg"
    feedback = Collector()
    result = _score(output, feedback, STORE_CONNECTION=name, STORE_SCHEMA=SCHEMA)
    run_id = result["RUN_ID"]
    assert run_id and any(run_id in info and SCHEMA in info for info in feedback.infos)
    runs = _fetch(connection, f'SELECT run_id::text, model_name, as_of FROM "{SCHEMA}".runs')
    assert [r[0] for r in runs] == [run_id]
    units = pyogrio.read_dataframe(output, layer="units")
    for table in ("units", "areas", "watch_list", "criteria", "sensitivity"):
        stored = _fetch(
            connection, f'SELECT count(*) FROM "{SCHEMA}".{table} WHERE run_id = %s', (run_id,)
        )[0][0]
        assert stored == len(pyogrio.read_dataframe(output, layer=table)), table
    rows = _fetch(
        connection,
        f'SELECT key, score, rank, class FROM "{SCHEMA}".units WHERE run_id = %s ORDER BY row_no',
        (run_id,),
    )
    assert [r[0] for r in rows] == units["unit_id"].astype(str).tolist()
    np.testing.assert_array_equal([r[1] for r in rows], units["score"].to_numpy())
    assert [r[2] for r in rows] == units["rank"].tolist()
    assert [r[3] for r in rows] == units["class"].tolist()


def test_a_wrong_connection_name_is_a_riskmap_error_and_stores_nothing(
    qgis_app, provider, clean_schema, connection, tmp_path
):
    output = tmp_path / "result.gpkg"
    feedback = Collector()
    with pytest.raises(QgsProcessingException) as raised:
        _score(output, feedback, STORE_CONNECTION="No such connection", STORE_SCHEMA=SCHEMA)
    text = "\n".join([str(raised.value), *feedback.errors])
    assert "There is no saved PostgreSQL connection named 'No such connection'" in text
    assert "Traceback" not in text
    assert not output.exists() and not _schema_exists(connection)


def test_a_schema_without_a_connection_is_refused(qgis_app, provider, tmp_path):
    feedback = Collector()
    with pytest.raises(QgsProcessingException):
        _score(tmp_path / "result.gpkg", feedback, STORE_SCHEMA=SCHEMA)
    assert "was given without a database connection" in "\n".join(feedback.errors)


@pytest.fixture
def officer(connection):
    """A role with a password that may not create schemas (yet)."""
    with connection.cursor() as cursor:
        cursor.execute("DROP ROLE IF EXISTS riskmap_store_officer")
        cursor.execute("CREATE ROLE riskmap_store_officer LOGIN PASSWORD %s", (PASSWORD,))
    yield "riskmap_store_officer"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE')
        cursor.execute("REASSIGN OWNED BY riskmap_store_officer TO postgres")
        cursor.execute("DROP OWNED BY riskmap_store_officer")
        cursor.execute("DROP ROLE IF EXISTS riskmap_store_officer")


def _authcfg(user: str, password: str) -> str:
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("riskmap-test-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("riskmap store officer")
    config.setConfig("username", user)
    config.setConfig("password", password)
    assert manager.storeAuthenticationConfig(config)[0]
    return config.id()


def test_authcfg_privileges_and_refused_logins_without_the_password(
    qgis_app, provider, save_connection, clean_schema, officer, connection, tmp_path
):
    # The saved connection holds only the authcfg id: the password stays in QGIS's
    # authentication database.
    name = save_connection(_uri(authcfg=_authcfg(officer, PASSWORD)))
    output = tmp_path / "result.gpkg"
    store = {"STORE_CONNECTION": name, "STORE_SCHEMA": SCHEMA}
    # Without the right to create a schema: a RiskMap error, nothing stored, no file.
    feedback = Collector()
    with pytest.raises(QgsProcessingException) as raised:
        _score(output, feedback, **store)
    text = "\n".join([str(raised.value), *feedback.errors, *feedback.infos])
    assert "the results could not be stored" in text and "permission denied" in text
    assert "may create tables in that schema" in text
    assert PASSWORD not in text and "Traceback" not in text
    assert not output.exists() and not _schema_exists(connection)
    # Allowed: the run is stored under the officer's login from the authcfg.
    with connection.cursor() as cursor:
        cursor.execute(
            f"GRANT CREATE ON DATABASE {dsn_parts(database_dsn())['dbname']} TO {officer}"
        )
    feedback = Collector()
    run_id = _score(output, feedback, **store)["RUN_ID"]
    owner = _fetch(
        connection,
        "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = %s",
        (SCHEMA,),
    )
    assert owner == [(officer,)] and output.exists()
    assert _fetch(connection, f'SELECT run_id::text FROM "{SCHEMA}".runs') == [(run_id,)]
    assert PASSWORD not in "\n".join(feedback.infos)
    # A wrong password: refused before anything is computed, said without it.
    wrong = save_connection(_uri(authcfg=_authcfg(officer, PASSWORD + "x")), "RiskMap wrong")
    feedback = Collector()
    with pytest.raises(QgsProcessingException) as raised:
        _score(tmp_path / "other.gpkg", feedback, STORE_CONNECTION=wrong, STORE_SCHEMA=SCHEMA)
    text = "\n".join([str(raised.value), *feedback.errors])
    assert "could not connect to the database" in text and "password authentication" in text
    assert PASSWORD not in text
    assert not (tmp_path / "other.gpkg").exists()


def test_the_store_parameters_are_optional_advanced_and_explained(qgis_app, provider):
    from riskmap_plugin.processing_provider.store_params import _ADVANCED

    algorithm = QgsApplication.processingRegistry().algorithmById("riskmap:score")
    connection = algorithm.parameterDefinition("STORE_CONNECTION")
    schema = algorithm.parameterDefinition("STORE_SCHEMA")
    assert connection.type() == "providerconnection" and connection.providerId() == "postgres"
    assert schema.type() == "databaseschema" and schema.parentConnectionParameterName() == (
        "STORE_CONNECTION"
    )
    for parameter in (connection, schema):
        assert parameter.flags() & _ADVANCED
        assert parameter.checkValueIsAcceptable(None)  # optional
    assert algorithm.outputDefinition("RUN_ID") is not None
    assert "Also store the run in PostGIS" in algorithm.shortHelpString()
