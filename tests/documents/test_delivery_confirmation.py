"""Per-association delivery confirmations of a delivered convoy, on both engines: each
association's figures are those of the boxes actually handed over (counted the long way, from
the boxes and pallets), they sum to the convoy's papers, a box that came back is left out, a
vehicle delivered pallet by pallet names both acts and days, the PDF says it in German and
Ukrainian, and a convoy still on the road is refused."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from reports.delivery_confirmation import (
    confirmation_files,
    render_delivery_confirmation,
    write_confirmations,
)
from warehouse_app.errors import ValidationError
from warehouse_app.kinds import BoxStatus
from warehouse_app.papers.delivery_confirmation import AssociationConfirmation, confirmations
from warehouse_app.papers.vehicle import convoy_papers, summed
from warehouse_app.quantities import exact
from warehouse_app.services import convoys, masterdata
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import Association, Box, ConvoyItem, Pallet
from warehouse_app.storage.opening import OpenedDatabase

ZERO = Decimal(0)


def long_way(convoy_number: str) -> dict[str, tuple[int, Decimal, Decimal, Decimal]]:
    """Per association short code: (boxes, pieces, net kg, gross kg with its tare share), from
    the rows themselves: the delivered boxes on the convoy's pallets and its loose boxes, each
    pallet's tare shared by the gross of what it carried."""
    convoy = convoys.get_convoy(convoy_number)
    items = list(ConvoyItem.select().where(ConvoyItem.convoy == convoy.id))
    pallet_ids = [i.pallet_id for i in items if i.pallet_id is not None]
    loose_ids = [i.box_id for i in items if i.box_id is not None]
    boxes = list(
        Box.select()
        .where(
            (Box.pallet.in_(pallet_ids) | Box.id.in_(loose_ids))
            & (Box.status == BoxStatus.DELIVERED.value)
        )
        .order_by(Box.id)
    )
    codes = {a.id: a.short_code for a in Association.select()}
    on_pallet: dict[int, Decimal] = defaultdict(Decimal)
    for box in boxes:
        if box.pallet_id in pallet_ids and box.id not in loose_ids:
            on_pallet[box.pallet_id] += Decimal(str(box.gross_kg))
    tare = {p.id: Decimal(str(p.tare_kg)) for p in Pallet.select().where(Pallet.id.in_(pallet_ids))}
    figures: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO, ZERO])
    for box in boxes:
        row = figures[codes[box.owner_id]]
        gross = Decimal(str(box.gross_kg))
        share = ZERO
        if box.id not in loose_ids and on_pallet[box.pallet_id]:
            share = tare[box.pallet_id] * gross / on_pallet[box.pallet_id]
        row[0] += 1
        row[1] += Decimal(str(box.quantity))
        row[2] += Decimal(str(box.net_kg))
        row[3] += gross + share
    return {code: (int(r[0]), exact(r[1]), exact(r[2]), r[3]) for code, r in figures.items()}


def assert_the_long_way(found: list[AssociationConfirmation], convoy_number: str) -> None:
    expected = long_way(convoy_number)
    pallets = ConvoyItem.select().where(ConvoyItem.pallet.is_null(False)).count()
    assert {c.short_code for c in found} == set(expected)
    for c in found:
        boxes, pieces, net, gross = expected[c.short_code]
        assert (c.boxes + c.vehicles, c.pieces, c.net_kg) == (boxes, pieces, net), c.short_code
        # The papers share a tare to the gram (largest remainder): at most a gram per pallet.
        assert abs(c.gross_kg - gross) <= Decimal("0.001") * pallets, c.short_code
        # The goods lines add up to the association's figures.
        assert sum(line.boxes for line in c.lines) == c.boxes + c.vehicles
        assert sum((line.net_kg for line in c.lines), ZERO) == c.net_kg
        assert sum((line.gross_kg for line in c.lines), ZERO) == c.gross_kg
        assert c.number == f"{convoy_number}-{c.short_code}"


def test_each_association_gets_what_it_handed_over(papers_db: OpenedDatabase) -> None:
    found = confirmations("2026-V")
    assert len(found) >= 2  # the demo's delivered convoy carries several associations' goods
    assert_the_long_way(found, "2026-V")
    # Together they are the convoy as its papers declared it at the border.
    totals = summed(convoy_papers(convoys.get_convoy("2026-V")))
    assert sum(c.boxes + c.vehicles for c in found) == totals.packages
    assert sum((c.net_kg for c in found), ZERO) == totals.net_kg
    assert sum((c.gross_kg for c in found), ZERO) == totals.gross_kg
    assert sum((c.pieces for c in found), ZERO) == totals.pieces
    first = found[0]
    assert first.acts == ("Act of acceptance 1/2026",)
    assert first.delivered_on == (dt.date.today(),)
    assert first.recipient.startswith("Zhytomyr City Council")
    assert first.delivery_place == "Zhytomyr, municipal warehouse"
    assert first.hall_name == masterdata.settings()["hall.sender_name"]


