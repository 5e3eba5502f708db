"""The recipients' needs lists: imported from the spreadsheet a recipient sends, listed, and
matched against what the hall has.

Matching shares the stock out line by line, urgent lines first, then by the date they are
needed by: a box counted for one line is not counted again for another. A box counts when it
is in the hall (in stock or on a pallet), not reserved for a convoy, and keeps long enough:
its best-before date at least the category's minimum shelf life after the date the line is
needed by (or today). Quantities count in the line's unit: kilograms by the boxes' net weight,
anything else by the boxes' quantity in that unit. What open and accepted offers would add is
"offered" (services.offers.offered_by_line); "missing" is what neither stock nor offers cover.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import peewee as pw

from warehouse_app.errors import HafenlagerError, NotFound
from warehouse_app.imports.sheets import Cell, read_table
from warehouse_app.kinds import BoxStatus, ConvoyStatus, NeedStatus, Priority, Unit
from warehouse_app.services import offers
from warehouse_app.services.stock_query import off_index
from warehouse_app.storage.models import (
    Box,
    Category,
    Convoy,
    ConvoyItem,
    NeedLine,
    NeedsList,
    Recipient,
    database_proxy,
)
from warehouse_app.storage.transactions import run_in_transaction
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, say

HEADINGS: dict[str, tuple[str, ...]] = {
    "category": ("kategorie", "category", "категорія", "warengruppe"),
    "hs_code": ("hs", "hs-code", "hs code", "уктзед", "код hs"),
    "description": (
        "beschreibung", "bezeichnung", "artikel", "description", "item", "опис",
        "найменування", "назва",
    ),
    "quantity": ("menge", "anzahl", "quantity", "qty", "кількість"),
    "unit": ("einheit", "unit", "одиниця", "од."),
    "priority": ("priorität", "dringlichkeit", "priority", "пріоритет", "терміновість"),
    "needed_by": ("benötigt bis", "bis", "needed by", "потрібно до", "термін"),
    "notes": ("bemerkung", "bemerkungen", "notes", "note", "примітки", "примітка"),
}  # fmt: skip
_PRIORITIES = {
    "urgent": Priority.URGENT, "dringend": Priority.URGENT, "терміново": Priority.URGENT,
    "1": Priority.URGENT, "normal": Priority.NORMAL, "звичайно": Priority.NORMAL,
    "звичайний": Priority.NORMAL, "2": Priority.NORMAL, "": Priority.NORMAL,
    "nice to have": Priority.NICE, "nice": Priority.NICE, "wünschenswert": Priority.NICE,
    "бажано": Priority.NICE, "3": Priority.NICE,
}  # fmt: skip
_ORDER = {Priority.URGENT.value: 0, Priority.NORMAL.value: 1, Priority.NICE.value: 2}


@dataclass(frozen=True)
class LineProblem:
    row: int
    column: str
    message: Text


@dataclass(frozen=True)
class ImportedNeeds:
    list_id: int | None  # None: a dry run, or problems
    lines: int
    problems: tuple[LineProblem, ...]


@dataclass(frozen=True)
class NeedMatch:
    line_id: int
    line_number: int
    category: str
    description: str
    unit: str
    priority: str
    needed_by: dt.date | None
    requested: Decimal
    in_stock: Decimal  # in the hall, free, keeping long enough: counted for this line
    offered: Decimal
    missing: Decimal
    owners: tuple[str, ...] = field(default=())


def import_needs(
    path: Path, recipient: str, *, title: str = "", dry_run: bool = False
) -> ImportedNeeds:
    """A recipient's needs list from XLSX or CSV: every line or, with a problem, none."""
    from warehouse_app.imports.donations import Categories, parse_date, parse_number

    found = find_recipient(recipient)
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "service",
                "No recipient is called '{recipient}' (hafenlager recipient list). Nothing was "
                "imported.",
            ),
            recipient=recipient,
        )
    table = read_table(path)
    columns = _columns(table.headers)
    if "quantity" not in columns or not ({"category", "hs_code", "description"} & set(columns)):
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "The needs list has no column for the quantity and the goods (Kategorie or "
                "Beschreibung, Menge). Nothing was imported.",
            )
        )
    categories = Categories()
    heading = {name: table.headers[i] for name, i in columns.items()}
    rows: list[dict[str, object]] = []
    problems: list[LineProblem] = []
    for index, cells in enumerate(table.rows):
        number = table.row_number(index)
        values = {name: cells[i] for name, i in columns.items()}
        said: list[LineProblem] = []
        problem = _Problems(number, heading, said)

        category = None
        if values.get("category") not in (None, "") or values.get("hs_code") not in (None, ""):
            match = categories.find(values.get("category"), values.get("hs_code"))
            if isinstance(match, Text):
                problem("category" if "category" in heading else "hs_code", match)
            else:
                category = match
        quantity = parse_number(values.get("quantity"), "quantity", problem)
        if quantity is not None and quantity <= 0:
            problem("quantity", say(QT_TRANSLATE_NOOP("service", "A quantity is more than 0.")))
        elif quantity is None and not said:
            problem("quantity", say(QT_TRANSLATE_NOOP("service", "The quantity is missing.")))
        priority = _PRIORITIES.get(_text(values.get("priority")).casefold())
        if priority is None:
            problem(
                "priority",
                say(
                    QT_TRANSLATE_NOOP(
                        "service", "Priority '{value}': write urgent, normal or nice to have."
                    ),
                    value=_text(values.get("priority")),
                ),
            )
        needed_by = parse_date(values.get("needed_by"), problem.about("needed_by"))
        description = _text(values.get("description")) or (
            str(category.name_de) if category is not None else ""
        )
        if not description and not said:
            problem("description", say(QT_TRANSLATE_NOOP("service", "Say what is needed.")))
        problems.extend(said)
        if not said:
            rows.append(
                {
                    "line_number": len(rows) + 1,
                    "category": category.id if category is not None else None,
                    "description": description[:300],
                    "quantity": quantity,
                    "unit": _unit(values.get("unit"), category),
                    "priority": (priority or Priority.NORMAL).value,
                    "needed_by": needed_by,
                    "notes": _text(values.get("notes")),
                }
            )
    if problems or dry_run:
        return ImportedNeeds(None, len(rows), tuple(problems))

    def save() -> int:
        needs = NeedsList.create(recipient=found.id, title=title or path.stem)
        NeedLine.insert_many([{**row, "needs_list": needs.id} for row in rows]).execute()
        return int(needs.id)

    return ImportedNeeds(run_in_transaction(save), len(rows), ())


