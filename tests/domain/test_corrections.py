"""Corrections and disposals: logged with a reason; refused input changes nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from warehouse_app.errors import ValidationError
from warehouse_app.kinds import BoxStatus
from warehouse_app.services import stock
from warehouse_app.services.corrections import BoxCorrection, correct_box, dispose_box
from warehouse_app.services.movements import Actor
from warehouse_app.storage.checks import run_checks
from warehouse_app.storage.models import Box, Category, Location, Movement
from warehouse_app.storage.opening import OpenedDatabase


def as_correction(box_id: int) -> BoxCorrection:
    d = stock.box_detail(box_id)
    return BoxCorrection(
        owner_id=d.owner_id,
        category_id=d.category_id,
        description_de=d.row.description_de,
        description_uk=d.row.description_uk,
        description_en=d.description_en,
        quantity=d.row.quantity,
        net_kg=d.row.net_kg,
        gross_kg=d.row.gross_kg,
        value_per_unit_eur=d.value_per_unit_eur,
        used=d.used,
        wear_percent=d.wear_percent,
        expiry_date=d.row.expiry_date,
        origin_country=d.origin_country,
        serial_or_vin=d.serial_or_vin,
        location_id=d.location_id,
    )


def snapshot() -> tuple[list[tuple[object, ...]], int]:
    return list(Box.select().order_by(Box.id).tuples()), Movement.select().count()


def test_a_correction_changes_the_box_and_logs_who_why_and_what(
    demo: OpenedDatabase, actor: Actor
) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    new = dataclasses.replace(as_correction(box.id), quantity="7", net_kg="5,5", gross_kg="6")
    changes = correct_box(box.id, new, "  counted again  ", actor)
    box = Box.get_by_id(box.id)
    assert (box.quantity, box.net_kg, box.gross_kg) == (Decimal(7), Decimal("5.5"), Decimal(6))
    assert any(c.startswith("quantity:") for c in changes)
    last = Movement.select().where(Movement.box == box.id).order_by(Movement.id.desc()).get()
    assert last.kind == "corrected"
    assert last.volunteer_id == actor.volunteer_id and last.station == "Test-PC"
    assert last.note.startswith("counted again (") and "quantity" in last.note
    assert run_checks(demo.db) == []


def test_moving_a_box_by_correction_is_logged_as_its_new_place(
    demo: OpenedDatabase, actor: Actor
) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    target = Location.get(Location.name == "Sperrlager")
    correct_box(
        box.id,
        dataclasses.replace(as_correction(box.id), location_id=target.id),
        "found in quarantine",
        actor,
    )
    assert Box.get_by_id(box.id).location_id == target.id
    assert run_checks(demo.db) == []


@pytest.mark.parametrize(
    ("change", "reason", "message"),
    [
        ({"quantity": "0"}, "x", "Quantity must be more than 0"),
        ({"net_kg": "-1"}, "x", "Net weight must be more than 0"),
        ({"net_kg": "zehn"}, "x", "not a number"),
        ({"gross_kg": "0.1", "net_kg": "5"}, "x", "Gross weight"),
        ({"description_uk": "   "}, "x", r"Description \(Ukrainian\) is empty"),
        ({"wear_percent": 30}, "x", "mark the goods as used"),
        ({"expiry_date": dt.date(2020, 1, 1)}, "x", "in the past"),
        ({"origin_country": "Deutschland"}, "x", "two-letter country"),
        ({}, "x", "Nothing was changed"),
        ({"quantity": "3"}, "   ", "Give a reason"),
    ],
)
def test_refused_corrections_change_nothing(
    demo: OpenedDatabase, actor: Actor, change: dict[str, object], reason: str, message: str
) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    before = snapshot()
    with pytest.raises(ValidationError, match=message):
        correct_box(box.id, dataclasses.replace(as_correction(box.id), **change), reason, actor)
    assert snapshot() == before


def test_a_category_that_needs_an_expiry_date_keeps_it(demo: OpenedDatabase, actor: Actor) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK, Box.expiry_date.is_null(False))
    assert Category.get_by_id(box.category_id).expiry_required
    before = snapshot()
    with pytest.raises(ValidationError, match="needs an expiry date"):
        correct_box(
            box.id, dataclasses.replace(as_correction(box.id), expiry_date=None), "x", actor
        )
    assert snapshot() == before


def test_a_box_on_a_pallet_cannot_get_a_shelf_of_its_own(
    demo: OpenedDatabase, actor: Actor
) -> None:
    box = Box.get(Box.status == BoxStatus.ON_PALLET)
    shelf = Location.get(Location.name == "Sperrlager")
    with pytest.raises(ValidationError, match="take it off the pallet"):
        correct_box(
            box.id, dataclasses.replace(as_correction(box.id), location_id=shelf.id), "x", actor
        )


def test_disposing_takes_the_box_out_of_stock_and_off_its_pallet(
    demo: OpenedDatabase, actor: Actor
) -> None:
    box = Box.get(Box.status == BoxStatus.ON_PALLET)
    pallet_id = box.pallet_id
    dispose_box(box.id, "wet, mouldy", actor)
    box = Box.get_by_id(box.id)
    assert (box.status, box.location_id, box.pallet_id) == ("disposed", None, None)
    last = Movement.select().where(Movement.box == box.id).order_by(Movement.id.desc()).get()
    assert (last.kind, last.from_pallet_id, last.note) == ("disposed", pallet_id, "wet, mouldy")
    assert run_checks(demo.db) == []
    before = snapshot()
    with pytest.raises(ValidationError, match="already disposed"):
        dispose_box(box.id, "again", actor)
    with pytest.raises(ValidationError, match="can no longer be corrected"):
        correct_box(box.id, as_correction(box.id), "late fix", actor)
    assert snapshot() == before


def test_a_corrected_description_is_found_by_search(demo: OpenedDatabase, actor: Actor) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    correct_box(
        box.id,
        dataclasses.replace(as_correction(box.id), description_uk="Ковдри вовняні"),
        "typo",
        actor,
    )
    assert box.id in stock.box_ids(stock.BoxFilter(text="ковдри"))
