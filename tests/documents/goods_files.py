"""Reading the goods list back as a recipient's Excel would: by column heading, numbers with a
decimal comma in the CSV, typed cells in the XLSX below its title lines."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

GROSS = "Брутто кг з піддонами / gross kg incl. pallets"
NET = "Нетто кг / net kg"
PLACES = "Кількість місць (ящиків) / packages (boxes)"


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def number(text: str) -> Decimal:
    assert "." not in text, f"{text!r}: a German or Ukrainian Excel reads '.' as a date or text"
    return Decimal(text.replace(",", "."))


def xlsx_rows(path: Path) -> tuple[list[str], list[dict[str, object]]]:
    """The title lines above the table, and the table's rows by heading."""
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    start = next(n for n, row in enumerate(values) if row and row[0] == "№ з/п / No.")
    headers = [str(h) for h in values[start]]
    title = [str(row[0]) for row in values[:start] if row and row[0]]
    return title, [dict(zip(headers, row, strict=False)) for row in values[start + 1 :]]
