"""Writing table views to CSV and XLSX (openpyxl: real Excel files without Excel)."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from warehouse_app.errors import HafenlagerError
from warehouse_app.texts import QT_TRANSLATE_NOOP

Cell = str | int | float | Decimal | dt.date | dt.datetime | None
Progress = Callable[[int], bool]  # rows done -> keep going?


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    progress: Progress | None = None,
    *,
    title: Sequence[str] = (),
    decimal_comma: bool = False,
) -> int:
    """Write rows to path (.csv or .xlsx by its suffix) via a temporary file; returns rows.

    title: lines above the table (XLSX). decimal_comma: numbers in a CSV as a German or
    Ukrainian Excel reads them ("12,5"); without it, as scripts do ("12.5")."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service", "Cannot export to '{path_name}': choose a .csv or .xlsx file."
            ),
            path_name=path.name,
        )
    tmp = path.with_name(path.name + ".part")
    try:
        if suffix == ".csv":
            count = _write_csv(tmp, headers, rows, progress, decimal_comma)
        else:
            count = _write_xlsx(tmp, headers, rows, progress, title)
        if count < 0:
            tmp.unlink(missing_ok=True)
            return count
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "Cannot write {path}: {reason}."),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)  # whatever broke off the export, no half file is left
        raise
    return count


def _csv_cell(value: Cell, decimal_comma: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, Decimal):
        text = f"{value.normalize():f}"
        return text.replace(".", ",") if decimal_comma else text
    return str(value)


def _write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    progress: Progress | None,
    decimal_comma: bool = False,
) -> int:
    count = 0
    # utf-8-sig and ';': Excel on a German Windows opens it with umlauts and Cyrillic intact.
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_cell(v, decimal_comma) for v in row])
            count += 1
            if progress and count % 1000 == 0 and not progress(count):
                return -1
    return count


def _write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    progress: Progress | None,
    title: Sequence[str] = (),
) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Hafenlager")
    for line in title:
        sheet.append([line])
    if title:
        sheet.append([])
    sheet.append(list(headers))
    count = 0
    try:
        for row in rows:
            sheet.append([float(v) if isinstance(v, Decimal) else v for v in row])
            count += 1
            if progress and count % 1000 == 0 and not progress(count):
                sheet.close()
                return -1
    except BaseException:
        # Ends openpyxl's row stream, which otherwise breaks again when it is collected.
        with contextlib.suppress(Exception):
            sheet.close()
        raise
    book.save(path)
    return count
