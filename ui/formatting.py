"""How numbers and times look on screen: times are stored in UTC (one clock for all stations)
and shown in local time; weights and amounts without trailing zeros."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


def local_time(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def short_datetime(value: dt.datetime) -> str:
    return local_time(value).strftime("%d.%m.%Y %H:%M")


def short_date(value: dt.datetime) -> str:
    return local_time(value).strftime("%d.%m.%Y")


def number(value: Decimal) -> str:
    """12.500 -> '12.5', 25.000 -> '25': a weight, a quantity or an amount as typed."""
    return f"{value.normalize():f}"
