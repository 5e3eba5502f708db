"""`hafenlager report …`: the same figures as the service, on the terminal, as JSON, and in the
files a board's treasurer opens in Excel."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ui.cli.main import main
from warehouse_app.services.reporting import GroupBy, received, shipped
from warehouse_app.storage.opening import OpenedDatabase


def test_received_by_association_and_month_as_json_table_csv_and_xlsx(
    demo: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo.target
    expected = received([GroupBy.ASSOCIATION, GroupBy.MONTH])
    args = ["--db", db, "report", "received", "--by", "association,month"]
    assert main([*args, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[-1]["association"] == "Total"
    assert rows[-1]["boxes"] == expected.totals.boxes
    assert len(rows) == len(expected.rows) + 1
    assert main(args) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["association", "month", "boxes"]

    out = tmp_path / "received.csv"
    assert main([*args, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads it as UTF-8
    with out.open(encoding="utf-8-sig", newline="") as fh:
        cells = list(csv.reader(fh, delimiter=";"))
    assert cells[0][:3] == ["Association", "Month", "Boxes"]
    assert cells[-1][0] == "Total" and int(cells[-1][2]) == expected.totals.boxes
    assert cells[-1][4] == f"{expected.totals.net_kg.normalize():f}".replace(".", ",")

    book = tmp_path / "received.xlsx"
    assert main([*args, "--out", str(book)]) == 0
    sheet = load_workbook(book).active
    assert sheet is not None
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert str(values[0][0]).startswith("Hafenlager – Received")
    start = next(n for n, r in enumerate(values) if r and r[0] == "Association")
    first = values[start + 1]
    assert isinstance(first[2], int) and isinstance(first[4], float)  # numbers, not text


def test_shipped_with_a_period_and_an_association_and_bad_input(
    demo: OpenedDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo.target
    today = dt.date.today().isoformat()
    code = shipped([GroupBy.ASSOCIATION]).rows[0].keys[0]
    assert (
        main(
            [
                "--db",
                db,
                "report",
                "shipped",
                "--by",
                "convoy",
                "--association",
                code,
                "--from",
                "2020-01-01",
                "--to",
                today,
                "--json",
            ]
        )
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    mine = next(r for r in shipped([GroupBy.ASSOCIATION]).rows if r.keys[0] == code)
    assert rows[-1]["boxes"] == mine.boxes
    assert main(["--db", db, "report", "received", "--by", "convoy"]) != 0
    assert "cannot be grouped by 'convoy'" in capsys.readouterr().err
    assert main(["--db", db, "report", "stock", "--out", "stock.txt"]) != 0
    assert "choose .pdf, .xlsx or .csv" in capsys.readouterr().err


def test_stock_and_expiring_on_the_terminal(
    demo: OpenedDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", demo.target, "report", "stock", "--by", "category", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[-1]["category"] == "Total" and rows[-1]["oldest_days"] > 0
    assert main(["--db", demo.target, "report", "expiring", "--days", "30", "--json"]) == 0
    soon = json.loads(capsys.readouterr().out)
    assert soon and all(r["days_left"] <= 30 + r["minimum_shelf_life_days"] for r in soon)


def test_reports_are_a_leads_and_a_board_members_are_cut_to_their_association(
    demo: OpenedDatabase, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from warehouse_app.services import station_session

    args = ["--db", demo.target, "report", "received", "--by", "association", "--json"]
    station_session.end()  # the command line signs its own person in
    monkeypatch.setenv("HAFENLAGER_PIN", "3333")
    assert main(["--user", "Olena Shevchenko", *args]) == 1
    assert "Reading reports needs a lead" in capsys.readouterr().err
    monkeypatch.setenv("HAFENLAGER_PIN", "4444")
    assert main(["--user", "Iryna Koval", *args]) == 0
    assert [row["association"] for row in json.loads(capsys.readouterr().out)] == ["BGH", "Total"]
