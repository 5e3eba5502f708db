"""Needs lists: imported as the recipient sends them, and matched against the hall's free stock."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from warehouse_app.errors import NotFound
from warehouse_app.imports.needs_list import import_needs
from warehouse_app.kinds import BoxStatus, ConvoyStatus
from warehouse_app.services import needs
from warehouse_app.storage.models import (
    Box,
    Category,
    Convoy,
    ConvoyItem,
    NeedLine,
    NeedsList,
    Recipient,
)
from warehouse_app.storage.opening import OpenedDatabase

LIST = (
    "Kategorie;Beschreibung;Menge;Einheit;Priorität;Benötigt bis;Bemerkung\n"
    "Schlafsäcke;;200;Stk.;dringend;31.12.2026;für die Notunterkunft\n"
    "Schlafsäcke;Schlafsäcke, Sommer;100000;Stk.;normal;;\n"
    "Medikamente;Paracetamol;1000;Stk;urgent;15.01.2027;\n"
    "Reis;;300;kg;nice to have;;\n"
)


@pytest.fixture
def zhytomyr(demo: OpenedDatabase) -> str:
    return str(Recipient.get(Recipient.name.startswith("Zhytomyr")).name).split(" / ")[0]


def test_a_needs_list_is_imported_line_by_line(
    demo: OpenedDatabase, zhytomyr: str, tmp_path: Path
) -> None:
    source = tmp_path / "Bedarf.csv"
    source.write_text(LIST, encoding="utf-8")
    done = import_needs(source, zhytomyr.upper(), title="Winter")
    assert done.problems == () and done.lines == 4 and done.list_id is not None
    lines = list(NeedLine.select().where(NeedLine.needs_list == done.list_id).order_by(NeedLine.id))
    assert [line.priority for line in lines] == ["urgent", "normal", "urgent", "nice"]
    assert lines[0].needed_by == dt.date(2026, 12, 31) and lines[0].notes == "für die Notunterkunft"
    assert lines[0].description == "Schlafsäcke"  # the category's name where none is given
    assert lines[3].unit == "kg" and lines[3].quantity == Decimal("300")
    (listed,) = needs.needs_lists(zhytomyr)
    assert listed.title == "Winter" and listed.lines == 4


def test_a_bad_line_imports_nothing_and_is_named(
    demo: OpenedDatabase, zhytomyr: str, tmp_path: Path
) -> None:
    source = tmp_path / "Bedarf.csv"
    source.write_text(LIST + "Raumschiffe;;1;;;;\nDecken (Synthetik);;viele;;sofort;;\n")
    before = NeedsList.select().count()
    done = import_needs(source, zhytomyr)
    assert done.list_id is None
    said = {(p.row, p.column): str(p.message) for p in done.problems}
    assert "No category is called 'Raumschiffe'" in said[(6, "Kategorie")]
    assert "'viele' is not a number" in said[(7, "Menge")]
    assert "Priority 'sofort'" in said[(7, "Priorität")]
    assert NeedsList.select().count() == before
    with pytest.raises(NotFound, match="No recipient is called 'Nowhere'"):
        import_needs(source, "Nowhere")


def _free(category: Category, unit: str, keeps_until: dt.date) -> Decimal:
    """The free stock counted box by box, the long way round."""
    active = {
        c.id
        for c in Convoy.select()
        if c.status not in (ConvoyStatus.DEPARTED.value, ConvoyStatus.CANCELLED.value)
    }
    items = [i for i in ConvoyItem.select() if i.convoy_id in active]
    boxes = {i.box_id for i in items if i.box_id}
    pallets = {i.pallet_id for i in items if i.pallet_id}
    total = Decimal(0)
    for box in Box.select().where(Box.category == category.id):
        if box.status not in (BoxStatus.IN_STOCK.value, BoxStatus.ON_PALLET.value):
            continue
        if box.id in boxes or (box.pallet_id and box.pallet_id in pallets):
            continue
        if box.expiry_date is not None and box.expiry_date < keeps_until:
            continue
        if unit == "kg":
            total += box.net_kg
        elif box.unit == unit:
            total += box.quantity
    return total


def test_matching_shares_the_free_stock_out_urgent_first(
    demo: OpenedDatabase, tmp_path: Path
) -> None:
    source = tmp_path / "Bedarf.csv"
    source.write_text(LIST, encoding="utf-8")
    done = import_needs(source, "Zhytomyr Lyceum No. 23")  # no convoy goes there yet
    assert done.list_id is not None
    matched = {m.line_number: m for m in needs.match(done.list_id)}
    bags = Category.get(Category.name_de == "Schlafsäcke")
    free_bags = _free(bags, "pcs", dt.date.today())
    urgent, summer = matched[1], matched[2]
    assert urgent.in_stock == min(Decimal(200), free_bags)
    assert urgent.in_stock + summer.in_stock == min(Decimal(100200), free_bags)  # none twice
    assert summer.missing == summer.requested - summer.in_stock
    pills = Category.get(Category.name_de == "Medikamente")
    keeps = dt.date(2027, 1, 15) + dt.timedelta(days=pills.min_shelf_life_days)
    assert matched[3].in_stock == min(Decimal(1000), _free(pills, "pcs", keeps))
    rice = Category.get(Category.name_de == "Reis")
    keeps = dt.date.today() + dt.timedelta(days=rice.min_shelf_life_days)  # needed now
    assert matched[4].in_stock == min(Decimal(300), _free(rice, "kg", keeps))
    from warehouse_app.storage.models import Offer

    coming_rice = sum(
        (o.weight_kg or 0 for o in Offer.select().where(Offer.category == rice.id)
         if o.status in ("open", "accepted") and o.need_line_id is None),
        Decimal(0),
    )  # fmt: skip
    assert matched[4].offered == min(Decimal(300), coming_rice) > 0  # the demo's Tafel offers rice
    assert matched[4].missing == max(Decimal(0), 300 - matched[4].in_stock - matched[4].offered)


def test_reserved_goods_are_not_offered_to_a_need(
    demo: OpenedDatabase, zhytomyr: str, tmp_path: Path
) -> None:
    reserved = (
        ConvoyItem.select(ConvoyItem, Convoy)
        .join(Convoy)
        .where(Convoy.status == ConvoyStatus.PLANNING.value, ConvoyItem.pallet.is_null(False))
        .first()
    )
    assert reserved is not None, "the demo plans a convoy with pallets"
    box = Box.get(Box.pallet == reserved.pallet_id)
    category = Category.get_by_id(box.category_id)
    source = tmp_path / "Bedarf.csv"
    source.write_text(f"Kategorie;Menge;Einheit\n{category.name_de};1000000;{box.unit}\n")
    done = import_needs(source, zhytomyr)
    assert done.list_id is not None
    (line,) = needs.match(done.list_id)
    assert line.in_stock == _free(category, box.unit, dt.date.today())
    on_reserved = sum(
        (b.quantity for b in Box.select().where(Box.pallet == reserved.pallet_id)), Decimal(0)
    )
    assert on_reserved > 0  # the reserved pallet's boxes were left out of that figure


def test_goods_packed_for_the_recipient_count_before_the_free_stock(
    demo: OpenedDatabase, zhytomyr: str, tmp_path: Path
) -> None:
    """The city council's planned convoys carry medicines already: its list counts them as on
    a convoy, and asks the hall only for the rest; another recipient's list does not."""
    pills = Category.get(Category.name_de == "Medikamente")
    live = [
        c.id
        for c in Convoy.select().where(Convoy.recipient == Recipient.get(Recipient.name.startswith(
            "Zhytomyr City Council")).id, Convoy.status.in_(["planning", "loading", "ready"]))
    ]  # fmt: skip
    items = [i for i in ConvoyItem.select() if i.convoy_id in live]
    packed = sum(
        (
            b.quantity
            for b in Box.select().where(Box.category == pills.id, Box.unit == "pcs")
            if b.id in {i.box_id for i in items}
            or (b.pallet_id and b.pallet_id in {i.pallet_id for i in items})
        ),
        Decimal(0),
    )
    assert packed > 0, "the demo's planned convoys carry medicines"
    source = tmp_path / "Bedarf.csv"
    source.write_text("Kategorie;Menge;Priorität\nMedikamente;100000;dringend\n")
    own = import_needs(source, zhytomyr).list_id
    other = import_needs(source, "Zhytomyr Lyceum No. 23").list_id
    assert own is not None and other is not None
    (mine,) = needs.match(own)
    (theirs,) = needs.match(other)
    assert mine.on_convoy == packed and theirs.on_convoy == 0
    assert mine.in_stock == theirs.in_stock == _free(pills, "pcs", dt.date.today() + dt.timedelta(
        days=pills.min_shelf_life_days))  # fmt: skip
    assert mine.missing == 100000 - packed - mine.in_stock - mine.offered
    both = {m.list_id: m for m in needs.match_lists([own, other])}
    assert both[own].in_stock + both[other].in_stock == mine.in_stock  # shared out once