@dataclass(frozen=True)
class _Problems:
    """Collects one row's problems, each with its heading (called as the importer's rules call
    theirs: with the field and the problem)."""

    row: int
    heading: dict[str, str]
    said: list[LineProblem]

    def __call__(self, name: str, message: Text) -> None:
        self.said.append(LineProblem(self.row, self.heading.get(name, ""), message))

    def about(self, name: str) -> Callable[[str, Text], None]:
        return lambda _field, message: self(name, message)


def recipient_names() -> list[str]:
    """The recipients a needs list can belong to, by name."""
    return [str(r.name) for r in Recipient.select(Recipient.name).order_by(Recipient.name)]


def find_recipient(name: str) -> Recipient | None:
    """A recipient by its name, or one language of a bilingual name ("Zhytomyr City Council /
    Житомирська міська рада"), in any case (SQLite's LOWER folds ASCII only)."""
    wanted = name.strip().casefold()
    for found in Recipient.select():
        names = [str(found.name), *str(found.name).split(" / ")]
        if wanted in (n.strip().casefold() for n in names):
            recipient: Recipient = found
            return recipient
    return None


def _columns(headers: tuple[str, ...]) -> dict[str, int]:
    by_heading = {h: name for name, hs in HEADINGS.items() for h in hs}
    found: dict[str, int] = {}
    for index, heading in enumerate(headers):
        for part in heading.split(" / "):
            name = by_heading.get(" ".join(part.casefold().strip().rstrip(":").split()))
            if name and name not in found:
                found[name] = index
                break
    return found


