"""Receiving goods: an entry of N boxes in one transaction; bad input saves nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from reports.documents import job_pdf, receipt_pdf
from ui.cli.main import main
from warehouse_app.errors import ValidationError
from warehouse_app.services import masterdata, printqueue
from warehouse_app.services.intake import IntakeEntry, NeedsConfirmation, receive
from warehouse_app.services.movements import Actor
from warehouse_app.services.vehicles import VehicleFacts, details_of
from warehouse_app.storage.checks import run_checks
from warehouse_app.storage.models import Box, Category, Donation, Location, Movement
from warehouse_app.storage.opening import OpenedDatabase


@pytest.fixture
def entry(opened: OpenedDatabase) -> IntakeEntry:
    return IntakeEntry(
        association_id=masterdata.find_association("BGH").id,
        category_id=masterdata.find_category("Sleeping bags").id,
        description_de="Schlafsack, Winter",
        description_uk="Спальний мішок, зимовий",
        quantity="6",
        unit="pcs",
        net_kg="8",
        box_count=10,
        delivered_by="Kirchengemeinde St. Reinoldi",
    )


def state() -> tuple[int, int, int]:
    return Box.select().count(), Movement.select().count(), Donation.select().count()


def test_ten_identical_boxes_in_one_entry(
    entry: IntakeEntry, actor: Actor, opened: OpenedDatabase
) -> None:
    received = receive(entry, actor)
    boxes = list(Box.select().where(Box.id.in_(received.box_ids)).order_by(Box.id))
    assert [(b.box_number, b.box_count) for b in boxes] == [(n, 10) for n in range(1, 11)]
    assert len(set(received.codes)) == 10
    first = boxes[0]
    assert first.gross_kg == Decimal("8.5")  # net + 0.5 kg packaging by default
    assert first.value_per_unit_eur == Category.get_by_id(entry.category_id).default_value_eur
    assert Location.get_by_id(first.location_id).name == "Wareneingang"
    moves = Movement.select().where(Movement.box.in_(received.box_ids))
    assert {(m.kind, m.volunteer_id, m.station) for m in moves} == {
        ("received", actor.volunteer_id, "Test-PC")
    }
    assert run_checks(opened.db) == []


def test_a_second_entry_joins_the_open_donation(entry: IntakeEntry, actor: Actor) -> None:
    first = receive(entry, actor)
    second = receive(
        dataclasses.replace(entry, box_count=1, quantity="2"), actor, donation_id=first.donation_id
    )
    assert second.donation_id == first.donation_id
    other = dataclasses.replace(entry, association_id=masterdata.find_association("GW").id)
    with pytest.raises(ValidationError, match="another association"):
        receive(other, actor, donation_id=first.donation_id)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"association_id": None}, "association", "association"),
        ({"category_id": None}, "category", "category"),
        ({"quantity": "0"}, "quantity", "more than 0"),
        ({"net_kg": "-3"}, "net_kg", "more than 0"),
        ({"net_kg": "8", "gross_kg": "7"}, "gross_kg", "Gross weight"),
        ({"description_de": "  "}, "description_de", "empty"),
        ({"description_uk": ""}, "description_uk", "empty"),
        ({"box_count": 0}, "box_count", "1 to 500"),
        ({"unit": "crate"}, "unit", "Unknown unit"),
        ({"serial_or_vin": "SN-1"}, "serial_or_vin", "one item"),
    ],
)
def test_bad_input_is_refused_at_its_field_and_saves_nothing(
    entry: IntakeEntry, actor: Actor, change: dict[str, object], field: str, message: str
) -> None:
    before = state()
    with pytest.raises(ValidationError, match=message) as caught:
        receive(dataclasses.replace(entry, **change), actor)
    assert caught.value.field == field
    assert state() == before


def test_expiry_rules_follow_the_category(entry: IntakeEntry, actor: Actor) -> None:
    medicines = masterdata.find_category("Medicines").id
    needs = dataclasses.replace(entry, category_id=medicines, box_count=1)
    with pytest.raises(ValidationError, match="needs an expiry date"):
        receive(needs, actor)
    with pytest.raises(ValidationError, match="in the past"):
        receive(dataclasses.replace(needs, expiry_date=dt.date(2020, 1, 1)), actor)
    done = receive(
        dataclasses.replace(needs, expiry_date=dt.date.today() + dt.timedelta(400)), actor
    )
    assert Box.get_by_id(done.box_ids[0]).expiry_date is not None


def test_a_vehicle_needs_its_vin(entry: IntakeEntry, actor: Actor) -> None:
    bus = dataclasses.replace(
        entry,
        category_id=masterdata.find_category("Buses (diesel)").id,
        box_count=1,
        quantity="1",
        net_kg="11000",
        description_de="Stadtbus MAN Lion's City",
        description_uk="Міський автобус MAN Lion's City",
    )
    bus = dataclasses.replace(bus, heavy_confirmed=True)
    with pytest.raises(ValidationError, match="needs its VIN"):
        receive(bus, actor)
    with pytest.raises(ValidationError, match="never holds O"):
        receive(dataclasses.replace(bus, serial_or_vin="WMAA14ZZ7HMO23456"), actor)
    with pytest.raises(ValidationError, match="17 characters"):
        receive(dataclasses.replace(bus, serial_or_vin="WMAA14ZZ7HM12345"), actor)
    # A North American VIN carries a check digit: one mistyped character is caught.
    with pytest.raises(ValidationError, match=r"check digit .* should be X"):
        receive(dataclasses.replace(bus, serial_or_vin="1M8GDM9A1KP042788"), actor)
    with pytest.raises(NeedsConfirmation, match="unusual"):
        receive(
            dataclasses.replace(bus, serial_or_vin="wmaa14zz7hm123456", heavy_confirmed=False),
            actor,
        )
    facts = VehicleFacts("MAN", "Lion's City", 2009, "diesel", dt.date(2009, 3, 1))
    done = receive(
        dataclasses.replace(bus, serial_or_vin=" wmaa14zz7hm123456 ", vehicle=facts), actor
    )
    box = Box.get_by_id(done.box_ids[0])
    assert box.serial_or_vin == "WMAA14ZZ7HM123456"
    assert details_of([box.id])[box.id].description == (
        "MAN Lion's City, 2009, diesel, 1st reg. 03.2009, VIN WMAA14ZZ7HM123456"
    )
    before = Box.select().count()
    with pytest.raises(ValidationError, match=f"already box {box.code}'s"):
        receive(dataclasses.replace(bus, serial_or_vin="WMAA14ZZ7HM123456"), actor)
    assert Box.select().count() == before  # nothing half-written


def test_the_receipt_lists_every_box_with_totals(entry: IntakeEntry, actor: Actor) -> None:
    received = receive(entry, actor)
    pdf = receipt_pdf(received.donation_id)
    text = "\n".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(pdf))
    for code in received.codes:
        assert code in text
    assert "Спальний мішок, зимовий" in text and "Blau-Gelbes-Herz" in text
    assert "80" in text and "85" in text  # 10 × 8 kg net, 10 × 8.5 kg gross
    assert "Kirchengemeinde St. Reinoldi" in text


def test_a_print_job_renders_what_it_names(entry: IntakeEntry, actor: Actor) -> None:
    received = receive(entry, actor)
    job_id = printqueue.enqueue("Test-PC", "box_labels", list(received.codes[:3]), "a4-3475", 4)
    assert [j.id for j in printqueue.pending("Test-PC")] == [job_id]
    pdf = job_pdf(printqueue.get(job_id))
    assert len(pdfium.PdfDocument(pdf)) == 1
    printqueue.mark_failed(job_id, "printer offline")
    assert printqueue.pending("Test-PC")[0].error == "printer offline"
    printqueue.mark_printed(job_id)
    assert printqueue.pending("Test-PC") == []


def test_label_and_receipt_commands(
    capsys: pytest.CaptureFixture[str],
    entry: IntakeEntry,
    actor: Actor,
    opened: OpenedDatabase,
    tmp_path: Path,
) -> None:
    received = receive(entry, actor)
    db = ["--db", opened.target]
    out = tmp_path / "labels.pdf"
    assert (
        main(
            [
                *db,
                "labels",
                "--donation",
                str(received.donation_id),
                "--format",
                "a4-3475",
                "--start",
                "3",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert len(pdfium.PdfDocument(out.read_bytes())) == 1
    assert (
        main(
            [
                *db,
                "labels",
                "--boxes",
                received.codes[0],
                "--format",
                "a4-3475",
                "--start",
                "30",
                "--out",
                str(out),
            ]
        )
        == 1
    )
    assert (
        main(
            [
                *db,
                "labels",
                "--boxes",
                received.codes[0],
                "--format",
                "zebra-9000",
                "--out",
                str(out),
            ]
        )
        == 1
    )
    assert main([*db, "receipt", str(received.donation_id), "--out", str(tmp_path / "r.pdf")]) == 0
    assert main([*db, "labels", "--list-formats"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert "Start position 30 is not on the sheet" in err[0]
    assert "Unknown label format 'zebra-9000'" in err[1]
    assert json.loads(json.dumps(received.codes))  # plain data for scripts


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("31.12.2027", dt.date(2027, 12, 31)),
        ("12.2027", dt.date(2027, 12, 31)),
        ("02/2028", dt.date(2028, 2, 29)),
        ("2027-06-15", dt.date(2027, 6, 15)),
        ("1.3.27", dt.date(2027, 3, 1)),
        ("", None),
    ],
)
def test_expiry_dates_are_read_as_printed_on_packages(typed: str, expected: dt.date | None) -> None:
    from warehouse_app.validation import parse_expiry

    assert parse_expiry(typed) == expected


def test_an_unreadable_expiry_date_says_how_to_type_it() -> None:
    from warehouse_app.validation import parse_expiry

    with pytest.raises(ValidationError, match=r"31\.12\.2027 or 12\.2027"):
        parse_expiry("Ende 2027")


@pytest.mark.parametrize(
    ("change", "asked"),
    [
        ({"quantity": "100000", "net_kg": "6.5", "box_count": 1}, "0.065 g a piece"),
        (
            {"quantity": "100", "value_per_unit_eur": "8000", "box_count": 1},
            "800000 EUR for one box is unusual",
        ),
        ({"value_per_unit_eur": "900"}, "54000 EUR for this entry is unusual"),
        ({"box_count": 25}, "25 boxes at once: 25 labels print"),
    ],
)
def test_unusual_figures_are_asked_about_before_anything_is_saved(
    entry: IntakeEntry, actor: Actor, change: dict[str, object], asked: str
) -> None:
    unusual = dataclasses.replace(entry, **change)  # type: ignore[arg-type]
    with pytest.raises(NeedsConfirmation, match=asked):
        receive(unusual, actor)
    assert Box.select().count() == 0
    done = receive(dataclasses.replace(unusual, heavy_confirmed=True), actor)
    assert len(done.box_ids) == unusual.box_count
