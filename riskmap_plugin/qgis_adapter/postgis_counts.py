"""Count a criterion's features per unit inside PostGIS (the core's ``DatabaseCounter``).

Per criterion two queries run: one returns ``(unit, count)`` for the units with at least
one kept feature, the other the figures of the caveats (features considered by the
precision rule, those too coarse, those dated after the as-of date). Only those numbers
cross the network, whatever the size of the table.

Every name (schema, table, fields) is a quoted identifier (``psycopg2.sql.Identifier``)
and every value a bound parameter: a model file is shared and untrusted, and a field
called ``x"; DROP TABLE events; --`` is a field that does not exist, nothing more.

The units are the core's own projected, repaired polygons, sent once per run into a
temporary table of the session, so both paths test the same polygons with the same
predicate (``ST_Intersects`` in the analysis CRS: a point on a shared boundary counts in
both units, as :meth:`core.spatial.UnitIndex.join` does).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import shapely
from psycopg2 import errors as pg_errors
from psycopg2 import sql
from psycopg2.extras import execute_values

from ..core.database_counts import CountAnswer, CountFilter, CountQuery
from ..core.errors import Canceled, DataError
from .postgis_source import PostgisTable

#: How often the worker looks at the cancel button while a query runs (seconds).
CANCEL_POLL = 0.1

_COMPARE = {"==": "=", "!=": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">="}


def filter_sql(rule: CountFilter, column: str, kind: str) -> tuple[sql.Composable, list]:
    """One filter with the core's semantics (see ``EventTable._filter``).

    NULL never passes a comparison, except ``!=`` on numbers (NaN differs from
    everything) and ``not in`` (a missing value is not in the list). Text is compared
    code point by code point (``COLLATE "C"``), as Python compares strings.
    """
    name = sql.Identifier(column)
    if rule.numeric:
        value = sql.SQL("{}::float8").format(name)
    else:
        value = sql.SQL('{}::text COLLATE "C"').format(name)
    cast = sql.SQL("::float8") if rule.numeric else sql.SQL("::text")
    if rule.op == "in":
        return sql.SQL("COALESCE({} = ANY(%s), false)").format(value), [list(rule.values)]
    if rule.op == "not in":
        return sql.SQL("NOT COALESCE({} = ANY(%s), false)").format(value), [list(rule.values)]
    if rule.op == "!=" and rule.numeric:
        return sql.SQL("NOT COALESCE({} = %s{}, false)").format(value, cast), [rule.values[0]]
    operator = sql.SQL(_COMPARE[rule.op])
    return (
        sql.SQL("COALESCE({} {} %s{}, false)").format(value, operator, cast),
        [rule.values[0]],
    )


def kept_sql(
    query: CountQuery, columns: Mapping[str, str], kinds: Mapping[str, str], subset: str
) -> tuple[sql.Composable, list, sql.Composable, sql.Composable | None]:
    """``(filters_and_subset, params, precise, day)`` for ``query`` on a table whose model
    field names map to ``columns`` (case-insensitive match) of ``kinds``."""
    parts: list[sql.Composable] = [sql.SQL("true")]
    params: list = []
    for rule in query.filters:
        part, values = filter_sql(rule, columns[rule.field], kinds[rule.field])
        parts.append(part)
        params += values
    if subset:
        # The layer's own filter, from the user's project (never from a model file).
        parts.append(sql.SQL("(" + subset.replace("%", "%%") + ")"))
    precise: sql.Composable = sql.SQL("true")
    if query.precision_field is not None:
        precise = sql.SQL("COALESCE({}::float8 = ANY(%s), false)").format(
            sql.Identifier(columns[query.precision_field])
        )
    day = sql.Identifier(columns[query.date_field]) if query.date_field else None
    return sql.SQL(" AND ").join(parts), params, precise, day


class PostgisCounter:
    """Counts one PostGIS layer's features per unit; one connection per run."""

    def __init__(
        self,
        table: PostgisTable,
        columns: Mapping[str, str],
        kinds: Mapping[str, str],
        is_canceled: Callable[[], bool] | None = None,
    ) -> None:
        self.table = table
        self.columns = dict(columns)
        self.kinds = dict(kinds)
        self.is_canceled = is_canceled
        #: Rows and bytes that came back, for the bench and the provenance.
        self.rows_returned = 0
        self.queries: list[str] = []
        self._connection = None
        self._units_key: tuple | None = None

    # -- the core's DatabaseCounter ------------------------------------------------

    def count(self, query: CountQuery, units: np.ndarray, crs: Any) -> CountAnswer:
        epsg = _epsg(crs)
        if epsg is None:
            raise DataError(
                "the analysis CRS has no EPSG code, which counting in PostGIS needs",
                f"layer '{self.table.reference}'",
                'set the model\'s "crs" to an EPSG code (e.g. "EPSG:32638")',
            )
        self._send_units(units, epsg)
        where, params, precise, day = kept_sql(query, self.columns, self.kinds, self.table.subset)
        source = sql.Identifier(self.table.schema, self.table.table)
        geom = sql.Identifier(self.table.geometry_column)
        dated = sql.SQL("true")
        dated_params: list = []
        if day is not None:
            dated = sql.SQL("({d} >= %s AND {d} <= %s)").format(d=day)
            dated_params = [query.first, query.last]
        # The attribute tests first (they keep a few per cent of a national table) into a
        # temporary table with its own index in the analysis CRS; then each unit counts its
        # features through that index (PostGIS prepares the unit's polygon once).
        keeping = sql.SQL(
            "CREATE TEMP TABLE riskmap_kept AS SELECT ST_Transform(e.{geom}, %s) AS geom "
            "FROM {source} e WHERE e.{geom} IS NOT NULL AND {where} AND {precise} AND {dated}"
        ).format(source=source, geom=geom, where=where, precise=precise, dated=dated)
        kept_params = [epsg, *params]
        if query.precision_field is not None:
            kept_params.append(list(query.precise_codes))
        kept_params += dated_params
        self._run(sql.SQL("DROP TABLE IF EXISTS riskmap_kept"), [], fetch=False)
        self._run(keeping, kept_params, fetch=False)
        self._run(sql.SQL("CREATE INDEX ON riskmap_kept USING gist (geom)"), [], fetch=False)
        self._run(sql.SQL("ANALYZE riskmap_kept"), [], fetch=False)
        rows = self._run(
            sql.SQL(
                "SELECT u.idx, c.n FROM riskmap_units u CROSS JOIN LATERAL (SELECT count(*) AS n "
                "FROM riskmap_kept k WHERE ST_Intersects(u.geom, k.geom)) AS c WHERE c.n > 0"
            ),
            [],
        )
        counts = np.zeros(len(units))
        for idx, n in rows:
            counts[idx] = float(n)
        answer = CountAnswer(counts=counts)
        self._caveats(query, answer, source, where, params, precise, day)
        return answer

    def _caveats(self, query, answer, source, where, params, precise, day) -> None:
        if query.precision_field is None and day is None:
            return
        upto = sql.SQL("true") if day is None else sql.SQL("{} <= %s").format(day)
        after = (
            sql.SQL("0") if day is None else sql.SQL("count(*) FILTER (WHERE {} > %s)").format(day)
        )
        statement = sql.SQL(
            "SELECT count(*) FILTER (WHERE {where} AND {upto}), "
            "count(*) FILTER (WHERE {where} AND {upto} AND NOT {precise}), {after} FROM {source} e"
        ).format(where=where, upto=upto, precise=precise, after=after, source=source)
        values: list = [*params]
        if day is not None:
            values.append(query.as_of)
        values += params
        if day is not None:
            values.append(query.as_of)
        if query.precision_field is not None:
            values.append(list(query.precise_codes))
        if day is not None:
            values.append(query.as_of)
        if self.table.subset:  # the layer's filter limits the features after the as-of date
            statement = sql.SQL("{} WHERE ({})").format(
                statement, sql.SQL(self.table.subset.replace("%", "%%"))
            )
        considered, coarse, later = self._run(statement, values)[0]
        answer.considered, answer.too_coarse, answer.after_as_of = (
            int(considered),
            int(coarse),
            int(later),
        )

    # -- connection, units, cancel ------------------------------------------------

    def _cursor(self):
        if self._connection is None:
            self._connection = self.table.connect()
            with self._connection.cursor() as cursor:
                cursor.execute("SET jit = off")  # compiling costs seconds; these queries are simple
        return self._connection.cursor()

    def _send_units(self, units: np.ndarray, epsg: int) -> None:
        key = (id(units), len(units), epsg)
        if self._units_key == key:
            return
        cursor = self._cursor()
        cursor.execute(
            "CREATE TEMP TABLE IF NOT EXISTS riskmap_units "
            "(idx integer PRIMARY KEY, geom geometry) ON COMMIT PRESERVE ROWS"
        )
        cursor.execute("TRUNCATE riskmap_units")
        wkb = shapely.to_wkb(units, hex=True)
        execute_values(
            cursor,
            "INSERT INTO riskmap_units (idx, geom) VALUES %s",
            [(i, w) for i, w in enumerate(wkb) if w is not None],
            template=f"(%s, ST_SetSRID(%s::geometry, {int(epsg)}))",
            page_size=500,
        )
        cursor.execute("CREATE INDEX ON riskmap_units USING gist (geom)")
        cursor.execute("ANALYZE riskmap_units")
        self._units_key = key

    def _run(self, statement: sql.Composable, params: list, fetch: bool = True) -> list:
        cursor = self._cursor()
        text = statement.as_string(cursor)
        self.queries.append(text)
        done = threading.Event()
        watcher = threading.Thread(target=self._watch, args=(done,), daemon=True)
        watcher.start()
        try:
            cursor.execute(text, params)
            rows = cursor.fetchall() if fetch else []
        except pg_errors.QueryCanceled:
            self._connection.rollback()
            raise Canceled() from None
        except Exception as error:  # psycopg2.Error: say it without the password
            import psycopg2

            if not isinstance(error, psycopg2.Error):
                raise
            self._connection.rollback()
            raise DataError(
                "the database refused the count: "
                + self.table.hide(str(error).strip().splitlines()[0] if str(error).strip() else ""),
                f"layer '{self.table.reference}' ({self.table.where})",
                "check the layer's fields and filter in QGIS",
            ) from None
        finally:
            done.set()
            watcher.join()
        self.rows_returned += len(rows)
        return rows

    def _watch(self, done: threading.Event) -> None:
        """Cancel the running query on the server as soon as the user cancels."""
        if self.is_canceled is None:
            return
        while not done.wait(CANCEL_POLL):
            if self.is_canceled():
                self._connection.cancel()
                return

    def close(self) -> None:
        """End the session (its temporary table goes with it)."""
        if self._connection is not None:
            try:
                self._connection.rollback()
                self._connection.close()
            finally:
                self._connection = None
                self._units_key = None


def _epsg(crs: Any) -> int | None:
    from pyproj import CRS

    try:
        return CRS.from_user_input(crs).to_epsg()
    except Exception:  # noqa: BLE001 - any CRS pyproj cannot name has no EPSG code
        return None
