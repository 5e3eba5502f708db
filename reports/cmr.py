"""CMR consignment note (CMR convention art. 5–6) as a full A4 form with its 24 boxes, printed
as three originals (sender, consignee, carrier) or four with a copy for the files.

Box contents come from the vehicle's papers context, so packages and gross weight agree with the
packing list to the piece and the kilogram. Text that does not fit a box shrinks, then wraps,
then ends in "…"; the goods rows point to the attached packing list when there are many."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from reports.fonts import BOLD, REGULAR, register_fonts
from reports.labels import fit, number
from warehouse_app.paperwork import VehiclePapers

COPIES = (
    ("1", "Примірник відправника / Copy for the sender / Exemplar für den Absender"),
    ("2", "Примірник отримувача / Copy for the consignee / Exemplar für den Empfänger"),
    ("3", "Примірник перевізника / Copy for the carrier / Exemplar für den Frachtführer"),
    ("4", "Копія для архіву / Copy for the files / Kopie für die Akten"),
)
STATEMENT = (
    "Це перевезення здійснюється відповідно до Конвенції про договір міжнародного автомобільного "
    "перевезення вантажів (CMR). / This carriage is subject, notwithstanding any clause to the "
    "contrary, to the Convention on the Contract for the International Carriage of Goods by "
    "Road (CMR)."
)
GOODS_ROWS = 9


def render_cmr(papers: VehiclePapers, copies: int = 3) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setTitle(f"CMR {papers.number}")
    canvas.setAuthor("Hafenlager")
    for number_, title in COPIES[:copies]:
        _page(canvas, papers, number_, title)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _box(
    canvas: Canvas,
    x: float,
    top: float,
    w: float,
    h: float,
    no: str,
    label: str,
    text: str,
    size: float = 9,
) -> None:
    """A numbered box; x, top, w, h in mm from the page's top-left."""
    page_h = A4[1] / mm
    canvas.setLineWidth(0.6)
    canvas.rect(x * mm, (page_h - top - h) * mm, w * mm, h * mm)
    canvas.setFont(BOLD, 7)
    canvas.drawString((x + 1) * mm, (page_h - top - 3) * mm, no)
    label_size, label_lines = fit(label, REGULAR, (w - 6) * mm, 4 * mm, 5.6, 4.2, lines=1)
    canvas.setFont(REGULAR, label_size)
    canvas.drawString((x + 5) * mm, (page_h - top - 3) * mm, label_lines[0])
    if text:
        font_size, lines = fit(text, REGULAR, (w - 3) * mm, (h - 5) * mm, size, 5.5, lines=12)
        canvas.setFont(REGULAR, font_size)
        for n, line in enumerate(lines):
            canvas.drawString(
                (x + 1.5) * mm, (page_h - top - 5 - font_size * 1.15 / mm * (n + 1) + 1) * mm, line
            )


def _page(canvas: Canvas, p: VehiclePapers, copy_no: str, copy_title: str) -> None:
    page_h = A4[1] / mm
    canvas.setFont(BOLD, 13)
    canvas.drawString(10 * mm, (page_h - 11) * mm, "CMR")
    canvas.setFont(BOLD, 8.5)
    canvas.drawString(
        24 * mm,
        (page_h - 9) * mm,
        "Міжнародна товарно-транспортна накладна / International consignment note",
    )
    canvas.setFont(REGULAR, 7.5)
    canvas.drawString(24 * mm, (page_h - 13) * mm, f"{copy_no} · {copy_title}")
    canvas.setFont(BOLD, 11)
    canvas.drawRightString(200 * mm, (page_h - 11) * mm, f"№ {p.number}")
    left, right, w_left, w_right = 10.0, 105.0, 95.0, 95.0
    y = 16.0
    _box(
        canvas,
        left,
        y,
        w_left,
        22,
        "1",
        "Відправник / Sender (name, address, country)",
        f"{p.sender.name}, {p.sender.address}",
    )
    _box(
        canvas,
        right,
        y,
        w_right,
        22,
        "16",
        "Перевізник / Carrier (name, address, country)",
        f"{p.carrier}; {p.truck_plate} / {p.trailer_plate}; " + "; ".join(p.drivers),
    )
    y += 22
    _box(
        canvas,
        left,
        y,
        w_left,
        22,
        "2",
        "Отримувач / Consignee (name, address, country)",
        f"{p.recipient.name}, {p.recipient.address}; ЄДРПОУ / EDRPOU {p.recipient.edrpou}",
    )
    _box(canvas, right, y, w_right, 22, "17", "Наступні перевізники / Successive carriers", "")
    y += 22
    _box(
        canvas,
        left,
        y,
        w_left,
        14,
        "3",
        "Місце розвантаження / Place of delivery",
        p.delivery_place,
    )
    _box(
        canvas,
        right,
        y,
        w_right,
        28,
        "18",
        "Застереження перевізника / Carrier's reservations and observations",
        "",
    )
    y += 14
    _box(
        canvas,
        left,
        y,
        w_left,
        14,
        "4",
        "Місце і дата завантаження / Place and date of taking over",
        f"{p.sender.address} · {p.date:%d.%m.%Y}",
    )
    y += 14
    _box(
        canvas,
        left,
        y,
        190,
        12,
        "5",
        "Додані документи / Documents attached",
        f"Пакувальний лист / packing list {p.number}; дарчий лист / donation letter; "
        f"рахунок-проформа / pro-forma invoice {p.number}"
        + (f"; MRN {p.export_mrn}" if p.export_mrn else ""),
    )
    y += 12
    _goods(canvas, p, y)
    y += 10 + GOODS_ROWS * 6 + 7
    t = p.totals
    _box(
        canvas,
        left,
        y,
        w_left,
        24,
        "13",
        "Вказівки відправника / Sender's instructions (customs)",
        f"Гуманітарна допомога – безоплатно – не для продажу / Humanitarian aid – free of charge "
        f"– not for sale. Код допомоги / aid code {p.aid_code}; реєстр. № / register no. "
        f"{p.recipient.register_number}; пункт пропуску / border crossing {p.border_crossing}",
    )
    _box(
        canvas,
        right,
        y,
        w_right,
        24,
        "19",
        "Особливі умови / Special agreements",
        "Безоплатне перевезення гуманітарної допомоги / Carriage of humanitarian aid",
    )
    y += 24
    _box(
        canvas,
        left,
        y,
        w_left,
        12,
        "14",
        "Оплата / Instructions as to payment for carriage",
        "Франко / Carriage paid (free of charge for the consignee)",
    )
    _box(canvas, right, y, 45, 12, "15", "Накладений платіж / Cash on delivery", "—")
    _box(
        canvas,
        right + 45,
        y,
        50,
        12,
        "20",
        "Підлягає оплаті / To be paid by",
        "Відправник / sender",
    )
    y += 12
    _box(
        canvas,
        left,
        y,
        190,
        10,
        "21",
        "Складено в / Established in … on …",
        f"{p.sender.address.split(',')[-2].strip() if ',' in p.sender.address else ''} · "
        f"{p.date:%d.%m.%Y} · разом / total: {t.packages} місць / packages, {t.pallets} "
        f"піддонів / pallets, брутто / gross {number(t.gross_kg)} kg",
    )
    y += 10
    for n, (no, label) in enumerate(
        (
            ("22", "Підпис і печатка відправника / Signature and stamp of the sender"),
            ("23", "Підпис і печатка перевізника / Signature and stamp of the carrier"),
            (
                "24",
                "Вантаж отримано / Goods received: дата, підпис "
                "отримувача / date, consignee's signature",
            ),
        )
    ):
        _box(canvas, left + n * 190 / 3, y, 190 / 3, 26, no, label, "")
    y += 27
    size, lines = fit(STATEMENT, REGULAR, 190 * mm, 12 * mm, 7, 5.5, lines=3)
    canvas.setFont(REGULAR, size)
    for n, line in enumerate(lines):
        canvas.drawString(10 * mm, (page_h - y - 3 - n * size * 1.15 / mm) * mm, line)


