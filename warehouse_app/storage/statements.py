"""Statements whose SQL peewee builds once per engine, for the paths a volunteer waits on.

peewee turns a query into SQL every time it runs it: about 1.5 ms for the scan's box look-up
with its two joins, 0.2-0.6 ms for an UPDATE, an INSERT or a look-up by id; SQLite runs each
of them in a tenth of that. A scan runs five to seven, so their SQL is built once per engine
(which also decides row locking: storage.transactions.locked) and each run binds only its
values: a `slot(field)` in the query stands for a value given by name at run time, converted
as the field converts it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import peewee as pw

from warehouse_app.storage.models import database_proxy


@dataclass(frozen=True)
class _Slot:
    name: str
    convert: Callable[[Any], Any]


def slot(field: pw.Field, name: str = "") -> pw.Value:
    """A value of field, bound by name (the field's name by default) when the statement runs."""
    return pw.Value(_Slot(name or field.name, field.db_value), converter=False)


@dataclass(frozen=True)
class _Built:
    query: pw.Query
    sql: str
    params: tuple[object, ...]


class Statement:
    """build() once per engine; run with the values of its slots."""

    def __init__(self, build: Callable[[], pw.Query]) -> None:
        self._build = build
        self._built: dict[str, _Built] = {}

    def _ready(self) -> _Built:
        key = type(database_proxy.obj).__name__
        built = self._built.get(key)
        if built is None:
            query = self._build()
            sql, params = query.sql()
            built = self._built[key] = _Built(query, sql, tuple(params))
        return built

    def _run(self, values: dict[str, Any]) -> tuple[_Built, Any]:
        built = self._ready()
        params = [p.convert(values[p.name]) if isinstance(p, _Slot) else p for p in built.params]
        return built, database_proxy.execute_sql(built.sql, params)

    def rows(self, **values: Any) -> Iterator[Any]:
        """The rows of a SELECT, as peewee gives them (model instances, with their joins)."""
        built, cursor = self._run(values)
        # The query's own cursor wrapper turns the rows into its models, joins included.
        return iter(built.query._get_cursor_wrapper(cursor))

    def first(self, **values: Any) -> Any | None:
        return next(self.rows(**values), None)

    def execute(self, **values: Any) -> None:
        """Run an UPDATE or an INSERT."""
        self._run(values)

    def insert(self, **values: Any) -> int:
        """Run an INSERT; the new row's id (PostgreSQL's RETURNING, SQLite's last row id)."""
        _, cursor = self._run(values)
        if isinstance(database_proxy.obj, pw.PostgresqlDatabase):
            return int(cursor.fetchone()[0])
        return int(cursor.lastrowid)
