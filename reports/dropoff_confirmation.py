"""The drop-off confirmation as a one-page A4 PDF, in German, Ukrainian or Turkish: the hall's
header, the slot and the appointment number with its Code 128 barcode (scanned at the door),
what to bring and how to pack it, and how to cancel. The sentences are the ones of the text
version (warehouse_app/papers/dropoff.wording), so paper and message never disagree."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reports import barcodes
from reports.fonts import BOLD, REGULAR, register_fonts
from reports.markup import plain
from warehouse_app.papers.dropoff import ConfirmationWording, DropOffConfirmation, wording

MARGIN = 18 * mm
HEADER = 30 * mm  # from the top edge to the body
FOOTER = 18 * mm
BAND = colors.HexColor("#1F5F8B")
TICKET = colors.HexColor("#EEF3F8")
# 300 dpi: every module lands on whole dots of 300 and 600 dpi office printers; 0.34 mm
# modules also read well off a phone screen held up at the door.
BARCODE_DPI = 300
BARCODE_MAX_MM = 70.0
BARCODE_BARS_MM = 16.0


def render_confirmation(c: DropOffConfirmation, language: str) -> bytes:
    """One A4 page in language ("de", "uk" or "tr"); any other language is refused."""
    w = wording(c, language)  # refuses an unknown language before anything is drawn
    register_fonts()
    buffer = io.BytesIO()
    width, height = A4
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=HEADER,
        bottomMargin=FOOTER,
        title=f"{w.title} {c.number}",
        author="Hafenlager",
        lang=language,
        # Same data, same bytes: no creation time or random id in the file.
        invariant=True,
    )
    # No frame padding: the body lines up with the header's band and the footer.
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def decorate(canvas: Any, _doc: Any) -> None:
        _header_and_footer(canvas, c, w, width, height)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    # A long note shrinks the page's text rather than spill onto a second sheet: the donor
    # gets one page to print or show.
    body = KeepInFrame(doc.width, doc.height, _story(c, w, doc.width), mode="shrink", hAlign="LEFT")
    doc.build([body])
    return buffer.getvalue()


def _header_and_footer(
    canvas: Any, c: DropOffConfirmation, w: ConfirmationWording, width: float, height: float
) -> None:
    canvas.saveState()
    canvas.setFont(BOLD, 11)
    canvas.drawRightString(width - MARGIN, height - 15 * mm, c.number)
    # The title gives way to the number: Ukrainian titles run long.
    room = width - 2 * MARGIN - stringWidth(c.number, BOLD, 11) - 6 * mm
    size = min(15.0, 15.0 * room / stringWidth(w.title, BOLD, 15))
    canvas.setFont(BOLD, size)
    canvas.drawString(MARGIN, height - 15 * mm, w.title)
    canvas.setFont(REGULAR, 9)
    hall = " · ".join(p for p in (c.hall_name, c.hall_address, c.hall_phone) if p)
    canvas.drawString(MARGIN, height - 21 * mm, hall)
    canvas.setFillColor(BAND)
    canvas.rect(MARGIN, height - 25 * mm, width - 2 * MARGIN, 1.6 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.grey)
    canvas.setFont(REGULAR, 7.5)
    canvas.drawString(MARGIN, 10 * mm, hall)
    canvas.drawRightString(width - MARGIN, 10 * mm, c.number)
    canvas.restoreState()


class _Barcode(Flowable):  # type: ignore[misc]
    """The appointment number in Code 128, vector bars with their quiet zones."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self.layout = barcodes.plan(code, BARCODE_MAX_MM, BARCODE_DPI, max_module_mm=0.4)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.layout.width_mm * mm, BARCODE_BARS_MM * mm

    def draw(self) -> None:
        # The flowable's own box is the "page" the bars are laid on: its bottom-left corner
        # is the canvas origin here.
        barcodes.draw(self.canv, self.layout, 0, 0, BARCODE_BARS_MM, BARCODE_BARS_MM)


