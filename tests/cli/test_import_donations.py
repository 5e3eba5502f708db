"""`hafenlager import donations`: lists as German and Ukrainian Excel and LibreOffice write them,
all rows saved as one donation or none, every problem named by row and column."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.locking import write_lock_held
from ui.cli.main import main
from warehouse_app.storage.models import Box, Category, Donation
from warehouse_app.storage.opening import OpenedDatabase

GERMAN_EXCEL = (
    "Kategorie;Beschreibung;Menge;Einheit;Anzahl Kartons;Gewicht (kg);MHD;Bemerkung\r\n"
    "Schlafsäcke;Schlafsäcke Winter;6;Stk.;4;8,2;;warm\r\n"
    "Fischkonserven;Thunfisch in Öl;24;;2;6,5;31.12.2027;\r\n"
    "Medikamente;Paracetamol 500 mg;20;Stk;1;1,2;12.2027;\r\n"
)


def run(capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, *argv: str) -> tuple[int, str]:
    code = main(["--db", demo.target, *argv])
    out, err = capsys.readouterr()
    return code, out + err


def boxes() -> int:
    return int(Box.select().count())


def test_a_german_excel_csv_becomes_one_donation_with_its_labels(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    source = tmp_path / "Spendenliste.csv"
    source.write_bytes(GERMAN_EXCEL.encode("cp1252"))  # what German Excel writes
    before = boxes()
    labels = tmp_path / "labels.pdf"
    args = ["import", "donations", str(source), "--association", "BGH"]
    code, said = run(capsys, demo, *args, "--labels", str(labels), "--json")
    assert code == 0, said
    summary = json.loads(said)
    assert summary["imported"] and summary["boxes"] == 7 and summary["rows"] == 3
    assert summary["ignored_columns"] == ["Bemerkung"]
    assert boxes() == before + 7
    donation = Donation.get_by_id(summary["donation"])
    saved = list(Box.select().where(Box.donation == donation.id).order_by(Box.id))
    assert [b.owner.short_code for b in saved] == ["BGH"] * 7
    tuna = [b for b in saved if b.description_de == "Thunfisch in Öl"]
    assert len(tuna) == 2 and tuna[0].net_kg == Decimal("6.5")
    assert tuna[0].expiry_date == dt.date(2027, 12, 31)
    pills = next(b for b in saved if b.description_de.startswith("Paracetamol"))
    assert pills.expiry_date == dt.date(2027, 12, 31)  # a month: its last day
    assert pills.description_uk == Category.get_by_id(pills.category_id).name_uk  # prefilled
    assert labels.read_bytes().startswith(b"%PDF")


def test_a_ukrainian_xlsx_with_real_dates_and_numbers(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(
        ["Категорія", "Опис", "Кількість", "Кількість ящиків", "Вага нетто", "Придатний до"]
    )
    sheet.append(["Спальні мішки", "Спальні мішки зимові", 6, 3, 8.2, None])
    sheet.append(["Canned tuna", "Тунець", 24, 1, 6.5, dt.datetime(2028, 3, 31)])
    source = tmp_path / "список.xlsx"
    book.save(source)
    before = boxes()
    code, said = run(capsys, demo, "import", "donations", str(source), "--association", "CUK")
    assert code == 0, said
    assert boxes() == before + 4
    tuna = Box.get(Box.description_uk == "Тунець")
    assert tuna.expiry_date == dt.date(2028, 3, 31) and tuna.net_kg == Decimal("6.5")


def test_one_bad_row_and_nothing_is_saved_every_problem_named(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(
        "Kategorie;Menge;Gewicht (kg);MHD;Anzahl Kartons\n"
        "Schlafsäcke;6;10 kg;;1\n"
        "Unbekanntes Zeug;3;2;;1\n"
        "Fischkonserven;24;6,5;31.13.2027;1\n"
        "Fischkonserven;24;6,5;31.12.2027;1\n"  # a good row: not saved either
        "Wolldecken;100000;6,5;;1\n",
        encoding="utf-8",
    )
    before = boxes()
    code, said = run(capsys, demo, "import", "donations", str(source), "--association", "BGH")
    assert code == 3
    assert "row 2, Gewicht (kg): '10 kg' has a unit in it" in said
    assert "row 3, Kategorie: No category is called 'Unbekanntes Zeug'" in said
    assert "row 4, MHD: '31.13.2027' is not a date" in said
    assert "row 6, Menge: " in said and "accept unusual" in said  # 100,000 blankets a box
    assert "row 5" not in said
    assert "nothing was imported" in said
    assert boxes() == before


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("list.pdf", b"%PDF-1.4", "not a spreadsheet Hafenlager reads"),
        ("list.xlsx", b"this is not a zip file", "cannot be read as an Excel file"),
        ("list.csv", b"", "has no rows to import"),
        ("list.csv", b"Kategorie;Menge\n", "has no rows to import"),
        ("list.csv", b"Farbe;Form\nrot;rund\n", "has no column for category, quantity, net_kg"),
    ],
)
def test_what_is_not_a_donation_list_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str],
    demo: OpenedDatabase,
    tmp_path: Path,
    name: str,
    content: bytes,
    expected: str,
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    before = boxes()
    code, said = run(capsys, demo, "import", "donations", str(source), "--association", "BGH")
    assert code == 1 and expected in said and len(said.strip().splitlines()) == 1, said
    assert boxes() == before


def test_formulas_merged_headings_and_a_huge_list_are_refused(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Kategorie", "Menge", "Gewicht (kg)"])
    sheet.append(["Decken", 10, "=2*3"])
    formula = tmp_path / "formula.xlsx"
    book.save(formula)
    code, said = run(capsys, demo, "import", "donations", str(formula), "--association", "BGH")
    assert code == 1 and "cell C2, holds a formula" in said

    sheet["C2"] = 6
    sheet.merge_cells("A1:B1")
    merged = tmp_path / "merged.xlsx"
    book.save(merged)
    code, said = run(capsys, demo, "import", "donations", str(merged), "--association", "BGH")
    assert code == 1 and "merged cells (A1:B1)" in said

    huge = tmp_path / "huge.csv"
    huge.write_text("Kategorie;Menge;Gewicht\n" + "Decken;1;2\n" * 50_000, encoding="utf-8")
    before = boxes()
    code, said = run(capsys, demo, "import", "donations", str(huge), "--association", "BGH")
    assert code == 1 and "has 50000 rows; an import takes at most 5000" in said
    assert boxes() == before


def test_a_busy_database_saves_nothing_and_says_so(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    source = tmp_path / "Spendenliste.csv"
    source.write_bytes(GERMAN_EXCEL.encode("cp1252"))
    before = boxes()
    with write_lock_held(demo.target):
        code, said = run(capsys, demo, "import", "donations", str(source), "--association", "BGH")
    assert code == 1 and "busy" in said, said
    assert boxes() == before
    code, said = run(capsys, demo, "import", "donations", str(source), "--association", "BGH")
    assert code == 0 and boxes() == before + 7


def test_the_template_filled_in_imports(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    template = tmp_path / "Spendenliste.xlsx"
    code, said = run(capsys, demo, "import", "template", "donations", "--out", str(template))
    assert code == 0, said
    book = load_workbook(template)
    sheet = book.worksheets[0]
    assert sheet["A1"].value == "Kategorie / Категорія"
    assert "Wolldecken" in [row[0].value for row in book.worksheets[1].iter_rows()]
    sheet.append(["Wolldecken", "Wolldecken, grau", "Вовняні ковдри", 10, "Stk.", 6.5, 2, None])
    book.save(template)
    before = boxes()
    code, said = run(capsys, demo, "import", "donations", str(template), "--association", "GW")
    assert code == 0, said
    assert boxes() == before + 2
    assert Box.get(Box.description_uk == "Вовняні ковдри").net_kg == Decimal("6.5")


def test_a_libreoffice_csv_with_commas_and_decimal_points(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    source = tmp_path / "list.csv"
    source.write_text(
        "Category,Description,Quantity,Net weight,Boxes,Best before\n"
        'Blankets,"Blankets, wool",10,6.5,2,\n'
        'Canned fish,Sardines,48,"1,234.5",1,2027-11-30\n',
        encoding="utf-8",
    )
    code, said = run(
        capsys, demo, "import", "donations", str(source), "--association", "BGH",
        "--accept-unusual", "--json",
    )  # fmt: skip
    assert code == 0, said
    sardines = Box.get(Box.description_en == "Sardines")  # "Description": English
    assert sardines.net_kg == Decimal("1234.5") and sardines.expiry_date == dt.date(2027, 11, 30)
    assert Box.select().where(Box.description_en == "Blankets, wool").count() == 2


def test_the_labels_of_an_imported_list_in_a_chosen_format(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    import pypdfium2

    source = tmp_path / "Spendenliste.csv"
    source.write_bytes(GERMAN_EXCEL.encode("cp1252"))
    labels = tmp_path / "labels.pdf"
    args = ["import", "donations", str(source), "--association", "BGH", "--labels", str(labels)]
    before = boxes()
    code, said = run(capsys, demo, *args, "--format", "zebra-9000")
    assert code == 1 and "Unknown label format 'zebra-9000'" in said
    assert boxes() == before and not labels.exists()  # refused before anything was imported
    code, said = run(capsys, demo, *args, "--format", "a4-3424")
    assert code == 0, said
    pdf = pypdfium2.PdfDocument(labels)
    width, height = pdf[0].get_size()
    assert (round(width), round(height)) == (595, 842)  # A4 sheets of 16 labels, not the roll
