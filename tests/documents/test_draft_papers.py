"""A convoy's papers are drafts until it is ready: 'ЧЕРНЕТКА / DRAFT' across every page of
every PDF, and 'DRAFT' in every file name; a ready convoy's papers print clean."""

from __future__ import annotations

import datetime as dt

import pypdfium2 as pdfium
import pytest

from reports.papers_set import papers_files
from warehouse_app.errors import ValidationError
from warehouse_app.services import convoys, masterdata
from warehouse_app.storage.models import Convoy
from warehouse_app.storage.opening import OpenedDatabase


def pages_text(pdf: bytes) -> list[str]:
    return [
        " ".join(page.get_textpage().get_text_range().split()) for page in pdfium.PdfDocument(pdf)
    ]


def test_a_planned_convoys_papers_say_draft_on_every_page(papers_db: OpenedDatabase) -> None:
    files = papers_files(convoys.get_convoy("2026-P"))
    assert files and all("-DRAFT." in f.file_name for f in files)
    pdfs = [f for f in files if f.file_name.endswith(".pdf")]
    assert {f.document for f in pdfs} >= {"cmr", "packing-list", "pro-forma", "acceptance-act"}
    for paper in pdfs:
        pages = pages_text(paper.data)
        assert pages and all("ЧЕРНЕТКА / DRAFT" in page for page in pages), paper.file_name


def test_a_ready_convoys_papers_print_clean(papers_db: OpenedDatabase) -> None:
    files = papers_files(convoys.get_convoy("2026-R"))
    assert files and not [f.file_name for f in files if "DRAFT" in f.file_name]
    for paper in (f for f in files if f.file_name.endswith(".pdf")):
        assert not [p for p in pages_text(paper.data) if "DRAFT" in p], paper.file_name


def test_papers_printed_ahead_carry_the_planned_departure_date(papers_db: OpenedDatabase) -> None:
    convoy = convoys.get_convoy("2026-P")
    departure = dt.date.today() + dt.timedelta(days=5)
    convoys.update_convoy(convoy, planned_departure=departure, planned_arrival=departure)
    (cmr,) = [f for f in papers_files(convoys.get_convoy("2026-P"), 1) if f.document == "cmr"]
    first = pages_text(cmr.data)[0]
    assert f"{departure:%d.%m.%Y}" in first
    assert f"{dt.date.today():%d.%m.%Y}" not in first


def test_the_goods_list_comes_before_the_aid_code_the_final_papers_need_it(
    papers_db: OpenedDatabase,
) -> None:
    Convoy.update(aid_code="").where(Convoy.number.in_(["2026-P", "2026-R"])).execute()
    drafts = papers_files(convoys.get_convoy("2026-P"), 1)
    assert {"goods-list", "cmr"} <= {f.document for f in drafts}  # for AHARS, before the code
    (cmr,) = [f for f in drafts if f.document == "cmr"]
    assert "ЧЕРНЕТКА / DRAFT" in pages_text(cmr.data)[0]
    with pytest.raises(ValidationError, match="aid code of convoy 2026-R"):
        papers_files(convoys.get_convoy("2026-R"), 1)


def test_final_papers_need_the_senders_street_and_postcode_and_the_border_crossing(
    demo: OpenedDatabase,
) -> None:
    masterdata.save_settings({"hall.sender_street": "", "hall.sender_postcode": ""})
    Convoy.update(border_crossing="").where(Convoy.number == "2026-R").execute()
    with pytest.raises(ValidationError) as refused:
        papers_files(convoys.get_convoy("2026-R"), 1)
    assert "sender street and postcode" in str(refused.value)
    assert "border crossing of convoy 2026-R" in str(refused.value)
    problems = [p.message for p in convoys.readiness(convoys.get_convoy("2026-R"))]
    assert any("No border crossing" in m for m in problems)
