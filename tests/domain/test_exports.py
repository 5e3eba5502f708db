from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from warehouse_app.errors import HafenlagerError
from warehouse_app.exports import write_table

ROWS = [
    ("10000017", "Спальний мішок", Decimal("8.500"), dt.date(2027, 3, 1)),
    ("10000024", "Schlafsäcke", Decimal("12"), None),
]


def test_csv_opens_in_excel_with_umlauts_and_cyrillic(tmp_path: Path) -> None:
    path = tmp_path / "view.csv"
    assert write_table(path, ["Code", "Contents", "kg", "Expiry"], ROWS) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines == [
        "Code;Contents;kg;Expiry",
        "10000017;Спальний мішок;8.5;2027-03-01",
        "10000024;Schlafsäcke;12;",
    ]


def test_xlsx_holds_typed_cells(tmp_path: Path) -> None:
    path = tmp_path / "view.xlsx"
    write_table(path, ["Code", "Contents", "kg", "Expiry"], ROWS)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Code", "Contents", "kg", "Expiry")
    assert rows[1][:3] == ("10000017", "Спальний мішок", 8.5)
    assert rows[1][3].date() == dt.date(2027, 3, 1)


def test_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "view.csv"
    many = [("1", "x", Decimal(1), None)] * 2500
    assert write_table(path, ["a", "b", "c", "d"], many, progress=lambda n: n < 2000) == -1
    assert not path.exists() and not list(tmp_path.iterdir())


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(HafenlagerError, match=r"\.csv or \.xlsx"):
        write_table(tmp_path / "view.pdf", ["a"], [])
