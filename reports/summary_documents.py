"""Documents that list a truck's goods by category with the totals: the pro-forma invoice for
customs and the acceptance act (акт приймання-передачі) signed at handover. Both are drawn from
the same VehiclePapers as the packing list and the CMR, so their totals agree."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from reports.fonts import BOLD, REGULAR, register_fonts
from reports.labels import number
from reports.markup import plain
from reports.page_numbers import numbered_canvas
from reports.wording import Wording
from warehouse_app.papers.vehicle import UNITS_UK, SummaryLine, VehiclePapers

Text = tuple[str, str, str]  # Ukrainian, English, German


@dataclass(frozen=True)
class Kind:
    title: Text
    statement: Text
    signatures: tuple[Text, Text | None]
    with_values: bool


PRO_FORMA = Kind(
    title=("Рахунок-проформа", "Pro-forma invoice", "Proforma-Rechnung"),
    statement=(
        "Безоплатно – вартість лише для митних цілей – без комерційної вартості, не для "
        "продажу. Гуманітарна допомога.",
        "Free of charge – value for customs purposes only – no commercial value, not for "
        "resale. Humanitarian aid.",
        "Unentgeltlich – Wert nur für Zollzwecke – kein Handelswert, nicht zum Wiederverkauf. "
        "Humanitäre Hilfe.",
    ),
    signatures=(
        (
            "Відправник (підпис, печатка)",
            "Sender (signature, stamp)",
            "Absender (Unterschrift, Stempel)",
        ),
        None,
    ),
    with_values=True,
)
ACCEPTANCE = Kind(
    title=(
        "Акт приймання-передачі",
        "Handover and acceptance certificate",
        "Übergabe- und Abnahmeprotokoll",
    ),
    statement=(
        "Передавач передав, а отримувач прийняв безоплатну гуманітарну допомогу в кількості та "
        "стані, зазначених нижче.",
        "The sender handed over and the recipient accepted the free humanitarian aid in the "
        "quantities and condition listed below.",
        "Der Absender hat übergeben und der Empfänger hat die unentgeltliche humanitäre Hilfe "
        "in den unten genannten Mengen und im unten genannten Zustand angenommen.",
    ),
    signatures=(
        ("Передав (відправник)", "Handed over (sender)", "Übergeben (Absender)"),
        (
            "Прийняв (отримувач), дата",
            "Received (recipient), date",
            "Empfangen (Empfänger), Datum",
        ),
    ),
    with_values=False,
)


def render_pro_forma(papers: VehiclePapers) -> bytes:
    return _render(papers, PRO_FORMA)


def render_acceptance_act(papers: VehiclePapers) -> bytes:
    return _render(papers, ACCEPTANCE)


def _render(p: VehiclePapers, kind: Kind) -> bytes:
    register_fonts()
    w = Wording(p.languages)
    title = w(*kind.title)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=f"{title} {p.number}",
        author="Hafenlager",
        # Same data, same bytes: no creation time or random id in the file.
        invariant=True,
    )

    def footer(canvas: Any, page: int, total: int) -> None:
        canvas.setFont(REGULAR, 8)
        canvas.drawString(14 * mm, 8 * mm, f"{title} № {p.number}")
        canvas.drawRightString(
            196 * mm, 8 * mm, f"{w('Сторінка', 'page', 'Seite')} {page} / {total}"
        )

    doc.build(_story(p, kind, w), canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


def _story(p: VehiclePapers, kind: Kind, w: Wording) -> list[Any]:
    small = ParagraphStyle("s", fontName=REGULAR, fontSize=7.5, leading=9)
    normal = ParagraphStyle("n", fontName=REGULAR, fontSize=9, leading=11)
    bold = ParagraphStyle("b", parent=normal, fontName=BOLD)
    # A figure is never broken over two lines (12724,5 / 6 reads as two numbers).
    figure = ParagraphStyle("f", parent=normal, splitLongWords=0)
    bold_figure = ParagraphStyle("bf", parent=bold, splitLongWords=0)
    title = ParagraphStyle("t", fontName=BOLD, fontSize=15, leading=19)
    t = p.totals
    head = Table(
        [
            [
                Paragraph(w("№, дата", "No., date", "Nr., Datum"), small),
                Paragraph(plain(f"{p.number} · {p.date:%d.%m.%Y}"), bold),
            ],
            [
                Paragraph(w.party("sender"), small),
                Paragraph(plain(f"{p.sender.name}, {p.sender.address}"), bold),
            ],
            [
                Paragraph(w.party("consignee"), small),
                Paragraph(
                    plain(
                        f"{p.recipient.name}, {p.recipient.address}; "
                        f"{w('ЄДРПОУ', 'EDRPOU', 'EDRPOU')} {p.recipient.edrpou}; "
                        f"{w.term('register')} "
                        f"{p.recipient.register_number}"
                    ),
                    bold,
                ),
            ],
            [
                Paragraph(w.term("aid_code"), small),
                Paragraph(plain(p.aid_code), bold),
            ],
            [
                Paragraph(w("Транспорт", "Vehicle", "Fahrzeug"), small),
                Paragraph(plain(f"{p.truck_plate} / {p.trailer_plate} · CMR {p.number}"), bold),
            ],
        ],
        colWidths=[45 * mm, 137 * mm],
    )
    head.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    columns = [
        w("УКТЗЕД", "HS", "HS"),
        w("Найменування", "Description", "Bezeichnung"),
        w("Од.", "unit", "Einh."),
        w("К-сть", "qty", "Menge"),
        w("Ящиків", "boxes", "Kisten"),
        w("Брутто кг з піддонами", "gross kg incl. pallets", "brutto kg mit Paletten"),
    ]
    widths = [21, 55, 16, 20, 16, 26]
    if kind.with_values:
        # Unit value (the group's average), total value and origin, as customs asks for them.
        columns += [
            w("Ціна за од. EUR", "unit value EUR", "Einzelwert EUR"),
            w("Вартість EUR", "value EUR", "Wert EUR"),
            w("Країна", "origin", "Ursprung"),
        ]
        widths = [21, 32, 14, 16, 15, 22, 18, 26, 18]
    else:
        columns += [w("Стан", "condition", "Zustand")]
        widths += [26]
    rows: list[list[Any]] = [[Paragraph(c, small) for c in columns]]
    for s in p.summary:
        cells = [
            s.hs_code,
            w(s.name_uk, s.name_en, s.name_de),
            f"{UNITS_UK.get(s.unit, s.unit)} / {s.unit}",
            number(s.quantity),
            str(s.packages),
            number(s.gross_kg),
        ]
        if kind.with_values:
            cells += [_unit_value(s), number(s.value_eur), s.origin or "–"]
        else:
            cells.append(
                f"{w('вживане', 'used', 'gebraucht')} ≤{s.wear_percent} %"
                if s.wear_percent
                else w("нове", "new", "neu")
            )
        # The unit ("компл. / set") in the small type: its column is narrow.
        styles = [figure, normal, small, figure, figure, figure, figure, figure, normal]
        rows.append([Paragraph(plain(c), styles[n]) for n, c in enumerate(cells)])
    total = [
        "",
        f"{w('Разом', 'Total', 'Summe')} ({w('країна походження', 'origin', 'Ursprung')}: "
        f"{', '.join(sorted({line.origin for line in p.lines if line.origin})) or '–'})",
        "",
        number(t.pieces),
        str(t.packages),
        number(sum((s.gross_kg for s in p.summary), t.gross_kg * 0)),
    ]
    total += ["", f"{number(t.value_eur)} EUR", ""] if kind.with_values else [""]
    rows.append([Paragraph(c, bold if n < 3 else bold_figure) for n, c in enumerate(total)])
    head_rows, tail_rows = split_for_signatures(rows)
    tables = [goods_table(part, widths, has_header=n == 0) for n, part in enumerate(head_rows)]
    tail = goods_table(tail_rows, widths, has_header=not head_rows, has_total=True)
    totals_line = (
        f"{w.places(t)} · {w('нетто', 'net', 'netto')} "
        f"{number(t.net_kg)} kg · "
        f"{w('брутто з піддонами', 'gross with pallets', 'brutto mit Paletten')} "
        f"{number(t.gross_kg)} kg"
    )
    signatures = (
        _handover_signatures(p, w, small) if kind is ACCEPTANCE else _signatures(kind, w, small)
    )
    notes = [Paragraph(plain(n), normal) for n in customs_notes(p, w)] if kind.with_values else []
    # Goods and signatures stay together: a signature alone on a page invites a swapped page.
    closing = [tail, Spacer(1, 3 * mm), Paragraph(totals_line, bold), *notes]
    return [
        Paragraph(w(*kind.title), title),
        Spacer(1, 3 * mm),
        head,
        Spacer(1, 4 * mm),
        Paragraph(w(*kind.statement), normal),
        Spacer(1, 4 * mm),
        *tables,
        KeepTogether([*closing, Spacer(1, 8 * mm), signatures]),
    ]


TAIL_ROWS = 3  # goods rows that stay on the page of the signatures


def split_for_signatures(rows: list[list[Any]]) -> tuple[list[list[list[Any]]], list[list[Any]]]:
    """The goods table as what may flow over pages (header and all but the last rows) and
    the last rows with the total, kept with the signatures: a signature page never holds
    signatures alone, and the table does not jump whole to a new page."""
    header, body, total = rows[0], rows[1:-1], rows[-1]
    if len(body) <= TAIL_ROWS:
        return [], [header, *body, total]
    return [[header, *body[:-TAIL_ROWS]]], [*body[-TAIL_ROWS:], total]


def goods_table(
    rows: list[list[Any]], widths: Sequence[float], *, has_header: bool, has_total: bool = False
) -> Table:
    table = Table(rows, colWidths=[width * mm for width in widths], repeatRows=int(has_header))
    style: list[Any] = [
        ("GRID", (0, 0), (-1, -2 if has_total else -1), 0.3, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if has_header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")))
    if has_total:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black))
    table.setStyle(TableStyle(style))
    return table


def customs_notes(p: VehiclePapers, w: Wording) -> list[str]:
    """The pro-forma's customs lines: export MRN, licences and other acknowledgements, the
    ADR statement (the same as CMR box 13)."""
    notes = [f"MRN ({w('експорт', 'export', 'Ausfuhr')}): {p.export_mrn}"] if p.export_mrn else []
    notes += [f"{name}: {reference}" for name, reference in p.acknowledgements]
    entries = "; ".join(e.entry for e in p.dangerous.entries)
    if entries:
        notes.append(f"{entries}. {w.adr(p.dangerous)}")
    return notes


def _signatures(kind: Kind, w: Wording, small: ParagraphStyle) -> Table:
    first, second = kind.signatures
    signature_cells = [
        [Paragraph(w(*first), small), Paragraph(w(*second) if second else "", small)]
    ]
    signatures = Table(
        [["", ""], *signature_cells], colWidths=[88 * mm, 88 * mm], rowHeights=[18 * mm, None]
    )
    line_style = [
        ("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black),
        ("RIGHTPADDING", (0, 0), (0, -1), 10 * mm),
    ]
    if second:
        line_style.append(("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black))
    signatures.setStyle(TableStyle(line_style))
    return signatures


def _handover_signatures(p: VehiclePapers, w: Wording, small: ParagraphStyle) -> Table:
    """Both sides of the handover: place and date, then per side the name, position,
    signature and the seal (М.П.), as the act is signed at the recipient's."""
    sides = (
        f"{w('Передав', 'Handed over', 'Übergeben')}: {w.party('sender')} – {p.sender.name}",
        f"{w('Прийняв', 'Received', 'Empfangen')}: {w.party('consignee')} – {p.recipient.name}",
    )
    fields = (
        w("П.І.Б.", "Name", "Name"),
        w("Посада", "Position", "Funktion"),
        w("Підпис", "Signature", "Unterschrift"),
    )
    place = (
        f"{w('Місце складання', 'Place', 'Ort')}: {p.delivery_place}    "
        f"{w('Дата', 'Date', 'Datum')}: ____________"
    )
    rows: list[list[Any]] = [
        [Paragraph(plain(place), small), ""],
        [Paragraph(plain(sides[0]), small), Paragraph(plain(sides[1]), small)],
    ]
    for label in fields:
        rows.append([Paragraph(f"{label}: ____________________", small)] * 2)
    rows.append([Paragraph("М.П.", small)] * 2)
    table = Table(
        rows,
        colWidths=[88 * mm, 88 * mm],
        rowHeights=[8 * mm, None, 9 * mm, 9 * mm, 11 * mm, 9 * mm],
    )
    table.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return table


def _unit_value(s: SummaryLine) -> str:
    """The group's average value per unit, to the cent (the total stays the exact sum)."""
    if not s.quantity:
        return "–"
    return number((s.value_eur / s.quantity).quantize(Decimal("0.01")))