def _text(cell: Cell | object) -> str:
    return "" if cell is None else str(cell).strip()


def _unit(cell: object, category: Category | None) -> str:
    from warehouse_app.imports.donations import UNITS

    text = _text(cell).casefold()
    if text in UNITS:
        return UNITS[text].value
    if text in {u.value for u in Unit}:
        return text
    return str(category.default_unit) if category is not None else Unit.PIECES.value


# --- reading -------------------------------------------------------------------------------
@dataclass(frozen=True)
class NeedsListRow:
    id: int
    recipient: str
    title: str
    received_at: dt.datetime
    lines: int


def needs_lists(recipient: str | None = None) -> list[NeedsListRow]:
    query = (
        NeedsList.select(
            NeedsList.id,
            Recipient.name,
            NeedsList.title,
            NeedsList.received_at,
            pw.fn.COUNT(NeedLine.id),
        )
        .join(Recipient)
        .switch(NeedsList)
        .join(NeedLine, pw.JOIN.LEFT_OUTER)
        .group_by(NeedsList.id, Recipient.name, NeedsList.title, NeedsList.received_at)
        .order_by(NeedsList.id)
    )
    if recipient:
        found = find_recipient(recipient)
        query = query.where(Recipient.id == (found.id if found is not None else -1))
    return [NeedsListRow(*row) for row in query.tuples()]


def match(list_id: int, today: dt.date | None = None) -> list[NeedMatch]:
    """Each line of the list with what the hall can give it (see the module's docstring)."""
    today = today or dt.date.today()
    if not NeedsList.select().where(NeedsList.id == list_id).exists():
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no needs list {list_id}."), list_id=list_id
        )
    lines = list(
        NeedLine.select(NeedLine, Category)
        .join(Category, pw.JOIN.LEFT_OUTER)
        .where(NeedLine.needs_list == list_id, NeedLine.status != NeedStatus.WITHDRAWN.value)
    )
    free = _free_stock({line.category_id for line in lines if line.category_id})
    lines.sort(key=lambda n: (_ORDER.get(n.priority, 1), n.needed_by or dt.date.max, n.line_number))
    offered = offers.offered_by_line(lines)
    result = []
    for line in lines:
        wanted = Decimal(line.quantity)
        counted = Decimal(0)
        owners: set[str] = set()
        if line.category_id is not None:
            keeps_until = (line.needed_by or today) + dt.timedelta(
                days=int(line.category.min_shelf_life_days or 0)
            )
            for lot in free.get(line.category_id, []):  # FEFO: the earliest expiry first
                if counted >= wanted:
                    break
                if lot.expiry is not None and lot.expiry < keeps_until:
                    continue
                amount = lot.take(line.unit, wanted - counted)
                if amount:
                    counted += amount
                    owners.add(lot.owner)
        result.append(
            NeedMatch(
                line_id=int(line.id),
                line_number=int(line.line_number),
                category=str(line.category.name_de) if line.category_id else "",
                description=str(line.description),
                unit=str(line.unit),
                priority=str(line.priority),
                needed_by=line.needed_by,
                requested=wanted,
                in_stock=counted,
                offered=offered[int(line.id)],
                missing=max(Decimal(0), wanted - counted - offered[int(line.id)]),
                owners=tuple(sorted(owners)),
            )
        )
    return sorted(result, key=lambda m: m.line_number)


