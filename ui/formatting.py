"""How times look on screen: stored in UTC (one clock for all stations), shown in local time."""

from __future__ import annotations

import datetime as dt


def local_time(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def short_datetime(value: dt.datetime) -> str:
    return local_time(value).strftime("%d.%m.%Y %H:%M")


def short_date(value: dt.datetime) -> str:
    return local_time(value).strftime("%d.%m.%Y")
