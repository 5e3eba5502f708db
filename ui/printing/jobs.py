"""Queue, print and preview label documents for this station (shared by every screen)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ui.changes import ChangeHub, Kind
from ui.printing import printer as printing
from ui.service_texts import error_text, translated
from warehouse_app.config import StationConfig
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import printqueue
from warehouse_app.texts import QT_TRANSLATE_NOOP, say

A4_MM = (210.0, 297.0)
RECEIPT_DPI = 300


def page_of(job: printqueue.Job) -> tuple[tuple[float, float], int]:
    """The page size (mm) and resolution a job prints at."""
    from reports.documents import label_format

    if job.document in ("receipt", "pallet_manifest"):
        return A4_MM, RECEIPT_DPI
    fmt = label_format(job.label_format)
    return fmt.page_size, fmt.dpi


def queue_labels(station: str, document: str, codes: list[str], format_name: str) -> int:
    """Queue labels; a sheet job starts at the station's next free position on the sheet."""
    from reports.documents import label_format

    config = StationConfig.load()
    start = 1
    if label_format(format_name).is_sheet:
        start = max(1, min(int(config.sheet_position or 1), label_format(format_name).per_page))
    return printqueue.enqueue(station, document, codes, format_name, start)


Progress = Callable[[int, int], bool]  # (pages sent, pages in all) -> go on?


def print_job(
    job_id: int, changes: ChangeHub | None = None, progress: Progress | None = None
) -> str:
    """Print a queued job; "" when printed, else the reason (the job stays pending).

    progress(pages sent, pages in all) is told after every page; False cancels the job.
    Either way the reprint list changed: with changes given, that is announced."""
    try:
        return _print(job_id, progress)
    finally:
        if changes is not None:
            changes.announce(Kind.PRINT_JOBS)


def _print(job_id: int, progress: Progress | None = None) -> str:
    # reportlab is loaded on the first print, not at start-up.
    from reports.documents import job_pdf, label_format

    config = StationConfig.load()
    job = printqueue.get(job_id)
    try:
        pdf = job_pdf(job)
        page_mm, dpi = page_of(job)
        if job.document in ("receipt", "pallet_manifest"):
            printer = config.sheet_printer
        else:
            printer = (
                config.sheet_printer
                if label_format(job.label_format).is_sheet
                else config.label_printer
            )
        total = printing.page_count(pdf)
        go_on = (lambda done: progress(done, total)) if progress is not None else None
        sent = printing.print_pdf(pdf, printer, page_mm, dpi, go_on)
    except HafenlagerError as exc:  # printing.PrintError is one
        # The queue keeps the template and its values: every station reads its own language.
        printqueue.mark_failed(job_id, exc.text)
        return error_text(exc)
    if sent < total:
        cancelled = say(QT_TRANSLATE_NOOP("service", "Printing was cancelled."))
        printqueue.mark_failed(job_id, cancelled)
        return translated(cancelled)
    printqueue.mark_printed(job_id)
    _advance_sheet(job, config)
    return ""


def _advance_sheet(job: printqueue.Job, config: StationConfig) -> None:
    from reports.documents import label_format

    if job.document in ("receipt", "pallet_manifest") or not isinstance(job.subject, tuple):
        return
    fmt = label_format(job.label_format)
    if not fmt.is_sheet:
        return
    count = len(job.subject) * (2 if job.document == "pallet_labels" else 1)
    if job.document == "control_sheet":
        count += 1  # the print-head test after the codes
    config.sheet_position = str((job.start - 1 + count) % fmt.per_page + 1)
    config.save()


def preview_dialog(job_id: int, parent: QWidget | None = None) -> printing.PreviewDialog:
    """Qt's print preview of a job, painted from the same PDF as the print."""
    from reports.documents import job_pdf

    job = printqueue.get(job_id)
    pdf = job_pdf(job)
    page_mm, dpi = page_of(job)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printing.setup_page(printer, page_mm, dpi)
    dialog = printing.PreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.paintRequested.connect(lambda target: printing.paint_pages(target, pdf, dpi))
    return dialog
