"""Packing list (пакувальний лист) of one vehicle, UA/EN: header, summary by category and name
(the grouping the recipient declares), and the annex by pallet and box. A4 landscape."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import accumulate
from operator import attrgetter
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reports.fonts import BOLD, REGULAR, register_fonts
from reports.labels import fit, number
from reports.markup import plain
from reports.page_numbers import Footer, numbered_canvas
from reports.row_table import Column, RowStyle, RowTable
from reports.wording import Wording
from warehouse_app.papers.lines import PaperLine
from warehouse_app.papers.vehicle import UNITS_UK, SummaryLine, VehiclePapers


def aid_line(w: Wording) -> str:
    return w(
        "Гуманітарна допомога – безоплатно – не для продажу",
        "Humanitarian aid – free of charge – not for sale",
        "Humanitäre Hilfe – unentgeltlich – nicht zum Verkauf",
    )


def _footer(papers: VehiclePapers, w: Wording) -> Footer:
    def footer(canvas: Canvas, page_no: int, total: int) -> None:
        width, _height = landscape(A4)
        canvas.setFont(REGULAR, 8)
        page = f"{w('Сторінка', 'page', 'Seite')} {page_no} / {total}"
        canvas.drawRightString(width - 12 * mm, 8 * mm, page)
        # The aid line shrinks, then wraps, to stay clear of the page number.
        room = width - 30 * mm - stringWidth(page, REGULAR, 8)
        size, lines = fit(f"{papers.number} · {aid_line(w)}", REGULAR, room, 9 * mm, 8, 6, lines=2)
        canvas.setFont(REGULAR, size)
        for n, line in enumerate(reversed(lines)):
            canvas.drawString(12 * mm, 8 * mm + n * size * 1.15, line)

    return footer


def render_packing_list(papers: VehiclePapers) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title=f"Packing list {papers.number}",
        author="Hafenlager",
        # Same data, same bytes: no creation time or random id in the file.
        invariant=True,
    )
    w = Wording(papers.languages)
    doc.build(_story(papers, w), canvasmaker=numbered_canvas(_footer(papers, w)))
    return buffer.getvalue()


def _story(p: VehiclePapers, w: Wording) -> list[Any]:
    small = ParagraphStyle("s", fontName=REGULAR, fontSize=7, leading=8.4)
    normal = ParagraphStyle("n", fontName=REGULAR, fontSize=8.5, leading=10.5)
    bold = ParagraphStyle("b", parent=normal, fontName=BOLD)
    title = ParagraphStyle("t", fontName=BOLD, fontSize=15, leading=18)
    t = p.totals

    def cell(label: str, value: str) -> list[Any]:
        return [Paragraph(label, small), Paragraph(plain(value) or "–", bold)]

    head = [
        cell(
            w("Пакувальний лист №", "Packing list no.", "Packliste Nr."),
            f"{p.number} · {p.date:%d.%m.%Y}",
        ),
        cell(w.party("sender"), f"{p.sender.name}, {p.sender.address}"),
        cell(
            w.party("consignee"),
            f"{p.recipient.name}, {p.recipient.address}; {w('ЄДРПОУ', 'EDRPOU', 'EDRPOU')} "
            f"{p.recipient.edrpou}; {w.term('register')} "
            f"{p.recipient.register_number}",
        ),
        cell(w.term("aid_code"), p.aid_code),
        cell(w("Місце доставки", "Delivery place", "Lieferort"), p.delivery_place),
        cell(w.party("carrier"), ", ".join(x for x in (p.carrier.name, p.carrier.address) if x)),
        cell(
            w("Тягач, причіп", "Truck, trailer", "Zugmaschine, Anhänger"),
            f"{p.truck_plate} / {p.trailer_plate}",
        ),
        cell(w("Водії (паспорт)", "Drivers (passport)", "Fahrer (Pass)"), "; ".join(p.drivers)),
        cell(w("Пункт пропуску", "Border crossing", "Grenzübergang"), p.border_crossing),
        cell("CMR №", p.number),
        cell(f"MRN ({w('експорт', 'export', 'Ausfuhr')})", p.export_mrn),
        cell(
            w("Разом", "Totals", "Summe"),
            f"{w.places(t)} · {number(t.pieces)} "
            f"{w('од.', 'units', 'Stück')} · {w('нетто', 'net', 'netto')} {number(t.net_kg)} kg · "
            f"{w('брутто', 'gross', 'brutto')} {number(t.gross_kg)} kg · "
            f"{number(t.value_eur)} EUR",
        ),
    ]
    half = (len(head) + 1) // 2
    rows = [head[i] + (head[i + half] if i + half < len(head) else ["", ""]) for i in range(half)]
    header = Table(rows, colWidths=[38 * mm, 95 * mm, 38 * mm, 102 * mm])
    header.setStyle(
        TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]
        )
    )

    summary_rows: list[list[Any]] = [
        [
            Paragraph(x, small)
            for x in (
                w("УКТЗЕД", "HS", "HS"),
                w("Найменування", "Name", "Bezeichnung"),
                w("Од.", "unit", "Einh."),
                w("Кількість", "qty", "Menge"),
                w("Ящиків", "boxes", "Kisten"),
                w("Нетто кг", "net kg", "netto kg"),
                w("Брутто кг з піддонами", "gross kg incl. pallets", "brutto kg mit Paletten"),
                w("Вартість EUR", "value EUR", "Wert EUR"),
                w("Знос %", "wear %", "Abnutzung %"),
                w("Придатний до", "expiry", "MHD"),
            )
        ]
    ]
    for s in p.summary:
        summary_rows.append(
            [
                Paragraph(s.hs_code, normal),
                Paragraph("<br/>".join(plain(n) for n in _names(w, s)), small),
                Paragraph(f"{UNITS_UK.get(s.unit, s.unit)} / {s.unit}", normal),
                Paragraph(number(s.quantity), normal),
                Paragraph(str(s.packages), normal),
                Paragraph(number(s.net_kg), normal),
                Paragraph(number(s.gross_kg), normal),
                Paragraph(number(s.value_eur), normal),
                Paragraph(str(s.wear_percent), normal),
                Paragraph(
                    s.earliest_expiry.strftime("%d.%m.%Y") if s.earliest_expiry else "–", normal
                ),
            ]
        )
    summary_rows.append(
        [
            Paragraph(w("Разом", "Total", "Summe"), bold),
            "",
            "",
            Paragraph(number(t.pieces), bold),
            Paragraph(str(t.packages), bold),
            Paragraph(number(sum((s.net_kg for s in p.summary), t.net_kg * 0)), bold),
            Paragraph(number(sum((s.gross_kg for s in p.summary), t.gross_kg * 0)), bold),
            Paragraph(number(t.value_eur), bold),
            "",
            "",
        ]
    )
    summary = Table(
        summary_rows,
        colWidths=[
            22 * mm,
            70 * mm,
            22 * mm,
            24 * mm,
            18 * mm,
            22 * mm,
            22 * mm,
            26 * mm,
            18 * mm,
            24 * mm,
        ],
        repeatRows=1,
    )
    summary.setStyle(_grid())

    annex = _annex(p, w)
    signatures = Table(
        [
            ["", ""],
            [
                Paragraph(
                    w(
                        "Відправник (підпис, печатка)",
                        "Sender (signature, stamp)",
                        "Absender (Unterschrift, Stempel)",
                    ),
                    small,
                ),
                Paragraph(
                    w("Водій (підпис)", "Driver (signature)", "Fahrer (Unterschrift)"), small
                ),
            ],
        ],
        colWidths=[120 * mm, 120 * mm],
        rowHeights=[16 * mm, None],
    )
    signatures.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                ("RIGHTPADDING", (0, 0), (0, -1), 12 * mm),
            ]
        )
    )
    return [
        Paragraph(w("Пакувальний лист", "Packing list", "Packliste"), title),
        Spacer(1, 2 * mm),
        header,
        Spacer(1, 3 * mm),
        Paragraph(aid_line(w), bold),
        Spacer(1, 3 * mm),
        Paragraph(
            w("Зведення за категоріями", "Summary by category", "Übersicht nach Kategorien"),
            bold,
        ),
        summary,
        Spacer(1, 5 * mm),
        signatures,
        Spacer(1, 5 * mm),
        Paragraph(
            w(
                "Додаток: піддони та ящики",
                "Annex: pallets and boxes",
                "Anlage: Paletten und Kisten",
            ),
            bold,
        ),
        annex,
    ]


def _grid() -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
    )


# Column widths in mm: they fill the 273 mm between the margins of landscape A4.
# A VIN (17 characters at 7 pt, about 29.5 mm) never wraps: its column takes what texts spare.
ANNEX_WIDTHS = (9, 17, 17, 23, 32, 14, 17, 15, 15, 13, 15, 10, 15, 16, 31, 14)


def annex_columns(w: Wording) -> tuple[Column, ...]:
    titles = (
        ("№", "№", "Nr.", True),
        ("Ящик", "box", "Kiste", False),
        ("Піддон", "pallet", "Palette", False),
        ("Категорія", "category", "Kategorie", False),
        ("Опис", "description", "Beschreibung", False),
        ("HS", "HS", "HS", False),
        ("К-сть", "qty", "Menge", True),
        ("Нетто", "net", "netto", True),
        ("Брутто", "gross", "brutto", True),
        ("Ціна €", "unit €", "Preis €", True),
        ("Сума €", "total €", "Summe €", True),
        ("Пох.", "origin", "Herk.", False),
        ("Стан", "condition", "Zustand", False),
        ("Термін", "expiry", "MHD", False),
        ("VIN", "serial", "Serien-Nr.", False),
        ("UN", "UN", "UN", False),
    )
    return tuple(
        Column(w(uk, en, de).replace(" / ", " /\n", 1) if uk != en else uk, width, right)
        for (uk, en, de, right), width in zip(titles, ANNEX_WIDTHS, strict=True)
    )


def _annex(p: VehiclePapers, w: Wording) -> RowTable:
    """Every box by pallet; each page carries the running totals over to the next."""
    lines = p.lines
    zero = Decimal(0)
    net = list(accumulate((line.net_kg for line in lines), initial=zero))
    gross = list(accumulate((line.gross_kg for line in lines), initial=zero))
    value = list(accumulate((line.total_value_eur for line in lines), initial=zero))

    def carried(n: int) -> str:
        return (
            f"{w('Перенесено', 'carried forward', 'Übertrag')}: "
            f"{w.counted('box', n)} · {w('нетто', 'net', 'netto')} "
            f"{number(net[n])} kg · {w('брутто', 'gross', 'brutto')} {number(gross[n])} kg · "
            f"{number(value[n])} EUR"
        )

    t = p.totals
    tare = t.gross_kg - gross[-1]
    footer = [
        "",
        str(len(lines)),
        str(t.pallets),
        w("Разом", "Total", "Summe"),
        # The gross total is CMR box 11's, as on every paper: the boxes' plus the pallets'.
        f"{w('ящики', 'boxes', 'Kisten')} {number(gross[-1])} kg + "
        f"{w('піддони', 'pallets', 'Paletten')} {number(tare)} kg",
        "",
        number(t.pieces),
        number(net[-1]),
        number(t.gross_kg),
        "",
        number(value[-1]),
        "",
        "",
        "",
        "",
        "",
    ]
    return RowTable(
        annex_columns(w),
        annex_rows(lines, w),
        RowStyle(REGULAR, BOLD, 7, 6.5),
        footer=footer,
        carried=carried,
    )


def annex_rows(lines: Sequence[PaperLine], w: Wording) -> list[list[str]]:
    """The annex's cell texts, a row per box ("\n" between a cell's languages)."""
    # Worded once, not once per box.
    words = _Words(
        # One C call per box (languages are at least two, so attrgetter gives a tuple).
        descriptions=attrgetter(*(f"description_{code}" for code in w.languages)),
        new=w("нове", "new", "neu"),
        used=w("вживане", "used", "gebraucht"),
        names={line.category_uk: "\n".join(_names(w, line)) for line in lines},
    )
    return [_annex_row(line, words) for line in lines]


@dataclass(frozen=True)
class _Words:
    descriptions: Callable[[PaperLine], tuple[str, ...]]  # the box's texts, in the languages
    new: str
    used: str
    names: dict[str, str]  # category (its Ukrainian name) -> its names in the papers' languages


def _annex_row(line: PaperLine, words: _Words) -> list[str]:
    return [
        str(line.package_no),
        line.box_code,
        line.pallet_code or "–",
        words.names[line.category_uk],
        "\n".join(words.descriptions(line)),
        line.hs_code,
        f"{number(line.quantity)} {UNITS_UK.get(line.unit, line.unit)}",
        number(line.net_kg),
        number(line.gross_kg),
        number(line.unit_value_eur),
        number(line.total_value_eur),
        line.origin,
        f"{words.used} {line.wear_percent} %" if line.used else words.new,
        line.expiry.strftime("%d.%m.%Y") if line.expiry else "–",
        line.serial_or_vin or "–",
        line.un_number or "–",
    ]


def _names(w: Wording, item: SummaryLine | PaperLine) -> list[str]:
    """A category's names in the papers' languages, one per line."""
    if isinstance(item, SummaryLine):
        names = {"uk": item.name_uk, "en": item.name_en, "de": item.name_de}
    else:
        names = {"uk": item.category_uk, "en": item.category_en, "de": item.category_de}
    return [names[code] for code in w.languages]
