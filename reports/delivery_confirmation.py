"""The delivery confirmation of one association, A4, German then Ukrainian: what of its goods a
convoy handed over, when, to whom and under which acceptance act, with the list of its goods
and the hall's signature. The board forwards it to its donors ("did our goods arrive?")."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reports.fonts import BOLD, REGULAR, register_fonts
from reports.labels import UNITS_DE_UK, number
from reports.markup import plain
from reports.page_numbers import numbered_canvas
from reports.papers_set import write_folder
from reports.row_table import Column, RowStyle, RowTable
from warehouse_app.papers.delivery_confirmation import (
    AssociationConfirmation,
    ConfirmationLine,
    confirmations,
)
from warehouse_app.papers.places import counted
from warehouse_app.services.convoys.archive import PaperFile

MARGIN = 15 * mm
TITLE = "Lieferbestätigung · Підтвердження доставки"
DOCUMENT = "delivery-confirmation"
# The goods table fills the 180 mm between the margins.
COLUMNS = (
    Column("Kategorie\nКатегорія", 36),
    Column("Beschreibung\nОпис", 72),
    Column("Kisten\nЯщиків", 15, right=True),
    Column("Menge\nКількість", 23, right=True),
    Column("Netto kg\nНетто кг", 17, right=True),
    Column("Brutto kg\nБрутто кг", 17, right=True),
)


def render_delivery_confirmation(c: AssociationConfirmation) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    width, height = A4
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=30 * mm,
        bottomMargin=18 * mm,
        title=f"Lieferbestätigung {c.number}",
        author="Hafenlager",
        lang="de",
        # Same data, same bytes: no creation time or random id in the file.
        invariant=True,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def header(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(BOLD, 11)
        canvas.drawRightString(width - MARGIN, height - 15 * mm, f"Nr. / № {c.number}")
        room = width - 2 * MARGIN - stringWidth(f"Nr. / № {c.number}", BOLD, 11) - 6 * mm
        size = min(15.0, 15.0 * room / stringWidth(TITLE, BOLD, 15))
        canvas.setFont(BOLD, size)
        canvas.drawString(MARGIN, height - 15 * mm, TITLE)
        canvas.setFont(REGULAR, 9)
        canvas.drawString(MARGIN, height - 21 * mm, _hall(c))
        # The association's own colour, as on its box labels and goods received notes.
        canvas.setFillColor(colors.HexColor(c.colour))
        canvas.rect(MARGIN, height - 25 * mm, width - 2 * MARGIN, 1.6 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def footer(canvas: Any, page: int, total: int) -> None:
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(MARGIN, 10 * mm, f"{_hall(c)} · {c.number}")
        canvas.drawRightString(width - MARGIN, 10 * mm, f"Seite / Сторінка {page} / {total}")

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=header)])
    doc.build(_story(c, doc.width), canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


def _hall(c: AssociationConfirmation) -> str:
    return " · ".join(p for p in (c.hall_name, c.hall_address) if p)


def _dates(c: AssociationConfirmation) -> str:
    return ", ".join(day.strftime("%d.%m.%Y") for day in c.delivered_on)


def _handed_over(c: AssociationConfirmation, language: str) -> str:
    """'23 Kisten' / '23 ящики', with the donated vehicles after them."""
    parts = [counted("box", c.boxes, language)] if c.boxes or not c.vehicles else []
    if c.vehicles:
        parts.append(counted("vehicle", c.vehicles, language))
    return ", ".join(parts)


def _sentences(c: AssociationConfirmation) -> tuple[str, str]:
    acts = ", ".join(c.acts)
    place = f"{c.delivery_place} ({c.recipient_city})" if c.recipient_city else c.delivery_place
    german = (
        f"<b>{plain(c.association)}: {_handed_over(c, 'de')}, {number(c.gross_kg)} kg, "
        f"übergeben am {_dates(c)} an {plain(c.recipient)}, Übergabeakt Nr. {plain(acts)}.</b> "
        f"Die Waren des Vereins sind mit dem Konvoi {plain(c.convoy_number)} nach "
        f"{plain(place)} gebracht und dem Empfänger gegen seine Unterschrift übergeben worden. "
        "Diese Bestätigung kann an die Spenderinnen und Spender weitergegeben werden."
    )
    ukrainian = (
        f"<b>{plain(c.association)}: {_handed_over(c, 'uk')}, {number(c.gross_kg)} кг; "
        f"дата отримання {_dates(c)}; отримувач: {plain(c.recipient)}; акт "
        f"приймання-передачі № {plain(acts)}.</b> Вантаж організації доставлено конвоєм "
        f"{plain(c.convoy_number)} до місця призначення {plain(place)} і передано отримувачу "
        "під підпис. Це підтвердження можна передати жертводавцям."
    )
    return german, ukrainian


def _story(c: AssociationConfirmation, width: float) -> list[Any]:
    normal = ParagraphStyle("n", fontName=REGULAR, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("s", fontName=REGULAR, fontSize=7.5, leading=9.5)
    bold = ParagraphStyle("b", parent=normal, fontName=BOLD)
    heading = ParagraphStyle("h", fontName=BOLD, fontSize=12, leading=15)
    german, ukrainian = _sentences(c)
    facts = [
        ("Konvoi / Конвой", c.convoy_number),
        ("Empfänger / Отримувач", c.recipient),
        ("Lieferort / Місце доставки", c.delivery_place),
        ("Übergeben am / Дата передачі", _dates(c)),
        ("Übergabeakt Nr. / Акт приймання-передачі №", ", ".join(c.acts)),
        ("Kisten / Ящики", f"{_handed_over(c, 'de')} / {_handed_over(c, 'uk')}"),
        (
            "Gewicht / Вага",
            f"netto / нетто {number(c.net_kg)} kg · brutto / брутто {number(c.gross_kg)} kg",
        ),
    ]
    fact_table = Table(
        [[Paragraph(plain(k), small), Paragraph(plain(v), bold)] for k, v in facts],
        colWidths=[66 * mm, width - 66 * mm],
        hAlign="LEFT",
    )
    fact_table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    goods = RowTable(
        COLUMNS,
        [_row(line) for line in c.lines],
        RowStyle(REGULAR, BOLD, 8, 7.5),
        footer=(
            "Summe / Разом",
            "",
            str(c.boxes + c.vehicles),
            "",
            number(c.net_kg),
            number(c.gross_kg),
        ),
    )
    signature = Table(
        [
            ["", "", ""],
            [
                Paragraph("Ort, Datum / Місце, дата", small),
                "",
                Paragraph(
                    f"Für die Halle / Від складу: {plain(c.hall_name)}<br/>Unterschrift / Підпис",
                    small,
                ),
            ],
        ],
        colWidths=[70 * mm, 20 * mm, 90 * mm],
        rowHeights=[13 * mm, None],
        hAlign="LEFT",
    )
    signature.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 1), (-1, 1), "TOP"),
            ]
        )
    )
    closing = Paragraph(
        "Die Gewichte sind die der Zollpapiere des Konvois; das Bruttogewicht enthält den "
        "Anteil der Kisten an den Paletten. Zurückgekommene Kisten sind nicht mitgezählt. / "
        "Вага відповідає митним документам конвою; брутто включає частку ящиків у вазі "
        "піддонів. Повернені ящики не враховано.",
        small,
    )
    reported = []
    if c.missing:
        reported.append(
            Paragraph(
                f"Vom Empfänger als fehlend gemeldet, nicht mitgezählt / Отримувач не знайшов, "
                f"не враховано: {', '.join(c.missing)}",
                bold,
            )
        )
    if c.damaged:
        reported.append(
            Paragraph(f"Beschädigt angekommen / Прибули пошкодженими: {', '.join(c.damaged)}", bold)
        )
    return [
        Paragraph(f"An den Vorstand · Правлінню: {plain(c.association)}", heading),
        Spacer(1, 3 * mm),
        Paragraph(german, normal),
        Spacer(1, 2.5 * mm),
        Paragraph(ukrainian, normal),
        Spacer(1, 4 * mm),
        fact_table,
        Spacer(1, 4 * mm),
        Paragraph("Die Waren des Vereins · Вантаж організації", bold),
        Spacer(1, 1.5 * mm),
        goods,
        Spacer(1, 3 * mm),
        *reported,
        # A signature alone on the last page invites a swapped page: keep it with its note.
        KeepTogether([closing, Spacer(1, 4 * mm), signature]),
    ]


def _row(line: ConfirmationLine) -> list[str]:
    unit_de, unit_uk = UNITS_DE_UK.get(line.unit, (line.unit, line.unit))
    unit = unit_de if unit_de == unit_uk else f"{unit_de}/{unit_uk}"
    description = line.description_de
    if line.description_uk and line.description_uk != line.description_de:
        description += "\n" + line.description_uk
    return [
        f"{line.category_de}\n{line.category_uk}",
        description,
        str(line.boxes),
        f"{number(line.pieces)} {unit}",
        number(line.net_kg),
        number(line.gross_kg),
    ]


def confirmation_files(convoy_number: str) -> list[PaperFile]:
    """Every association's confirmation of the convoy as '<convoy>-<SHORTCODE>.pdf'."""
    return [
        PaperFile(f"{c.number}.pdf", DOCUMENT, None, render_delivery_confirmation(c))
        for c in confirmations(convoy_number)
    ]


def write_confirmations(convoy_number: str, folder: Path) -> list[Path]:
    """Write them into folder, all or none (papers_set.write_folder)."""
    return write_folder(folder, confirmation_files(convoy_number))
