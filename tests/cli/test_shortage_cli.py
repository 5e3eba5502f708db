"""`hafenlager shortage [--recipient NAME] --out FILE.pdf|.xlsx`: the suffix picks the format."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from ui.cli.main import main
from warehouse_app.storage.opening import OpenedDatabase

LIST = "Kategorie;Menge;Priorität\nSchlafsäcke;100000;dringend\nWolldecken;100000;normal\n"


def run(capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, *argv: str) -> tuple[int, str]:
    code = main(["--db", demo.target, *argv])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def listed(capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path) -> None:
    source = tmp_path / "Bedarf.csv"
    source.write_text(LIST, encoding="utf-8")
    code, said = run(
        capsys, demo, "needs", "import", str(source), "--recipient", "Zhytomyr City Council"
    )
    assert code == 0, said


@pytest.mark.usefixtures("listed")
def test_the_shortage_list_as_pdf_and_as_xlsx(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    pdf = tmp_path / "Mangel.pdf"
    code, said = run(
        capsys, demo, "shortage", "--recipient", "Zhytomyr City Council", "--out", str(pdf)
    )
    assert code == 0 and "2 line(s) still short" in said and "(PDF)" in said, said
    text = pdfium.PdfDocument(pdf.read_bytes())[0].get_textpage().get_text_range()
    assert "Was noch fehlt" in text and "Чого ще бракує" in text
    assert "Спальні мішки" in text and "Dringend / Терміново" in text
    assert text.index("Schlafsäcke") < text.index("Wolldecken")  # urgent first

    sheet = tmp_path / "Mangel.xlsx"
    code, said = run(
        capsys, demo, "shortage", "--recipient", "Zhytomyr City Council", "--out", str(sheet)
    )
    assert code == 0 and "(XLSX)" in said, said
    rows = list(load_workbook(sheet).active.iter_rows(min_row=3, values_only=True))
    assert [row[3] for row in rows][:2] == ["Schlafsäcke", "Wolldecken"]
    assert rows[0][2] == "Schlafsäcke / Спальні мішки"  # the category, in both languages


def test_another_suffix_or_an_unknown_recipient_is_refused(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    out = tmp_path / "Mangel.docx"
    code, said = run(capsys, demo, "shortage", "--out", str(out))
    assert code == 1 and "'Mangel.docx' should end in .pdf" in said and ".xlsx" in said, said
    assert not out.exists()
    pdf = tmp_path / "Mangel.pdf"
    code, said = run(capsys, demo, "shortage", "--recipient", "Zhitomir", "--out", str(pdf))
    assert code == 1 and "No recipient is called 'Zhitomir'" in said, said
    assert not pdf.exists()  # not everyone's list under a mistyped name
