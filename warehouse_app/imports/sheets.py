"""A spreadsheet as a table of cells: its header row and its data rows, from XLSX or CSV.

XLSX is read with openpyxl, CSV with the csv module: the delimiter sniffed (Excel in a German or
Ukrainian locale writes ";" and a decimal comma, LibreOffice and English Excel ","), the text
decoded as UTF-8 (with or without its byte-order mark) or, failing that, as Windows-1252, what
German Excel writes. What cannot be read as it stands is refused with where and why: a file that
is not a spreadsheet, an empty sheet, merged header cells, a formula, too many rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from warehouse_app.errors import HafenlagerError
from warehouse_app.texts import QT_TRANSLATE_NOOP

MAX_ROWS = 5000  # a donation list of a day; 50,000 rows is a mistake, not a delivery
Cell = str | int | float | dt.datetime | dt.date | None


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    first_row: int  # the sheet's row number of rows[0] (the header is the row before)

    def row_number(self, index: int) -> int:
        return self.first_row + index


def read_table(path: Path) -> Table:
    if not path.is_file():
        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "There is no file {path}."), path=str(path)
        )
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt"):
        rows = _csv_rows(path)
    else:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} is not a spreadsheet Hafenlager reads: save it as .xlsx or .csv.",
            ),
            path=path.name,
        )
    return _table(rows, path)


def _table(rows: list[list[Cell]], path: Path) -> Table:
    # The header is the first row with any text in it; empty rows around the data are skipped.
    filled = [(n, row) for n, row in enumerate(rows, start=1) if any(_text(c) for c in row)]
    if len(filled) < 2:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} has no rows to import: the first sheet needs a header row and one "
                "row per line of goods.",
            ),
            path=path.name,
        )
    header_number, header = filled[0]
    data = [row for _, row in filled[1:]]
    if len(data) > MAX_ROWS:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} has {rows} rows; an import takes at most {most}. Split the list into "
                "files of one delivery each.",
            ),
            path=path.name,
            rows=len(data),
            most=MAX_ROWS,
        )
    width = max(len(row) for _, row in filled)
    headers = tuple(_text(c) for c in [*header, *[None] * (width - len(header))])
    return Table(
        headers=headers,
        rows=tuple(tuple([*row, *[None] * (width - len(row))]) for row in data),
        first_row=header_number + 1,
    )


def _text(cell: Cell) -> str:
    return "" if cell is None else str(cell).strip()


def _xlsx_rows(path: Path) -> list[list[Cell]]:
    from openpyxl import load_workbook  # only an import needs it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service", "{path} cannot be read as an Excel file ({reason}): save it again."
            ),
            path=path.name,
            reason=type(exc).__name__,
        ) from exc
    sheet = book.worksheets[0]
    if sheet.max_row > MAX_ROWS + 50:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} has {rows} rows; an import takes at most {most}. Split the list into "
                "files of one delivery each.",
            ),
            path=path.name,
            rows=sheet.max_row - 1,
            most=MAX_ROWS,
        )
    for merged in sheet.merged_cells.ranges:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} has merged cells ({cells}): unmerge them, one heading and one value "
                "per cell.",
            ),
            path=path.name,
            cells=str(merged),
        )
    rows: list[list[Cell]] = []
    for row in sheet.iter_rows():
        values: list[Cell] = []
        for cell in row:
            if cell.data_type == "f":
                raise HafenlagerError(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "{path}, cell {cell}, holds a formula: copy the sheet and paste it "
                        "as values only, then import that.",
                    ),
                    path=path.name,
                    cell=cell.coordinate,
                )
            values.append(cell.value)
        rows.append(values)
    return rows


def _csv_rows(path: Path) -> list[list[Cell]]:
    raw = path.read_bytes()
    if b"\0" in raw[:4096]:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service", "{path} is not a text file: save the list as .xlsx or .csv."
            ),
            path=path.name,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
        if sample.count(";") > sample.count(","):
            dialect = _Semicolon
    rows: list[list[Cell]] = [list(row) for row in csv.reader(io.StringIO(text), dialect)]
    if dialect.delimiter == ";":
        # Excel in a German or Ukrainian locale: ";" between the cells, "," the decimal mark,
        # "." between thousands. "1.200" there is twelve hundred, never 1.2.
        rows = [[_without_thousands(cell) for cell in row] for row in rows]
    return rows


_GROUPED = re.compile(r"[-+]?\d{1,3}(\.\d{3})+(,\d+)?")


def _without_thousands(cell: Cell) -> Cell:
    text = str(cell)
    return text.replace(".", "") if _GROUPED.fullmatch(text.strip()) else cell


class _Semicolon(csv.excel):
    delimiter = ";"
