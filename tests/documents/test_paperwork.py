"""The papers of a truck come from one context: the packing list and the goods list export agree
to the piece and the kilogram; missing data is named before anything is written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

from reports.labels import number
from reports.packing_list import annex_columns, render_packing_list
from reports.wording import Wording
from tests.documents import goods_files
from ui.cli.main import main
from warehouse_app.errors import ValidationError
from warehouse_app.papers.vehicle import CMR_FILE_COPY, vehicle_papers
from warehouse_app.services import convoys, masterdata
from warehouse_app.storage.opening import OpenedDatabase


def text_of(pdf: bytes) -> str:
    return "\n".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(pdf))


def test_the_packing_list_carries_the_header_and_every_box(papers_db: OpenedDatabase) -> None:
    convoy = convoys.get_convoy("2026-P")
    vehicle = convoys.get_vehicle(convoy, 1)
    papers = vehicle_papers(convoy, vehicle, today=dt.date(2026, 11, 22))
    text = text_of(render_packing_list(papers))
    for expected in (
        "Пакувальний лист / Packing list",
        "2026-P-1 · 22.11.2026",
        "04053625",
        "UA-GD-2026-0412",
        "AHD-2026-P",
        "DO-HL 100",
        "Korczowa",
        "Гуманітарна допомога – безоплатно – не для продажу",
        "Сторінка / page 1 /",
    ):
        assert expected in text, expected
    for line in papers.lines:
        assert line.box_code in text
    assert papers.totals.packages == len(papers.lines) > 0
    assert sum(s.packages for s in papers.summary) == papers.totals.packages
    assert sum((s.net_kg for s in papers.summary), Decimal(0)) == papers.totals.net_kg


def test_papers_command_writes_agreeing_documents(
    papers_db: OpenedDatabase, tmp_path: Path
) -> None:
    out = tmp_path / "papers"
    assert main(["--db", papers_db.target, "papers", "2026-P", "--out", str(out)]) == 0
    pdf = (out / "packing-list-2026-P-1-DRAFT.pdf").read_bytes()
    rows = goods_files.csv_rows(out / "goods-list-2026-P-1-DRAFT.csv")
    packages = sum(int(r[goods_files.PLACES]) for r in rows)
    net = sum(goods_files.number(r[goods_files.NET]) for r in rows)
    gross = sum(goods_files.number(r[goods_files.GROSS]) for r in rows)
    convoy = convoys.get_convoy("2026-P")
    papers = vehicle_papers(convoy, convoys.get_vehicle(convoy, 1))
    t = papers.totals
    assert (packages, net, gross) == (t.packages, t.net_kg, t.gross_kg)
    assert t.pallets > 0 and t.on_pallets > 0
    assert Wording().places(t) in text_of(pdf).replace("\r\n", " ")
    assert (out / "goods-list-2026-P-1-DRAFT.xlsx").stat().st_size > 0


def test_missing_data_is_listed_and_nothing_is_written(
    papers_db: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    convoys.create_convoy("K-NP")
    convoy = convoys.get_convoy("K-NP")
    vehicle = convoys.add_vehicle(convoy, payload_kg="24000")
    with pytest.raises(ValidationError) as caught:
        vehicle_papers(convoy, vehicle)
    for expected in (
        "recipient of convoy K-NP",
        "driver of vehicle 1",
        "truck plate of vehicle 1",
    ):
        assert expected in str(caught.value)
    assert "aid code" not in str(caught.value)  # a draft is made before AHARS gives the code
    out = tmp_path / "none"
    assert main(["--db", papers_db.target, "papers", "K-NP", "--out", str(out)]) == 1
    assert "The papers need:" in capsys.readouterr().err
    assert not out.exists()


def test_the_cmr_agrees_with_the_packing_list(papers_db: OpenedDatabase, tmp_path: Path) -> None:
    from reports.cmr import render_cmr

    convoy = convoys.get_convoy("2026-P")
    papers = vehicle_papers(convoy, convoys.get_vehicle(convoy, 1))
    pdf = render_cmr(papers)
    document = pdfium.PdfDocument(pdf)
    assert len(document) == 3  # originals for sender, consignee and carrier
    pages = [page.get_textpage().get_text_range() for page in document]
    assert "Copy for the sender" in pages[0] and "Copy for the carrier" in pages[2]
    text = pages[0]
    gross = f"{papers.totals.gross_kg.normalize():f}".replace(".", ",")
    for expected in (
        "CMR",
        f"№ {papers.number}",
        "04053625",
        gross,
        f"{Wording().places(papers.totals)}",
        "Convention on the Contract for the International Carriage",
        papers.aid_code,
    ):
        assert expected in text, expected
    assert len(pdfium.PdfDocument(pdf)) == 3  # sender, consignee, carrier
    # The hall's setting adds a copy for the files.
    masterdata.save_settings({CMR_FILE_COPY: "yes"})
    assert main(["--db", papers_db.target, "papers", "2026-P", "--out", str(tmp_path)]) == 0
    copies = pdfium.PdfDocument(tmp_path / "cmr-2026-P-1-DRAFT.pdf")
    assert len(copies) == 4
    assert "Copy for the files" in copies[3].get_textpage().get_text_range()


def test_pro_forma_and_acceptance_act_agree_with_the_totals(
    papers_db: OpenedDatabase, tmp_path: Path
) -> None:
    from reports.summary_documents import render_acceptance_act, render_pro_forma

    convoy = convoys.get_convoy("2026-P")
    papers = vehicle_papers(convoy, convoys.get_vehicle(convoy, 1))
    t = papers.totals

    def shown(value: Decimal) -> str:
        return f"{value.normalize():f}".replace(".", ",")

    pro_forma = text_of(render_pro_forma(papers))
    assert "value for customs purposes only" in pro_forma
    assert shown(t.value_eur) in pro_forma
    # Each line: its average unit value to the cent, its value and its countries of origin.
    flowing = " ".join(pro_forma.split())
    for s in papers.summary:
        unit = (s.value_eur / s.quantity).quantize(Decimal("0.01"))
        assert f"{shown(unit)} {shown(s.value_eur)} {s.origin}" in flowing, s.hs_code
    act = text_of(render_acceptance_act(papers))
    assert "Акт приймання-передачі / Handover and acceptance certificate" in " ".join(act.split())
    for text in (pro_forma, act):
        assert Wording().places(t) in " ".join(text.split())
        assert shown(t.gross_kg) in text and papers.number in text
    assert main(["--db", papers_db.target, "papers", "2026-P", "--out", str(tmp_path)]) == 0
    assert {p.name for p in tmp_path.iterdir()} >= {
        "pro-forma-2026-P-1-DRAFT.pdf",
        "acceptance-act-2026-P-1-DRAFT.pdf",
    }


def test_the_donation_letter_lists_the_goods_and_vehicles_with_vin(
    papers_db: OpenedDatabase, actor: object, tmp_path: Path
) -> None:
    from reports.donation_letter import render_donation_letter
    from warehouse_app.papers.donation_letter import donation_letter
    from warehouse_app.services.intake import IntakeEntry, receive

    bus = receive(
        IntakeEntry(
            association_id=masterdata.find_association("GW").id,
            category_id=masterdata.find_category("Buses (diesel)").id,
            description_de="Stadtbus MAN Lion's City A21",
            description_uk="Міський автобус MAN Lion's City A21",
            quantity="1",
            unit="pcs",
            net_kg="11000",
            serial_or_vin="WMAA21ZZ4CM012345",
            heavy_confirmed=True,
        ),
        actor,
    )  # type: ignore[arg-type]
    convoy = convoys.get_convoy("2026-P")
    vehicle = convoys.get_vehicle(convoy, 1)
    convoys.assign(convoy, vehicle=vehicle, boxes=[bus.codes[0]])
    letter = donation_letter(convoy)
    papers = vehicle_papers(convoy, vehicle)
    assert letter.totals == papers.totals  # one vehicle: the same totals
    assert [v.vin for v in letter.vehicles] == ["WMAA21ZZ4CM012345"]
    text = " ".join(text_of(render_donation_letter(letter)).split())
    for expected in (
        "Дарчий лист / Donation letter",
        "WMAA21ZZ4CM012345",
        "Lion",
        "not for resale",
        "04053625",
    ):
        assert expected in text, expected
    assert main(["--db", papers_db.target, "papers", "2026-P", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "donation-letter-2026-P-D-DRAFT.pdf").exists()


def test_typed_text_prints_as_written_not_as_markup(
    papers_db: OpenedDatabase, actor: object
) -> None:
    """Ampersands and angle brackets are common in donors' descriptions."""
    from reports.donation_letter import render_donation_letter
    from warehouse_app.papers.donation_letter import donation_letter
    from warehouse_app.services.intake import IntakeEntry, receive

    typed_en = "Nappies & wipes <size 4> for R&D"
    typed_uk = "Підгузки & серветки <розмір 4>"
    box = receive(
        IntakeEntry(
            association_id=masterdata.find_association("GW").id,
            category_id=masterdata.find_category("Buses (diesel)").id,
            description_de="Windeln & Feuchttücher <Gr. 4>",
            description_uk=typed_uk,
            description_en=typed_en,
            quantity="1",
            unit="pcs",
            net_kg="9000",
            serial_or_vin="WMAA21ZZ4CM054321",
            heavy_confirmed=True,
        ),
        actor,
    )  # type: ignore[arg-type]
    convoy = convoys.get_convoy("2026-P")
    vehicle = convoys.get_vehicle(convoy, 1)
    convoys.assign(convoy, vehicle=vehicle, boxes=[box.codes[0]])
    papers = vehicle_papers(convoy, vehicle)
    packing = " ".join(text_of(render_packing_list(papers)).split())
    letter = " ".join(text_of(render_donation_letter(donation_letter(convoy))).split())
    assert typed_en in packing and typed_uk in packing
    assert typed_uk in letter
    assert "R&D" in packing and "R&D;" not in packing


