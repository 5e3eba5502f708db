"""Donation letter / deed of gift (дарчий лист) of a convoy, UA/EN: donor and recipient, the
statement that the goods are a free humanitarian donation not for resale, the goods by category,
vehicles with brand, type and VIN, place, date and signature."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reports.fonts import BOLD, REGULAR, register_fonts
from reports.labels import number
from reports.markup import plain
from reports.page_numbers import numbered_canvas
from reports.summary_documents import goods_table, split_for_signatures
from reports.wording import Wording
from warehouse_app.papers.donation_letter import DonationLetter
from warehouse_app.papers.vehicle import UNITS_UK


def render_donation_letter(letter: DonationLetter) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"Donation letter {letter.number}",
        author="Hafenlager",
        # Same data, same bytes: no creation time or random id in the file.
        invariant=True,
    )
    w = Wording(letter.languages)

    def footer(canvas: Any, page: int, total: int) -> None:
        canvas.setFont(REGULAR, 8)
        canvas.drawString(
            16 * mm,
            8 * mm,
            f"{w('Дарчий лист', 'Donation letter', 'Schenkungsurkunde')} № {letter.number}",
        )
        canvas.drawRightString(
            194 * mm, 8 * mm, f"{w('Сторінка', 'page', 'Seite')} {page} / {total}"
        )

    doc.build(_story(letter), canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


def _story(d: DonationLetter) -> list[Any]:
    w = Wording(d.languages)
    small = ParagraphStyle("s", fontName=REGULAR, fontSize=7.5, leading=9)
    normal = ParagraphStyle("n", fontName=REGULAR, fontSize=9.5, leading=12.5)
    bold = ParagraphStyle("b", parent=normal, fontName=BOLD)
    title = ParagraphStyle("t", fontName=BOLD, fontSize=16, leading=20)
    t = d.totals
    owners = plain(", ".join(d.owners))
    story: list[Any] = [
        Paragraph(w("Дарчий лист", "Donation letter (deed of gift)", "Schenkungsurkunde"), title),
        Paragraph(plain(f"№ {d.number} · {d.date:%d.%m.%Y}"), bold),
        Spacer(1, 4 * mm),
        Paragraph(
            f"<b>{w.party('donor')}:</b> {plain(d.sender.name)}, "
            f"{plain(d.sender.address)}, "
            f"{w('від імені власників', 'on behalf of the owners', 'im Namen der Eigentümer')}: "
            f"{owners}",
            normal,
        ),
        Paragraph(
            f"<b>{w.party('consignee')}:</b> {plain(d.recipient.name)}, "
            f"{plain(d.recipient.address)}; "
            f"{w('ЄДРПОУ', 'EDRPOU', 'EDRPOU')} {plain(d.recipient.edrpou)}; "
            f"{w.term('register')} "
            f"{plain(d.recipient.register_number)}; "
            f"{w.term('aid_code')} {plain(d.aid_code)}",
            normal,
        ),
        Spacer(1, 3 * mm),
        Paragraph(
            w(
                "Дарувальник безоплатно передає отримувачу як гуманітарну допомогу товари, "
                "перелічені нижче. Товари не призначені для продажу.",
                "The donor hands over the goods listed below to the recipient free of charge "
                "as a humanitarian donation. The goods are not for resale.",
                "Der Schenker übergibt dem Empfänger die unten aufgeführten Waren unentgeltlich "
                "als humanitäre Spende. Die Waren sind nicht zum Verkauf bestimmt.",
            ),
            normal,
        ),
        Spacer(1, 3 * mm),
    ]
    rows: list[list[Any]] = [
        [
            Paragraph(c, small)
            for c in (
                w("УКТЗЕД", "HS", "HS"),
                w("Найменування", "Description", "Bezeichnung"),
                w("К-сть", "qty", "Menge"),
                w("Ящиків", "boxes", "Kisten"),
                w("Брутто кг з піддонами", "gross kg incl. pallets", "brutto kg mit Paletten"),
                w("Вартість EUR", "value EUR", "Wert EUR"),
            )
        ]
    ]
    for s in d.summary:
        rows.append(
            [
                Paragraph(plain(x), normal)
                for x in (
                    s.hs_code,
                    w(s.name_uk, s.name_en, s.name_de),
                    f"{number(s.quantity)} {UNITS_UK.get(s.unit, s.unit)}",
                    str(s.packages),
                    number(s.gross_kg),
                    number(s.value_eur),
                )
            ]
        )
    rows.append(
        [
            Paragraph(x, bold)
            for x in (
                "",
                w("Разом", "Total", "Summe"),
                "",
                str(t.packages),
                number(sum((s.gross_kg for s in d.summary), t.gross_kg * 0)),
                number(t.value_eur),
            )
        ]
    )
    widths = (20, 72, 22, 16, 24, 24)
    head_rows, tail_rows = split_for_signatures(rows)
    story += [goods_table(part, widths, has_header=True) for part in head_rows]
    # From here on all stays with the signature: the last goods rows, the totals, the vehicles.
    closing: list[Any] = [
        goods_table(tail_rows, widths, has_header=not head_rows, has_total=True),
        Spacer(1, 2 * mm),
        Paragraph(
            f"{w.places(t)} · {number(t.pieces)} {w('од.', 'units', 'Stück')} · "
            f"{w('нетто', 'net', 'netto')} {number(t.net_kg)} kg · "
            f"{w('брутто з піддонами', 'gross with pallets', 'brutto mit Paletten')} "
            f"{number(t.gross_kg)} kg",
            bold,
        ),
    ]
    if d.vehicles:
        closing += [
            Spacer(1, 4 * mm),
            Paragraph(
                w(
                    "Транспортні засоби (марка, модель, рік, паливо, перша реєстрація, VIN)",
                    "Vehicles (make, model, year, fuel, first registration, VIN)",
                    "Fahrzeuge (Marke, Modell, Baujahr, Kraftstoff, Erstzulassung, VIN)",
                ),
                bold,
            ),
        ]
        vrows: list[list[Any]] = [
            [
                Paragraph(c, small)
                for c in (
                    w("Марка, тип", "Make, type", "Marke, Typ"),
                    w("Категорія", "Category", "Kategorie"),
                    "VIN",
                    w("Вага кг", "weight kg", "Gewicht kg"),
                    w("Вартість EUR", "value EUR", "Wert EUR"),
                )
            ]
        ]
        for v in d.vehicles:
            vrows.append(
                [
                    Paragraph(plain(v.details or v.description), normal),
                    Paragraph(plain(f"{v.category_uk} / {v.category_en}"), normal),
                    Paragraph(plain(v.vin), bold),
                    Paragraph(number(v.gross_kg), normal),
                    Paragraph(number(v.value_eur), normal),
                ]
            )
        # A VIN never wraps: its column is wide enough for 17 characters in bold.
        vtable = Table(vrows, colWidths=[46 * mm, 40 * mm, 50 * mm, 20 * mm, 22 * mm])
        vtable.setStyle(
            TableStyle(
                [("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            )
        )
        closing.append(vtable)
    signature = Table(
        [
            ["", "", ""],
            [
                Paragraph(w("Місце, дата", "Place, date", "Ort, Datum"), small),
                "",
                Paragraph(
                    w(
                        "Підпис і печатка дарувальника",
                        "Signature and stamp of the donor",
                        "Unterschrift und Stempel des Schenkers",
                    ),
                    small,
                ),
            ],
        ],
        colWidths=[75 * mm, 15 * mm, 85 * mm],
        rowHeights=[18 * mm, None],
    )
    signature.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, colors.black),
            ]
        )
    )
    # A signature alone on the last page invites a swapped page: keep it with what it signs.
    story.append(KeepTogether([*closing, Spacer(1, 12 * mm), signature]))
    return story