def test_a_box_that_came_back_is_left_out_and_both_acts_are_named(
    papers_db: OpenedDatabase, actor: Actor
) -> None:
    convoy = convoys.get_convoy("2026-D")
    truck = convoys.get_vehicle(convoy, 1)
    first, _second = [i.pallet for i in ConvoyItem.select().where(ConvoyItem.convoy == convoy.id)]
    back = Box.select().where(Box.pallet == first.id).order_by(Box.code).first()
    back_owner = back.owner.short_code
    before = long_way_all_shipped("2026-D")
    convoys.deliver(
        truck,
        receipt_reference="Akt 7/2026",
        actor=actor,
        pallets=[first.code],
        returned=[back.code],
        return_location_id=masterdata.find_location("Wareneingang").id,
        when=dt.datetime(2026, 12, 12, 10, 0),
    )
    with pytest.raises(ValidationError, match="2026-D is departed"):
        confirmations("2026-D")  # the second pallet is still on the road
    convoys.deliver(
        truck, receipt_reference="Akt 8/2026", actor=actor, when=dt.datetime(2026, 12, 13, 9, 0)
    )

    found = confirmations("2026-D")
    assert_the_long_way(found, "2026-D")
    by_code = {c.short_code: c for c in found}
    # Every box the truck left with counts, but the one that came back.
    assert sum(c.boxes + c.vehicles for c in found) == sum(before.values()) - 1
    assert by_code[back_owner].boxes + by_code[back_owner].vehicles == before[back_owner] - 1
    on_both = [c for c in found if len(c.acts) == 2]
    assert on_both, "the demo's pallets are mixed: some association had goods on both"
    assert on_both[0].acts == ("Akt 7/2026", "Akt 8/2026")
    assert on_both[0].delivered_on == (dt.date(2026, 12, 12), dt.date(2026, 12, 13))


def long_way_all_shipped(convoy_number: str) -> dict[str, int]:
    """Boxes per association on the convoy's pallets before delivery."""
    convoy = convoys.get_convoy(convoy_number)
    pallet_ids = [
        i.pallet_id
        for i in ConvoyItem.select().where(ConvoyItem.convoy == convoy.id)
        if i.pallet_id is not None
    ]
    counts: dict[str, int] = defaultdict(int)
    for box in Box.select().where(Box.pallet.in_(pallet_ids)):
        counts[box.owner.short_code] += 1
    return dict(counts)


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)


def test_the_pdf_says_it_in_german_and_ukrainian(papers_db: OpenedDatabase) -> None:
    found = confirmations("2026-V")
    c = max(found, key=lambda c: c.boxes)
    text = pdf_text(render_delivery_confirmation(c)).replace("\r", "")
    flat = " ".join(text.split())
    gross = f"{c.gross_kg.normalize():f}".replace(".", ",")
    # German: "12 Kisten, 191,188 kg, übergeben am 04.12.2026 an …, Übergabeakt Nr. …"
    assert f"{c.association}: {c.boxes} Kisten, {gross} kg, übergeben am" in flat
    assert f"{dt.date.today():%d.%m.%Y}" in flat and "Übergabeakt Nr. Act of acceptance" in flat
    # Ukrainian: the same figures, the act and who received the goods.
    assert f"{c.association}: {c.boxes} ящик" in flat and f"{gross} кг" in flat
    assert "акт приймання-передачі № Act of acceptance 1/2026" in flat
    assert "отримувач: Zhytomyr City Council / Житомирська міська рада" in flat
    assert "Підтвердження доставки" in flat and "Lieferbestätigung" in flat
    for line in c.lines:
        assert line.description_de in text and line.description_uk in text
    assert "Unterschrift / Підпис" in flat and c.hall_name in flat
    assert f"Nr. / № {c.number}" in flat


def test_files_are_named_by_convoy_and_association(
    papers_db: OpenedDatabase, tmp_path: Path
) -> None:
    written = write_confirmations("2026-V", tmp_path / "out")
    names = {c.number for c in confirmations("2026-V")}
    assert sorted(p.name for p in written) == sorted(f"{n}.pdf" for n in names)
    assert all(p.read_bytes().startswith(b"%PDF") for p in written)
    # The same data gives the same bytes (no creation time in the files).
    assert [f.data for f in confirmation_files("2026-V")] == [p.read_bytes() for p in written]


@pytest.mark.parametrize("number", ["2026-D", "2026-P"])
def test_a_convoy_not_delivered_is_refused(
    papers_db: OpenedDatabase, tmp_path: Path, number: str
) -> None:
    with pytest.raises(ValidationError, match=f"Convoy {number} is .*once all its vehicles"):
        write_confirmations(number, tmp_path / "out")
    assert not (tmp_path / "out").exists()  # nothing written
