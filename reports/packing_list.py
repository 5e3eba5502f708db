"""Packing list (пакувальний лист) of one vehicle, UA/EN: header, summary by category and name
(the grouping the recipient declares), and the annex by pallet and box. A4 landscape."""

from __future__ import annotations

import io
from decimal import Decimal
from itertools import accumulate
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reports.fonts import BOLD, REGULAR, register_fonts
from reports.labels import number
from reports.markup import plain
from reports.row_table import Column, RowStyle, RowTable
from warehouse_app.paperwork import UNITS_UK, PaperLine, VehiclePapers

AID_LINE = (
    "Humanitarian aid – free of charge – not for sale / "
    "Гуманітарна допомога – безоплатно – не для продажу"
)


def _numbered_canvas(papers: VehiclePapers) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps every page until the end, then writes 'page n of m' on each."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width, _height = landscape(A4)
                self.setFont(REGULAR, 8)
                self.drawString(12 * mm, 8 * mm, f"{papers.number} · {AID_LINE}")
                self.drawRightString(
                    width - 12 * mm, 8 * mm, f"Сторінка / page {self._pageNumber} / {total}"
                )
                super().showPage()
            super().save()

    return NumberedCanvas


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
    doc.build(_story(papers), canvasmaker=_numbered_canvas(papers))
    return buffer.getvalue()


def _story(p: VehiclePapers) -> list[Any]:
    small = ParagraphStyle("s", fontName=REGULAR, fontSize=7, leading=8.4)
    normal = ParagraphStyle("n", fontName=REGULAR, fontSize=8.5, leading=10.5)
    bold = ParagraphStyle("b", parent=normal, fontName=BOLD)
    title = ParagraphStyle("t", fontName=BOLD, fontSize=15, leading=18)
    t = p.totals

    def cell(label: str, value: str) -> list[Any]:
        return [Paragraph(label, small), Paragraph(plain(value) or "–", bold)]

    head = [
        cell("Пакувальний лист № / Packing list no.", f"{p.number} · {p.date:%d.%m.%Y}"),
        cell("Відправник / Sender", f"{p.sender.name}, {p.sender.address}"),
        cell(
            "Отримувач / Recipient",
            f"{p.recipient.name}, {p.recipient.address}; ЄДРПОУ / "
            f"EDRPOU {p.recipient.edrpou}; реєстр. № / register no. "
            f"{p.recipient.register_number}",
        ),
        cell("Код допомоги / Aid code", p.aid_code),
        cell("Місце доставки / Delivery place", p.delivery_place),
        cell("Перевізник / Carrier", p.carrier),
        cell("Тягач / причіп · Truck / trailer", f"{p.truck_plate} / {p.trailer_plate}"),
        cell("Водії (паспорт) / Drivers (passport)", "; ".join(p.drivers)),
        cell("Пункт пропуску / Border crossing", p.border_crossing),
        cell("CMR №", p.number),
        cell("MRN (експорт / export)", p.export_mrn),
        cell(
            "Разом / Totals",
            f"{t.packages} місць / packages · {t.pallets} піддонів / pallets · "
            f"{number(t.pieces)} од. / units · нетто / net {number(t.net_kg)} kg · брутто / "
            f"gross {number(t.gross_kg)} kg · {number(t.value_eur)} EUR",
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
                "УКТЗЕД / HS",
                "Найменування / Name",
                "Од. / unit",
                "Кількість / qty",
                "Місць / pkgs",
                "Нетто кг",
                "Брутто кг",
                "Вартість EUR",
                "Знос / wear %",
                "Придатний до / expiry",
            )
        ]
    ]
    for s in p.summary:
        summary_rows.append(
            [
                Paragraph(s.hs_code, normal),
                Paragraph(f"{plain(s.name_uk)}<br/>{plain(s.name_en)}", small),
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
            Paragraph("Разом / Total", bold),
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

    annex = _annex(p)
    signatures = Table(
        [
            ["", ""],
            [
                Paragraph("Відправник / Sender (підпис, печатка / signature, stamp)", small),
                Paragraph("Водій / Driver (підпис / signature)", small),
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
        Paragraph("Пакувальний лист / Packing list", title),
        Spacer(1, 2 * mm),
        header,
        Spacer(1, 3 * mm),
        Paragraph(AID_LINE, bold),
        Spacer(1, 3 * mm),
        Paragraph("Зведення за категоріями / Summary by category", bold),
        summary,
        Spacer(1, 5 * mm),
        signatures,
        Spacer(1, 5 * mm),
        Paragraph("Додаток: піддони та ящики / Annex: pallets and boxes", bold),
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


ANNEX_COLUMNS = (
    Column("№", 9, right=True),
    Column("Ящик /\nbox", 17),
    Column("Піддон /\npallet", 17),
    Column("Категорія /\ncategory", 27),
    Column("Опис UA / EN", 40),
    Column("HS", 14),
    Column("К-сть / qty", 17, right=True),
    Column("Нетто", 15, right=True),
    Column("Брутто", 15, right=True),
    Column("Ціна /\nunit €", 13, right=True),
    Column("Сума /\ntotal €", 15, right=True),
    Column("Пох. /\norigin", 11),
    Column("Стан /\ncondition", 18),
    Column("Термін /\nexpiry", 16),
    Column("VIN /\nserial", 15),
    Column("UN", 14),
)


def _annex(p: VehiclePapers) -> RowTable:
    """Every box by pallet; each page carries the running totals over to the next."""
    lines = p.lines
    zero = Decimal(0)
    net = list(accumulate((line.net_kg for line in lines), initial=zero))
    gross = list(accumulate((line.gross_kg for line in lines), initial=zero))
    value = list(accumulate((line.total_value_eur for line in lines), initial=zero))

    def carried(n: int) -> str:
        return (
            f"Перенесено / carried forward: {n} місць / packages · нетто / net "
            f"{number(net[n])} kg · брутто / gross {number(gross[n])} kg · "
            f"{number(value[n])} EUR"
        )

    t = p.totals
    tare = t.gross_kg - gross[-1]
    footer = [
        "",
        str(len(lines)),
        str(t.pallets),
        "Разом / Total",
        f"+ піддони / pallets {number(tare)} kg = брутто / gross {number(t.gross_kg)} kg",
        "",
        number(t.pieces),
        number(net[-1]),
        number(gross[-1]),
        "",
        number(value[-1]),
        "",
        "",
        "",
        "",
        "",
    ]
    return RowTable(
        ANNEX_COLUMNS,
        [_annex_row(line) for line in lines],
        RowStyle(REGULAR, BOLD, 7, 6.5),
        footer=footer,
        carried=carried,
    )


def _annex_row(line: PaperLine) -> list[str]:
    return [
        str(line.package_no),
        line.box_code,
        line.pallet_code or "–",
        f"{line.category_uk}\n{line.category_en}",
        f"{line.description_uk}\n{line.description_en}",
        line.hs_code,
        f"{number(line.quantity)} {UNITS_UK.get(line.unit, line.unit)}",
        number(line.net_kg),
        number(line.gross_kg),
        number(line.unit_value_eur),
        number(line.total_value_eur),
        line.origin,
        f"вживане / used {line.wear_percent} %" if line.used else "нове / new",
        line.expiry.strftime("%d.%m.%Y") if line.expiry else "–",
        line.serial_or_vin or "–",
        line.un_number or "–",
    ]
