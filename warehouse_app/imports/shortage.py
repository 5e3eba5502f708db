"""The shortage list: what the recipients still need, urgent first, without what the hall
already has for them (services.needs.match), in German and Ukrainian, that the associations
hand out or post: as an XLSX here, as a PDF drawn by reports/shortage.py from a ShortageSheet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from warehouse_app.errors import HafenlagerError, NotFound
from warehouse_app.services import needs
from warehouse_app.storage.models import Category, NeedsList, Recipient
from warehouse_app.texts import QT_TRANSLATE_NOOP

_PRIORITY = {
    "urgent": "dringend / терміново",
    "normal": "normal / звичайно",
    "nice": "wünschenswert / бажано",
}
_UNIT = {"pcs": "Stk. / шт.", "kg": "kg / кг", "l": "l / л", "set": "Satz / компл."}
HEADINGS = (
    "Empfänger / Отримувач",
    "Priorität / Пріоритет",
    "Kategorie / Категорія",
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
    # The line's category in German and Ukrainian ("" without one): a line that names only
    # its category ("Schlafsäcke") is read by Ukrainian helpers too.
    category_de: str = ""
    category_uk: str = ""


@dataclass(frozen=True)
class ShortageSheet:
    """What the PDF is drawn from: the hall as sender, the day, the lines (urgent first)."""

    hall_name: str
    hall_address: str
    day: dt.date
    lines: tuple[Shortage, ...]


FORMATS = {".pdf": "pdf", ".xlsx": "xlsx"}


def shortage_format(path: Path) -> str:
    """'pdf' or 'xlsx' by the file's suffix; any other is refused before anything is read."""
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "'{path_name}' should end in .pdf (to print or post) or .xlsx (for Excel).",
            ),
            path_name=path.name,
        )
    return found


def shortage_sheet(recipient: str | None = None, today: dt.date | None = None) -> ShortageSheet:
    """The shortage list of every recipient (or one) with the hall's name and address."""
    from warehouse_app.papers.hall import hall_address, hall_name

    day = today or dt.date.today()
    return ShortageSheet(hall_name(), hall_address(), day, tuple(shortages(recipient, day)))


def shortages(recipient: str | None = None, today: dt.date | None = None) -> list[Shortage]:
    """Every line of every list (or one recipient's) that the hall cannot cover yet."""
    lists = NeedsList.select(NeedsList, Recipient).join(Recipient).order_by(NeedsList.id)
    wanted = needs.find_recipient(recipient) if recipient else None
    if recipient and wanted is None:  # not everyone's list under a mistyped name
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "service", "No recipient is called '{recipient}' (hafenlager recipient list)."
            ),
            recipient=recipient,
        )
    found = []
    ukrainian = dict(Category.select(Category.name_de, Category.name_uk).tuples())
    listed = {int(n.id): n for n in lists}
    # All lists matched together, even for one recipient's sheet: the hall's stock and the
    # offers are shared out once over every recipient's lines, urgent first, so two lists
    # asking for the same blankets do not both count the same boxes.
    for line in needs.match_lists(sorted(listed), today):
        owner = listed[line.list_id]
        if wanted is not None and owner.recipient_id != wanted.id:
            continue
        if line.missing > 0:
            found.append(
                Shortage(
                    recipient=str(owner.recipient.name),
                    priority=line.priority,
                    what=line.description or line.category,
                    missing=line.missing,
                    unit=line.unit,
                    needed_by=line.needed_by,
                    category_de=line.category,
                    category_uk=str(ukrainian.get(line.category, "")),
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
                " / ".join(name for name in (row.category_de, row.category_uk) if name),
                row.what,
                float(row.missing),  # a number cell, not text
                _UNIT.get(row.unit, row.unit),
                row.needed_by,
            ]
        )
        if row.needed_by is not None:
            sheet.cell(sheet.max_row, 7).number_format = "DD.MM.YYYY"
    for column, width in zip("ABCDEFG", (40, 24, 36, 40, 14, 16, 18), strict=True):
        sheet.column_dimensions[column].width = width
    book.save(path)
