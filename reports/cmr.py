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
from reports.labels import fit, number, wrap
from reports.packing_list import aid_line
from reports.wording import Wording
from warehouse_app.papers.places import counted, word
from warehouse_app.papers.vehicle import SummaryLine, VehiclePapers

# Copy titles stay in all three languages: the German carrier and the Ukrainian consignee each
# need to see which original is theirs, whatever the papers' languages.
COPIES = (
    ("1", "Примірник відправника / Copy for the sender / Exemplar für den Absender"),
    ("2", "Примірник отримувача / Copy for the consignee / Exemplar für den Empfänger"),
    ("3", "Примірник перевізника / Copy for the carrier / Exemplar für den Frachtführer"),
    ("4", "Копія для архіву / Copy for the files / Kopie für die Akten"),
)

# What the border reads stays legible, with German added too: the filled-in text and the
# printed captions alike; boxes and the goods header grow rather than shrink it.
MIN_PT = 6.0
CAPTION_PT = 6.0  # the printed captions too: the border reads them, with German added


def _statement(w: Wording) -> str:
    return w(
        "Це перевезення здійснюється відповідно до Конвенції про договір міжнародного "
        "автомобільного перевезення вантажів (CMR).",
        "This carriage is subject, notwithstanding any clause to the contrary, to the "
        "Convention on the Contract for the International Carriage of Goods by Road (CMR).",
        "Diese Beförderung unterliegt trotz einer gegenteiligen Abmachung den Bestimmungen des "
        "Übereinkommens über den Beförderungsvertrag im internationalen Straßengüterverkehr "
        "(CMR).",
    )


GOODS_ROWS = 9


def render_cmr(papers: VehiclePapers, copies: int | None = None) -> bytes:
    """The originals for sender, consignee and carrier, and the files' copy if set."""
    copies = copies or papers.cmr_copies
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


def _label_lines(label: str, w: float) -> tuple[float, list[str]]:
    return fit(label, REGULAR, (w - 6) * mm, 12 * mm, 6.5, CAPTION_PT, lines=5)


def _height_needed(label: str, text: str, w: float) -> float:
    """The height in mm a box needs for text at no less than MIN_PT."""
    label_size, label_lines = _label_lines(label, w)
    label_h = 5 + (len(label_lines) - 1) * label_size * 1.15 / mm
    lines = wrap(text, REGULAR, MIN_PT, (w - 3) * mm)
    return float(label_h + len(lines) * MIN_PT * 1.15 / mm + 1.5)


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
    # The label takes more lines when three languages do not fit on one.
    label_size, label_lines = _label_lines(label, w)
    canvas.setFont(REGULAR, label_size)
    for n, line in enumerate(label_lines):
        canvas.drawString((x + 5) * mm, (page_h - top - 3) * mm - n * label_size * 1.15, line)
    label_h = 5 + (len(label_lines) - 1) * label_size * 1.15 / mm
    if text:
        space = (h - label_h) * mm
        font_size, lines = fit(text, REGULAR, (w - 3) * mm, space, size, MIN_PT, lines=16)
        canvas.setFont(REGULAR, font_size)
        for n, line in enumerate(lines):
            canvas.drawString(
                (x + 1.5) * mm,
                (page_h - top - label_h - font_size * 1.15 / mm * (n + 1) + 1) * mm,
                line,
            )


