"""One gross weight and one way of counting places on every paper of a truck: the goods list
a recipient pastes into AHARS sums to CMR box 11, pallets included."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium

from reports.labels import number
from reports.wording import Wording
from tests.documents import goods_files
from ui.cli.main import main
from warehouse_app.codes import CodeKind
from warehouse_app.papers.convoy_summary import convoy_summary
from warehouse_app.papers.lines import apportion_tare
from warehouse_app.papers.places import counted, places
from warehouse_app.papers.vehicle import vehicle_papers
from warehouse_app.services import convoys
from warehouse_app.services.convoys.readiness import readiness
from warehouse_app.storage.models import Pallet
from warehouse_app.storage.numbering import allocate_codes
from warehouse_app.storage.opening import OpenedDatabase


def flowing_text(path: Path) -> str:
    pages = pdfium.PdfDocument(path)
    return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in pages)


def test_a_pallets_tare_is_shared_by_its_boxes_to_the_gram() -> None:
    shares = apportion_tare(
        Decimal("25.000"), [(1, Decimal("10")), (2, Decimal("20")), (3, Decimal("0"))]
    )
    assert sum(shares.values()) == Decimal("25.000")
    assert shares == {1: Decimal("8.333"), 2: Decimal("16.667"), 3: Decimal("0.000")}
    # Boxes that weigh nothing share it equally, the odd grams to the first.
    even = apportion_tare(Decimal("0.010"), [(1, Decimal(0)), (2, Decimal(0)), (3, Decimal(0))])
    assert even == {1: Decimal("0.004"), 2: Decimal("0.003"), 3: Decimal("0.003")}


def test_places_follow_each_languages_plural_rules() -> None:
    assert places(2, 33, 0, "uk") == "2 піддони (33 ящики)"
    assert places(5, 21, 0, "uk") == "5 піддонів (21 ящик)"
    assert places(11, 14, 3, "uk") == "11 піддонів (14 ящиків), 3 ящики"
    assert places(21, 0, 0, "uk") == "21 піддон"
    assert places(0, 0, 0, "uk", vehicles=1) == "1 транспортний засіб без упаковки"
    assert places(1, 1, 0, "en") == "1 pallet (1 box)"
    assert (
        places(2, 40, 1, "de", vehicles=2)
        == "2 Paletten (40 Kisten), 1 Kiste, 2 Fahrzeuge unverpackt"
    )
    assert counted("category", 22, "uk") == "22 категорії"


def test_every_paper_of_a_truck_states_the_gross_of_cmr_box_11(
    papers_db: OpenedDatabase, tmp_path: Path
) -> None:
    convoy = convoys.get_convoy("2026-P")
    papers = vehicle_papers(convoy, convoys.get_vehicle(convoy, 1))
    t = papers.totals
    boxes_only = sum((line.gross_kg for line in papers.lines), Decimal(0))
    assert t.pallets > 0 and t.gross_kg > boxes_only  # the pallets weigh something
    assert sum((s.gross_kg for s in papers.summary), Decimal(0)) == t.gross_kg
    summary = convoy_summary(convoy)
    assert sum((a.gross_kg for a in summary.associations), Decimal(0)) == summary.totals.gross_kg

    out = tmp_path / "papers"
    assert main(["--db", papers_db.target, "papers", "2026-P", "--out", str(out)]) == 0
    rows = goods_files.csv_rows(out / "goods-list-2026-P-1-DRAFT.csv")
    assert sum(goods_files.number(r[goods_files.GROSS]) for r in rows) == t.gross_kg
    title, cells = goods_files.xlsx_rows(out / "goods-list-2026-P-1-DRAFT.xlsx")
    assert sum(Decimal(str(c[goods_files.GROSS])) for c in cells) == t.gross_kg
    assert any("DO-HL 100 / DO-HL 200" in line for line in title)  # the truck's plates

    gross, stated_places = number(t.gross_kg), Wording().places(t)
    for document in ("cmr", "packing-list", "pro-forma", "acceptance-act"):
        text = flowing_text(out / f"{document}-2026-P-1-DRAFT.pdf")
        assert gross in text, document
        assert stated_places in text, document
        # The boxes' gross appears only where it is added up to the total, never as a total.
        tare = number(t.gross_kg - boxes_only)
        breakdown = f"ящики / boxes {number(boxes_only)} kg + піддони / pallets {tare} kg"
        assert number(boxes_only) not in text.replace(breakdown, ""), document
    letter = flowing_text(out / "donation-letter-2026-P-D-DRAFT.pdf")
    assert number(summary.totals.gross_kg) in letter
    assert "піддони / pallets" in flowing_text(out / "cmr-2026-P-1-DRAFT.pdf")  # box 8


def test_an_empty_pallet_on_a_convoy_blocks_it_with_its_one_click_fix(
    papers_db: OpenedDatabase,
) -> None:
    convoy = convoys.get_convoy("2026-P")
    (code,) = allocate_codes(CodeKind.PALLET, 1)
    Pallet.create(code=code)  # a pallet label printed and scanned onto the truck, no box on it
    convoys.assign(convoy, vehicle=convoys.get_vehicle(convoy, 1), pallets=[code])
    found = [p for p in readiness(convoy) if "hold no box" in p.message]
    assert [(p.blocking, p.release_pallets) for p in found] == [(True, (code,))]
    convoys.release(convoy, pallets=[code])
    assert not [p for p in readiness(convoy) if "hold no box" in p.message]
