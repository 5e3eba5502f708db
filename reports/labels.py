"""Box, pallet and location labels as one PDF for any format of reports.geometry.

Layouts scale with the label's height, so the same drawing serves a 70 × 36 mm sheet label and
a 100 × 150 mm thermal label. Text that does not fit shrinks, then wraps to two lines, and only
then ends in "…". Pallet labels come twice each: one for each of two sides of the pallet.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from decimal import Decimal

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reports import barcodes
from reports.fonts import BOLD, REGULAR, register_fonts
from reports.geometry import LabelFormat
from warehouse_app.papers.labels import (
    BoxLabel,
    ControlLabel,
    HeadTestLabel,
    Label,
    LocationLabel,
    PalletLabel,
)

UNITS_DE_UK = {
    "pcs": ("Stk.", "шт."),
    "kg": ("kg", "кг"),
    "l": ("l", "л"),
    "set": ("Set", "компл."),
}


class StartPositionError(ValueError):
    """The start position is not on the sheet."""


MIN_BAR_MM = 12.0  # the bars' height on every box label
CONTENTS_MIN_PT = 6.0  # a pallet's contents, read from a step away
TURNED_STRIP_MM = 22.0  # a turned barcode's strip: bars this long, 16 mm and more


def render_labels(
    labels: Sequence[Label], fmt: LabelFormat, *, start: int = 1, title: str = "Hafenlager labels"
) -> bytes:
    """All labels as one PDF; on sheets the first one goes to position start (1-based)."""
    if not 1 <= start <= fmt.per_page:
        raise StartPositionError(
            f"Start position {start} is not on the sheet: {fmt.title} has positions 1 to "
            f"{fmt.per_page}."
        )
    register_fonts()
    buffer = io.BytesIO()
    page_w, page_h = fmt.page_size
    canvas = Canvas(buffer, pagesize=(page_w * mm, page_h * mm), pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("Hafenlager")
    slot = start - 1
    drawn_on_page = False
    for label in _expanded(labels):
        if slot == fmt.per_page:
            canvas.showPage()
            slot = 0
        _draw(canvas, label, fmt, slot)
        drawn_on_page = True
        slot += 1
    if drawn_on_page:
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _expanded(labels: Sequence[Label]) -> Iterator[Label]:
    for label in labels:
        yield label
        if isinstance(label, PalletLabel):
            yield label  # the second side of the pallet


def _draw(canvas: Canvas, label: Label, fmt: LabelFormat, slot: int) -> None:
    pen = _Pen(canvas, fmt, slot)
    if isinstance(label, BoxLabel):
        _box(pen, label)
    elif isinstance(label, PalletLabel):
        _pallet(pen, label)
    elif isinstance(label, ControlLabel):
        _control(pen, label)
    elif isinstance(label, HeadTestLabel):
        _head_test(pen)
    else:
        _location(pen, label)


def band_colours(colour: str, fmt: LabelFormat) -> tuple[Color, Color]:
    """The owner's band and the ink of its text.

    On a roll or thermal printer, which prints in black only, the band is black and its text
    white: a colour becomes a dither there, and black text on a dark dither vanished. On a
    sheet the band keeps its colour, and the text is white or black, whichever stands out more
    (WCAG contrast): black on the yellow of one association, white on the blue of another."""
    if not fmt.is_sheet:
        return black, white
    band = HexColor(colour)
    return band, white if contrast(band, white) >= contrast(band, black) else black


def contrast(a: Color, b: Color) -> float:
    lighter, darker = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: Color) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red) + 0.7152 * linear(colour.green) + 0.0722 * linear(colour.blue)
    )


class _Pen:
    """Drawing inside one label, in millimetres from the label's top-left corner."""

    def __init__(self, canvas: Canvas, fmt: LabelFormat, slot: int) -> None:
        self.canvas = canvas
        self.fmt = fmt
        self.page_h = fmt.page_size[1]
        x, y = fmt.origin(slot)
        sides, ends = fmt.insets()
        self.x0 = x + sides
        self.y0 = y + ends
        self.w = fmt.label_w - 2 * sides
        self.h = fmt.label_h - 2 * ends

    def _pt(self, x: float, y: float) -> tuple[float, float]:
        return (self.x0 + x) * mm, (self.page_h - self.y0 - y) * mm

    def band(self, y: float, h: float, colour: Color) -> None:
        self.canvas.setFillColor(colour)
        px, py = self._pt(0, y + h)
        self.canvas.rect(px, py, self.w * mm, h * mm, stroke=0, fill=1)
        self.canvas.setFillColorRGB(0, 0, 0)

    def text(
        self,
        x: float,
        baseline: float,
        text: str,
        font: str,
        size_pt: float,
        colour: object = None,
        align: str = "left",
        width: float | None = None,
    ) -> None:
        canvas = self.canvas
        if colour is not None:
            canvas.setFillColor(colour)
        canvas.setFont(font, size_pt)
        px, py = self._pt(x, baseline)
        if align == "right":
            canvas.drawRightString(px + (width or 0) * mm, py, text)
        elif align == "center":
            canvas.drawCentredString(px + (width or self.w) * mm / 2, py, text)
        else:
            canvas.drawString(px, py, text)
        if colour is not None:
            canvas.setFillColorRGB(0, 0, 0)

    def fitted(
        self,
        x: float,
        top: float,
        width: float,
        height: float,
        text: str,
        font: str,
        max_pt: float,
        min_pt: float,
        lines: int = 2,
    ) -> float:
        """Text in a box: shrink to fit, else wrap, else end in '…'. Returns the height used."""
        size, wrapped = fit(text, font, width * mm, height * mm, max_pt, min_pt, lines)
        line_h: float = size * 1.15 / mm
        for n, line in enumerate(wrapped):
            self.text(x, top + size * 0.95 / mm + n * line_h, line, font, size)
        return len(wrapped) * line_h

    def barcode(
        self, code: str, top: float, height: float, text_pt: float, module: float | None = None
    ) -> float:
        """Centred barcode with the code in readable digits under it; returns height used."""
        # Wider bars on wide labels (pallets): read from further away, with a worn scanner.
        wide = 0.75 if self.w >= 80 else 0.5
        layout = barcodes.plan(code, self.w, self.fmt.dpi, module or wide)
        left = (self.w - layout.width_mm) / 2
        text_h = text_pt * 1.1 / mm
        barcodes.draw(
            self.canvas, layout, self.x0 + left, self.y0 + top, height - text_h, self.page_h
        )
        self.text(0, top + height - 0.15 * text_h, spaced(code), BOLD, text_pt, align="center")
        return height

    def turned_barcode(
        self, code: str, x: float, top: float, width: float, length: float, text_pt: float
    ) -> None:
        """The barcode turned 90° in a strip (x, top, width, length), its digits under it."""
        digits = spaced(code)
        text_pt = min(text_pt, width * mm / stringWidth(digits, BOLD, 1.0))  # within the strip
        text_h = text_pt * 1.1 / mm
        layout = barcodes.plan(code, length - text_h - 1, self.fmt.dpi, 0.5)
        barcodes.draw_turned(self.canvas, layout, self.x0 + x, self.y0 + top, width, self.page_h)
        self.text(
            x,
            top + layout.width_mm + text_h,
            spaced(code),
            BOLD,
            text_pt,
            width=width,
            align="center",
        )