def _page(canvas: Canvas, p: VehiclePapers, copy_no: str, copy_title: str) -> None:
    page_h = A4[1] / mm
    w = Wording(p.languages)
    canvas.setFont(BOLD, 13)
    canvas.drawString(10 * mm, (page_h - 11) * mm, "CMR")
    title = w(
        "Міжнародна товарно-транспортна накладна",
        "International consignment note",
        "Internationaler Frachtbrief",
    )
    # Shrinks to stay clear of the number on the right.
    title_size, title_lines = fit(title, BOLD, 140 * mm, 4 * mm, 8.5, MIN_PT, lines=1)
    canvas.setFont(BOLD, title_size)
    canvas.drawString(24 * mm, (page_h - 9) * mm, title_lines[0])
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
        w.party("sender") + " (name, address, country)",
        f"{p.sender.name}, {p.sender.address}",
    )
    _box(
        canvas,
        right,
        y,
        w_right,
        22,
        "16",
        w.party("carrier") + " (name, address, country)",
        f"{p.carrier.name}, {p.carrier.address}; {p.truck_plate} / {p.trailer_plate}; "
        + "; ".join(p.drivers),
    )
    y += 22
    _box(
        canvas,
        left,
        y,
        w_left,
        22,
        "2",
        w.party("consignee") + " (name, address, country)",
        f"{p.recipient.name}, {p.recipient.address}; {w('ЄДРПОУ', 'EDRPOU', 'EDRPOU')} "
        f"{p.recipient.edrpou}",
    )
    _box(
        canvas,
        right,
        y,
        w_right,
        22,
        "17",
        w("Наступні перевізники", "Successive carriers", "Nachfolgende Frachtführer"),
        "",
    )
    y += 22
    _box(
        canvas,
        left,
        y,
        w_left,
        14,
        "3",
        w("Місце розвантаження", "Place of delivery", "Auslieferungsort"),
        p.delivery_place,
    )
    _box(
        canvas,
        right,
        y,
        w_right,
        28,
        "18",
        w(
            "Застереження перевізника",
            "Carrier's reservations and observations",
            "Vorbehalte des Frachtführers",
        ),
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
        w(
            "Місце і дата завантаження",
            "Place and date of taking over",
            "Ort und Tag der Übernahme",
        ),
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
        w("Додані документи", "Documents attached", "Beigefügte Dokumente"),
        f"{w('Пакувальний лист', 'packing list', 'Packliste')} {p.number}; "
        f"{w('дарчий лист', 'donation letter', 'Schenkungsurkunde')}; "
        f"{w('рахунок-проформа', 'pro-forma invoice', 'Proforma-Rechnung')} {p.number}"
        + (f"; MRN {p.export_mrn}" if p.export_mrn else ""),
    )
    y += 12
    y += _goods(canvas, p, y, w)
    t = p.totals
    label_13 = w(
        "Вказівки відправника", "Sender's instructions (customs)", "Anweisungen des Absenders"
    )
    text_13 = instructions(p, w)
    # Box 13 grows with what customs must read (three languages, dangerous goods, licences)
    # rather than shrink it below 6 pt or cut it; the page has room below the signatures.
    tall = max(24.0, _height_needed(label_13, text_13, w_left))
    _box(canvas, left, y, w_left, tall, "13", label_13, text_13)
    _box(
        canvas,
        right,
        y,
        w_right,
        tall,
        "19",
        w("Особливі умови", "Special agreements", "Besondere Vereinbarungen"),
        w(
            "Безоплатне перевезення гуманітарної допомоги",
            "Carriage of humanitarian aid",
            "Beförderung humanitärer Hilfe",
        ),
    )
    y += tall
    _box(
        canvas,
        left,
        y,
        w_left,
        12,
        "14",
        w("Оплата", "Instructions as to payment for carriage", "Frachtzahlungsanweisungen"),
        w(
            "Франко (безоплатно для отримувача)",
            "Carriage paid (free of charge for the consignee)",
            "Frei (kostenlos für den Empfänger)",
        ),
    )
    _box(
        canvas,
        right,
        y,
        45,
        12,
        "15",
        w("Накладений платіж", "Cash on delivery", "Rückerstattung"),
        "—",
    )
    _box(
        canvas,
        right + 45,
        y,
        50,
        12,
        "20",
        w("Підлягає оплаті", "To be paid by", "Zu zahlen vom"),
        w("Відправник", "sender", "Absender"),
    )
    y += 12
    _box(
        canvas,
        left,
        y,
        190,
        10,
        "21",
        w("Складено в", "Established in … on …", "Ausgefertigt in … am …"),
        f"{p.sender.address.split(',')[-2].strip() if ',' in p.sender.address else ''} · "
        f"{p.date:%d.%m.%Y} · {w('разом', 'total', 'gesamt')}: {w.places(t)}, "
        f"{w('брутто', 'gross', 'brutto')} {number(t.gross_kg)} kg",
    )
    y += 10
    for n, (no, label) in enumerate(
        (
            (
                "22",
                w(
                    "Підпис і печатка відправника",
                    "Signature and stamp of the sender",
                    "Unterschrift und Stempel des Absenders",
                ),
            ),
            (
                "23",
                w(
                    "Підпис і печатка перевізника",
                    "Signature and stamp of the carrier",
                    "Unterschrift und Stempel des Frachtführers",
                ),
            ),
            (
                "24",
                w(
                    "Вантаж отримано: дата, підпис отримувача",
                    "Goods received: date, consignee's signature",
                    "Gut empfangen: Datum, Unterschrift des Empfängers",
                ),
            ),
        )
    ):
        _box(canvas, left + n * 190 / 3, y, 190 / 3, 26, no, label, "")
    y += 27
    size, lines = fit(_statement(w), REGULAR, 190 * mm, 12 * mm, 7, MIN_PT, lines=4)
    canvas.setFont(REGULAR, size)
    for n, line in enumerate(lines):
        canvas.drawString(10 * mm, (page_h - y - 3 - n * size * 1.15 / mm) * mm, line)


