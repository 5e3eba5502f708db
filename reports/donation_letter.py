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
from warehouse_app.paperwork import UNITS_UK, DonationLetter


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
    doc.build(_story(letter))
    return buffer.getvalue()


def _story(d: DonationLetter) -> list[Any]:
    small = ParagraphStyle("s", fontName=REGULAR, fontSize=7.5, leading=9)
    normal = ParagraphStyle("n", fontName=REGULAR, fontSize=9.5, leading=12.5)
    bold = ParagraphStyle("b", parent=normal, fontName=BOLD)
    title = ParagraphStyle("t", fontName=BOLD, fontSize=16, leading=20)
    t = d.totals
    owners = plain(", ".join(d.owners))
    story: list[Any] = [
        Paragraph("Дарчий лист / Donation letter (deed of gift)", title),
        Paragraph(plain(f"№ {d.number} · {d.date:%d.%m.%Y}"), bold),
        Spacer(1, 4 * mm),
        Paragraph(
            f"<b>Дарувальник / Donor:</b> {plain(d.sender.name)}, "
            f"{plain(d.sender.address)}, від імені "
            f"власників / on behalf of the owners: {owners}",
            normal,
        ),
        Paragraph(
            f"<b>Отримувач / Recipient:</b> {plain(d.recipient.name)}, "
            f"{plain(d.recipient.address)}; "
            f"ЄДРПОУ / EDRPOU {plain(d.recipient.edrpou)}; реєстр. № / register no. "
            f"{plain(d.recipient.register_number)}; код допомоги / aid code {plain(d.aid_code)}",
            normal,
        ),
        Spacer(1, 3 * mm),
        Paragraph(
            "Дарувальник безоплатно передає отримувачу як гуманітарну допомогу товари, "
            "перелічені нижче. Товари не призначені для продажу. / The donor hands over "
            "the goods listed below to the recipient free of charge as a humanitarian "
            "donation. The goods are not for resale.",
            normal,
        ),
        Spacer(1, 3 * mm),
    ]
    rows: list[list[Any]] = [
        [
            Paragraph(c, small)
            for c in (
                "УКТЗЕД / HS",
                "Найменування / Description",
                "К-сть / qty",
                "Місць / pkgs",
                "Брутто кг",
                "Вартість EUR",
            )
        ]
    ]
    for s in d.summary:
        rows.append(
            [
                Paragraph(plain(x), normal)
                for x in (
                    s.hs_code,
                    f"{s.name_uk} / {s.name_en}",
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
                "Разом / Total",
                "",
                str(t.packages),
                number(sum((s.gross_kg for s in d.summary), t.gross_kg * 0)),
                number(t.value_eur),
            )
        ]
    )
    table = Table(
        rows, colWidths=[20 * mm, 72 * mm, 22 * mm, 16 * mm, 24 * mm, 24 * mm], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -2), 0.3, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [
        table,
        Spacer(1, 2 * mm),
        Paragraph(
            f"{t.packages} місць / packages · {t.pallets} піддонів / pallets · "
            f"брутто з піддонами / gross with pallets {number(t.gross_kg)} kg",
            bold,
        ),
    ]
    if d.vehicles:
        story += [
            Spacer(1, 4 * mm),
            Paragraph("Транспортні засоби / Vehicles (марка, тип, VIN / brand, type, VIN)", bold),
        ]
        vrows: list[list[Any]] = [
            [
                Paragraph(c, small)
                for c in ("Марка, тип / Brand, type", "Категорія / Category", "VIN")
            ]
        ]
        for v in d.vehicles:
            vrows.append(
                [
                    Paragraph(plain(v.description), normal),
                    Paragraph(plain(f"{v.category_uk} / {v.category_en}"), normal),
                    Paragraph(plain(v.vin), bold),
                ]
            )
        vtable = Table(vrows, colWidths=[62 * mm, 52 * mm, 64 * mm])  # a VIN never wraps
        vtable.setStyle(
            TableStyle(
                [("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            )
        )
        story.append(vtable)
    signature = Table(
        [
            ["", "", ""],
            [
                Paragraph("Місце, дата / Place, date", small),
                "",
                Paragraph(
                    "Підпис і печатка дарувальника / Signature and stamp of the donor", small
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
    story.append(KeepTogether([story.pop(), Spacer(1, 12 * mm), signature]))
    return story
