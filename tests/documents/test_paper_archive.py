"""At departure the final papers are archived with their SHA-256; reprints give those bytes
even after the hall's address or a category name changed."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from reports.papers_set import final_papers, papers_files
from ui.cli.main import main
from warehouse_app.errors import HafenlagerError
from warehouse_app.kinds import ConvoyStatus
from warehouse_app.papers.documents import PAPERS
from warehouse_app.services import convoys, masterdata
from warehouse_app.services.convoys import archive as paper_archive
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import ArchivedPaper, Box, Category
from warehouse_app.storage.opening import OpenedDatabase


@pytest.fixture
def ready_db(demo: OpenedDatabase) -> OpenedDatabase:
    masterdata.save_settings(
        {"hall.sender_street": "Speicherstraße 10", "hall.sender_postcode": "44147"}
    )
    assert convoys.get_convoy("2026-R").status == ConvoyStatus.READY
    return demo


def test_departure_archives_the_set_and_reprints_give_the_same_bytes_after_edits(
    ready_db: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ready_db.target
    assert main(["--db", db, "convoy", "depart", "2026-R"]) == 0
    said = capsys.readouterr().out
    convoy = convoys.get_convoy("2026-R")
    rows = list(ArchivedPaper.select().where(ArchivedPaper.convoy == convoy.id))
    assert {r.document for r in rows} == set(PAPERS)
    for row in rows:
        assert row.sha256 == hashlib.sha256(bytes(row.data)).hexdigest()
        assert f"archived {row.file_name}  sha256 {row.sha256}" in said

    # Master data changes after departure: a new street, a renamed category.
    masterdata.save_settings({"hall.sender_street": "Neue Straße 1"})
    category = Category.get_by_id(Box.get(Box.status == "shipped").category_id)
    category.name_en = "Renamed later"
    category.save()
    fresh = {f.file_name: f.data for f in final_papers(convoy)}
    archived = {r.file_name: bytes(r.data) for r in rows}
    assert fresh["packing-list-2026-R-1.pdf"] != archived["packing-list-2026-R-1.pdf"]

    out = tmp_path / "reprint"
    assert main(["--db", db, "papers", "2026-R", "--out", str(out)]) == 0
    assert "as archived at departure (SHA-256 checked)" in capsys.readouterr().out
    assert {p.name: p.read_bytes() for p in out.iterdir()} == archived
    # Other languages would be new papers, not the ones that crossed the border.
    assert main(["--db", db, "papers", "2026-R", "--lang", "uk,en,de", "--out", str(out)]) == 1
    assert "Leave out the languages to reprint them" in capsys.readouterr().err
    # One vehicle's reprint: its own files only, still the archived bytes.
    one = papers_files(convoy, 1, ("packing-list", "cmr"))
    assert [(f.file_name, f.data) for f in one] == [
        (n, archived[n]) for n in ("packing-list-2026-R-1.pdf", "cmr-2026-R-1.pdf")
    ]


def test_a_damaged_archive_copy_is_refused_not_reprinted(
    ready_db: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", ready_db.target, "convoy", "depart", "2026-R"]) == 0
    departed = convoys.get_convoy("2026-R")
    row = ArchivedPaper.get(ArchivedPaper.document == "cmr", ArchivedPaper.convoy == departed.id)
    data = bytes(row.data)
    row.data = data[:500] + bytes([data[500] ^ 1]) + data[501:]  # one flipped bit
    row.save()
    out = tmp_path / "reprint"
    assert main(["--db", ready_db.target, "papers", "2026-R", "--out", str(out)]) == 1
    assert "does not match its SHA-256" in capsys.readouterr().err
    assert not out.exists() or not any(out.iterdir())


def test_a_departure_whose_papers_cannot_be_made_does_not_happen(
    ready_db: OpenedDatabase, actor: Actor
) -> None:
    convoy = convoys.get_convoy("2026-R")
    shipped_before = Box.select().where(Box.status == "shipped").count()
    masterdata.save_settings({"hall.sender_city": ""})  # the papers cannot name the sender

    with pytest.raises(HafenlagerError, match="sender name"):
        convoys.depart(convoy, actor, papers=final_papers)
    convoy = convoys.get_convoy("2026-R")
    assert convoy.status == ConvoyStatus.READY
    assert Box.select().where(Box.status == "shipped").count() == shipped_before
    assert not paper_archive.is_archived(convoy)


def test_departure_checks_readiness_again(ready_db: OpenedDatabase, actor: Actor) -> None:
    convoy = convoys.get_convoy("2026-R")
    # After 'ready', a box's date was corrected: it no longer keeps until the arrival.
    assert convoy.planned_arrival is not None
    row = convoys.boxes_of(convoy.id)[0]
    gone = convoy.planned_arrival - dt.timedelta(days=1)
    Box.update(expiry_date=gone).where(Box.id == row.box_id).execute()
    with pytest.raises(HafenlagerError, match=rf"cannot depart.*{row.code}"):
        convoys.depart(convoy, actor, papers=final_papers)
    assert convoys.get_convoy("2026-R").status == ConvoyStatus.READY
    assert not paper_archive.is_archived(convoy)


class _CorrectedWhileDrawn:
    """The real papers; while the first set is drawn, another station corrects a box."""

    def __init__(self, box_id: int, actor: Actor) -> None:
        self.box_id, self.actor, self.drawn = box_id, actor, 0

    def fingerprint(self, convoy: convoys.ConvoyRecord) -> str:
        return final_papers.fingerprint(convoy)

    def __call__(self, convoy: convoys.ConvoyRecord) -> list[paper_archive.PaperFile]:
        files = final_papers(convoy)
        self.drawn += 1
        if self.drawn == 1:
            Box.update(description_en="Sugar, weighed again").where(Box.id == self.box_id).execute()
        return files


def test_papers_drawn_while_the_goods_changed_are_drawn_again(
    ready_db: OpenedDatabase, actor: Actor
) -> None:
    convoy = convoys.get_convoy("2026-R")
    box_id = convoys.boxes_of(convoy.id)[0].box_id
    papers = _CorrectedWhileDrawn(box_id, actor)
    convoys.depart(convoy, actor, papers=papers)
    assert papers.drawn == 2  # the first set showed the box as it was: drawn again
    (packing,) = paper_archive.archived(convoy, 1, ["packing-list"], convoy_documents=False)
    text = _pdf_text(packing.data)
    assert "Sugar, weighed again" in text


def _pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    return "".join(page.get_textpage().get_text_range() for page in document)
