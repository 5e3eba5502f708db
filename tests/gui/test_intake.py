"""The intake screen through its widgets: save, print, refuse, reprint."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from reports.documents import job_pdf
from reports.geometry import FORMATS
from ui.context import AppContext
from ui.intake.view import IntakeView
from ui.printing import printer as printing
from warehouse_app.config import StationConfig
from warehouse_app.services import printqueue
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import Box, Donation, Movement, PrintJob
from warehouse_app.storage.opening import OpenedDatabase


@pytest.fixture
def view(qtbot: QtBot, opened: OpenedDatabase, actor: Actor) -> IntakeView:
    widget = IntakeView(AppContext(opened, actor.volunteer_id, "Test Volunteer", "Test-PC"))
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    return widget


def choose_category(qtbot: QtBot, view: IntakeView, typed: str, name: str) -> None:
    """Type the start of a name (QTest types ASCII only), then pick the match."""
    view.category.setFocus()
    view.category.lineEdit().clear()
    qtbot.keyClicks(view.category.lineEdit(), typed)
    index = view.category.findText(name, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0
    view.category.setCurrentIndex(index)


def fill(qtbot: QtBot, view: IntakeView) -> None:
    view.association.setCurrentIndex(view.association.findText("BGH", Qt.MatchFlag.MatchStartsWith))
    choose_category(qtbot, view, "Schlafs", "Schlafsäcke")
    qtbot.keyClicks(view.quantity, "6")
    qtbot.keyClicks(view.net_kg, "8,2")
    view.box_count.setValue(4)


def test_typing_an_entry_and_pressing_f9_saves_every_box(qtbot: QtBot, view: IntakeView) -> None:
    fill(qtbot, view)
    assert view.description_uk.text() == "Спальні мішки"  # prefilled from the category
    assert view.description_de.text() == "Schlafsäcke"
    qtbot.keyClick(view.net_kg, Qt.Key.Key_F9)
    boxes = list(Box.select().order_by(Box.id))
    assert [(b.box_number, b.box_count) for b in boxes] == [(n, 4) for n in range(1, 5)]
    assert {b.net_kg for b in boxes} == {Decimal("8.2")}
    assert view.recent.table.rowCount() == 4
    # No printer on this PC: the boxes are saved, the labels wait, the volunteer is told.
    assert "wait in the reprint list" in view.message.text()
    assert view.reprints.table.rowCount() == 1
    assert "No printer is set" in view.reprints.table.item(0, 1).text()
    # The form keeps what the next box likely shares and clears its sizes.
    assert view.description_uk.text() == "Спальні мішки" and view.quantity.text() == ""
    assert QApplication.focusWidget() is view.quantity


def test_the_next_entry_joins_the_open_donation(qtbot: QtBot, view: IntakeView) -> None:
    fill(qtbot, view)
    view.save_and_print()
    qtbot.keyClicks(view.quantity, "3")
    qtbot.keyClicks(view.net_kg, "4")
    view.save_and_print()
    assert Donation.select().count() == 1 and Box.select().count() == 5
    view.new_donation.click()
    qtbot.keyClicks(view.quantity, "3")
    qtbot.keyClicks(view.net_kg, "4")
    view.save_and_print()
    assert Donation.select().count() == 2


def test_bad_input_marks_the_field_and_saves_nothing(qtbot: QtBot, view: IntakeView) -> None:
    fill(qtbot, view)
    view.quantity.setText("0")
    assert view.save_and_print() == []
    assert "more than 0" in view.message.text()
    assert "#b00020" in view.quantity.styleSheet()
    assert QApplication.focusWidget() is view.quantity
    view.quantity.setText("6")
    view.expiry.setText("soon")
    assert view.save_and_print() == []
    assert "31.12.2027" in view.message.text()
    assert Box.select().count() == 0 and Movement.select().count() == 0


def test_a_heavy_box_needs_a_yes(
    qtbot: QtBot, view: IntakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(qtbot, view)
    view.net_kg.setText("1600")
    monkeypatch.setattr(view, "confirm", lambda question: False)
    assert view.save_and_print() == [] and Box.select().count() == 0
    monkeypatch.setattr(view, "confirm", lambda question: "1600" in question)
    assert len(view.save_and_print()) == 4


def test_labels_printed_through_qt_decode_from_the_printed_page(
    qtbot: QtBot, view: IntakeView, tmp_path: Path
) -> None:
    fill(qtbot, view)
    box_ids = view.save_and_print()
    job = printqueue.pending("Test-PC")[0]
    fmt = FORMATS[job.label_format]
    printed = tmp_path / "printed.pdf"
    printing.print_pdf_to_file(job_pdf(job), str(printed), fmt.page_size, fmt.dpi)
    page = pdfium.PdfDocument(printed.read_bytes())[0]
    image = page.render(scale=fmt.dpi / 72, grayscale=True).to_pil()
    found = sorted(r.text for r in zxingcpp.read_barcodes(image))
    assert found == sorted(b.code for b in Box.select().where(Box.id.in_(box_ids)))


def test_a_missing_printer_is_named(qtbot: QtBot, view: IntakeView) -> None:
    config = StationConfig.load()
    config.label_printer = config.sheet_printer = "Brother QL-820NWB"
    config.save()
    fill(qtbot, view)
    view.save_and_print()
    assert "'Brother QL-820NWB' is not connected" in view.reprints.table.item(0, 1).text()


def test_the_reprint_list_saves_a_waiting_job_as_pdf(
    qtbot: QtBot, view: IntakeView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(qtbot, view)
    view.save_and_print()
    target = tmp_path / "labels.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    view.reprints.table.selectRow(0)
    assert view.reprints.save_selected_job() == target
    assert target.read_bytes().startswith(b"%PDF")
    assert view.reprints.table.rowCount() == 0
    assert PrintJob.get().status == "printed"


def test_reprint_and_receipt_queue_their_documents(qtbot: QtBot, view: IntakeView) -> None:
    fill(qtbot, view)
    view.save_and_print()
    view.recent.table.selectRow(0)
    view.recent.reprint_button.click()
    view.recent.receipt_button.click()
    documents = [j.document for j in printqueue.pending("Test-PC")]
    assert documents == ["box_labels", "box_labels", "receipt"]
    receipt = printqueue.pending("Test-PC")[-1]
    text = pdfium.PdfDocument(job_pdf(receipt))[0].get_textpage().get_text_range()
    assert "Спальні мішки" in text and "Eingangsbeleg" in text


def test_sheet_labels_continue_where_the_last_job_ended(
    qtbot: QtBot, view: IntakeView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.printing import jobs as label_printing

    sheet = tmp_path / "sheet-printer.pdf"
    config = StationConfig.load()
    config.label_format, config.sheet_position = "a4-3475", "22"  # 24 per sheet
    config.sheet_printer = f"file:{sheet}"  # the A4 printer, here a PDF file
    config.save()
    fill(qtbot, view)  # 4 boxes
    view.save_and_print()
    job = PrintJob.select().order_by(PrintJob.id.desc()).get()
    assert (job.start, job.status) == (22, "printed")
    printed = pdfium.PdfDocument(sheet.read_bytes())
    assert len(printed) == 2  # 22, 23, 24 on the first sheet, the fourth on the next
    width, height = printed[0].get_size()
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)
    assert StationConfig.load().sheet_position == "2"  # 22, 23, 24, then 1 of the next sheet
    pdf = job_pdf(printqueue.get(job.id))
    assert len(pdfium.PdfDocument(pdf)) == 2
    assert label_printing.page_of(printqueue.get(job.id)) == ((210.0, 297.0), 300)


def test_the_preview_paints_the_same_pages(qtbot: QtBot, view: IntakeView, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing import jobs as label_printing

    fill(qtbot, view)
    view.save_and_print()
    job = printqueue.pending("Test-PC")[0]
    dialog = label_printing.preview_dialog(job.id, view)
    qtbot.addWidget(dialog)
    target = QPrinter(QPrinter.PrinterMode.HighResolution)
    target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "preview.pdf"
    target.setOutputFileName(str(out))
    printing.setup_page(target, (210.0, 297.0), 300)
    dialog.paintRequested.emit(target)
    image = pdfium.PdfDocument(out.read_bytes())[0].render(scale=300 / 72, grayscale=True).to_pil()
    assert sorted(r.text for r in zxingcpp.read_barcodes(image)) == sorted(job.subject)
    # Shown, the dialog paints on its own printer (it must outlive preview_dialog()).
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    dialog.show()
    shown = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: shown.pageCount() >= 1, timeout=10_000)


def test_a_vehicle_is_taken_in_with_its_vin_make_and_year(
    qtbot: QtBot, view: IntakeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warehouse_app.services.vehicles import details_of

    choose_category(qtbot, view, "Busse (D", "Busse (Diesel)")
    assert view.vehicle.isVisible()  # make, model, year… only for a vehicle category
    qtbot.keyClicks(view.quantity, "1")
    qtbot.keyClicks(view.net_kg, "11000")
    qtbot.keyClicks(view.serial, "WMAA14ZZ7HMO23456")  # an O where a 0 belongs
    qtbot.keyClicks(view.vehicle.make, "MAN")
    qtbot.keyClicks(view.vehicle.model, "Lion's City")
    view.vehicle.year.setValue(2009)
    view.vehicle.fuel.setCurrentIndex(view.vehicle.fuel.findData("diesel"))
    qtbot.keyClicks(view.vehicle.first_registered, "03.2009")
    monkeypatch.setattr(view, "confirm", lambda question: True)  # yes, 11 t is right
    assert view.save_and_print() == []
    assert "never holds O" in view.message.text() and Box.select().count() == 0
    assert view.serial.styleSheet()  # the VIN field is marked
    view.serial.clear()
    qtbot.keyClicks(view.serial, "WMAA14ZZ7HM023456")
    (box_id,) = view.save_and_print()
    vehicle = details_of([box_id])[box_id]
    assert (
        vehicle.description
        == "MAN Lion's City, 2009, diesel, 1st reg. 03.2009, VIN WMAA14ZZ7HM023456"
    )
    assert view.vehicle.make.text() == ""  # the next vehicle starts empty
    choose_category(qtbot, view, "Schlafs", "Schlafsäcke")
    assert not view.vehicle.isVisible()


@pytest.mark.parametrize("format_name", ["thermal-100x150-203", "thermal-100x150-300"])
def test_the_print_path_puts_one_image_pixel_on_one_printer_dot(
    qtbot: QtBot, view: IntakeView, tmp_path: Path, format_name: str
) -> None:
    """Qt's print system receives the page rendered at the printer's resolution and painted
    unscaled: each pixel of the bars on one dot. (Stretched onto Qt's page, rounded to whole
    points, 800 px became 798 dots at 203 dpi: a bar a dot thinner here, thicker there.)"""
    import dataclasses
    import re

    from pypdf import PdfReader

    from ui.printing.printer import page_images

    fill(qtbot, view)
    view.box_count.setValue(1)
    view.save_and_print()
    job = printqueue.pending("Test-PC")[0]
    fmt = FORMATS[format_name]
    pdf = job_pdf(dataclasses.replace(job, label_format=format_name))
    printed = tmp_path / "printed.pdf"
    printing.print_pdf_to_file(pdf, str(printed), fmt.page_size, fmt.dpi)
    page = PdfReader(printed).pages[0]
    content = page.get_contents().get_data().decode("latin-1")
    # Qt's PDF: device dots scaled to points once, then each image drawn W x H dots.
    dots_to_points = float(re.search(r"([\d.]+) 0 0 -[\d.]+ 0 [\d.]+ cm", content)[1])
    assert abs(dots_to_points - 72 / fmt.dpi) < 1e-6
    drawn = [(int(w), int(h)) for w, h in re.findall(r"(\d+) 0 0 -(\d+) 0 \d+ cm /Im", content)]
    # Between the two, nothing scales: stretching the image onto the page added a matrix
    # "0.996250000 0 0 0.999165971 0 0 cm" at 203 dpi.
    matrices = re.findall(r"^(.*) cm", content, re.MULTILINE)
    assert set(matrices[1:-1]) <= {"1 0 0 1 0 0"}, matrices
    rendered = next(page_images(pdf, fmt.dpi))
    assert drawn == [(rendered.width(), rendered.height())]
    image = page.images[0].image
    assert image.size == (rendered.width(), rendered.height())
    assert Box.get().code in {r.text for r in zxingcpp.read_barcodes(image)}


def test_a_long_label_job_shows_its_progress_and_can_be_cancelled(
    qtbot: QtBot, view: IntakeView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More than 20 labels: asked first, then a bar counts the pages as they go to the
    printer (here a PDF file, a printer a station may set); Cancel keeps the rest waiting."""
    printed = tmp_path / "labels.pdf"
    config = StationConfig.load()
    config.label_printer, config.label_format = f"file:{printed}", "thermal-100x150-203"
    config.save()
    monkeypatch.setattr(view, "confirm", lambda question: "25 boxes at once" in question)
    fill(qtbot, view)
    view.box_count.setValue(25)
    assert len(view.save_and_print()) == 25
    bar = view.last_progress
    assert bar is not None and bar.maximum() == 25 and bar.value() in (25, -1)  # -1: closed
    assert len(pdfium.PdfDocument(printed.read_bytes())) == 25
    assert "Labels printed." in view.message.text()
    assert not printqueue.pending("Test-PC")

    # The next long job: the volunteer presses Cancel as soon as the bar is up.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    def press_cancel() -> None:
        bars = [b for b in view.findChildren(QProgressDialog) if b is not bar]
        if bars:
            bars[-1].cancel()
        else:
            QTimer.singleShot(0, press_cancel)

    QTimer.singleShot(0, press_cancel)
    view.box_count.setValue(25)
    qtbot.keyClicks(view.quantity, "6")
    qtbot.keyClicks(view.net_kg, "8,2")
    assert len(view.save_and_print()) == 25
    assert "Printing was cancelled." in view.message.text()
    assert len(printqueue.pending("Test-PC")) == 1