def instructions(p: VehiclePapers, w: Wording) -> str:
    """Box 13: the aid's codes and crossing, the export MRN, what was acknowledged for
    categories on board (licences), and the ADR statement of the load."""
    parts = [
        f"{aid_line(w)}. {w.term('aid_code')} {p.aid_code}; "
        f"{w.term('register')} {p.recipient.register_number}; "
        f"{w('пункт пропуску', 'border crossing', 'Grenzübergang')} {p.border_crossing}"
    ]
    if p.export_mrn:
        parts.append(f"MRN {p.export_mrn}")
    parts += [f"{name}: {reference}" for name, reference in p.acknowledgements]
    adr = w.adr(p.dangerous)
    if adr:
        parts.append(adr)
    return ". ".join(parts)


def named_rows(rows: Sequence[SummaryLine], room: int) -> list[SummaryLine]:
    """The lines box 9 names, in their order, when not all fit (one row then sums the rest):
    dangerous goods, vehicles and the line of the largest value always, then the others."""
    if len(rows) <= room:
        return list(rows)
    room -= 1  # the row of the rest
    first = max(rows, key=lambda r: r.value_eur)
    must = [r for r in rows if r.un_number or r.packing == "unpacked" or r is first]
    chosen = must[:room] + [r for r in rows if r not in must][: max(0, room - len(must))]
    return [r for r in rows if r in chosen]


Cells = tuple[str, str, str, str, str, str, str]


def _goods_rows(p: VehiclePapers, w: Wording, shown: list[SummaryLine]) -> list[Cells]:
    """The texts of boxes 6-12: a row per shown line, one for the rest, the totals last."""
    rows = list(p.summary)
    entries = {e.un_number: e for e in p.dangerous.entries}
    table_rows: list[Cells] = [
        (
            f"{p.number}",
            str(s.packages),
            # A line counts its boxes (its pallets are shared with other lines).
            w.packing("unpacked" if s.packing == "unpacked" else "boxes", s.packages),
            f"{entries[s.un_number].entry} ({s.name_uk})"
            if s.un_number in entries
            else w(s.name_uk, s.name_en, s.name_de),
            s.hs_code,
            number(s.gross_kg),
            "",
        )
        for s in shown
    ]
    if len(shown) < len(rows):
        rest = [r for r in rows if r not in shown]
        table_rows.append(
            (
                "",
                str(sum(r.packages for r in rest)),
                w.packing("boxes", sum(r.packages for r in rest)),
                w(
                    f"та ще {counted('category', len(rest), 'uk')} – див. пакувальний лист",
                    f"and {len(rest)} more {word('category', len(rest), 'en')} – see the "
                    "packing list",
                    f"und {len(rest)} weitere {word('category', len(rest), 'de')} – siehe "
                    "Packliste",
                ),
                "",
                number(sum((r.gross_kg for r in rest), rows[0].gross_kg * 0)),
                "",
            )
        )
    t = p.totals
    table_rows.append(
        (
            "",
            str(t.places),
            w.packing(t.packing, t.places),
            f"{w('РАЗОМ', 'TOTAL', 'GESAMT')}: {w.places(t)}",
            "",
            number(t.gross_kg),
            "",
        )
    )
    return table_rows


