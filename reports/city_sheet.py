"""The city's monthly sheet on one A4 page: the hall's header, tonnage received per association,
tonnage shipped per association and destination country, the convoys of the month with their
trucks and weights, and the month's share of shipped weight by category as a pie (a board
would rather look than read). German: the city's coordination unit reads it."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reports.fonts import BOLD, REGULAR, register_fonts
from warehouse_app.services.reporting.city import CitySheet, month_title

PALLET_NOTE = (
    "Paletten anteilig: Eine Palette mit Waren mehrerer Vereine zählt für jeden mit seinem Anteil "
    "am Brutto-Gewicht ihrer Kisten (auf 0,1 gerundet), so ergeben die Zeilen die Summe."
)


def _german(value: Decimal, places: int) -> str:
    text = f"{value:,.{places}f}"  # 12,345.6 → 12.345,6
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _kg(value: Decimal) -> str:
    return _german(value, 1)


def _pallets(value: Decimal) -> str:
    """Pallet equivalents: '3', '2,5' (a pallet shared with another association by kg)."""
    return _german(value, 1).removesuffix(",0")


def _tonnes(value: Decimal) -> str:
    return _german(value / 1000, 2)


def _pie(sheet: CitySheet, width: float) -> Drawing | None:
    """The month's shipped weight by category: the six largest, the rest as one slice."""
    rows = sorted(sheet.shipped_by_category, key=lambda r: r.gross_kg, reverse=True)
    if not rows or sum(r.gross_kg for r in rows) <= 0:
        return None
    top, rest = rows[:6], rows[6:]
    slices = [(r.keys[0], float(r.gross_kg)) for r in top]
    if rest:
        slices.append(("Übrige", float(sum(r.gross_kg for r in rest))))
    drawing = Drawing(width, 62 * mm)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 4 * mm, 4 * mm, 54 * mm, 54 * mm
    pie.data = [v for _, v in slices]
    pie.labels = None
    palette = [colors.HexColor(c) for c in ("#1f5fbf", "#c0392b", "#138d75", "#7d3c98",
                                            "#d68910", "#5d6d7e", "#aab7b8")]  # fmt: skip
    for n in range(len(slices)):
        pie.slices[n].fillColor = palette[n % len(palette)]
        pie.slices[n].strokeColor = colors.white
    drawing.add(pie)
    total = sum(v for _, v in slices)
    legend = Legend()
    legend.x, legend.y = 66 * mm, 56 * mm
    legend.fontName, legend.fontSize = REGULAR, 8
    legend.alignment = "right"
    legend.colorNamePairs = [
        (palette[n % len(palette)], f"{name}: {v / total:.0%}".replace(".", ","))
        for n, (name, v) in enumerate(slices)
    ]
    drawing.add(legend)
    return drawing


def render_city_sheet(sheet: CitySheet) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=f"Monatsbericht {month_title(sheet.month)}",
        author=sheet.hall_name,
        invariant=1,
    )
    doc.build(_story(sheet, A4[0] - 30 * mm))
    return buffer.getvalue()


def _table(heads: list[str], rows: list[list[str]], widths: list[float], total: bool) -> Table:
    small = ParagraphStyle("s", fontName=REGULAR, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", parent=small, fontName=BOLD)
    data = [[Paragraph(h, head) for h in heads]] + [
        [Paragraph(c, head if total and n == len(rows) - 1 else small) for c in row]
        for n, row in enumerate(rows)
    ]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.2, colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _story(sheet: CitySheet, width: float) -> list[Any]:
    title = ParagraphStyle("t", fontName=BOLD, fontSize=15, leading=18)
    normal = ParagraphStyle("n", fontName=REGULAR, fontSize=9, leading=11.5)
    section = ParagraphStyle("x", fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=5)
    note = ParagraphStyle("f", fontName=REGULAR, fontSize=7.5, leading=9.5, spaceBefore=1)
    r, s = sheet.received_total, sheet.shipped_total
    story: list[Any] = [
        Paragraph(f"{sheet.hall_name} · {sheet.hall_address}", normal),
        Spacer(1, 2 * mm),
        Paragraph(f"Monatsbericht {month_title(sheet.month)}", title),
        Paragraph(
            f"Eingang {_tonnes(r.gross_kg)} t in {r.boxes} Kisten · "
            f"Ausgang {_tonnes(s.gross_kg)} t in {s.boxes} Kisten "
            f"auf {_pallets(s.pallets)} Paletten · "
            f"{len(sheet.convoys)} Konvoi(s)",
            normal,
        ),
        Paragraph("Eingang je Verein", section),
        _table(
            ["Verein", "Kisten", "Netto kg", "Brutto kg", "t"],
            [
                [
                    row.keys[0],
                    str(row.boxes),
                    _kg(row.net_kg),
                    _kg(row.gross_kg),
                    _tonnes(row.gross_kg),
                ]
                for row in sheet.received
            ]
            + [["Summe", str(r.boxes), _kg(r.net_kg), _kg(r.gross_kg), _tonnes(r.gross_kg)]],
            [width - 100 * mm, 22 * mm, 28 * mm, 28 * mm, 22 * mm],
            total=True,
        ),
        Paragraph("Ausgang je Verein und Zielland", section),
        _table(
            ["Verein", "Zielland", "Kisten", "Paletten¹", "Brutto kg", "t"],
            [
                [
                    row.keys[0],
                    row.keys[1],
                    str(row.boxes),
                    _pallets(row.pallets),
                    _kg(row.gross_kg),
                    _tonnes(row.gross_kg),
                ]
                for row in sheet.shipped
            ]
            + [
                [
                    "Summe",
                    "",
                    str(s.boxes),
                    _pallets(s.pallets),
                    _kg(s.gross_kg),
                    _tonnes(s.gross_kg),
                ]
            ],
            [width - 122 * mm, 22 * mm, 22 * mm, 22 * mm, 28 * mm, 28 * mm],
            total=True,
        ),
        Paragraph(f"¹ {PALLET_NOTE}", note),
        Paragraph("Konvois des Monats", section),
    ]
    if sheet.convoys:
        story.append(
            _table(
                ["Konvoi", "Ziel", "Abfahrt", "Fahrzeuge", "Kisten", "Paletten", "Brutto kg"],
                [
                    [
                        c.number,
                        c.destination,
                        f"{c.departed:%d.%m.%Y}",
                        "<br/>".join(c.trucks),
                        str(c.boxes),
                        str(c.pallets),
                        _kg(c.gross_kg),
                    ]
                    for c in sheet.convoys
                ],
                [20 * mm, width - 144 * mm, 22 * mm, 40 * mm, 16 * mm, 20 * mm, 26 * mm],
                total=False,
            )
        )
    else:
        story.append(Paragraph("Im Monat ist kein Konvoi abgefahren.", normal))
    pie = _pie(sheet, width)
    if pie is not None:
        story += [Paragraph("Ausgang nach Kategorie (Anteil am Gewicht)", section), pie]
    return story
