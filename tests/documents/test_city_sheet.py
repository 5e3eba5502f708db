"""The city's monthly sheet: the month's tonnage in and out per association and destination and
its convoys, on one A4 page and as XLSX, agreeing with the reports it is drawn from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2
import pytest
from openpyxl import load_workbook

from reports.city_sheet import render_city_sheet
from ui.cli.main import main
from warehouse_app.errors import ValidationError
from warehouse_app.services.reporting.city import city_sheet, parse_month
from warehouse_app.services.reporting.flows import received, shipped
from warehouse_app.services.reporting.records import GroupBy
from warehouse_app.storage.models import Association, Convoy
from warehouse_app.storage.opening import OpenedDatabase


def _month_of_the_demos_departures() -> dt.date:
    departed = Convoy.select().where(Convoy.departed_at.is_null(False)).first()
    assert departed is not None, "the demo has departed convoys"
    return departed.departed_at.date().replace(day=1)


def test_the_sheet_agrees_with_the_reports_and_lists_the_convoys(demo: OpenedDatabase) -> None:
    month = _month_of_the_demos_departures()
    sheet = city_sheet(month)
    last = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    assert sheet.shipped_total == shipped([GroupBy.ASSOCIATION], month, last).totals
    assert sheet.received_total == received([GroupBy.ASSOCIATION], month, last).totals
    assert sum(c.gross_kg for c in sheet.convoys) == sheet.shipped_total.gross_kg
    names = {str(a.name) for a in Association.select()}
    assert {r.keys[0] for r in sheet.shipped} <= names  # whole names, for the city
    assert all(c.trucks and c.trucks[0] != "–" for c in sheet.convoys)


def test_one_page_and_a_spreadsheet(demo: OpenedDatabase, tmp_path: Path) -> None:
    month = _month_of_the_demos_departures()
    sheet = city_sheet(month)
    pdf = pypdfium2.PdfDocument(render_city_sheet(sheet))
    assert len(pdf) == 1
    text = " ".join(pdf[0].get_textpage().get_text_range().split())
    assert "Monatsbericht" in text and "Konvois des Monats" in text
    for convoy in sheet.convoys:
        assert convoy.number in text and convoy.trucks[0].split(" + ")[0] in text
    target = tmp_path / "Monat.xlsx"
    code = main(["--db", demo.target, "report", "city", "--month", f"{month:%Y-%m}",
                 "--out", str(target)])  # fmt: skip
    assert code == 0
    cells = [row for row in load_workbook(target).active.iter_rows(values_only=True) if any(row)]
    totals = [row for row in cells if row[0] == "Summe"]
    assert len(totals) == 2 and isinstance(totals[1][4], float)
    assert totals[1][4] == pytest.approx(float(sheet.shipped_total.gross_kg))


def test_a_month_is_written_as_year_and_month() -> None:
    assert parse_month("2026-11") == dt.date(2026, 11, 1)
    with pytest.raises(ValidationError, match="write it as 2026-11"):
        parse_month("11.2026")