def _story(c: DropOffConfirmation, w: ConfirmationWording, width: float) -> list[Any]:
    normal = ParagraphStyle("n", fontName=REGULAR, fontSize=10, leading=13.5)
    small = ParagraphStyle("s", fontName=REGULAR, fontSize=8, leading=10, textColor=colors.grey)
    bold = ParagraphStyle("b", parent=normal, fontName=BOLD)
    big = ParagraphStyle("big", fontName=BOLD, fontSize=13, leading=17)
    number = ParagraphStyle("num", fontName=BOLD, fontSize=14, leading=18, alignment=1)
    hint = ParagraphStyle("hint", parent=small, alignment=1)
    heading = ParagraphStyle("h", fontName=BOLD, fontSize=11, leading=15, spaceBefore=3 * mm)
    bullet = ParagraphStyle("li", parent=normal, leftIndent=5 * mm, bulletIndent=1 * mm)

    (when_label, _), (where_label, where), (number_label, _) = w.facts[:3]
    code = _Barcode(c.number)
    ticket = Table(
        [
            [
                [
                    Paragraph(plain(when_label), small),
                    Paragraph(plain(w.date), big),
                    Paragraph(plain(w.time), big),
                    Spacer(1, 2 * mm),
                    Paragraph(plain(where_label), small),
                    Paragraph(plain(where), bold),
                ],
                [
                    Paragraph(plain(number_label), hint),
                    Spacer(1, 1.5 * mm),
                    code,
                    Spacer(1, 1 * mm),
                    Paragraph(plain(c.number), number),
                    Paragraph(plain(w.number_hint), hint),
                ],
            ]
        ],
        colWidths=[width - code.layout.width_mm * mm - 8 * mm, code.layout.width_mm * mm + 8 * mm],
        # Left, not centred: a page shrunk to fit a long note keeps its left edge.
        hAlign="LEFT",
    )
    ticket.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TICKET),
                # The barcode's quiet zone needs white behind it, not the ticket's tint.
                ("BACKGROUND", (1, 0), (1, 0), colors.white),
                ("BOX", (0, 0), (-1, -1), 0.8, BAND),
                ("LINEBEFORE", (1, 0), (1, 0), 0.4, BAND),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                ("LEFTPADDING", (0, 0), (0, 0), 4 * mm),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
            ]
        )
    )
    story: list[Any] = [
        Paragraph(plain(w.greeting), normal),
        Spacer(1, 2 * mm),
        Paragraph(plain(w.intro), normal),
        Spacer(1, 4 * mm),
        ticket,
        Spacer(1, 3 * mm),
    ]
    rest = w.facts[3:]
    if rest:
        facts = Table(
            [[Paragraph(plain(k), small), Paragraph(plain(v), bold)] for k, v in rest],
            colWidths=[40 * mm, width - 40 * mm],
            hAlign="LEFT",
        )
        facts.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        story.append(facts)
    if w.packing:
        story.append(Paragraph(plain(w.packing_heading), heading))
        story += [Paragraph(plain(rule), bullet, bulletText="•") for rule in w.packing]
    if w.vehicle_heading:
        story.append(Paragraph(plain(w.vehicle_heading), heading))
        story += [Paragraph(plain(item), bullet, bulletText="•") for item in w.vehicle]
    if w.notes:
        note = Table(
            [[Paragraph(f"<b>{plain(w.notes_label)}:</b> {plain(w.notes)}", normal)]],
            colWidths=[width],
            hAlign="LEFT",
        )
        note.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.grey),
                    ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
                ]
            )
        )
        story += [Spacer(1, 4 * mm), note]
    story += [
        Spacer(1, 4 * mm),
        Paragraph(plain(w.cancel), normal),
        Spacer(1, 4 * mm),
        Paragraph(plain(w.thanks), normal),
        Spacer(1, 2 * mm),
        Paragraph(plain(w.regards), normal),
        Paragraph(plain(w.signature), bold),
    ]
    return story
