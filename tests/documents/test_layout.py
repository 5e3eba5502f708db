"""Words and layout: the CMR stays legible with German added, figures and VINs never wrap, and
the acceptance act keeps its goods with its signatures."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reports.cmr import render_cmr
from reports.labels import number
from reports.summary_documents import render_acceptance_act, render_pro_forma
from tests.documents.test_every_load import COACH_VIN, FIRE_TRUCK_VIN, mixed_convoy
from ui.cli.main import main
from warehouse_app.papers.vehicle import vehicle_papers
from warehouse_app.services import convoys
from warehouse_app.storage.opening import OpenedDatabase

__all__ = ["mixed_convoy"]  # the fixture, used by name


def sizes_of(page: pdfium.PdfPage, text: str) -> list[float]:
    """The font size of each character of every occurrence of text on page."""
    textpage = page.get_textpage()
    whole = textpage.get_text_range()
    found: list[float] = []
    start = whole.find(text)
    while start >= 0:
        found += [
            pdfium_c.FPDFText_GetFontSize(textpage.raw, i)
            for i in range(start, start + len(text))
            if not whole[i].isspace()
        ]
        start = whole.find(text, start + 1)
    return found


def test_the_cmr_in_three_languages_keeps_its_text_at_six_points_and_cuts_nothing(
    papers_db: OpenedDatabase, mixed_convoy: convoys.ConvoyRecord
) -> None:
    truck = convoys.get_vehicle(mixed_convoy, 1)
    papers = vehicle_papers(mixed_convoy, truck, languages=("uk", "en", "de"))
    page = pdfium.PdfDocument(render_cmr(papers))[0]
    text = page.get_textpage().get_text_range()
    # No field had to be cut short to fit (box 21's printed label has its own "… on …").
    flowing = " ".join(text.split())
    cut = flowing.replace("Established in … on …", "").replace("Ausgefertigt in … am …", "")
    assert "…" not in cut
    # Every character, the printed captions too (only the box numbers are bold 7 pt anyway).
    textpage = page.get_textpage()
    sizes = [
        pdfium_c.FPDFText_GetFontSize(textpage.raw, i)
        for i in range(textpage.count_chars())
        if not text[i].isspace() and text[i] != "\ufffe"
    ]
    assert min(sizes) >= 5.99, min(sizes)
    for content in (
        "Zhytomyr City Council",
        "Korczowa",
        "LITHIUM ION BATTERIES",
        "ADR 1.1.3.6",
        "Spedition Ruhr GmbH",
        "Hafenstraße 23",
        number(papers.totals.gross_kg),
    ):
        sizes = sizes_of(page, content)
        assert sizes, content
        assert min(sizes) >= 5.99, (content, min(sizes))


def test_totals_and_vins_never_wrap(
    papers_db: OpenedDatabase, mixed_convoy: convoys.ConvoyRecord, tmp_path: Path
) -> None:
    assert main(["--db", papers_db.target, "papers", "K-MIX", "--out", str(tmp_path)]) == 0
    for n in (1, 2):
        t = vehicle_papers(mixed_convoy, convoys.get_vehicle(mixed_convoy, n)).totals
        for document in ("packing-list", "pro-forma", "acceptance-act"):
            pdf = pdfium.PdfDocument(tmp_path / f"{document}-K-MIX-{n}-DRAFT.pdf")
            raw = "\n".join(page.get_textpage().get_text_range() for page in pdf)
            # Each figure whole on one line of the page, as it is read and typed over: the
            # gross in the table's total row and in the totals line (and the packing list's
            # header) alike.
            least = 3 if document == "packing-list" else 2
            assert raw.count(number(t.gross_kg)) >= least, (document, n)
            for figure in (t.net_kg, t.pieces):
                assert number(figure) in raw, (document, n, figure)
            if document == "pro-forma":
                assert number(t.value_eur) in raw
    letter = pdfium.PdfDocument(tmp_path / "donation-letter-K-MIX-D-DRAFT.pdf")
    raw = "\n".join(page.get_textpage().get_text_range() for page in letter)
    assert COACH_VIN in raw and FIRE_TRUCK_VIN in raw
    annex = pdfium.PdfDocument(tmp_path / "packing-list-K-MIX-1-DRAFT.pdf")
    assert FIRE_TRUCK_VIN in "\n".join(p.get_textpage().get_text_range() for p in annex)


def test_the_acceptance_act_signs_under_its_goods_with_names_positions_and_seal(
    papers_db: OpenedDatabase, mixed_convoy: convoys.ConvoyRecord
) -> None:
    papers = vehicle_papers(mixed_convoy, convoys.get_vehicle(mixed_convoy, 2))
    pages = [
        " ".join(p.get_textpage().get_text_range().split())
        for p in pdfium.PdfDocument(render_acceptance_act(papers))
    ]
    last = pages[-1]
    assert "Handover and acceptance certificate" in pages[0]
    for expected in ("Разом / Total", "П.І.Б. / Name", "Посада / Position", "М.П."):
        assert expected in last, expected
    assert "Zhytomyr, municipal warehouse" in last  # the place it is signed at
    pro_forma = " ".join(
        " ".join(p.get_textpage().get_text_range().split())
        for p in pdfium.PdfDocument(render_pro_forma(papers))
    )
    assert "UN 3528" in pro_forma  # the generator on the coach's pallet, with its ADR points


def test_box_9_always_names_dangerous_goods_vehicles_and_the_largest_value() -> None:
    import dataclasses
    from decimal import Decimal

    from reports.cmr import named_rows
    from warehouse_app.papers.vehicle import SummaryLine

    plain = SummaryLine(
        "9404.30",
        "Спальні мішки",
        "Sleeping bags",
        "Schlafsäcke",
        "pcs",
        Decimal(10),
        1,
        Decimal(8),
        Decimal(9),
        Decimal(100),
        0,
        None,
        "DE",
    )
    rows = [dataclasses.replace(plain, hs_code=f"9404.{n:02d}") for n in range(12)]
    rows[9] = dataclasses.replace(rows[9], un_number="UN 3480")
    rows[10] = dataclasses.replace(rows[10], packing="unpacked")  # a fire truck as cargo
    rows[11] = dataclasses.replace(rows[11], value_eur=Decimal(25000))
    shown = named_rows(rows, 8)
    assert len(shown) == 7  # one row is left for "and 5 more categories"
    assert {r.hs_code for r in rows[9:]} <= {r.hs_code for r in shown}
    assert shown == sorted(shown, key=rows.index)  # in the order of the papers
    assert named_rows(rows[:5], 8) == rows[:5]


def test_no_text_runs_off_any_page(
    papers_db: OpenedDatabase, mixed_convoy: convoys.ConvoyRecord, tmp_path: Path
) -> None:
    """Every character of every paper lies on its page (a pallet manifest's summary line ran
    off the edge, cutting off the pallet's place)."""
    assert main(["--db", papers_db.target, "papers", "K-MIX", "--out", str(tmp_path)]) == 0
    for pdf in sorted(tmp_path.glob("*.pdf")):
        for number_, page in enumerate(pdfium.PdfDocument(pdf), start=1):
            width, height = page.get_size()
            textpage = page.get_textpage()
            for i in range(textpage.count_chars()):
                left, bottom, right, top = textpage.get_charbox(i)
                if right - left <= 0:
                    continue  # a generated space or line break
                assert left >= -0.5 and right <= width + 0.5, (pdf.name, number_, i)
                assert bottom >= -0.5 and top <= height + 0.5, (pdf.name, number_, i)


def test_the_papers_a_truck_leaves_with_are_dated_the_day_it_leaves(demo: OpenedDatabase) -> None:
    from warehouse_app.services.convoys import archive

    convoy = convoys.get_convoy("2026-D")
    assert convoy.departed_at is not None and convoy.planned_departure is not None
    assert convoy.planned_departure > convoy.departed_at.date()  # the demo left early
    cmr = next(f for f in archive.archived(convoy) if f.document == "cmr")
    text = pdfium.PdfDocument(cmr.data)[0].get_textpage().get_text_range()
    assert f"{convoy.departed_at:%d.%m.%Y}" in text
    assert f"{convoy.planned_departure:%d.%m.%Y}" not in text
