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


def number_marks(language: str | None = None) -> tuple[str, str]:
    """The decimal point and the thousands mark of the screens' language (or language):
    (",", ".") in German, (",", " ") in Ukrainian, (".", ",") in English, as QLocale has them."""
    from PySide6.QtCore import QLocale  # Qt only where a screen asks: the module stays light

    from ui.translations import screen_language

    locale = QLocale(language or screen_language())
    return locale.decimalPoint(), locale.groupSeparator()


def local_number(value: Decimal | int, marks: tuple[str, str] = (".", "")) -> str:
    """A figure as the volunteer's language writes it, without trailing zeros:
    1234.500 -> '1.234,5' with German marks (number_marks("de")), '1234.5' without marks.
    Pass the marks in: a table formats thousands of cells with the same two."""
    decimal_point, group = marks
    text = number(value) if isinstance(value, Decimal) else str(value)
    sign, digits = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, _, fraction = digits.partition(".")
    if group and len(whole) > 3:
        head = len(whole) % 3 or 3
        whole = whole[:head] + "".join(group + whole[i : i + 3] for i in range(head, len(whole), 3))
    return sign + whole + (decimal_point + fraction if fraction else "")
