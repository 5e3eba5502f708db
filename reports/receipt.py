"""Goods received note (Eingangsbeleg / акт приймання) of one donation, A4, DE/UK."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reports.fonts import BOLD, REGULAR, register_fonts
from reports.labels import UNITS_DE_UK, number
from warehouse_app.papers.receipt import Receipt


def render_receipt(receipt: Receipt) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = _NumberedDoc(
        buffer,
        receipt,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=28 * mm,
        bottomMargin=18 * mm,
        title=f"Eingangsbeleg {receipt.number}",
        author="Hafenlager",
    )
    doc.build(_story(receipt))
    return buffer.getvalue()


class _NumberedDoc(BaseDocTemplate):  # type: ignore[misc]
    """Header with the number on every page and 'page n of m' (two passes)."""

    def __init__(self, buffer: io.BytesIO, receipt: Receipt, **kwargs: Any) -> None:
        super().__init__(buffer, **kwargs)
        self.receipt = receipt
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        self._pages = 0

    def afterFlowable(self, flowable: Any) -> None:
        self._pages = max(self._pages, self.page)

    def build(self, story: list[Any]) -> None:
        # First pass counts the pages, the second prints "n of m".
        self._total = 0
        first = io.BytesIO()
        probe = _NumberedDoc.__new__(_NumberedDoc)
        probe.__dict__.update(self.__dict__)
        probe.filename = first
        BaseDocTemplate.build(probe, list(story))
        self._total = probe.page
        BaseDocTemplate.build(self, story)

    def _decorate(self, canvas: Any, doc: Any) -> None:
        r = self.receipt
        width, height = A4
        canvas.saveState()
        canvas.setFont(BOLD, 14)
        canvas.drawString(15 * mm, height - 14 * mm, "Eingangsbeleg / Акт приймання пожертви")
        canvas.setFont(REGULAR, 9)
        canvas.drawString(15 * mm, height - 19.5 * mm, f"{r.hall_name} · {r.hall_address}")
        canvas.drawRightString(width - 15 * mm, height - 14 * mm, f"Nr. / № {r.number}")
        total = getattr(self, "_total", 0) or doc.page
        canvas.drawRightString(width - 15 * mm, 10 * mm, f"Seite / Сторінка {doc.page} / {total}")
        canvas.setFillColor(colors.HexColor(r.association.colour))
        canvas.rect(15 * mm, height - 23.5 * mm, width - 30 * mm, 1.6 * mm, stroke=0, fill=1)
        canvas.restoreState()


def _story(r: Receipt) -> list[Any]:
    normal = ParagraphStyle("n", fontName=REGULAR, fontSize=9, leading=11.5)
    small = ParagraphStyle("s", fontName=REGULAR, fontSize=7.5, leading=9)
    bold = ParagraphStyle("b", parent=normal, fontName=BOLD)
    facts = [
        (
            "Verein (Eigentümer) / Організація (власник)",
            f"{r.association.name} ({r.association.short_code})",
        ),
        ("Angenommen am / Прийнято", r.received_at.strftime("%d.%m.%Y %H:%M")),
        ("Angeliefert von / Доставив", r.delivered_by or "–"),
        ("Angenommen von / Прийняв", f"{r.received_by} ({r.station})"),
    ]
    if r.notes:
        facts.append(("Bemerkung / Примітка", r.notes))
    head = Table(
        [[Paragraph(k, small), Paragraph(v, bold)] for k, v in facts], colWidths=[62 * mm, 118 * mm]
    )
    head.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
    )
    rows: list[list[Any]] = [
        [
            Paragraph(t, small)
            for t in (
                "Nr.",
                "Code",
                "Kategorie / Категорія",
                "Inhalt / Вміст",
                "Menge / К-сть",
                "Netto kg",
                "Brutto kg",
                "MHD / Термін",
            )
        ]
    ]
    for n, line in enumerate(r.lines, start=1):
        unit_de, unit_uk = UNITS_DE_UK.get(line.unit, (line.unit, line.unit))
        rows.append(
            [
                Paragraph(str(n), normal),
                Paragraph(f"{line.code}<br/>{line.box_number}/{line.box_count}", normal),
                Paragraph(line.category, small),
                Paragraph(f"{line.description_de}<br/>{line.description_uk}", small),
                Paragraph(f"{number(line.quantity)} {unit_de}/{unit_uk}", normal),
                Paragraph(number(line.net_kg), normal),
                Paragraph(number(line.gross_kg), normal),
                Paragraph(
                    line.expiry_date.strftime("%d.%m.%Y") if line.expiry_date else "–", normal
                ),
            ]
        )
    rows.append(
        [
            Paragraph("", normal),
            Paragraph(f"{len(r.lines)} Kisten / ящ.", bold),
            "",
            "",
            "",
            Paragraph(number(r.total_net_kg), bold),
            Paragraph(number(r.total_gross_kg), bold),
            "",
        ]
    )
    table = Table(
        rows,
        colWidths=[10 * mm, 22 * mm, 30 * mm, 56 * mm, 22 * mm, 14 * mm, 14 * mm, 17 * mm],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -2), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    signatures = Table(
        [
            ["", ""],
            [
                Paragraph("Übergeben (Verein) / Передав (організація)", small),
                Paragraph("Angenommen (Halle) / Прийняв (склад)", small),
            ],
        ],
        colWidths=[85 * mm, 85 * mm],
        rowHeights=[18 * mm, None],
    )
    signatures.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                ("RIGHTPADDING", (0, 0), (0, -1), 10 * mm),
            ]
        )
    )
    return [
        head,
        Spacer(1, 5 * mm),
        table,
        Spacer(1, 10 * mm),
        Paragraph(
            "Die Waren sind eine unentgeltliche humanitäre Spende. / Товари є "
            "безоплатною гуманітарною пожертвою.",
            small,
        ),
        Spacer(1, 6 * mm),
        signatures,
    ]