def test_a_vehicle_gets_one_manifest_page_per_pallet_each_scannable(
    papers_db: OpenedDatabase, tmp_path: Path
) -> None:
    import zxingcpp

    convoy = convoys.get_convoy("2026-P")
    papers = vehicle_papers(convoy, convoys.get_vehicle(convoy, 1))
    pallets = sorted({line.pallet_code for line in papers.lines if line.pallet_code})
    assert len(pallets) >= 2
    assert main(["--db", papers_db.target, "papers", "2026-P", "--out", str(tmp_path)]) == 0
    pdf = pdfium.PdfDocument(tmp_path / "pallet-manifests-2026-P-1-DRAFT.pdf")
    scanned: list[str] = []
    for page in pdf:
        image = page.render(scale=200 / 72).to_pil()
        codes = [r.text for r in zxingcpp.read_barcodes(image)]
        assert len(codes) == 1
        assert codes[0] in page.get_textpage().get_text_range().replace(" ", "")
        scanned += codes
    # Each pallet starts on a new page; its pages follow each other.
    assert sorted(dict.fromkeys(scanned)) == pallets
    assert scanned == sorted(scanned)


def test_the_convoy_summary_splits_the_same_totals_by_vehicle_association_and_category(
    papers_db: OpenedDatabase, tmp_path: Path
) -> None:
    from reports.convoy_summary import render_convoy_summary
    from warehouse_app.papers.convoy_summary import convoy_summary
    from warehouse_app.papers.donation_letter import donation_letter

    convoy = convoys.get_convoy("2026-P")
    summary = convoy_summary(convoy)
    t = summary.totals
    assert t == donation_letter(convoy).totals
    assert len(summary.associations) >= 2
    assert sum(a.packages for a in summary.associations) == t.packages
    assert sum(a.net_kg for a in summary.associations) == t.net_kg
    assert sum(a.value_eur for a in summary.associations) == t.value_eur
    assert sum(c.packages for c in summary.categories) == t.packages
    assert sum(v.totals.gross_kg for v in summary.vehicles) == t.gross_kg
    text = text_of(render_convoy_summary(summary))
    for a in summary.associations:
        assert a.name in text
    assert f"{t.packages} boxes" in text
    assert main(["--db", papers_db.target, "papers", "2026-P", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "convoy-summary-2026-P-DRAFT.pdf").exists()
    one = tmp_path / "one"
    assert (
        main(["--db", papers_db.target, "papers", "2026-P", "--vehicle", "1", "--out", str(one)])
        == 0
    )
    names = {p.name for p in one.iterdir()}
    assert "packing-list-2026-P-1-DRAFT.pdf" in names
    # The convoy documents sum every vehicle: they come with the whole set only.
    assert not any(n.startswith(("convoy-summary", "donation-letter")) for n in names)


def test_papers_documents_option_writes_only_what_is_asked_and_names_the_choices(
    papers_db: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = papers_db.target
    assert (
        main(
            [
                "--db",
                db,
                "papers",
                "2026-P",
                "--documents",
                "cmr,goods-list",
                "--out",
                str(tmp_path / "a"),
            ]
        )
        == 0
    )
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [
        "cmr-2026-P-1-DRAFT.pdf",
        "goods-list-2026-P-1-DRAFT.csv",
        "goods-list-2026-P-1-DRAFT.xlsx",
    ]
    with pytest.raises(SystemExit) as exit_info:
        main(
            ["--db", db, "papers", "2026-P", "--documents", "invoice", "--out", str(tmp_path / "b")]
        )
    assert exit_info.value.code == 2
    assert "unknown document invoice; choose from packing-list, cmr" in capsys.readouterr().err
    assert not (tmp_path / "b").exists()


def test_an_empty_truck_or_a_cancelled_convoy_gets_no_papers(
    papers_db: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Papers for 0 packages would pass the border desk as an empty truck."""
    convoy = convoys.get_convoy("2026-P")
    empty = convoys.add_vehicle(convoy, payload_kg="24000", truck_plate="DO-HL 300", drivers="D: 1")
    with pytest.raises(ValidationError) as caught:
        vehicle_papers(convoy, empty)
    assert f"goods on vehicle {empty.number} (Convoys → assign pallets or boxes)" in str(
        caught.value
    )
    db = papers_db.target
    assert main(["--db", db, "papers", "2026-C", "--out", str(tmp_path / "c")]) == 1
    assert "Convoy 2026-C is cancelled: it gets no papers." in capsys.readouterr().err
    assert not (tmp_path / "c").exists()


def test_a_set_that_cannot_be_written_whole_leaves_the_folder_as_it_was(
    papers_db: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Half a set in a folder that looks complete is worse than none."""
    out = tmp_path / "out"
    (out / "cmr-2026-P-1-DRAFT.pdf").mkdir(parents=True)  # a folder took the CMR's name
    assert main(["--db", papers_db.target, "papers", "2026-P", "--out", str(out)]) == 1
    assert "a folder has that name" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["cmr-2026-P-1-DRAFT.pdf"]


def test_a_long_packing_list_carries_its_totals_from_page_to_page(
    papers_db: OpenedDatabase,
) -> None:
    convoy = convoys.get_convoy("2026-P")
    papers = vehicle_papers(convoy, convoys.get_vehicle(convoy, 1), today=dt.date(2026, 11, 22))
    lines = tuple(
        dataclasses.replace(line, package_no=n) for n, line in enumerate(papers.lines * 4, start=1)
    )
    pages = [
        " ".join(page.get_textpage().get_text_range().split())
        for page in pdfium.PdfDocument(
            render_packing_list(dataclasses.replace(papers, lines=lines))
        )
    ]
    carried = [
        (n, m) for n, page in enumerate(pages) if (m := re.search(r"↓ .*?: (\d+) ящик", page))
    ]
    assert len(carried) >= 2, "the annex should run over several pages"
    for n, found in carried:
        count = int(found.group(1))
        net = sum((line.net_kg for line in lines[:count]), Decimal(0))
        assert f"net {number(net)} kg" in pages[n]
        # The next page starts from the same figures.
        assert f"↑ Перенесено / carried forward: {count} ящик" in pages[n + 1]
        assert f"{lines[count].package_no} {lines[count].box_code}" in pages[n + 1]


def test_annex_text_wraps_and_long_words_break_but_nothing_is_cut_off(
    papers_db: OpenedDatabase,
) -> None:
    convoy = convoys.get_convoy("2026-P")
    papers = vehicle_papers(convoy, convoys.get_vehicle(convoy, 1), today=dt.date(2026, 11, 22))
    long_en = "Folding wheelchair with reinforced frame, puncture-proof tyres and two spare tubes"
    vin = "WVWZZZ1JZXW000001-SPARE-ENGINE-BLOCK"
    first = dataclasses.replace(papers.lines[0], description_en=long_en, serial_or_vin=vin)
    pdf = render_packing_list(dataclasses.replace(papers, lines=(first, *papers.lines[1:])))
    flowing = "".join(text_of(pdf).split())
    assert "".join(long_en.split()) in flowing
    # The VIN is one word wider than its column: it breaks over lines inside the column.
    columns = annex_columns(Wording(papers.languages))
    left = 12 * mm + sum(c.width_mm for c in columns[:14]) * mm
    right = left + columns[14].width_mm * mm
    page = next(
        p for p in pdfium.PdfDocument(pdf) if first.box_code in p.get_textpage().get_text_range()
    )
    column = page.get_textpage().get_text_bounded(
        left=left, right=right, bottom=0, top=page.get_height()
    )
    # pdfium reports a hyphen at a line's end as \x02 (a possible soft hyphen).
    assert vin in "".join(column.replace("\x02", "-").split())


def test_papers_speak_the_destinations_languages_or_those_asked_for(
    papers_db: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from warehouse_app.papers import languages as document_languages

    db = papers_db.target
    out = tmp_path / "two"
    assert main(["--db", db, "papers", "2026-P", "--documents", "cmr", "--out", str(out)]) == 0
    cmr = " ".join(text_of((out / "cmr-2026-P-1-DRAFT.pdf").read_bytes()).split())
    assert "Відправник / Sender (name" in cmr and "Auslieferungsort" not in cmr

    document_languages.set_languages("UA", "uk,en,de")  # Zhytomyr is in Ukraine
    out = tmp_path / "three"
    assert main(["--db", db, "papers", "2026-P", "--out", str(out)]) == 0
    for name, german in (
        ("cmr-2026-P-1-DRAFT.pdf", "Відправник / Sender / Absender"),
        ("packing-list-2026-P-1-DRAFT.pdf", "Пакувальний лист / Packing list / Packliste"),
        (
            "pro-forma-2026-P-1-DRAFT.pdf",
            "Рахунок-проформа / Pro-forma invoice / Proforma-Rechnung",
        ),
        ("acceptance-act-2026-P-1-DRAFT.pdf", "Übergabe- und Abnahmeprotokoll"),
        ("donation-letter-2026-P-D-DRAFT.pdf", "Schenkungsurkunde"),
    ):
        assert german in " ".join(text_of((out / name).read_bytes()).split()), name
    # The goods' own German texts come along (descriptions, category names).
    convoy = convoys.get_convoy("2026-P")
    line = vehicle_papers(convoy, convoys.get_vehicle(convoy, 1)).lines[0]
    packing = " ".join(text_of((out / "packing-list-2026-P-1-DRAFT.pdf").read_bytes()).split())
    assert line.description_de.split()[0] in packing and line.category_de in packing

    out = tmp_path / "english-first"
    args = ["--db", db, "papers", "2026-P", "--documents", "packing-list", "--out", str(out)]
    assert main([*args, "--lang", "en,uk"]) == 0
    packing = " ".join(text_of((out / "packing-list-2026-P-1-DRAFT.pdf").read_bytes()).split())
    assert "Packing list / Пакувальний лист" in packing and "Packliste" not in packing

    with pytest.raises(SystemExit) as exit_:
        main([*args, "--lang", "en,fr"])
    assert exit_.value.code == 2
    assert "Unknown document language fr" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*args, "--lang", "en,de"])
    assert "Customs papers need Ukrainian and English: add uk" in capsys.readouterr().err


def test_every_page_says_its_document_and_page_n_of_m(papers_db: OpenedDatabase) -> None:
    from reports.papers_set import papers_files

    files = papers_files(convoys.get_convoy("2026-P"))
    for f in files:
        if not f.file_name.endswith(".pdf") or f.document == "cmr":  # the CMR is one form
            continue
        pages = [p.get_textpage().get_text_range() for p in pdfium.PdfDocument(f.data)]
        if f.document == "pallet-manifests":
            # Counted per pallet: each pallet's sheets are taped to that pallet.
            found = [
                re.findall(r"(\d{8}) · Seite / сторінка / page (\d+) / (\d+)", t) for t in pages
            ]
            assert all(len(marks) == 1 for marks in found)
            per_pallet: dict[str, list[tuple[int, int]]] = {}
            for ((code, n, m),) in found:
                per_pallet.setdefault(code, []).append((int(n), int(m)))
            for marks in per_pallet.values():
                assert marks == [(k, len(marks)) for k in range(1, len(marks) + 1)]
            assert max(len(m) for m in per_pallet.values()) > 1  # a pallet over two sheets
            continue
        for n, text in enumerate(pages, start=1):
            assert f"{n} / {len(pages)}" in text, (f.file_name, n)
            assert "2026-P" in text, (f.file_name, n)
