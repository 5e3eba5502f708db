"""Convoy summary for the logistics lead: per vehicle, per association, per category.

An internal sheet, so English with German, unlike the customs documents."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reports.fonts import BOLD, REGULAR, register_fonts
from reports.labels import number
from reports.markup import plain
from reports.page_numbers import numbered_canvas
from reports.wording import Wording
from warehouse_app.papers.convoy_summary import ConvoySummary

SMALL = ParagraphStyle("s", fontName=REGULAR, fontSize=7.5, leading=9)
NORMAL = ParagraphStyle("n", fontName=REGULAR, fontSize=8.5, leading=10.5)
BOLD_STYLE = ParagraphStyle("b", parent=NORMAL, fontName=BOLD)
TITLE = ParagraphStyle("t", fontName=BOLD, fontSize=15, leading=18)
HEADING = ParagraphStyle("h", fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=5 * mm)
EN_DE = Wording(("en", "de"))  # the lead's own sheet, not a customs paper


def render_convoy_summary(summary: ConvoySummary) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"Convoy summary {summary.convoy_number}",
        author="Hafenlager",
        # Same data, same bytes: no creation time or random id in the file.
        invariant=True,
    )

    def footer(canvas: Any, page: int, total: int) -> None:
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(
            15 * mm, 8 * mm, f"Convoy summary / Konvoi-Übersicht {summary.convoy_number}"
        )
        canvas.drawRightString(195 * mm, 8 * mm, f"page / Seite {page} / {total}")

    doc.build(_story(summary), canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


def _story(s: ConvoySummary) -> list[Any]:
    t = s.totals
    story: list[Any] = [
        Paragraph(f"Convoy summary / Konvoi-Übersicht {plain(s.convoy_number)}", TITLE),
        Paragraph(plain(f"{s.convoy_name} · {s.destination} · {s.date:%d.%m.%Y}"), NORMAL),
        Spacer(1, 2 * mm),
        Paragraph(
            f"{EN_DE.counted('vehicle', len(s.vehicles))} · {EN_DE.places(t)} · net "
            f"{number(t.net_kg)} kg · gross with pallets {number(t.gross_kg)} kg · "
            f"{number(t.value_eur)} EUR",
            BOLD_STYLE,
        ),
        Paragraph("Per vehicle / Je Fahrzeug", HEADING),
    ]
    story.append(
        _table(
            ("Vehicle", "Plates", "Drivers", "Pallets", "Boxes", "Net kg", "Gross kg", "EUR"),
            [
                (
                    v.number,
                    v.plates,
                    v.drivers,
                    str(v.totals.pallets),
                    str(v.totals.packages),
                    number(v.totals.net_kg),
                    number(v.totals.gross_kg),
                    number(v.totals.value_eur),
                )
                for v in s.vehicles
            ],
            (
                "Total",
                "",
                "",
                str(t.pallets),
                str(t.packages),
                number(t.net_kg),
                number(t.gross_kg),
                number(t.value_eur),
            ),
            (22, 32, 44, 14, 14, 18, 18, 18),
        )
    )
    story.append(Paragraph("Per association / Je Verein", HEADING))
    story.append(
        _table(
            ("Code", "Association / Verein", "Boxes", "Net kg", "Gross kg", "EUR"),
            [
                (
                    a.short_code,
                    a.name,
                    str(a.packages),
                    number(a.net_kg),
                    number(a.gross_kg),
                    number(a.value_eur),
                )
                for a in s.associations
            ],
            (
                "Total",
                "",
                str(t.packages),
                number(t.net_kg),
                number(sum((a.gross_kg for a in s.associations), t.gross_kg * 0)),
                number(t.value_eur),
            ),
            (16, 72, 18, 22, 26, 26),
        )
    )
    story.append(Paragraph("Per category / Je Kategorie", HEADING))
    story.append(
        _table(
            ("HS", "Category / Kategorie", "Quantity", "Boxes", "Net kg", "Gross kg", "EUR"),
            [
                (
                    c.hs_code,
                    c.name_en,
                    f"{number(c.quantity)} {c.unit}",
                    str(c.packages),
                    number(c.net_kg),
                    number(c.gross_kg),
                    number(c.value_eur),
                )
                for c in s.categories
            ],
            None,
            (18, 64, 22, 16, 20, 20, 20),
        )
    )
    return story


def _table(
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    total: Sequence[str] | None,
    widths_mm: Sequence[float],
) -> Table:
    data: list[list[Any]] = [[Paragraph(h, SMALL) for h in head]]
    data += [[Paragraph(plain(c), NORMAL) for c in row] for row in rows]
    style = [
        ("GRID", (0, 0), (-1, -1 if total is None else -2), 0.3, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if total is not None:
        data.append([Paragraph(plain(c), BOLD_STYLE) for c in total])
        style.append(("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black))
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    return table
