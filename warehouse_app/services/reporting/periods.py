"""The SQL that differs between the engines: a moment's month, quarter and year as text, and a
moment as a day number (for ages). Everything else the reports say is the same statement on
both.

SQLite keeps a moment as ISO text ("2026-03-14 09:12:00"), so its month is the text's first
seven characters; PostgreSQL formats its timestamp with to_char. Moments are naive UTC, as
stored: a box taken in on the first of a month just after midnight local time counts to the
month before (an hour or two at a month's edge, which a monthly sheet does not see).
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from warehouse_app.services.reporting.records import GroupBy
from warehouse_app.storage.models import database_proxy


def on_postgres() -> bool:
    return isinstance(database_proxy.obj, pw.PostgresqlDatabase)


def period_key(group: GroupBy, moment: pw.Node) -> pw.Node:
    """moment's month ("2026-03"), quarter ("2026-Q1") or year ("2026") as text."""
    if on_postgres():
        # Literal formats: a parameter would make each SELECT expression differ from its
        # GROUP BY twin on PostgreSQL (the reports group by position anyway).
        formats = {GroupBy.MONTH: "YYYY-MM", GroupBy.QUARTER: 'YYYY-"Q"Q', GroupBy.YEAR: "YYYY"}
        return pw.fn.to_char(moment, pw.SQL(f"'{formats[group]}'"))
    if group == GroupBy.MONTH:
        return pw.fn.substr(moment, 1, 7)
    if group == GroupBy.YEAR:
        return pw.fn.substr(moment, 1, 4)
    month = pw.Cast(pw.fn.substr(moment, 6, 2), "INTEGER")
    quarter = pw.Cast((month + 2) / 3, "INTEGER")
    return pw.fn.substr(moment, 1, 4).concat("-Q").concat(quarter)


def day_number(moment: pw.Node) -> pw.Node:
    """moment as days since 1970-01-01 (with the fraction of the day)."""
    if on_postgres():
        return pw.fn.date_part(pw.SQL("'epoch'"), moment) / 86400.0
    return pw.fn.julianday(moment) - 2440587.5


def days_since_epoch(day: dt.date) -> float:
    """The day_number of the end of day: a box taken in today is 0 days old until midnight."""
    return float((day - dt.date(1970, 1, 1)).days + 1)


def day_bounds(start: dt.date | None, end: dt.date | None) -> tuple[dt.datetime | None, ...]:
    """[start 00:00, the day after end 00:00): the period's days, both included."""
    first = dt.datetime.combine(start, dt.time()) if start is not None else None
    after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time()) if end is not None else None
    return first, after


def within(moment: pw.Field, start: dt.date | None, end: dt.date | None) -> list[pw.Node]:
    """The conditions that moment falls on a day of the period (open where not given)."""
    first, after = day_bounds(start, end)
    conditions: list[pw.Node] = []
    if first is not None:
        conditions.append(moment >= first)
    if after is not None:
        conditions.append(moment < after)
    return conditions
