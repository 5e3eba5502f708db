"""The shortage list: what the recipients still need, urgent first, without what the hall
already has for them (services.needs.match), as an XLSX in German and Ukrainian that the
associations hand out or post."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from warehouse_app.services import needs
from warehouse_app.storage.models import NeedsList, Recipient

_PRIORITY = {
    "urgent": "dringend / терміново",
    "normal": "normal / звичайно",
    "nice": "wünschenswert / бажано",
}
_UNIT = {"pcs": "Stk. / шт.", "kg": "kg / кг", "l": "l / л", "set": "Satz / компл."}
HEADINGS = (
    "Empfänger / Отримувач",
    "Priorität / Пріоритет",
    "Was / Що",
    "Es fehlen / Бракує",
    "Einheit / Одиниця",
    "Benötigt bis / Потрібно до",
)


@dataclass(frozen=True)
class Shortage:
    recipient: str
    priority: str
    what: str
    missing: Decimal
    unit: str
    needed_by: dt.date | None


def shortages(recipient: str | None = None, today: dt.date | None = None) -> list[Shortage]:
    """Every line of every list (or one recipient's) that the hall cannot cover yet."""
    lists = NeedsList.select(NeedsList, Recipient).join(Recipient).order_by(NeedsList.id)
    wanted = needs.find_recipient(recipient) if recipient else None
    found = []
    for listed in lists:
        if wanted is not None and listed.recipient_id != wanted.id:
            continue
        for line in needs.match(int(listed.id), today):
            if line.missing > 0:
                found.append(
                    Shortage(
                        recipient=str(listed.recipient.name),
                        priority=line.priority,
                        what=line.description or line.category,
                        missing=line.missing,
                        unit=line.unit,
                        needed_by=line.needed_by,
                    )
                )
    order = {"urgent": 0, "normal": 1, "nice": 2}
    return sorted(
        found, key=lambda s: (order.get(s.priority, 1), s.needed_by or dt.date.max, s.what)
    )


def write_shortage_xlsx(rows: list[Shortage], path: Path, today: dt.date | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Bedarf – потреби"
    stamp = (today or dt.date.today()).strftime("%d.%m.%Y")
    sheet.append([f"Was noch fehlt / Чого ще бракує — {stamp}"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(list(HEADINGS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(
            [
                row.recipient,
                _PRIORITY.get(row.priority, row.priority),
                row.what,
                float(row.missing),  # a number cell, not text
                _UNIT.get(row.unit, row.unit),
                row.needed_by,
            ]
        )
        if row.needed_by is not None:
            sheet.cell(sheet.max_row, 6).number_format = "DD.MM.YYYY"
    for column, width in zip("ABCDEF", (40, 24, 40, 14, 16, 18), strict=True):
        sheet.column_dimensions[column].width = width
    book.save(path)
