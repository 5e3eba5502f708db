"""`hafenlager import template donations|needs|offers --out F.xlsx`: the lists to fill in, with
headings in German and Ukrainian that the imports read back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ui.cli.main import main
from warehouse_app.imports.needs_list import import_needs
from warehouse_app.storage.models import NeedLine
from warehouse_app.storage.opening import OpenedDatabase

OFFER_HEADINGS = [
    "Name", "Kontakt", "Verein", "Kategorie", "Beschreibung", "Menge", "Einheit",
    "Gewicht (kg)", "Anzahl Kartons", "FIN", "Verfügbar ab", "Verfügbar bis", "Bemerkung",
]  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, *argv: str) -> tuple[int, str]:
    code = main(["--db", demo.target, *argv])
    out, err = capsys.readouterr()
    return code, out + err


def test_the_needs_template_filled_in_imports(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    template = tmp_path / "Bedarfsliste.xlsx"
    code, said = run(capsys, demo, "import", "template", "needs", "--out", str(template))
    assert code == 0 and "needs template written" in said, said
    book = load_workbook(template)
    sheet, names, hints = book.worksheets
    assert [c.value for c in sheet[1]] == [
        "Kategorie / Категорія",
        "Beschreibung / Опис",
        "Menge / Кількість",
        "Einheit / Одиниця",
        "Priorität / Пріоритет",
        "Benötigt bis / Потрібно до",
        "Bemerkung / Примітка",
    ]
    assert sheet.max_row == 1  # no example row that would be imported
    assert ("Schlafsäcke", "Спальні мішки") in [
        (row[0], row[1]) for row in names.iter_rows(values_only=True)
    ]
    said_how = " ".join(str(row[0]) for row in hints.iter_rows(values_only=True))
    assert "dringend, normal oder wünschenswert" in said_how
    assert "терміново, звичайно або бажано" in said_how

    sheet.append(["Schlafsäcke", None, 80, "Stk.", "dringend", "31.01.2027", "für die Klinik"])
    sheet.append(["Лікарські засоби", "Verbandsmaterial", 12.5, "kg", "бажано", None, None])
    book.save(template)
    done = import_needs(template, "Zhytomyr City Council")
    assert done.problems == () and done.list_id is not None and done.lines == 2
    lines = list(NeedLine.select().where(NeedLine.needs_list == done.list_id))
    by_number = {line.line_number: line for line in lines}
    assert by_number[1].description == "Schlafsäcke" and by_number[1].priority == "urgent"
    assert by_number[1].needed_by == dt.date(2027, 1, 31) and by_number[1].unit == "pcs"
    assert by_number[1].notes == "für die Klinik"
    assert by_number[2].description == "Verbandsmaterial" and by_number[2].priority == "nice"
    assert Decimal(by_number[2].quantity) == Decimal("12.5") and by_number[2].unit == "kg"


def test_the_offers_template_has_the_headings_the_offers_import_reads(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    template = tmp_path / "Angebote.xlsx"
    code, said = run(capsys, demo, "import", "template", "offers", "--out", str(template))
    assert code == 0, said
    book = load_workbook(template)
    headings = [str(c.value) for c in book.worksheets[0][1]]
    assert [h.split(" / ")[0] for h in headings] == OFFER_HEADINGS
    assert all(h.split(" / ")[1] for h in headings)  # each with its Ukrainian
    assert headings[9] == "FIN / VIN-код"
    assert [s.title for s in book.worksheets] == [
        "Angebote – пропозиції",
        "Kategorien – категорії",
        "Hinweise – примітки",
    ]
    hints = " ".join(str(row[0]) for row in book.worksheets[2].iter_rows(values_only=True))
    assert "FIN" in hints and "VIN-код" in hints


def test_the_donations_template_is_as_before_and_bad_requests_are_refused(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    template = tmp_path / "Spendenliste.xlsx"
    code, said = run(capsys, demo, "import", "template", "donations", "--out", str(template))
    assert code == 0, said
    assert load_workbook(template).worksheets[0]["A1"].value == "Kategorie / Категорія"

    with pytest.raises(SystemExit) as refused:
        run(capsys, demo, "import", "template", "vehicles", "--out", str(template))
    assert refused.value.code == 2
    assert "invalid choice: 'vehicles'" in capsys.readouterr().err

    code, said = run(capsys, demo, "import", "template", "needs", "--out", str(tmp_path / "n.csv"))
    assert code != 0 and "should end in .xlsx" in said
    assert not (tmp_path / "n.csv").exists()
    missing = tmp_path / "no such folder" / "n.xlsx"
    code, said = run(capsys, demo, "import", "template", "needs", "--out", str(missing))
    assert code != 0 and "Cannot write" in said
