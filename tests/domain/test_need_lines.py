"""Needs lists kept by hand: lines numbered in order, edited, given a status; a withdrawn line
no longer asks for stock; bad input writes nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.services import need_lines, needs
from warehouse_app.storage.models import Category, NeedLine
from warehouse_app.storage.opening import OpenedDatabase


def _bags() -> int:
    return int(Category.get(Category.name_de == "Schlafsäcke").id)


def test_a_list_is_kept_line_by_line(demo: OpenedDatabase) -> None:
    list_id = need_lines.new_list("Berdychiv Central Hospital", "Telefon 4.12.")
    first = need_lines.add_line(
        list_id,
        need_lines.NeedLineInput(_bags(), "", Decimal(20), priority="urgent"),
    )
    second = need_lines.add_line(
        list_id,
        need_lines.NeedLineInput(None, "Rollatoren", "5", needed_by=dt.date(2027, 1, 31)),
    )
    rows = need_lines.lines(list_id)
    assert [(r.line_number, r.description, r.unit) for r in rows] == [
        (1, "Schlafsäcke", "pcs"),  # the category's name and unit where none is given
        (2, "Rollatoren", "pcs"),
    ]
    need_lines.update_line(
        second, need_lines.NeedLineInput(None, "Rollatoren, faltbar", "8", priority="nice")
    )
    edited = need_lines.line(second)
    assert (edited.description, edited.quantity, edited.priority) == (
        "Rollatoren, faltbar",
        Decimal(8),
        "nice",
    )
    assert [m.line_id for m in needs.match(list_id)] == [first, second]
    need_lines.set_status(first, "withdrawn")
    assert [m.line_id for m in needs.match(list_id)] == [second]  # no longer asks for stock
    assert need_lines.line(first).status == "withdrawn"  # but kept


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        (need_lines.NeedLineInput(None, "", "5"), "Say what is needed"),
        (need_lines.NeedLineInput(None, "Decken", "0"), "Quantity"),
        (need_lines.NeedLineInput(None, "Decken", "viele"), "Quantity"),
        (need_lines.NeedLineInput(None, "Decken", "5", unit="Sack"), "Unknown unit"),
        (need_lines.NeedLineInput(None, "Decken", "5", priority="sofort"), "Priority"),
    ],
)
def test_a_bad_line_is_refused_and_nothing_is_written(
    demo: OpenedDatabase, entry: need_lines.NeedLineInput, problem: str
) -> None:
    list_id = need_lines.new_list("Berdychiv Central Hospital", "Telefon")
    before = NeedLine.select().count()
    with pytest.raises(ValidationError, match=problem):
        need_lines.add_line(list_id, entry)
    assert NeedLine.select().count() == before


def test_unknown_lists_recipients_and_statuses_are_named(demo: OpenedDatabase) -> None:
    with pytest.raises(NotFound, match="No recipient is called 'Nowhere'"):
        need_lines.new_list("Nowhere", "x")
    with pytest.raises(NotFound, match="no needs list 99999"):
        need_lines.add_line(99999, need_lines.NeedLineInput(None, "Decken", "1"))
    list_id = need_lines.new_list("Berdychiv Central Hospital", "Telefon")
    line_id = need_lines.add_line(list_id, need_lines.NeedLineInput(None, "Decken", "1"))
    with pytest.raises(ValidationError, match="open, partly covered, covered or withdrawn"):
        need_lines.set_status(line_id, "done")
    assert need_lines.line(line_id).status == "open"