def _fitted(
    cells: Cells, columns: Sequence[tuple[str, str, float]], *, last: bool
) -> tuple[float, list[tuple[str, float, list[str]]]]:
    """A row's height in mm and each cell's font, size and lines."""
    font = BOLD if last else REGULAR
    laid = []
    for (_, _, width), text in zip(columns, cells, strict=True):
        # The totals say the places in every language: they may take a fourth line.
        most = 4 if last else 3
        size, lines = fit(text, font, (width - 2) * mm, most * 2.9 * mm, 7.5, MIN_PT, lines=most)
        laid.append((font, size, lines))
    needed = max(len(lines) * size * 1.1 / mm for _, size, lines in laid) + 0.9
    return max(6.0, needed), laid


def _goods(canvas: Canvas, p: VehiclePapers, top: float, w: Wording) -> float:
    """Boxes 6–12 as one table: a row per category, totals last; returns its height in mm."""
    page_h = A4[1] / mm
    columns: Sequence[tuple[str, str, float]] = (
        ("6", w("Знаки і номери", "Marks and nos.", "Kennzeichen und Nummern"), 26),
        ("7", w("К-сть місць", "Number of packages", "Anzahl der Packstücke"), 24),
        ("8", w("Вид упаковки", "Method of packing", "Art der Verpackung"), 24),
        ("9", w("Найменування вантажу", "Nature of the goods", "Bezeichnung des Gutes"), 62),
        ("10", w("Стат. №", "Statistical no. (HS)", "Statistik-Nr. (HS)"), 18),
        ("11", w("Вага брутто, кг", "Gross weight kg", "Bruttogewicht kg"), 20),
        ("12", w("Об'єм, м³", "Volume m³", "Umfang m³"), 16),
    )
    x = 10.0
    # The captions at 6 pt or more, on as many lines as they need: the header grows.
    # Under the box number, across the column: a long German word ("Bruttogewicht") fits.
    captions = [
        fit(label, REGULAR, (width - 2) * mm, 30 * mm, 6.5, CAPTION_PT, lines=8)
        for _, label, width in columns
    ]
    header = max(10.0, max(5.6 + len(lines) * size * 1.1 / mm for size, lines in captions) + 0.6)
    height = header + GOODS_ROWS * 6 + 7
    canvas.setLineWidth(0.6)
    canvas.rect(10 * mm, (page_h - top - height) * mm, 190 * mm, height * mm)
    for (no, _, width), (size, lines) in zip(columns, captions, strict=True):
        canvas.line(x * mm, (page_h - top) * mm, x * mm, (page_h - top - height) * mm)
        canvas.setFont(BOLD, 7)
        canvas.drawString((x + 1) * mm, (page_h - top - 3) * mm, no)
        canvas.setFont(REGULAR, size)
        for n, line in enumerate(lines):
            baseline = top + 3 + (n + 1) * size * 1.1 / mm
            canvas.drawString((x + 1) * mm, (page_h - baseline) * mm, line)
        x += width
    canvas.line(10 * mm, (page_h - top - header) * mm, 200 * mm, (page_h - top - header) * mm)
    rows = list(p.summary)
    # Rows grow to three lines (three languages in narrow boxes stay at 6 pt or more); when the
    # box is full, the rest is summed in one row.
    for room in range(GOODS_ROWS - 1, 0, -1):
        table_rows = _goods_rows(p, w, named_rows(rows, room))
        laid = [
            _fitted(cells, columns, last=n == len(table_rows) - 1)
            for n, cells in enumerate(table_rows)
        ]
        if sum(row_height for row_height, _ in laid) <= GOODS_ROWS * 6:
            break
    row_top: float = top + header
    for row_height, cells in laid:
        x = 10.0
        for (_, _, width), (font, size, fitted) in zip(columns, cells, strict=True):
            canvas.setFont(font, size)
            for k, line in enumerate(fitted):
                canvas.drawString(
                    (x + 1) * mm, (page_h - row_top - size * 1.1 / mm * (k + 1)) * mm, line
                )
            x += width
        row_top += row_height
    return float(height)
