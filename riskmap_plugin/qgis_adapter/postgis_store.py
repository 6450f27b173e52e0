"""A shared, versioned home for results in a PostGIS schema.

One schema holds every run of a team:

* ``runs``: run id, model name and document, as-of date, who ran it and when, the
  provenance and the RiskMap version;
* ``units``, ``areas``, ``watch_list`` (with geometry), ``criteria``, ``sensitivity`` and
  ``changes``: one row per feature, keyed by run id; the attributes are kept as JSON
  (in column order), a few typed columns (id, name, score, rank, class) serve the views;
* per model, views ``<model>_units``, ``<model>_areas``, ``<model>_watch_list`` showing its
  latest run, so the team's QGIS project always shows the current map.

A run is written in one transaction: all or nothing, as the GeoPackage is written with a
file move. A cancel, an error or a killed QGIS rolls it back; nothing partial is ever
seen by others. Run ids are fresh UUIDs: two officers running at the same time each
add their own run. The tables are created once, under an advisory lock.

Every name is a quoted identifier and every value a bound parameter (a model's name
and document come from a shared, untrusted file).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import math
import os
import re
import uuid
from collections.abc import Callable, Mapping

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..core.errors import Canceled, DataError
from .output import attribute_tables
from .postgis_source import PostgisTable
from .previous import PreviousResult

#: Keyed tables, with the typed columns the views show.
FEATURE_TABLES = ("units", "areas", "watch_list")
ATTRIBUTE_TABLES = ("criteria", "sensitivity", "changes")
_TYPED = {"key": "text", "name": "text", "score": "double precision", "rank": "integer",
          "class": "text"}  # fmt: skip
_KEYS = {"units": ("unit_id", "unit_name"), "areas": ("area_id", "name"),
         "watch_list": ("unit_id", "unit_name")}  # fmt: skip
#: Serialises the creation of tables and views between officers (any constant will do).
_LOCK = 0x52_49_53_4B


def _sql():
    from psycopg2 import sql

    return sql


class ResultStore:
    """The runs of a team in ``schema`` of the database ``source`` connects to."""

    def __init__(self, source: PostgisTable, schema: str) -> None:
        if not schema or "\x00" in schema:
            raise DataError(
                "no schema was given for the results",
                "result store",
                "choose a schema (e.g. riskmap) in the database",
            )
        self.source = source
        self.schema = schema

    # -- writing -----------------------------------------------------------------

    def write_run(
        self,
        result,
        provenance: Mapping,
        *,
        changes: pd.DataFrame | None = None,
        is_canceled: Callable[[], bool] | None = None,
    ) -> str:
        """Store ``result`` as a new run in one transaction; return its run id."""
        run_id = str(uuid.uuid4())
        model = result.model
        tables = {name: getattr(result, name) for name in FEATURE_TABLES}
        tables.update(attribute_tables(result, changes))
        connection = self.source.connect()
        try:
            with connection.cursor() as cursor:
                self._create(cursor)
                self._insert_run(cursor, run_id, model, provenance)
                for name, frame in tables.items():
                    if is_canceled is not None and is_canceled():
                        raise Canceled()
                    self._insert_rows(cursor, name, run_id, frame)
                self._create_views(cursor, model.name)
                if is_canceled is not None and is_canceled():
                    raise Canceled()
            connection.commit()
        except BaseException as error:
            connection.rollback()
            import psycopg2

            if isinstance(error, psycopg2.Error):
                raise DataError(
                    "the results could not be stored: "
                    + self.source.hide(str(error).strip().splitlines()[0]),
                    f"result store '{self.schema}' ({self.source.where})",
                    "check that your database user may create tables in that schema",
                ) from None
            raise
        finally:
            connection.close()
        return run_id

    def write_outcome(self, outcome, *, created: bool, is_canceled=None) -> str:
        """Store a computed run (a :class:`.runner.RunOutcome`); return its run id.

        All or nothing with its GeoPackage: when the store refuses the run, a GeoPackage
        the run ``created`` (there was no file at that path before) is removed again.
        """
        try:
            return self.write_run(
                outcome.result,
                outcome.provenance,
                changes=outcome.changes,
                is_canceled=is_canceled,
            )
        except BaseException:
            if created and outcome.output_path:
                with contextlib.suppress(OSError):
                    os.remove(outcome.output_path)
            raise

    def _name(self, table: str):
        return _sql().Identifier(self.schema, table)

    def _create(self, cursor) -> None:
        sql = _sql()
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
        cursor.execute(
            sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(self.schema))
        )
        cursor.execute(
            sql.SQL(
                "CREATE TABLE IF NOT EXISTS {} (run_id uuid PRIMARY KEY, model_name text NOT NULL, "
                "model json NOT NULL, as_of date NOT NULL, who text, started timestamptz, "
                "finished timestamptz NOT NULL, "
                "stored timestamptz NOT NULL DEFAULT clock_timestamp(), "
                "provenance json NOT NULL, riskmap_version text, crs text)"
            ).format(self._name("runs"))
        )
        typed = sql.SQL(", ").join(sql.SQL(f"{column} {kind}") for column, kind in _TYPED.items())
        for table in FEATURE_TABLES + ATTRIBUTE_TABLES:
            geometry = sql.SQL(", geom geometry") if table in FEATURE_TABLES else sql.SQL("")
            cursor.execute(
                sql.SQL(
                    "CREATE TABLE IF NOT EXISTS {} (run_id uuid NOT NULL REFERENCES {} ON DELETE "
                    "CASCADE, row_no integer NOT NULL, {}, attributes json NOT NULL{}, "
                    "PRIMARY KEY (run_id, row_no))"
                ).format(self._name(table), self._name("runs"), typed, geometry)
            )

    def _insert_run(self, cursor, run_id: str, model, provenance: Mapping) -> None:
        sql = _sql()
        cursor.execute(
            sql.SQL(
                "INSERT INTO {} (run_id, model_name, model, as_of, who, started, finished, "
                "provenance, riskmap_version, crs) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
            ).format(self._name("runs")),
            (
                run_id,
                model.name,
                json.dumps(model.to_dict(), ensure_ascii=False, default=str),
                model.as_of,
                _who(),
                provenance.get("run_started"),
                provenance.get("run_finished") or dt.datetime.now(dt.timezone.utc),
                json.dumps(_plain(provenance), ensure_ascii=False, default=str),
                provenance.get("plugin_version"),
                provenance.get("analysis_crs"),
            ),
        )

    def _insert_rows(self, cursor, table: str, run_id: str, frame: pd.DataFrame) -> None:
        from psycopg2.extras import execute_values

        sql = _sql()
        has_geometry = table in FEATURE_TABLES and isinstance(frame, gpd.GeoDataFrame)
        srid = _srid(frame) if has_geometry else 0
        columns = [c for c in frame.columns if not (has_geometry and c == frame.geometry.name)]
        key, name = _KEYS.get(table, ("criterion" if table != "criteria" else "id", "label"))
        wkb = shapely.to_wkb(np.asarray(frame.geometry.values), hex=True) if has_geometry else None
        rows = []
        for i, record in enumerate(frame[columns].itertuples(index=False, name=None)):
            values = dict(zip(columns, map(_json_value, record)))
            row = [run_id, i, _text(values.get(key) if key in values else values.get("unit_id")),
                   _text(values.get(name)), _number(values.get("score")),
                   _integer(values.get("rank")), _text(values.get("class")),
                   json.dumps(values, ensure_ascii=False)]  # fmt: skip
            if has_geometry:
                row.append(wkb[i])
            rows.append(tuple(row))
        if not rows:
            return
        geometry = sql.SQL(", geom") if has_geometry else sql.SQL("")
        template = "(%s, %s, %s, %s, %s, %s, %s, %s" + (
            f", ST_SetSRID(%s::geometry, {int(srid)}))" if has_geometry else ")"
        )
        statement = sql.SQL(
            "INSERT INTO {} (run_id, row_no, key, name, score, rank, class, attributes{}) VALUES %s"
        ).format(self._name(table), geometry)
        execute_values(cursor, statement.as_string(cursor), rows, template=template, page_size=500)

    def _create_views(self, cursor, model_name: str) -> None:
        sql = _sql()
        latest = sql.SQL(
            "(SELECT run_id FROM {} WHERE model_name = {} ORDER BY finished DESC, stored DESC "
            "LIMIT 1)"
        ).format(self._name("runs"), sql.Literal(model_name))
        for table in FEATURE_TABLES:
            view = self._name(f"{view_prefix(model_name)}_{table}")
            cursor.execute(
                sql.SQL(
                    "CREATE OR REPLACE VIEW {} AS SELECT run_id, row_no, key, name, score, rank, "
                    "class, attributes, geom FROM {} WHERE run_id = {}"
                ).format(view, self._name(table), latest)
            )

    # -- reading -----------------------------------------------------------------

    def runs(self, model_name: str | None = None) -> pd.DataFrame:
        """The stored runs, newest first (optionally of one model)."""
        sql = _sql()
        where = sql.SQL("WHERE model_name = %s") if model_name else sql.SQL("")
        rows, names = self._query(
            sql.SQL(
                "SELECT run_id::text, model_name, as_of, who, finished, riskmap_version FROM {} {} "
                "ORDER BY finished DESC, stored DESC"
            ).format(self._name("runs"), where),
            [model_name] if model_name else [],
        )
        return pd.DataFrame(rows, columns=names)

    def read_run(self, run_id: str) -> dict[str, pd.DataFrame]:
        """A stored run's tables (GeoDataFrames for the feature tables) and its provenance
        (key ``"provenance"``, a one-row frame with the JSON text)."""
        sql = _sql()
        rows, _ = self._query(
            sql.SQL("SELECT provenance::text, crs FROM {} WHERE run_id = %s").format(
                self._name("runs")
            ),
            [run_id],
        )
        if not rows:
            raise DataError(
                f"no run '{run_id}' is stored", f"result store '{self.schema}'",
                "pick one of the stored runs",
            )  # fmt: skip
        provenance, crs = rows[0]
        tables: dict[str, pd.DataFrame] = {}
        for table in FEATURE_TABLES + ATTRIBUTE_TABLES:
            geometry = ", ST_AsBinary(geom), ST_SRID(geom)" if table in FEATURE_TABLES else ""
            found, _ = self._query(
                sql.SQL(
                    "SELECT attributes::text{} FROM {} WHERE run_id = %s ORDER BY row_no"
                ).format(sql.SQL(geometry), self._name(table)),
                [run_id],
            )
            records = [json.loads(row[0]) for row in found]
            frame = pd.DataFrame.from_records(records) if records else pd.DataFrame()
            if table in FEATURE_TABLES:
                geometries = shapely.from_wkb([bytes(row[1]) if row[1] else None for row in found])
                srid = found[0][2] if found else 0
                frame = gpd.GeoDataFrame(
                    frame, geometry=gpd.GeoSeries(geometries), crs=f"EPSG:{srid}" if srid else None
                )
            if records or table in FEATURE_TABLES:
                tables[table] = frame
        tables["provenance"] = pd.DataFrame({"provenance": [provenance]})
        return tables

    def previous_run(self, model_name: str, before: str | None = None) -> PreviousResult | None:
        """The latest stored run of ``model_name`` (before run ``before``), for "compare with
        the previous briefing"; None when the model has no stored run yet."""
        runs = self.runs(model_name)
        if before is not None and before in set(runs["run_id"]):
            runs = runs.iloc[list(runs["run_id"]).index(before) + 1 :]
        if runs.empty:
            return None
        run_id = runs["run_id"].iloc[0]
        tables = self.read_run(run_id)
        units = pd.DataFrame(tables["units"].drop(columns="geometry"))
        areas = tables.get("areas")
        areas = pd.DataFrame(areas.drop(columns="geometry")) if areas is not None else None
        return PreviousResult(path=f"run {run_id}", units=units, areas=areas)

    def export_run(self, run_id: str, path) -> str:
        """Write a stored run to a result GeoPackage (the briefing's input); return its path."""
        from .output import write_tables

        tables = self.read_run(run_id)
        provenance = json.loads(tables.pop("provenance")["provenance"].iloc[0])
        provenance["stored_run"] = {"run_id": run_id, "schema": self.schema}
        return write_tables(tables, path, provenance=provenance)

    def _query(self, statement, params) -> tuple[list, list]:
        connection = self.source.connect()
        try:
            with connection.cursor() as cursor:
                cursor.execute(statement, params)
                rows = cursor.fetchall()
                names = [d[0] for d in cursor.description]
            connection.rollback()
            return rows, names
        finally:
            connection.close()


def view_prefix(model_name: str) -> str:
    """A view name from a model's name: lower-case letters, digits and underscores."""
    slug = re.sub(r"[^0-9a-z]+", "_", model_name.lower()).strip("_")
    return (slug or "model")[:40]


def _who() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (a service): the database user is kept
        return ""


def _srid(frame: gpd.GeoDataFrame) -> int:
    return int(frame.crs.to_epsg() or 0) if frame.crs is not None else 0


def _json_value(value):
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, (np.bool_, bool)):
        return bool(value)
    if isinstance(value, (np.integer, int)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        return None if not math.isfinite(float(value)) else float(value)
    if isinstance(value, (dt.date, dt.datetime, pd.Timestamp)):
        return value.isoformat()
    if isinstance(value, str):
        return value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def _plain(value):
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return _json_value(value) if not isinstance(value, (str, bool, int)) else value


def _text(value) -> str | None:
    return None if value is None else str(value)


def _number(value) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _integer(value) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
