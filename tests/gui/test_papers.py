"""Print papers in the GUI: choose documents and copies, preview, print in one job, save as a
folder or ZIP; the work runs off the GUI thread and can be cancelled."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reports.papers_set import papers_files
from ui.convoys.papers_dialog import PapersDialog
from ui.convoys.view import ConvoyView
from warehouse_app.services import convoys, masterdata
from warehouse_app.services.convoys.archive import PaperFile

SET_OF_2026_P = {
    "donation-letter-2026-P-D-DRAFT.pdf",
    "convoy-summary-2026-P-DRAFT.pdf",
    "packing-list-2026-P-1-DRAFT.pdf",
    "cmr-2026-P-1-DRAFT.pdf",
    "pro-forma-2026-P-1-DRAFT.pdf",
    "acceptance-act-2026-P-1-DRAFT.pdf",
    "pallet-manifests-2026-P-1-DRAFT.pdf",
    "goods-list-2026-P-1-DRAFT.csv",
    "goods-list-2026-P-1-DRAFT.xlsx",
}


@pytest.fixture
def view(convoy_view: ConvoyView) -> ConvoyView:
    masterdata.save_settings(
        {"hall.sender_street": "Speicherstraße 10", "hall.sender_postcode": "44147"}
    )
    return convoy_view


def dialog_for(qtbot: QtBot, view: ConvoyView, number: str) -> PapersDialog:
    for row in range(view.list.count()):
        if view.list.item(row).text().startswith(number):
            view.list.setCurrentRow(row)
    dialog = view.papers_dialog()
    assert isinstance(dialog, PapersDialog)
    qtbot.addWidget(dialog)
    return dialog


def shown_preview(qtbot: QtBot, dialog: PapersDialog, files: list[PaperFile]) -> QWidget:
    """The preview dialog of files, shown."""
    preview = dialog.preview_dialog(files)
    qtbot.addWidget(preview)
    preview.show()
    return preview


def test_the_whole_set_is_saved_as_a_folder(qtbot: QtBot, view: ConvoyView, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, view, "2026-P")
    assert view.papers_button.isEnabled()
    with qtbot.waitSignal(dialog.work_finished, timeout=30_000):
        assert dialog.save_to_folder(tmp_path / "set") is not None
    assert {p.name for p in (tmp_path / "set").iterdir()} == SET_OF_2026_P
    assert dialog.message.text().startswith("9 files saved in")
    assert dialog.progress.isHidden() and dialog.folder_button.isEnabled()


def test_one_vehicle_chosen_in_the_tree_is_saved_as_a_zip_of_its_documents(
    qtbot: QtBot, view: ConvoyView, tmp_path: Path
) -> None:
    for row in range(view.list.count()):
        if view.list.item(row).text().startswith("2026-P"):
            view.list.setCurrentRow(row)
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(0))  # a pallet of vehicle 1
    dialog = dialog_for(qtbot, view, "2026-P")
    assert dialog.vehicle.currentData() == 1
    dialog.set_chosen(["packing-list", "cmr", "donation-letter"])
    assert dialog.chosen() == ["packing-list", "cmr"]  # the convoy's letter needs every vehicle
    path = tmp_path / "papers.zip"
    with qtbot.waitSignal(dialog.work_finished, timeout=30_000):
        dialog.save_to_zip(path)
    with zipfile.ZipFile(path) as archive:
        saved = {name: archive.read(name) for name in archive.namelist()}
    expected = papers_files(convoys.get_convoy("2026-P"), 1, ["packing-list", "cmr"])
    assert saved == {f.file_name: f.data for f in expected}


def test_print_all_sends_every_chosen_document_in_its_copies_as_one_job(
    qtbot: QtBot, view: ConvoyView, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, view, "2026-P")
    dialog.set_chosen(["packing-list", "cmr", "goods-list"])
    dialog.copies["packing-list"].setValue(2)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dialog.work_finished, timeout=60_000):
        dialog.print_to(printer)
    files = {
        f.document: f
        for f in papers_files(convoys.get_convoy("2026-P"), None, ["packing-list", "cmr"])
    }
    packing = len(pdfium.PdfDocument(files["packing-list"].data))
    cmr = len(pdfium.PdfDocument(files["cmr"].data))
    assert len(pdfium.PdfDocument(out)) == 2 * packing + cmr
    assert dialog.message.text() == f"{2 * packing + cmr} pages sent to the printer."


def test_cancel_stops_the_work_and_writes_nothing(
    qtbot: QtBot, view: ConvoyView, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, view, "2026-P")
    with qtbot.waitSignal(dialog.work_finished, timeout=30_000):
        dialog.save_to_folder(tmp_path / "set")
        dialog.cancel_button.click()
    assert dialog.message.text() == "Stopped: no papers were written."
    assert not (tmp_path / "set").exists()


def test_missing_data_is_named_and_nothing_is_saved(
    qtbot: QtBot, view: ConvoyView, tmp_path: Path
) -> None:
    convoys.create_convoy("K-NP")
    convoys.add_vehicle(convoys.get_convoy("K-NP"), payload_kg="24000")
    view.reload_list("K-NP")
    dialog = dialog_for(qtbot, view, "K-NP")
    with qtbot.waitSignal(dialog.work_finished, timeout=30_000):
        dialog.save_to_folder(tmp_path / "set")
    text = dialog.message.text()
    assert "The papers need:" in text and "truck plate of vehicle 1" in text
    assert not (tmp_path / "set").exists()


def test_the_preview_shows_every_page_of_the_chosen_documents(
    qtbot: QtBot, view: ConvoyView
) -> None:
    dialog = dialog_for(qtbot, view, "2026-P")
    files = papers_files(convoys.get_convoy("2026-P"), None, ["cmr", "pro-forma"])
    preview = shown_preview(qtbot, dialog, files)
    widget = preview.findChild(QPrintPreviewWidget)
    expected = sum(len(pdfium.PdfDocument(f.data)) for f in files)
    qtbot.waitUntil(lambda: widget.pageCount() == expected, timeout=10_000)


def test_printing_can_be_cancelled(qtbot: QtBot, view: ConvoyView, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, view, "2026-P")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.work_finished, timeout=60_000):
        dialog.print_to(printer)
        dialog.cancel_button.click()
    assert dialog.message.text() == "Printing stopped."
    assert dialog.print_button.isEnabled()


def test_a_long_preview_shows_the_first_pages_and_says_so(
    qtbot: QtBot, view: ConvoyView, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.convoys.papers_dialog

    monkeypatch.setattr(ui.convoys.papers_dialog, "PREVIEW_PAGES", 2)
    dialog = dialog_for(qtbot, view, "2026-P")
    files = papers_files(convoys.get_convoy("2026-P"), None, ["cmr", "pro-forma"])
    preview = shown_preview(qtbot, dialog, files)
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 2, timeout=10_000)
    total = sum(len(pdfium.PdfDocument(f.data)) for f in files)
    assert f"first 2 of {total} pages; printing prints them all" in preview.windowTitle()
