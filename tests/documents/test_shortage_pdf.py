"""The shortage list as PDF: German and Ukrainian on the sheet a volunteer posts, urgent first,
long lists over numbered pages, drawn from the hall's real needs and stock."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from reports.shortage import render_shortage, write_shortage
from warehouse_app.errors import HafenlagerError
from warehouse_app.imports.needs_list import import_needs
from warehouse_app.imports.shortage import Shortage, ShortageSheet, shortage_sheet
from warehouse_app.services import needs
from warehouse_app.storage.opening import OpenedDatabase

DAY = dt.date(2026, 2, 10)
HALL = ("Grenzenlose Wärme e.V.", "Speicherstraße 10, 44147 Dortmund, DE")


def line(n: int, priority: str = "urgent", recipient: str = "Житомирська лікарня") -> Shortage:
    return Shortage(
        recipient=recipient,
        priority=priority,
        what="Schlafsäcke",
        missing=Decimal(1000 + n),
        unit="pcs",
        needed_by=DAY + dt.timedelta(days=n),
        category_de="Schlafsäcke",
        category_uk="Спальні мішки",
    )


def pages_text(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    # The no-break space between thousands reads back as a plain one.
    return [
        document[n].get_textpage().get_text_range().replace("\u00a0", " ")
        for n in range(len(document))
    ]


def test_the_sheet_says_what_is_missing_in_german_and_ukrainian(tmp_path: Path) -> None:
    lines = (
        line(1),
        Shortage("Школа № 5", "urgent", "Schulranzen", Decimal("40"), "pcs", None),
        Shortage(
            "Житомирська лікарня", "nice", "Rollstühle, faltbar", Decimal("2.5"), "kg", None,
            "Medizinische Hilfsmittel", "Медичні засоби",
        ),
    )  # fmt: skip
    pdf = render_shortage(ShortageSheet(*HALL, DAY, lines))
    (text,) = pages_text(pdf)
    for words in (
        *HALL,
        "Was noch fehlt",
        "Чого ще бракує",
        "Stand / Станом на 10.02.2026",
        "Dringend / Терміново",
        "Wünschenswert / Бажано",
        "Schlafsäcke\r\nСпальні мішки",  # a line naming its category, in both languages
        "Medizinische Hilfsmittel / Медичні засоби",
        "1 001 Stk. / шт.",
        "11.02.2026",
        "40 Stk. / шт.",
        "2,5 kg / кг",
        "Seite / Сторінка 1 / 1",
    ):
        assert words in text, words
    # By recipient, the recipient of the most urgent line first; within one, urgent first.
    assert text.index("Житомирська лікарня") < text.index("Школа № 5")
    assert text.index("Школа № 5") < text.index("Schulranzen")
    assert text.index("Dringend") < text.index("1 001") < text.index("Wünschenswert")
    assert text.index("Wünschenswert") < text.index("Школа № 5")
    assert b"DejaVuSans" in pdf  # the Cyrillic comes from the embedded font

    # What a volunteer prints: the page, rendered (looked at as docs/screenshots/shortage-list.png)
    page = pdfium.PdfDocument(pdf)[0]
    assert page.get_size() == pytest.approx((595.3, 841.9), abs=0.1)  # A4, in points
    image = page.render(scale=1).to_pil()
    assert image.convert("L").getextrema()[0] < 50  # ink on it


def test_a_list_of_300_lines_runs_over_numbered_pages_and_says_whose_it_is() -> None:
    lines = tuple(line(n) for n in range(300))
    texts = pages_text(render_shortage(ShortageSheet(*HALL, DAY, lines)))
    assert len(texts) >= 5
    for number, text in enumerate(texts, start=1):
        assert f"Seite / Сторінка {number} / {len(texts)}" in text
        assert "Was noch fehlt / Чого ще бракує" in text  # the header on every page
        if number > 1:  # the table runs on: whose list, which priority
            assert "Fortsetzung / продовження: Житомирська лікарня · Dringend / Терміново" in text
    everything = "".join(texts)
    found = [everything.index(f"1 {n:03d} Stk.") for n in range(300)]
    assert found == sorted(found)  # every line, once, in order
    assert everything.count("Stk. / шт.") == 300


def test_nothing_missing_is_said_on_one_page() -> None:
    (text,) = pages_text(render_shortage(ShortageSheet(*HALL, DAY, ())))
    assert "Zurzeit fehlt nichts" in text and "є все, що є у списках" in text


def test_the_suffix_picks_the_format_and_any_other_is_refused(tmp_path: Path) -> None:
    sheet = ShortageSheet(*HALL, DAY, (line(1),))
    assert write_shortage(sheet, tmp_path / "Bedarf.PDF") == "pdf"
    assert (tmp_path / "Bedarf.PDF").read_bytes().startswith(b"%PDF")
    assert write_shortage(sheet, tmp_path / "Bedarf.xlsx") == "xlsx"
    with pytest.raises(HafenlagerError, match=r"'Bedarf.docx' should end in .pdf .* or .xlsx"):
        write_shortage(sheet, tmp_path / "Bedarf.docx")
    with pytest.raises(HafenlagerError, match="Cannot write"):
        write_shortage(sheet, tmp_path / "no such folder" / "Bedarf.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Bedarf.PDF", "Bedarf.xlsx"]


def test_the_halls_list_leaves_out_what_is_in_the_hall(
    papers_db: OpenedDatabase, tmp_path: Path
) -> None:
    source = tmp_path / "Bedarf.csv"
    source.write_text(
        "Kategorie;Beschreibung;Menge;Priorität;Benötigt bis\n"
        "Schlafsäcke;;100000;dringend;31.12.2027\n"
        "Medikamente;;1;normal;\n",  # the hall has one box of pills: nothing missing
        encoding="utf-8",
    )
    done = import_needs(source, "Zhytomyr City Council")
    assert done.list_id is not None
    (bags, pills) = needs.match(done.list_id)
    sheet = shortage_sheet("Zhytomyr City Council", DAY)
    assert sheet.hall_name == "Grenzenlose Wärme e.V." and "Speicherstraße 10" in sheet.hall_address
    (text,) = pages_text(render_shortage(sheet))
    assert "Zhytomyr City Council" in text and "Спальні мішки" in text
    assert f"{bags.missing.normalize():,f} Stk. / шт.".replace(",", " ") in text
    assert "31.12.2027" in text
    assert "Medikamente" not in text and pills.missing == 0
    with pytest.raises(HafenlagerError, match="No recipient is called 'Zhitomir'"):
        shortage_sheet("Zhitomir", DAY)
