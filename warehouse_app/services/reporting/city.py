"""The city's monthly sheet: what the hall took in and sent out in one month, per association
and destination, and the convoys of the month with their trucks and weights. "Dortmund hilft",
which finances the hall, reads one page a month for all associations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from warehouse_app.access.roles import Permission
from warehouse_app.errors import ValidationError
from warehouse_app.papers.hall import hall_address, hall_name
from warehouse_app.services import guard, masterdata
from warehouse_app.services.guard import NotAllowed
from warehouse_app.services.reporting.flows import received, shipped
from warehouse_app.services.reporting.records import FlowRow, GroupBy
from warehouse_app.services.reporting.tables import write_via_part
from warehouse_app.storage.models import Association, Category, Convoy, Recipient, Vehicle
from warehouse_app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class CityConvoy:
    number: str
    destination: str  # the recipient's town and country
    departed: dt.date
    trucks: tuple[str, ...]  # "DO-HL 123 + DO-HA 45" per vehicle
    boxes: int
    pallets: int
    gross_kg: Decimal


@dataclass(frozen=True)
class CitySheet:
    month: dt.date  # its first day
    hall_name: str
    hall_address: str
    received: tuple[FlowRow, ...]  # by association
    received_total: FlowRow
    shipped: tuple[FlowRow, ...]  # by association and destination country
    shipped_total: FlowRow
    convoys: tuple[CityConvoy, ...]
    shipped_by_category: tuple[FlowRow, ...] = ()


def parse_month(text: str) -> dt.date:
    """ "2026-11" as its first day; ValidationError otherwise."""
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m").date()
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "'{text}' is not a month: write it as 2026-11."),
            "month",
            text=text,
        ) from None


def city_sheet(month: dt.date) -> CitySheet:
    guard.require_signed_in(Permission.REPORTS)
    if guard.scope() is not None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "service",
                "The city's sheet covers every association; you report on your own "
                "association's goods: choose a report of its own instead.",
            )
        )
    first = month.replace(day=1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    came = received([GroupBy.ASSOCIATION], first, last)
    went = shipped([GroupBy.ASSOCIATION, GroupBy.COUNTRY], first, last)
    per_convoy = {row.keys[0]: row for row in shipped([GroupBy.CONVOY], first, last).rows}
    start = dt.datetime.combine(first, dt.time())
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
    convoys = []
    query = (
        Convoy.select(Convoy, Recipient)
        .join(Recipient)
        .where(Convoy.departed_at >= start, Convoy.departed_at < end)
        .order_by(Convoy.departed_at)
    )
    for convoy in query:
        trucks = tuple(
            " + ".join(p for p in (str(v.truck_plate), str(v.trailer_plate)) if p) or "–"
            for v in Vehicle.select().where(Vehicle.convoy == convoy.id).order_by(Vehicle.number)
        )
        figures = per_convoy.get(str(convoy.number))
        town = str(convoy.recipient.city).split(" / ")[-1]
        convoys.append(
            CityConvoy(
                number=str(convoy.number),
                destination=f"{town}, {convoy.recipient.country}".strip(", "),
                departed=convoy.departed_at.date(),
                trucks=trucks,
                boxes=figures.boxes if figures else 0,
                pallets=int(figures.pallets) if figures else 0,  # a pallet rides one convoy
                gross_kg=figures.gross_kg if figures else Decimal(0),
            )
        )
    # The city reads German and whole names: the reports key by short code and English name.
    names = {
        str(c): str(n)
        for c, n in Association.select(Association.short_code, Association.name).tuples()
    }
    german = {
        str(e): str(d) for e, d in Category.select(Category.name_en, Category.name_de).tuples()
    }

    def renamed(rows: tuple[FlowRow, ...], table: dict[str, str]) -> tuple[FlowRow, ...]:
        return tuple(replace(r, keys=(table.get(r.keys[0], r.keys[0]), *r.keys[1:])) for r in rows)

    return CitySheet(
        month=first,
        hall_name=hall_name(),
        hall_address=hall_address({**masterdata.settings(), "hall.sender_country": ""}),
        received=renamed(came.rows, names),
        received_total=came.totals,
        shipped=renamed(went.rows, names),
        shipped_total=went.totals,
        convoys=tuple(convoys),
        shipped_by_category=renamed(shipped([GroupBy.CATEGORY], first, last).rows, german),
    )


MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember")  # fmt: skip


def month_title(month: dt.date) -> str:
    return f"{MONTHS_DE[month.month - 1]} {month.year}"


def write_city_xlsx(sheet: CitySheet, path: Path) -> None:
    """The sheet as one Excel sheet in three blocks, numbers as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    ws = book.active
    ws.title = "Monatsbericht"
    bold = Font(bold=True)
    ws.append([f"{sheet.hall_name} – Monatsbericht {month_title(sheet.month)}"])
    ws["A1"].font = Font(bold=True, size=14)

    def block(title: str, heads: list[str], rows: list[list[object]]) -> None:
        ws.append([])
        ws.append([title])
        ws.cell(ws.max_row, 1).font = bold
        ws.append(heads)
        for cell in ws[ws.max_row]:
            cell.font = bold
        for row in rows:
            ws.append(row)

    block(
        "Eingang je Verein",
        ["Verein", "Kisten", "Brutto kg", "Netto kg"],
        [[*r.keys, r.boxes, float(r.gross_kg), float(r.net_kg)] for r in sheet.received]
        + [["Summe", sheet.received_total.boxes, float(sheet.received_total.gross_kg),
            float(sheet.received_total.net_kg)]],
    )  # fmt: skip
    block(
        "Ausgang je Verein und Zielland",
        ["Verein", "Zielland", "Kisten", "Paletten (anteilig nach kg)", "Brutto kg"],
        [[*r.keys, r.boxes, float(r.pallets), float(r.gross_kg)] for r in sheet.shipped]
        + [["Summe", "", sheet.shipped_total.boxes, float(sheet.shipped_total.pallets),
            float(sheet.shipped_total.gross_kg)]],
    )  # fmt: skip
    block(
        "Konvois des Monats",
        ["Konvoi", "Ziel", "Abfahrt", "Fahrzeuge", "Kisten", "Paletten", "Brutto kg"],
        [[c.number, c.destination, c.departed, "; ".join(c.trucks), c.boxes, c.pallets,
          float(c.gross_kg)] for c in sheet.convoys],
    )  # fmt: skip
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD.MM.YYYY"
    for column, width in zip("ABCDEFG", (30, 26, 12, 34, 10, 10, 14), strict=True):
        ws.column_dimensions[column].width = width
    write_via_part(path, book.save)
