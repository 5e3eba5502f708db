"""'ЧЕРНЕТКА / DRAFT' across every page of a convoy's papers while it is not ready.

A customs officer or a driver must never take a draft for the papers a truck leaves with: the
stamp is drawn once per page size by reportlab and laid over every page of the finished PDF
with pypdf, so every document (CMR, packing list, letter, act…) gets it the same way, without
each of them drawing it itself."""

from __future__ import annotations

import io
import math
from functools import cache

from pypdf import PageObject, PdfReader, PdfWriter
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from reports.fonts import register_fonts

TEXT = "ЧЕРНЕТКА / DRAFT"


def mark_draft(pdf: bytes) -> bytes:
    """pdf with the draft stamp across each of its pages."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        box = page.mediabox
        page.merge_page(_stamp(float(box.width), float(box.height)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@cache
def _stamp(width: float, height: float) -> PageObject:
    _, bold = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    canvas.setFillColor(Color(0.8, 0.1, 0.1, alpha=0.25))
    angle = math.degrees(math.atan2(height, width))
    size = min(width, height) / 9
    canvas.setFont(bold, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(angle)
    canvas.drawCentredString(0, -size / 3, TEXT)
    canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
