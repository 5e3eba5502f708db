"""A report (received, shipped, stock on hand, expiring) as an A4 PDF: the hall's header, what
the report is, its period and filters, the monthly tonnage as stacked bars where the report goes
by month and association, the share by category as a pie where it goes by category, and the
table (RowTable: a year of rows stays fast).

The associations' boards forward it to their donors and the city reads it, in German; the
headings carry the English word too, as the screen and the spreadsheets have them.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

from reports.fonts import BOLD, REGULAR, register_fonts
from reports.markup import plain
from reports.page_numbers import numbered_canvas
from reports.row_table import Column, RowStyle, RowTable
from warehouse_app.services.reporting.records import ReportKind
from warehouse_app.services.reporting.shares import CategoryShare
from warehouse_app.services.reporting.tables import (
    PALLETS,
    MonthlyKg,
    ReportSheet,
    ReportTable,
)

TITLES = {
    ReportKind.RECEIVED: "Eingang / Received",
    ReportKind.SHIPPED: "Versand / Shipped",
    ReportKind.DISPOSED: "Entsorgt / Disposed",
    ReportKind.STOCK: "Bestand / Stock on hand",
    ReportKind.EXPIRING: "Abgelaufen und bald ablaufend / Expired and expiring",
}
GERMAN = {
    "Association": "Verein",
    "Month": "Monat",
    "Quarter": "Quartal",
    "Year": "Jahr",
    "Category": "Kategorie",
    "Country": "Land",
    "Recipient": "Empfänger",
    "Convoy": "Konvoi",
    "Boxes": "Kisten",
    "Pieces": "Stück",
    "Net kg": "Netto kg",
    "Gross kg": "Brutto kg",
    "Value EUR": "Wert EUR",
    "Pallets (shared by kg)": "Paletten¹",
    "Average days in the hall": "Tage in der Halle (Ø)",
    "Oldest (days)": "Älteste (Tage)",
    "Total": "Summe",
    "Box": "Kiste",
    "Contents": "Inhalt",
    "Quantity": "Menge",
    "Unit": "Einheit",
    "Best before": "MHD",
    "Days left": "Tage übrig",
    "Minimum shelf life (days)": "Mindest-Rest (Tage)",
    "Location": "Ort",
    "Pallet": "Palette",
    "Status": "Status",
}
PALLET_NOTE = (
    "¹ Paletten anteilig: Eine Palette mit Waren mehrerer Gruppen zählt für jede mit deren "
    "Anteil am Brutto-Gewicht ihrer Kisten (auf 0,1 gerundet), so ergeben die Zeilen die Summe. "
    "/ Pallets shared: a pallet carrying goods of several groups counts for each by its share "
    "of the pallet's gross kg (to 0.1), so the rows add up to the total."
)
# Bars in the associations' order; colours that stay apart in print and for colour-blind eyes.
PALETTE = ("#1b6ca8", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#9c755f", "#edc948")
_MARGIN = 15 * mm
_ROWS = RowStyle(REGULAR, BOLD, 8.5, 7.5)
_FIGURE_MM = 19.0
# Box, association, category, contents, quantity, unit, net, best before, days left, minimum
# shelf life, location, pallet, status: a box code and a place never wrap.
_EXPIRING_MM = (19.0, 15.0, 32.0, 44.0, 16.0, 12.0, 16.0, 19.0, 15.0, 19.0, 24.0, 18.0, 18.0)
_WIDE_MM = {"Contents": 40.0, "Recipient": 45.0, "Category": 34.0, "Location": 24.0}


def render_report(sheet: ReportSheet) -> bytes:
    register_fonts()
    table = sheet.table
    size = landscape(A4) if len(table.columns) > 8 else A4
    buffer = io.BytesIO()
    doc = _Doc(sheet, buffer, size)
    doc.build(_story(sheet, size[0] - 2 * _MARGIN), canvasmaker=numbered_canvas(_footer(size)))
    return buffer.getvalue()


def heading(english: str) -> str:
    german = GERMAN.get(english, "")
    return f"{german}\n{english}" if german and german != english else english


# The boxes' statuses as the readers of a printed list say them.
STATUS_WORDS = {
    "in_stock": "im Lager / in stock",
    "on_pallet": "auf Palette / on pallet",
    "loaded": "verladen / loaded",
}


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str) and value in STATUS_WORDS:
        return STATUS_WORDS[value]
    if isinstance(value, Decimal):
        whole, _, fraction = f"{abs(value):f}".partition(".")
        fraction = fraction.rstrip("0")
        text = f"{int(whole):,}".replace(",", "\u202f") + (f",{fraction}" if fraction else "")
        return f"-{text}" if value < 0 else text
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    return str(value)


def columns(table: ReportTable, width_pt: float) -> tuple[Column, ...]:
    """Figures narrow and right-aligned; the group columns share what is left."""
    names = table.columns
    figures = len(names) - table.key_columns
    fixed = {n: _WIDE_MM.get(n, 0.0) for n in names[: table.key_columns]}
    free_mm = width_pt / mm - figures * _FIGURE_MM
    flexible = [n for n in names[: table.key_columns] if not fixed[n]]
    spare = free_mm - sum(fixed.values())
    each = max(16.0, spare / len(flexible)) if flexible else 0.0
    result = [Column(heading(n), fixed[n] or each) for n in names[: table.key_columns]]
    result += [Column(heading(n), _FIGURE_MM, right=True) for n in names[table.key_columns :]]
    if table.kind == ReportKind.EXPIRING:  # codes and places, not figures, after the date
        result = [
            Column(c.title, w, right=n in (4, 6, 8, 9))
            for n, (c, w) in enumerate(zip(result, _EXPIRING_MM, strict=True))
        ]
    scale = (width_pt / mm) / sum(c.width_mm for c in result)
    return tuple(Column(c.title, c.width_mm * min(1.0, scale), c.right) for c in result)


def chart(monthly: MonthlyKg, width_pt: float) -> Drawing:
    """Gross kg per month, one stacked bar per month, one colour per association."""
    height = 70 * mm
    drawing = Drawing(width_pt, height)
    bars = VerticalBarChart()
    bars.x, bars.y = 40, 28
    # A few months stay bars, not a wall: about 16 mm a month at most.
    bars.width = min(width_pt - 40 - 70, max(60.0, len(monthly.months) * 16 * mm))
    bars.height = height - 45
    bars.data = [[float(v) for v in row] for row in monthly.kg]
    bars.categoryAxis.categoryNames = list(monthly.months)
    bars.categoryAxis.style = "stacked"
    bars.categoryAxis.labels.fontName = REGULAR
    bars.categoryAxis.labels.fontSize = 6.5
    bars.categoryAxis.labels.angle = 45 if len(monthly.months) > 8 else 0
    bars.categoryAxis.labels.boxAnchor = "ne" if len(monthly.months) > 8 else "n"
    bars.valueAxis.valueMin = 0
    bars.valueAxis.labels.fontName = REGULAR
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}".replace(",", "\u202f")
    bars.barSpacing = 0
    bars.groupSpacing = 4
    bars.strokeColor = None
    for n in range(len(monthly.associations)):
        bars.bars[n].fillColor = colors.HexColor(PALETTE[n % len(PALETTE)])
        bars.bars[n].strokeColor = None
    drawing.add(bars)
    legend = Legend()
    legend.x, legend.y = width_pt - 60, height - 20
    legend.columnMaximum = 12  # one column, beside the bars
    legend.fontName, legend.fontSize = REGULAR, 8
    legend.alignment = "right"
    legend.colorNamePairs = [
        (colors.HexColor(PALETTE[n % len(PALETTE)]), name)
        for n, name in enumerate(monthly.associations)
    ]
    drawing.add(legend)
    drawing.add(
        String(0, height - 8, "Brutto kg pro Monat / gross kg per month", fontName=BOLD, fontSize=9)
    )
    return drawing


def pie(share: CategoryShare, width_pt: float) -> Drawing:
    """Gross kg per category, largest first clockwise from the top, with a legend of the
    categories and their percent; the bars' colours, in the slices' order."""
    height = 62 * mm
    drawing = Drawing(width_pt, height)
    wedges = Pie()
    size = height - 22
    wedges.x, wedges.y = 10, 6
    wedges.width = wedges.height = size
    wedges.data = [float(v) for v in share.kg]
    wedges.startAngle, wedges.direction = 90, "clockwise"
    wedges.labels = None  # the legend names them: labels at slivers would overlap
    wedges.strokeColor, wedges.strokeWidth = colors.white, 0.8
    for n in range(len(share.kg)):
        wedges.slices[n].fillColor = colors.HexColor(PALETTE[n % len(PALETTE)])
        wedges.slices[n].strokeColor = colors.white
        wedges.slices[n].strokeWidth = 0.8
    drawing.add(wedges)
    legend = Legend()
    legend.x, legend.y = 10 + size + 12 * mm, 6 + size - 4
    legend.columnMaximum = len(share.kg)  # one column, beside the pie
    legend.fontName, legend.fontSize = REGULAR, 8.5
    legend.deltay = min(14.0, (size - 4) / max(1, len(share.kg) - 1))
    legend.alignment = "right"
    names = list(share.categories)
    if share.other:
        names[-1] = "Sonstige / Other"
    legend.colorNamePairs = [
        (colors.HexColor(PALETTE[n % len(PALETTE)]), f"{name}  {percent_text(percent)}")
        for n, (name, percent) in enumerate(zip(names, share.percents(), strict=True))
    ]
    drawing.add(legend)
    drawing.add(
        String(
            0,
            height - 8,
            "Anteil nach Kategorie (brutto kg) / share by category (gross kg)",
            fontName=BOLD,
            fontSize=9,
        )
    )
    return drawing


def percent_text(percent: Decimal) -> str:
    """45.3 as the German reader writes it: "45,3 %"."""
    return f"{percent:.1f}".replace(".", ",") + "\u00a0%"


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, sheet: ReportSheet, buffer: io.BytesIO, size: tuple[float, float]) -> None:
        super().__init__(
            buffer,
            pagesize=size,
            title=f"{TITLES[sheet.table.kind]} {sheet.table.as_of:%d.%m.%Y}",
            author=sheet.letterhead[0] or "Hafenlager",
            invariant=True,  # same data, same bytes
        )
        self.sheet = sheet
        width, height = size
        frame = Frame(
            _MARGIN,
            16 * mm,
            width - 2 * _MARGIN,
            height - 28 * mm - 16 * mm,
            id="body",
            leftPadding=0,
            rightPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._header)])

    def _header(self, canvas: Any, doc: Any) -> None:
        sheet = self.sheet
        width, height = doc.pagesize
        name, address = sheet.letterhead
        canvas.saveState()
        canvas.setFont(BOLD, 10)
        canvas.drawString(_MARGIN, height - 14 * mm, name)
        canvas.drawRightString(width - _MARGIN, height - 14 * mm, TITLES[sheet.table.kind])
        canvas.setFont(REGULAR, 9)
        canvas.drawString(_MARGIN, height - 19 * mm, address)
        canvas.drawRightString(
            width - _MARGIN, height - 19 * mm, f"Stand / as of {sheet.table.as_of:%d.%m.%Y}"
        )
        canvas.setLineWidth(0.8)
        canvas.line(_MARGIN, height - 22 * mm, width - _MARGIN, height - 22 * mm)
        canvas.restoreState()


def _footer(size: tuple[float, float]) -> Any:
    def draw(canvas: Any, page: int, total: int) -> None:
        canvas.setFont(REGULAR, 8)
        canvas.drawString(_MARGIN, 9 * mm, "Hafenlager")
        canvas.drawRightString(size[0] - _MARGIN, 9 * mm, f"Seite / page {page} / {total}")

    return draw


def _period_text(table: ReportTable) -> str:
    if table.kind == ReportKind.EXPIRING:
        days = table.period.rpartition("+ ")[2]
        return (
            f"Abgelaufen oder in {days} Tagen zu kurz haltbar für einen Konvoi / expired or too "
            f"short-dated for a convoy within {days} days"
        )
    if table.kind == ReportKind.STOCK:
        return f"In der Halle am / in the hall on {table.as_of:%d.%m.%Y}"
    if not table.period:
        return "Zeitraum / period: alles / all time"
    start, _, end = table.period.partition(" – ")
    return f"Zeitraum / period: {_date(start)} – {_date(end)}"


def _date(iso: str) -> str:
    try:
        return f"{dt.date.fromisoformat(iso):%d.%m.%Y}"
    except ValueError:
        return iso


def _story(sheet: ReportSheet, width: float) -> list[Any]:
    table = sheet.table
    title = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20)
    line = ParagraphStyle("line", fontName=REGULAR, fontSize=9.5, leading=12.5)
    story: list[Any] = [Paragraph(plain(TITLES[table.kind]), title), Spacer(1, 2 * mm)]
    story.append(Paragraph(plain(_period_text(table)), line))
    if table.filters:
        story.append(Paragraph(plain(f"Filter: {table.filters}"), line))
    if sheet.association_name and sheet.hall_name:
        # The association's own paper: where its goods are kept and counted.
        kept = ", ".join(p for p in (sheet.hall_name, sheet.hall_address) if p)
        story.append(Paragraph(plain(f"Gelagert in / kept at: {kept}"), line))
    story.append(Spacer(1, 4 * mm))
    if table.chart is not None and table.chart.months:
        story += [chart(table.chart, width), Spacer(1, 4 * mm)]
    if table.share is not None:
        story += [pie(table.share, width), Spacer(1, 4 * mm)]
    rows = [[cell(v) for v in row] for row in table.rows]
    if not rows:
        story.append(Paragraph("Nichts gefunden / nothing found", line))
        return story
    footer = (
        [f"Summe / {v}" if v == "Total" else cell(v) for v in table.totals]
        if table.totals is not None
        else None
    )
    story.append(RowTable(columns(table, width), rows, _ROWS, footer=footer))
    if PALLETS in table.columns:
        note = ParagraphStyle("note", fontName=REGULAR, fontSize=8, leading=10, spaceBefore=4)
        story.append(Paragraph(plain(PALLET_NOTE), note))
    return story
