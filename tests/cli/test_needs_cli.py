"""`hafenlager needs import|list|show|match` on both engines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ui.cli.main import main
from warehouse_app.storage.opening import OpenedDatabase


def run(capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, *argv: str) -> tuple[int, str]:
    code = main(["--db", demo.target, *argv])
    out, err = capsys.readouterr()
    return code, out + err


def test_import_list_show_and_match(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    source = tmp_path / "Bedarf.xlsx"
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Категорія", "Кількість", "Одиниця", "Пріоритет", "Потрібно до"])
    book.active.append(["Спальні мішки", 50, "шт.", "терміново", "31.01.2027"])
    book.active.append(["Пледи", 20, "", "бажано", None])
    book.save(source)
    code, said = run(
        capsys, demo, "needs", "import", str(source), "--recipient", "Житомирська міська рада"
    )
    assert code == 0 and said.startswith("needs list "), said
    list_id = said.split()[2].rstrip(":")
    code, said = run(capsys, demo, "needs", "list", "--json")
    assert code == 0 and json.loads(said)[-1]["lines"] == 2
    code, said = run(capsys, demo, "needs", "match", list_id, "--json")
    assert code == 0, said
    lines = json.loads(said)
    assert [line["priority"] for line in lines] == ["urgent", "nice"]
    for line in lines:
        covered = line["on_convoy"] + line["in_stock"] + line["offered"]
        assert line["missing"] == max(0, line["requested"] - covered)
    code, said = run(capsys, demo, "needs", "show", list_id)
    assert code == 0 and "Schlafsäcke" in said and "in_stock" not in said


def test_a_bad_needs_list_says_where_and_imports_nothing(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    source = tmp_path / "Bedarf.csv"
    source.write_text("Kategorie;Menge\nSchlafsäcke;-5\n", encoding="utf-8")
    code, said = run(
        capsys, demo, "needs", "import", str(source), "--recipient", "Zhytomyr City Council"
    )
    assert code == 3 and "row 2, Menge: A quantity is more than 0." in said
    code, said = run(capsys, demo, "needs", "match", "999")
    assert code == 1 and "There is no needs list 999." in said


def test_the_shortage_list_names_what_is_still_missing_urgent_first(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    source = tmp_path / "Bedarf.csv"
    source.write_text(
        "Kategorie;Menge;Priorität\n"
        "Wolldecken;100000;wünschenswert\n"
        "Schlafsäcke;100000;dringend\n"
        "Medikamente;1;normal\n",  # the hall has one box of pills: nothing missing
        encoding="utf-8",
    )
    code, said = run(
        capsys, demo, "needs", "import", str(source), "--recipient", "Zhytomyr City Council"
    )
    assert code == 0, said
    sheet_path = tmp_path / "Mangel.xlsx"
    code, said = run(
        capsys, demo, "shortage", "--recipient", "Zhytomyr City Council", "--out", str(sheet_path)
    )
    assert code == 0 and "2 line(s) still short" in said, said
    rows = list(load_workbook(sheet_path).active.iter_rows(min_row=3, values_only=True))
    assert [row[3] for row in rows] == ["Schlafsäcke", "Wolldecken"]  # urgent first
    assert rows[0][1] == "dringend / терміново"
    assert isinstance(rows[0][4], int | float) and 0 < rows[0][4] <= 100000  # a number cell
