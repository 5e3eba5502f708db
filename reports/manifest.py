"""Pallet manifest: one A4 sheet per pallet, taped to it, listing its boxes and totals."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reports import barcodes
from reports.fonts import BOLD, REGULAR, register_fonts
from reports.labels import UNITS_DE_UK, number, spaced
from reports.markup import plain
from warehouse_app.documents import PalletManifest


def render_manifest(manifest: PalletManifest) -> bytes:
    return render_manifests([manifest], title=f"Palette {manifest.code}")


def render_manifests(manifests: Sequence[PalletManifest], title: str = "") -> bytes:
    """Every pallet starts on a new page under its own header (code, barcode, totals)."""
    if not manifests:
        raise ValueError("render_manifests needs at least one pallet")
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=title or f"Paletten / піддони {manifests[0].code} …",
        author="Hafenlager",
    )
    frame = Frame(15 * mm, 15 * mm, 180 * mm, A4[1] - 60 * mm, id="body")
    # One page template per pallet: a header drawn at page start must already know its pallet.
    doc.addPageTemplates(
        [
            PageTemplate(id=f"p{n}", frames=[frame], onPage=_header(m))
            for n, m in enumerate(manifests)
        ]
    )
    story: list[Any] = []
    for n, manifest in enumerate(manifests):
        if n:
            story += [NextPageTemplate(f"p{n}"), PageBreak()]
        story += [_table(manifest), Spacer(1, 4 * mm)]
    doc.build(story)
    return buffer.getvalue()


def _header(manifest: PalletManifest) -> Callable[[Any, Any], None]:
    def header(canvas: Any, document: Any) -> None:
        width, height = A4
        canvas.saveState()
        canvas.setFont(BOLD, 15)
        canvas.drawString(15 * mm, height - 16 * mm, "Palettenliste / Пакувальний лист піддона")
        canvas.setFont(BOLD, 26)
        canvas.drawString(15 * mm, height - 30 * mm, spaced(manifest.code))
        # The pallet's code as a barcode too: the manifest can be scanned like the label.
        layout = barcodes.plan(manifest.code, 60, 300)
        barcodes.draw(canvas, layout, 195 - layout.width_mm, 20, 13, 297)
        canvas.setFont(REGULAR, 9)
        canvas.drawString(
            15 * mm,
            height - 37 * mm,
            f"{len(manifest.lines)} Kisten / ящ. · netto {number(manifest.net_kg)} "
            f"kg · brutto {number(manifest.gross_kg)} kg (mit Palette / з піддоном)"
            f" · {manifest.location}",
        )
        canvas.drawRightString(width - 15 * mm, 8 * mm, f"{manifest.code} · {document.page}")
        canvas.restoreState()

    return header


def _table(manifest: PalletManifest) -> Table:
    small = ParagraphStyle("s", fontName=REGULAR, fontSize=7.5, leading=9)
    normal = ParagraphStyle("n", fontName=REGULAR, fontSize=8.5, leading=10)
    bold = ParagraphStyle("b", parent=normal, fontName=BOLD)
    rows: list[list[Any]] = [
        [
            Paragraph(t, small)
            for t in (
                "Nr.",
                "Code",
                "Eig.",
                "Kategorie / Категорія",
                "Inhalt / Вміст",
                "Menge / К-сть",
                "Netto",
                "Brutto",
                "MHD / Термін",
            )
        ]
    ]
    for n, line in enumerate(manifest.lines, start=1):
        unit_de, unit_uk = UNITS_DE_UK.get(line.unit, (line.unit, line.unit))
        rows.append(
            [
                str(n),
                line.code,
                line.owner,
                Paragraph(plain(line.category), small),
                Paragraph(f"{plain(line.description_de)}<br/>{plain(line.description_uk)}", small),
                Paragraph(f"{number(line.quantity)} {unit_de}/{unit_uk}", normal),
                number(line.net_kg),
                number(line.gross_kg),
                line.expiry_date.strftime("%d.%m.%Y") if line.expiry_date else "–",
            ]
        )
    rows.append(
        [
            "",
            Paragraph(f"{len(manifest.lines)}", bold),
            "",
            "",
            Paragraph(f"+ Palette / піддон {number(manifest.tare_kg)} kg", small),
            "",
            Paragraph(number(manifest.net_kg), bold),
            Paragraph(number(manifest.gross_kg), bold),
            "",
        ]
    )
    table = Table(
        rows,
        colWidths=[9 * mm, 21 * mm, 13 * mm, 25 * mm, 38 * mm, 19 * mm, 16 * mm, 17 * mm, 22 * mm],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -2), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # Codes, figures and dates are plain strings (a Paragraph each was most of
                # the time); they fit their columns, the texts that wrap stay Paragraphs.
                ("FONT", (0, 1), (-1, -2), REGULAR, 8.5, 10),
            ]
        )
    )
    return table
