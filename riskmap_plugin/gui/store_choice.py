"""The dock's choice of a PostGIS result store: a saved connection and one of its schemas."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProviderConnectionException, QgsProviderRegistry
from qgis.gui import QgsDatabaseSchemaComboBox, QgsProviderConnectionComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QWidget

from ..core.errors import DataError
from ..qgis_adapter.postgis_source import postgis_connection
from ..qgis_adapter.postgis_store import ResultStore


class StoreChoice(QWidget):
    """Empty connection: the run is not stored. Otherwise the run is also stored there."""

    changed = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.connection_combo = QgsProviderConnectionComboBox("postgres", self)
        self.connection_combo.setObjectName("RiskMapStoreConnection")
        self.connection_combo.setAllowEmptyConnection(True)
        self.connection_combo.setConnection("")
        self.connection_combo.setAccessibleName(self.tr("Store the run in PostGIS: connection"))
        self.connection_combo.setToolTip(
            self.tr("A saved PostgreSQL connection; empty: the run is not stored in a database")
        )
        # Listing schemas connects to the database: only once a connection is chosen.
        self.schema_combo = QgsDatabaseSchemaComboBox("postgres", "", self)
        self.schema_combo.setObjectName("RiskMapStoreSchema")
        self.schema_combo.setAllowEmptySchema(True)
        self.schema_combo.setAccessibleName(self.tr("Schema for the stored runs"))
        self.schema_combo.setToolTip(
            self.tr("Where the runs are stored, with the latest-run views")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.connection_combo, 1)
        layout.addWidget(self.schema_combo, 1)
        self.connection_combo.connectionChanged.connect(self._connection_changed)
        self.schema_combo.schemaChanged.connect(lambda _schema: self.changed.emit())
        self._missing = ""
        self._connection_changed(self.connection_combo.currentConnection() or "")

    def _connection_changed(self, name: str) -> None:
        self._missing = ""
        self.schema_combo.setEnabled(bool(name))
        if name:
            self.schema_combo.setConnectionName(name, "postgres")
        self.changed.emit()

    def state(self) -> dict[str, str]:
        return {
            "connection": self.connection_combo.currentConnection() or "",
            "schema": (self.schema_combo.currentSchema() or "") if self.connection() else "",
        }

    def connection(self) -> str:
        return self.connection_combo.currentConnection() or ""

    def set_state(self, state: dict[str, Any] | None) -> None:
        state = state or {}
        wanted = str(state.get("connection") or "")
        self.connection_combo.setConnection(wanted)
        # A connection the project remembers but QGIS no longer has: said at Generate,
        # never dropped silently (the officer expects the run to be stored).
        self._missing = wanted if wanted and self.connection() != wanted else ""
        if self.connection() and state.get("schema"):
            self.schema_combo.setSchema(str(state["schema"]))

    def result_store(self) -> ResultStore | None:
        """The chosen store, or None; a DataError when the choice cannot be used (main thread)."""
        name = self.connection() or self._missing
        if not name:
            return None
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        try:
            found = None if self._missing else metadata.findConnection(name)
        except QgsProviderConnectionException:
            found = None
        if found is None:
            raise DataError(
                "there is no saved PostgreSQL connection of that name",
                f"connection '{name}'",
                "create it in the Data Source Manager (PostgreSQL) or choose another one",
            )
        schema = self.schema_combo.currentSchema() or ""
        if not schema:
            raise DataError(
                "no schema is chosen for the stored runs",
                f"connection '{name}'",
                "choose a schema beside the connection, or clear the connection",
            )
        return ResultStore(postgis_connection(found.uri(), f"connection '{name}'"), schema)