@dataclass
class _Lot:
    """The free boxes of one category, owner, unit and expiry: what is left to share out."""

    owner: str
    unit: str
    expiry: dt.date | None
    quantity: Decimal
    net_kg: Decimal

    def take(self, unit: str, most: Decimal) -> Decimal:
        if unit == Unit.KG.value:
            amount = min(self.net_kg, most)
            share = amount / self.net_kg if self.net_kg else Decimal(0)
            self.net_kg -= amount
            self.quantity -= self.quantity * share
            return amount
        if unit != self.unit:
            return Decimal(0)
        amount = min(self.quantity, most)
        share = amount / self.quantity if self.quantity else Decimal(0)
        self.quantity -= amount
        self.net_kg -= self.net_kg * share
        return amount


def _free_stock(categories: set[int]) -> dict[int, list[_Lot]]:
    """The hall's free boxes of these categories, summed by owner, unit and expiry: all boxes
    in the hall, less the reserved ones (a few hundred, summed apart). Leaving them out in the
    one query over 50,000 boxes doubled its time."""
    if not categories:
        return {}
    from warehouse_app.storage.models import Association

    active = Convoy.select(Convoy.id).where(
        Convoy.status.not_in([ConvoyStatus.DEPARTED.value, ConvoyStatus.CANCELLED.value])
    )
    items = list(
        ConvoyItem.select(ConvoyItem.box, ConvoyItem.pallet)
        .where(ConvoyItem.convoy.in_(active))
        .tuples()
    )
    boxes = [box for box, _ in items if box is not None]
    pallets = [pallet for _, pallet in items if pallet is not None]
    # Nearly every box is of a category some line asks for: reading the table straight through
    # beats visiting it in the category index's order (stock_query.off_index).
    in_hall = off_index(Box.category).in_(sorted(categories)) & Box.status.in_(
        [BoxStatus.IN_STOCK.value, BoxStatus.ON_PALLET.value]
    )
    keys = (Box.category, Box.owner, Box.unit, Box.expiry_date)

    def summed(where: pw.Expression) -> dict[tuple[object, ...], tuple[Decimal, Decimal]]:
        query = (
            Box.select(*keys, pw.fn.SUM(Box.quantity), pw.fn.SUM(Box.net_kg))
            .where(where)
            .group_by(*keys)
        )
        return {
            tuple(row[:4]): (Decimal(str(row[4])), Decimal(str(row[5])))
            for row in database_proxy.execute(query)
        }

    held: dict[tuple[object, ...], tuple[Decimal, Decimal]] = {}
    reserved_in_hall = off_index(Box.category).in_(sorted(categories)) & off_index(Box.status).in_(
        [BoxStatus.IN_STOCK.value, BoxStatus.ON_PALLET.value]
    )
    for reserved in (Box.id.in_(boxes), Box.pallet.in_(pallets)):  # each along its index
        for key, (quantity, net) in summed(reserved_in_hall & reserved).items():
            before = held.get(key, (Decimal(0), Decimal(0)))
            held[key] = (before[0] + quantity, before[1] + net)
    # The owners' codes from their small table: joining them per box cost a third of the query.
    codes = dict(Association.select(Association.id, Association.short_code).tuples())
    lots: dict[int, list[_Lot]] = defaultdict(list)
    dates: dict[object, dt.date | None] = {}  # each date as stored, converted once
    for key, (quantity, net) in summed(in_hall).items():
        category, owner, unit, expiry = key
        if key in held:
            quantity, net = quantity - held[key][0], net - held[key][1]
            if quantity <= 0 and net <= 0:
                continue
        if expiry not in dates:
            dates[expiry] = Box.expiry_date.python_value(expiry)
        lots[int(str(category))].append(
            _Lot(str(codes.get(owner, owner)), str(unit), dates[expiry], quantity, net)
        )
    for category_lots in lots.values():
        # First expired, first out: the earliest date first, the goods that keep forever last.
        category_lots.sort(key=lambda lot: (lot.expiry is None, lot.expiry or dt.date.max))
    return lots