def _goods(canvas: Canvas, p: VehiclePapers, top: float) -> None:
    """Boxes 6–12 as one table: a row per category, totals last."""
    page_h = A4[1] / mm
    columns: Sequence[tuple[str, str, float]] = (
        ("6", "Знаки і номери / Marks and nos.", 26),
        ("7", "К-сть місць / Number of packages", 24),
        ("8", "Вид упаковки / Method of packing", 24),
        ("9", "Найменування вантажу / Nature of the goods", 62),
        ("10", "Стат. № / Statistical no. (HS)", 18),
        ("11", "Вага брутто, кг / Gross weight kg", 20),
        ("12", "Об'єм, м³ / Volume m³", 16),
    )
    x = 10.0
    height = 10 + GOODS_ROWS * 6 + 7
    canvas.setLineWidth(0.6)
    canvas.rect(10 * mm, (page_h - top - height) * mm, 190 * mm, height * mm)
    for no, label, w in columns:
        canvas.line(x * mm, (page_h - top) * mm, x * mm, (page_h - top - height) * mm)
        canvas.setFont(BOLD, 7)
        canvas.drawString((x + 1) * mm, (page_h - top - 3) * mm, no)
        size, lines = fit(label, REGULAR, (w - 6) * mm, 8 * mm, 5.6, 4.5, lines=2)
        canvas.setFont(REGULAR, size)
        for n, line in enumerate(lines):
            canvas.drawString((x + 5) * mm, (page_h - top - 3 - n * size * 1.1 / mm) * mm, line)
        x += w
    canvas.line(10 * mm, (page_h - top - 10) * mm, 200 * mm, (page_h - top - 10) * mm)
    rows = list(p.summary)
    shown = rows if len(rows) <= GOODS_ROWS - 1 else rows[: GOODS_ROWS - 2]
    table_rows = [
        (
            f"{p.number}",
            str(s.packages),
            "ящики / boxes",
            f"{s.name_uk} / {s.name_en}",
            s.hs_code,
            number(s.gross_kg),
            "",
        )
        for s in shown
    ]
    if len(shown) < len(rows):
        rest = rows[len(shown) :]
        table_rows.append(
            (
                "",
                str(sum(r.packages for r in rest)),
                "ящики / boxes",
                f"та ще {len(rest)} категорій – див. пакувальний лист / and {len(rest)} "
                "more categories – see the packing list",
                "",
                number(sum((r.gross_kg for r in rest), rows[0].gross_kg * 0)),
                "",
            )
        )
    t = p.totals
    table_rows.append(
        (
            "",
            f"{t.packages} + {t.pallets} піддонів / pallets",
            "",
            "РАЗОМ (з піддонами) / TOTAL (with pallets)",
            "",
            number(t.gross_kg),
            "",
        )
    )
    for n, cells in enumerate(table_rows):
        x = 10.0
        row_top = top + 10 + n * 6
        for (_, _, w), text in zip(columns, cells, strict=True):
            font = BOLD if n == len(table_rows) - 1 else REGULAR
            size, fitted = fit(text, font, (w - 2) * mm, 5.8 * mm, 7.5, 4.5, lines=2)
            canvas.setFont(font, size)
            for k, line in enumerate(fitted):
                canvas.drawString(
                    (x + 1) * mm, (page_h - row_top - size * 1.1 / mm * (k + 1)) * mm, line
                )
            x += w