def fit(
    text: str,
    font: str,
    width_pt: float,
    height_pt: float,
    max_pt: float,
    min_pt: float,
    lines: int,
) -> tuple[float, list[str]]:
    size = max_pt
    while size >= min_pt:
        if stringWidth(text, font, size) <= width_pt and size * 1.15 <= height_pt:
            return size, [text]
        size -= 0.5
    for size_try in _steps(max_pt, min_pt):
        wrapped = wrap(text, font, size_try, width_pt)
        if len(wrapped) <= lines and len(wrapped) * size_try * 1.15 <= height_pt:
            return size_try, wrapped
    size = min_pt
    max_lines = max(1, min(lines, int(height_pt // (size * 1.15))))
    wrapped = wrap(text, font, size, width_pt)
    if len(wrapped) > max_lines:
        wrapped = wrapped[:max_lines]
        last = wrapped[-1]
        while last and stringWidth(last + "…", font, size) > width_pt:
            last = last[:-1]
        wrapped[-1] = last.rstrip() + "…"
    return size, wrapped


def _steps(max_pt: float, min_pt: float) -> Iterator[float]:
    size = max_pt
    while size >= min_pt:
        yield size
        size -= 0.5


def wrap(text: str, font: str, size: float, width_pt: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width_pt or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines or [""]


def spaced(code: str) -> str:
    """8 digits as '1000 4965': easier to read aloud and to type by hand."""
    return f"{code[:4]} {code[4:]}" if len(code) == 8 else code


def number(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


def _box(pen: _Pen, label: BoxLabel) -> None:
    h, w = pen.h, pen.w
    band_h = max(4.5, h * 0.15)
    band, ink = band_colours(label.owner.colour, pen.fmt)
    pen.band(0, band_h, band)
    head_pt = min(band_h * 0.72 / 0.3528, 30)
    pen.text(1.2, band_h * 0.78, label.owner.short_code, BOLD, head_pt, colour=ink)
    count = f"{label.box_number}/{label.box_count}" if label.box_count > 1 else ""
    if count:
        pen.text(0, band_h * 0.78, count, BOLD, head_pt, colour=ink, align="right", width=w - 1.2)
    short_w = stringWidth(label.owner.short_code, BOLD, head_pt) / mm + 3
    count_w = stringWidth(count, BOLD, head_pt) / mm + 3 if count else 0
    if w > 50:
        pen.canvas.setFillColor(ink)
        pen.fitted(
            short_w,
            band_h * 0.18,
            w - short_w - count_w,
            band_h * 0.7,
            label.owner.name,
            REGULAR,
            head_pt * 0.45,
            5,
            lines=1,
        )
        pen.canvas.setFillColor(black)

    # Bars at least 12 mm high: a handheld imager reads a label tilted 15° only then.
    code_pt = 8.0 if h < 40 else min(max(6.0, h * 0.2), 12.0)
    turned = pen.fmt.turned_barcode
    # Turned, the bars stand in a strip at the right, as long as the label below the band.
    strip_w = TURNED_STRIP_MM if turned else 0.0
    body_w = w - strip_w - (1.0 if turned else 0.0)
    barcode_h = 0.0 if turned else max(MIN_BAR_MM + code_pt * 1.1 / mm, h * 0.27)
    expiry_h = max(3.6, h * 0.11) if label.expiry_date else 0.0
    y = band_h + 0.8
    body_h = h - y - barcode_h - expiry_h - 0.5
    text_pt = min(max(5.5, h * 0.3), 18)
    unit_de, unit_uk = UNITS_DE_UK.get(label.unit, (label.unit, label.unit))
    rows = [
        (f"{label.category_de} / {label.category_uk}", BOLD, 0.22),
        (label.description_de, REGULAR, 0.26),
        (label.description_uk, REGULAR, 0.26),
        (
            f"{number(label.quantity)} {unit_de} / {unit_uk} · {number(label.net_kg)} kg netto · "
            f"{number(label.gross_kg)} kg brutto"
            + (f" · → {label.destination}" if label.destination else ""),
            BOLD,
            0.26,
        ),
    ]
    for text, font, share in rows:
        used = pen.fitted(0, y, body_w, body_h * share, text, font, text_pt, 5, lines=2)
        y += max(used, body_h * share * 0.6)
    if label.expiry_date:
        expiry_pt = min(expiry_h * 0.8 / 0.3528, 26)
        pen.fitted(
            0,
            h - barcode_h - expiry_h,
            body_w,
            expiry_h,
            "MHD / Термін: " + label.expiry_date.strftime("%d.%m.%Y"),
            BOLD,
            expiry_pt,
            6,
            lines=1,
        )
    # Narrow modules: a scan line tilted 15° still crosses every bar of a 40 mm code that is
    # 12 mm high (tan 15° × 40 mm = 10.7 mm); at 0.75 mm the code is 60 mm wide and it does not.
    if turned:
        top = band_h + 1.0
        pen.turned_barcode(label.code, w - strip_w, top, strip_w, h - top, code_pt)
    else:
        pen.barcode(label.code, h - barcode_h, barcode_h, code_pt, module=0.5)


def _pallet(pen: _Pen, label: PalletLabel) -> None:
    """Every part has its share of the label's height, so an A6 and a 48 mm label both hold it."""
    h, w = pen.h, pen.w
    shares = {
        "title": 0.11,
        "barcode": 0.31,
        "owners": 0.09,
        "totals": 0.12,
        "contents_de": 0.11,
        "contents_uk": 0.11,
        "expiry": 0.08,
        "destination": 0.07,
    }
    # What a pallet lacks (an expiry, a destination) leaves its room to the contents: on a
    # thermal label they shrank to 4.5 pt while a third of it stayed blank.
    spare = (0 if label.earliest_expiry else shares.pop("expiry")) + (
        0 if label.destination else shares.pop("destination")
    )
    shares["contents_de"] += spare / 2
    shares["contents_uk"] += spare / 2
    part = {name: share * h for name, share in shares.items()}
    max_pt = min(h * 0.35, 22)
    y = 0.0
    pen.fitted(0, y, w, part["title"], "PALETTE · ПІДДОН", BOLD, max_pt, 5, lines=1)
    y += part["title"]
    code_pt = min(max(6.0, part["barcode"] * 0.8), 22)
    if pen.fmt.turned_barcode:  # bars across the whole width, the code read top to bottom
        pen.turned_barcode(label.code, 0, y, w, part["barcode"], code_pt)
    else:
        pen.barcode(label.code, y, part["barcode"], code_pt)
    y += part["barcode"] + part["owners"] * 0.1
    stripe = w / max(1, len(label.owners))
    stripe_h = part["owners"] * 0.8
    for n, owner in enumerate(label.owners):
        band, ink = band_colours(owner.colour, pen.fmt)
        pen.canvas.setFillColor(band)
        px, py = pen._pt(n * stripe, y + stripe_h)
        # A hair of white between black stripes keeps the owners apart on a thermal label.
        gap = 0.6 if n else 0.0
        pen.canvas.rect(px + gap * mm, py, (stripe - gap) * mm, stripe_h * mm, stroke=0, fill=1)
        pen.canvas.setFillColor(ink)
        pen.fitted(
            n * stripe + 0.8,
            y,
            stripe - 1.6,
            stripe_h,
            owner.short_code,
            BOLD,
            stripe_h * 0.8 / 0.3528,
            4,
            lines=1,
        )
    pen.canvas.setFillColorRGB(0, 0, 0)
    y += part["owners"] * 0.9
    pen.fitted(
        0,
        y,
        w,
        part["totals"],
        f"{label.boxes} Kisten / ящ. · {number(label.gross_kg)} kg brutto",
        BOLD,
        max_pt,
        5,
        lines=1,
    )
    y += part["totals"]
    for name, text in (("contents_de", label.contents_de), ("contents_uk", label.contents_uk)):
        lines = max(2, min(8, int(part[name] / (CONTENTS_MIN_PT * 1.15 * 0.3528))))
        pen.fitted(0, y, w, part[name], text, REGULAR, max_pt * 0.8, CONTENTS_MIN_PT, lines=lines)
        y += part[name]
    if label.earliest_expiry:
        pen.fitted(
            0,
            y,
            w,
            part["expiry"],
            "MHD / Термін ≥ " + label.earliest_expiry.strftime("%d.%m.%Y"),
            BOLD,
            max_pt * 0.8,
            4.5,
            lines=1,
        )
        y += part["expiry"]
    if label.destination:
        pen.fitted(
            0, y, w, part["destination"], "→ " + label.destination, BOLD, max_pt * 0.8, 4.5, lines=1
        )


def _location(pen: _Pen, label: LocationLabel) -> None:
    h, w = pen.h, pen.w
    name_h = h * 0.42
    pen.fitted(0, 0, w, name_h, label.name, BOLD, min(name_h / 0.3528 * 0.8, 60), 8, lines=1)
    barcode_h = h - name_h - 1
    pen.barcode(label.code, name_h + 1, barcode_h, min(max(6.0, barcode_h * 0.8), 16))


def _control(pen: _Pen, label: ControlLabel) -> None:
    """Each language's title on a line of its own: on one line the last (Ukrainian) was cut."""
    h, w = pen.h, pen.w
    titles_h = h * 0.5
    line_h = titles_h / max(1, len(label.titles))
    for n, title in enumerate(label.titles):
        font = BOLD if n == 0 else REGULAR
        pen.fitted(
            0, n * line_h, w, line_h, title, font, min(line_h / 0.3528 * 0.8, 20), 5, lines=1
        )
    barcode_h = h - titles_h - 1
    pen.barcode(label.code, titles_h + 1, barcode_h, min(max(6.0, barcode_h * 0.8), 14))


HEAD_TEST_TITLES = (
    "Print-head test / Druckkopf-Test / Перевірка друкувальної головки",
    "A white line in the black: a dead dot. Clean the head, or turn the barcodes 90°.",
    "Weiße Linie im Schwarz: ein toter Punkt. Kopf reinigen oder Strichcodes um 90° drehen.",
    "Біла лінія на чорному: мертва точка. Очистіть головку або поверніть коди на 90°.",
)


def _head_test(pen: _Pen) -> None:
    """A black field across the whole printable width, where a dead dot shows at once."""
    h, w = pen.h, pen.w
    title_h = h * 0.16
    pen.fitted(0, 0, w, title_h, HEAD_TEST_TITLES[0], BOLD, min(title_h / 0.3528, 16), 5, lines=2)
    field_h = h * 0.44
    pen.band(title_h, field_h, black)
    notes_h = (h - title_h - field_h - 1) / 3
    for n, note in enumerate(HEAD_TEST_TITLES[1:]):
        top = title_h + field_h + 1 + n * notes_h
        # Wrapped to two lines before it shrinks below what two lines allow.
        smallest = max(4.0, min(7.0, notes_h / 0.3528 / 2.5))
        pen.fitted(0, top, w, notes_h, note, REGULAR, min(notes_h / 0.3528, 12), smallest, lines=2)
