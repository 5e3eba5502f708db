"""Offers from a spreadsheet: the list the city's contact point or an association collected,
one offer a row, all saved or, with one bad row, none (each problem named by row and column)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from warehouse_app.access.roles import Permission
from warehouse_app.errors import HafenlagerError, ValidationError
from warehouse_app.imports.columns import columns_by
from warehouse_app.imports.donations import Categories, parse_date, parse_number
from warehouse_app.imports.needs_list import LineProblem
from warehouse_app.imports.sheets import Cell, read_table
from warehouse_app.services import masterdata, offers
from warehouse_app.services.guard import guarded
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, say

HEADINGS: dict[str, tuple[str, ...]] = {
    "offered_by": ("name", "spender", "anbieter", "offered by", "donor", "ім'я", "жертводавець"),
    "contact": ("kontakt", "telefon", "e-mail", "contact", "phone", "контакт", "телефон"),
    "association": ("verein", "association", "організація", "об'єднання"),
    "category": ("kategorie", "category", "категорія"),
    "description": ("beschreibung", "was", "description", "what", "опис"),
    "quantity": ("menge", "anzahl", "quantity", "qty", "кількість"),
    "unit": ("einheit", "unit", "одиниця"),
    "weight_kg": ("gewicht (kg)", "gewicht", "weight (kg)", "weight", "вага (кг)", "вага"),
    "boxes": ("anzahl kartons", "kartons", "boxes", "кількість ящиків", "ящики"),
    "vin": ("fin", "vin", "fahrgestellnummer", "vin-код"),
    "available_from": ("verfügbar ab", "ab", "available from", "доступно з"),
    "available_until": ("verfügbar bis", "available until", "доступно до"),
    "notes": ("bemerkung", "bemerkungen", "notes", "примітки", "примітка"),
}  # fmt: skip


@dataclass(frozen=True)
class ImportedOffers:
    offer_ids: tuple[int, ...]  # empty: a dry run, or problems
    rows: int
    problems: tuple[LineProblem, ...]


@guarded(Permission.OFFERS)
def import_offers(path: Path, *, dry_run: bool = False) -> ImportedOffers:
    table = read_table(path)
    columns = columns_by(table.headers, HEADINGS)
    if "offered_by" not in columns or not ({"category", "description"} & set(columns)):
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "The offers list has no column for who offers and what (Name, Kategorie or "
                "Beschreibung). Nothing was imported.",
            )
        )
    categories = Categories()
    heading = {name: table.headers[i] for name, i in columns.items()}
    associations = {
        key.casefold(): a.id for a in masterdata.associations() for key in (a.short_code, a.name)
    }
    entries: list[offers.OfferInput] = []
    problems: list[LineProblem] = []
    for index, cells in enumerate(table.rows):
        number = table.row_number(index)
        values = {name: cells[i] for name, i in columns.items()}
        said: list[LineProblem] = []

        def problem(
            name: str, message: Text, said: list[LineProblem] = said, number: int = number
        ) -> None:
            said.append(LineProblem(number, heading.get(name, ""), message))

        entry = _entry(values, categories, associations, problem)
        if entry is not None and not said:
            try:
                offers.check(entry)
            except ValidationError as exc:
                problem(exc.field if exc.field in heading else "", exc.text)
        problems.extend(said)
        if entry is not None and not said:
            entries.append(entry)
    if problems or dry_run:
        return ImportedOffers((), len(entries), tuple(problems))
    return ImportedOffers(tuple(offers.add_offers(entries)), len(entries), ())


def _entry(
    values: dict[str, Cell],
    categories: Categories,
    associations: dict[str, int],
    problem: offers.Problem,
) -> offers.OfferInput | None:
    category_id = None
    if _text(values.get("category")):
        found = categories.find(values.get("category"), None)
        if isinstance(found, Text):
            problem("category", found)
        else:
            category_id = int(found.id)
    association_id = None
    if _text(values.get("association")):
        association_id = associations.get(_text(values.get("association")).casefold())
        if association_id is None:
            problem(
                "association",
                say(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "No association is called '{code}': give its short code or name.",
                    ),
                    code=_text(values.get("association")),
                ),
            )
    quantity = parse_number(values.get("quantity"), "quantity", problem)
    weight = parse_number(values.get("weight_kg"), "weight_kg", problem)
    boxes = parse_number(values.get("boxes"), "boxes", problem)
    if boxes is not None and boxes != boxes.to_integral_value():
        problem("boxes", say(QT_TRANSLATE_NOOP("service", "Count the boxes in whole numbers.")))
    available_from = parse_date(
        values.get("available_from"), _about("available_from", problem), month_start=True
    )
    available_until = parse_date(values.get("available_until"), _about("available_until", problem))
    unit = _text(values.get("unit")).casefold()
    from warehouse_app.imports.donations import UNITS

    return offers.OfferInput(
        offered_by=_text(values.get("offered_by")),
        contact=_text(values.get("contact")),
        association_id=association_id,
        category_id=category_id,
        description=_text(values.get("description")),
        quantity=quantity,
        unit=UNITS[unit].value if unit in UNITS else unit,
        weight_kg=weight,
        boxes=int(boxes) if boxes is not None else None,
        vin=_text(values.get("vin")),
        available_from=available_from,
        available_until=available_until,
        notes=_text(values.get("notes")),
    )


def _about(name: str, problem: offers.Problem) -> offers.Problem:
    return lambda _field, message: problem(name, message)


def _text(cell: Cell) -> str:
    return "" if cell is None else str(cell).strip()
