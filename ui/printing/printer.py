"""Printing the PDFs that reports/ made, page by page at the printer's resolution.

The PDF is rasterised with PDFium (pypdfium2; the same engine Qt's PDF module wraps) at the
printer's own dots per inch and painted full-page through Qt's print system, so paper and the
saved PDF never differ. A missing or offline printer raises PrintError before anything is sent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QMarginsF, QPoint, QRect, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QTransform
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from warehouse_app.errors import HafenlagerError
from warehouse_app.texts import QT_TRANSLATE_NOOP


class PrintError(HafenlagerError):
    """The document did not reach the printer; the message says why (translated like every
    service's refusal; the reprint list keeps its template and values)."""


FILE_PRINTER = "file:"  # a station's "printer" that is a PDF file


def printer_names() -> list[str]:
    return sorted(QPrinterInfo.availablePrinterNames())


def check_printer(name: str) -> QPrinterInfo:
    if not name:
        raise PrintError(
            QT_TRANSLATE_NOOP(
                "service", "No printer is set for this station (Settings → This station)."
            )
        )
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise PrintError(
            QT_TRANSLATE_NOOP("service", "The printer '{name}' is not connected to this PC."),
            name=name,
        )
    if info.state() == QPrinter.PrinterState.Error:
        raise PrintError(
            QT_TRANSLATE_NOOP(
                "service", "The printer '{name}' reports an error (paper, ribbon, offline?)."
            ),
            name=name,
        )
    return info


def page_images(pdf: bytes, dpi: int) -> Iterator[QImage]:
    """The pages as images, one at a time: an A4 page at 300 dpi is 26 MB, so a long packing
    list must never be held in memory whole."""
    import pypdfium2 as pdfium  # loaded on the first print, not at start-up

    document = pdfium.PdfDocument(pdf)
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72, grayscale=False)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            yield image.copy()  # own the pixels: `data` goes away
            page.close()
    finally:
        document.close()


def paint_pages(
    printer: QPrinter, pdf: bytes, dpi: int, go_on: Callable[[int], bool] | None = None
) -> int:
    """Paint pdf page by page, one image pixel on one printer dot; returns the pages sent.

    The pages are rendered at the resolution the printer really took (a driver may refuse the
    one asked for) and painted unscaled. Stretched onto Qt's page rectangle, which is rounded to
    whole points, 800 px became 797 dots at 203 dpi: one bar a dot thinner, the next a dot
    thicker, and worn print heads no longer read. go_on(pages so far) is asked after every
    page; False aborts the job.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            QT_TRANSLATE_NOOP("service", "The printer '{name}' did not accept the job."),
            name=printer.printerName(),
        )
    pages = 0
    try:
        for image in page_images(pdf, printer.resolution() or dpi):
            if pages:
                printer.newPage()
            painter.drawImage(QPoint(0, 0), image)
            pages += 1
            if go_on is not None and not go_on(pages):
                printer.abort()
                break
    finally:
        painter.end()
    return pages


def setup_page(printer: QPrinter, page_mm: tuple[float, float], dpi: int) -> None:
    printer.setResolution(dpi)
    printer.setFullPage(True)
    size = QPageSize(
        QSizeF(*page_mm), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch
    )
    # The page is described as it comes out of the printer, so no orientation is applied.
    printer.setPageLayout(
        QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )


def make_printer(name: str, page_mm: tuple[float, float], dpi: int) -> QPrinter:
    """The named printer; "file:PATH" is a PDF file (to print later, or elsewhere)."""
    if name.startswith(FILE_PRINTER):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(name.removeprefix(FILE_PRINTER))
    else:
        printer = QPrinter(check_printer(name), QPrinter.PrinterMode.HighResolution)
    setup_page(printer, page_mm, dpi)
    return printer


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def print_pdf(
    pdf: bytes,
    printer_name: str,
    page_mm: tuple[float, float],
    dpi: int,
    go_on: Callable[[int], bool] | None = None,
) -> int:
    """Send pdf straight to the named printer, without a dialog; returns the pages sent."""
    return paint_pages(make_printer(printer_name, page_mm, dpi), pdf, dpi, go_on)


def print_pdf_to_file(pdf: bytes, path: str, page_mm: tuple[float, float], dpi: int) -> None:
    """The same painting, into Qt's PDF printer: what a label printer would receive."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    setup_page(printer, page_mm, dpi)
    paint_pages(printer, pdf, dpi)


def paint_documents(
    printer: QPrinter,
    documents: list[tuple[bytes, int]],
    dpi: int,
    go_on: Callable[[int], bool] | None = None,
    max_pages: int | None = None,
) -> int:
    """Paint several PDFs, each copies times, as one print job; returns the pages sent.

    max_pages stops after that many pages (a preview need not hold hundreds of page images).

    Pages keep their proportions; a landscape page (the packing list) is turned to fit a
    portrait sheet. go_on(pages so far) is asked after every page; False aborts the job.
    Qt allows painting on a QPrinter from a worker thread, so this may run off the GUI thread.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            QT_TRANSLATE_NOOP("service", "The printer '{name}' did not accept the job."),
            name=printer.printerName(),
        )
    pages = 0
    try:
        for pdf, copies in documents:
            for _copy in range(copies):
                for image in page_images(pdf, dpi):
                    if max_pages is not None and pages >= max_pages:
                        return pages
                    if pages:
                        printer.newPage()
                    _paint_fitted(painter, printer, image)
                    pages += 1
                    if go_on is not None and not go_on(pages):
                        printer.abort()
                        return pages
    finally:
        painter.end()
    return pages


def _paint_fitted(painter: QPainter, printer: QPrinter, image: QImage) -> None:
    page_w, page_h = printer.width(), printer.height()
    if (image.width() > image.height()) != (page_w > page_h):
        image = image.transformed(QTransform().rotate(90))
    scale = min(page_w / image.width(), page_h / image.height())
    w, h = int(image.width() * scale), int(image.height() * scale)
    painter.drawImage(QRect((page_w - w) // 2, (page_h - h) // 2, w, h), image)


class PreviewDialog(QPrintPreviewDialog):
    """Qt's print preview that owns its printer.

    QPrintPreviewDialog only points to the printer it is given: a printer made in a helper
    function is gone when the dialog paints, and the app crashes on show()."""

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self._printer = printer  # kept alive as long as the dialog
