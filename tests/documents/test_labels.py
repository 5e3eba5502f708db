"""Labels: every format, rendered at its printer's resolution, reads back as its own codes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
import zxingcpp

from reports import barcodes
from reports.geometry import FORMATS, LabelFormat
from reports.labels import StartPositionError, render_labels
from warehouse_app.codes import CodeKind, make_code
from warehouse_app.papers.labels import BoxLabel, LocationLabel, Owner, PalletLabel

BGH = Owner("Blau-Gelbes-Herz e.V.", "BGH", "#1F5FBF")
CUK = Owner("Cukurova e.V.", "CUK", "#138D75")


def box(serial: int, **changes: object) -> BoxLabel:
    values: dict[str, object] = dict(
        code=make_code(CodeKind.BOX, serial),
        owner=BGH,
        category_de="Schlafsäcke",
        category_uk="Спальні мішки",
        description_de="Schlafsack, Winter",
        description_uk="Спальний мішок, зимовий",
        quantity=Decimal(6),
        unit="pcs",
        net_kg=Decimal("10.8"),
        gross_kg=Decimal("11.3"),
        expiry_date=dt.date(2027, 3, 1),
        box_number=3,
        box_count=10,
    )
    values.update(changes)
    return BoxLabel(**values)  # type: ignore[arg-type]


PALLET = PalletLabel(
    make_code(CodeKind.PALLET, 11),
    (BGH, CUK),
    18,
    Decimal("224.06"),
    "Schlafsäcke, Decken",
    "Спальні мішки, пледи",
    dt.date(2027, 5, 1),
    "Житомир",
)
LOCATION = LocationLabel(make_code(CodeKind.LOCATION, 47), "Regal A-01")


def decoded(pdf: bytes, dpi: int) -> list[list[str]]:
    """The Code 128 contents found on each page rendered at dpi."""
    document = pdfium.PdfDocument(pdf)
    pages = []
    for page in document:
        image = page.render(scale=dpi / 72, grayscale=True).to_pil()
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)
        pages.append(sorted(r.text for r in found))
    return pages


def page_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


@pytest.mark.parametrize("fmt", FORMATS.values(), ids=lambda f: f.name)
def test_every_label_of_every_format_decodes_at_the_printers_resolution(fmt: LabelFormat) -> None:
    boxes = [box(n) for n in range(1, 6)]
    pdf = render_labels([*boxes, PALLET, LOCATION], fmt)
    found = [code for page in decoded(pdf, fmt.dpi) for code in page]
    expected = [b.code for b in boxes] + [PALLET.code, PALLET.code, LOCATION.code]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize("dpi", [203, 300])
def test_bars_land_on_whole_dots_with_quiet_zones(dpi: int) -> None:
    code = make_code(CodeKind.BOX, 4965)
    for width in (30.0, 66.0, 96.0):
        layout = barcodes.plan(code, width, dpi)
        assert layout.module_dots >= round(0.25 / 25.4 * dpi)  # at least 0.25 mm
        assert layout.width_dots == (len(layout.modules) + 20) * layout.module_dots
        assert layout.width_mm <= width
    with pytest.raises(barcodes.BarcodeTooSmall):
        barcodes.plan(code, 15.0, dpi)


def test_the_label_text_carries_both_languages_and_the_facts() -> None:
    pdf = render_labels([box(7, destination="Житомир")], FORMATS["thermal-100x150-203"])
    text = page_text(pdf)
    for expected in (
        "Спальний мішок, зимовий",
        "Schlafsack, Winter",
        "BGH",
        "3/10",
        "01.03.2027",
        "10,8 kg netto",
        "11,3 kg brutto",
        "Житомир",
    ):
        assert expected in text, expected


def test_a_half_used_sheet_starts_at_the_given_position() -> None:
    fmt = FORMATS["a4-3475"]  # 3 × 8
    pdf = render_labels([box(1), box(2)], fmt, start=24)
    assert len(pdfium.PdfDocument(pdf)) == 2  # position 24, then the next sheet's first
    first, second = decoded(pdf, fmt.dpi)
    assert (first, second) == ([box(1).code], [box(2).code])
    image = pdfium.PdfDocument(pdf)[0].render(scale=fmt.dpi / 72, grayscale=True).to_pil()
    width, height = image.size
    top_rows = image.crop((0, 0, width, int(height * 0.7)))
    assert zxingcpp.read_barcodes(top_rows) == []  # nothing printed on the used part


def test_a_start_position_beyond_the_sheet_is_refused() -> None:
    with pytest.raises(StartPositionError, match="positions 1 to 24"):
        render_labels([box(1)], FORMATS["a4-3475"], start=25)
    with pytest.raises(StartPositionError):
        render_labels([box(1)], FORMATS["a4-3475"], start=0)


def test_pallet_labels_come_twice_and_long_texts_stay_inside() -> None:
    long = box(
        9, description_de="Sehr lange Beschreibung " * 30, description_uk="Дуже довгий опис " * 30
    )
    fmt = FORMATS["a4-3424"]
    pdf = render_labels([long, PALLET], fmt)
    assert decoded(pdf, fmt.dpi)[0] == sorted([long.code, PALLET.code, PALLET.code])
    assert "…" in page_text(pdf)  # shortened visibly, not cut off silently


def test_the_same_labels_give_the_same_bytes() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    fmt = FORMATS["a4-3427"]
    assert render_labels([box(1), PALLET], fmt) == render_labels([box(1), PALLET], fmt)


SHEETS = [f for f in FORMATS.values() if f.is_sheet]


@pytest.mark.parametrize("fmt", SHEETS, ids=lambda f: f.name)
def test_no_ink_in_the_margin_an_office_printer_cannot_print(fmt: LabelFormat) -> None:
    """Every label of a full sheet keeps its ink 4.5 mm from the sheet's edge: a laser that
    cannot print the outer 4 mm would turn "10 kg" into ".0 kg"."""
    from reports.geometry import SHEET_SAFE_MARGIN

    pdf = render_labels([box(n) for n in range(1, fmt.per_page + 1)], fmt)
    dpi = 150
    image = pdfium.PdfDocument(pdf)[0].render(scale=dpi / 72, grayscale=True).to_pil()
    band = round((SHEET_SAFE_MARGIN - 0.2) / 25.4 * dpi)  # a dot short, for anti-aliasing
    width, height = image.size
    for box_xy in ((0, 0, band, height), (width - band, 0, width, height)):
        assert image.crop(box_xy).getextrema()[0] > 200, f"ink at the side: {box_xy}"
    for box_xy in ((0, 0, width, band), (0, height - band, width, height)):
        assert image.crop(box_xy).getextrema()[0] > 200, f"ink at the top or bottom: {box_xy}"


BOX_FORMATS = list(FORMATS.values())


@pytest.mark.parametrize("fmt", BOX_FORMATS, ids=lambda f: f.name)
@pytest.mark.parametrize("angle", [15, -15])
def test_box_labels_read_tilted_by_15_degrees(fmt: LabelFormat, angle: int) -> None:
    """Bars 12 mm high and narrow enough that a tilted scan line still crosses all of them."""
    boxes = [box(n) for n in range(1, min(fmt.per_page, 4) + 1)]
    pdf = render_labels(boxes, fmt)
    found = set()
    for page in pdfium.PdfDocument(pdf):
        image = page.render(scale=fmt.dpi / 72, grayscale=True).to_pil()
        tilted = image.rotate(angle, expand=True, fillcolor=255)
        found |= {r.text for r in zxingcpp.read_barcodes(tilted)}
    assert {b.code for b in boxes} <= found


def control_titles() -> dict[str, str]:
    from warehouse_app.services.scanning import CONTROL_TITLES

    return {control.code: title for control, title in CONTROL_TITLES.items()}


@pytest.mark.parametrize("name", ["brother-ql-62", "a4-3475", "thermal-100x150-203"])
def test_the_control_sheet_keeps_every_title_whole_and_ends_with_the_head_test(name: str) -> None:
    from warehouse_app.papers.labels import control_sheet

    titles = control_titles()
    fmt = FORMATS[name]
    pdf = render_labels(control_sheet(titles), fmt)
    text = page_text(pdf)
    for title in titles.values():
        for line in title.split(" / "):  # each language on its own line, none cut
            assert line in text, (name, line)
    assert "…" not in text
    flat = " ".join(text.split())
    assert "Print-head test" in flat and "Перевірка друкувальної головки" in flat
    found = {code for page in decoded(pdf, fmt.dpi) for code in page}
    assert found == set(titles)


def test_the_head_test_is_black_across_the_printable_width() -> None:
    from warehouse_app.papers.labels import HeadTestLabel

    fmt = FORMATS["thermal-100x150-203"]
    page = pdfium.PdfDocument(render_labels([HeadTestLabel()], fmt))[0]
    image = page.render(scale=fmt.dpi / 72, grayscale=True).to_pil()
    middle = image.height * 0.4  # inside the black field
    row = [image.getpixel((x, int(middle))) for x in range(image.width)]
    inked = [x for x, value in enumerate(row) if value < 64]
    # Every dot between the label's insets is black: a dead one would show white here.
    assert inked and inked[-1] - inked[0] + 1 == len(inked)
    assert len(inked) > 0.9 * image.width


@pytest.mark.parametrize(
    ("colour", "ink"), [("#FFD500", "black"), ("#1F5FBF", "white"), ("#138D75", "black")]
)
def test_the_owners_name_stands_out_of_its_band(colour: str, ink: str) -> None:
    from reportlab.lib.colors import black, white

    from reports.labels import band_colours, contrast

    band, chosen = band_colours(colour, FORMATS["a4-3424"])
    assert chosen == {"black": black, "white": white}[ink]
    assert contrast(band, chosen) >= 3.0
    # A roll or thermal printer prints black only: a black band, white text, always legible.
    assert band_colours(colour, FORMATS["thermal-100x150-203"]) == (black, white)


def test_a_pallets_contents_use_the_room_an_absent_expiry_leaves() -> None:
    from dataclasses import replace

    fmt = FORMATS["thermal-100x150-203"]
    long_contents = ", ".join(["Schlafsäcke", "Wolldecken", "Konserven", "Verbandsmaterial"] * 4)
    label = replace(PALLET, contents_de=long_contents, earliest_expiry=None, destination="")
    pdf = render_labels([label], fmt)
    page = pdfium.PdfDocument(pdf)[0]
    text_page = page.get_textpage()
    heights = [
        top - bottom
        for i in range(text_page.count_chars())
        if text_page.get_text_range(i, 1) == "W"  # 'Wolldecken', only in the contents
        for _left, bottom, _right, top in [text_page.get_charbox(i)]
    ]
    # A capital's height is about 0.73 of the type size: 6 pt type has 4.4 pt capitals.
    assert heights and min(heights) >= 0.7 * 6.0
    assert "…" not in page_text(pdf)


def with_dead_dot(image: object, column: int) -> object:
    """The page as a thermal head with one dead dot prints it: that column stays white."""
    from PIL import Image

    assert isinstance(image, Image.Image)
    dead = image.copy()
    for y in range(dead.height):
        dead.putpixel((column, y), 255)
    return dead


@pytest.mark.parametrize("label", [box(4940), PALLET], ids=["box", "pallet"])
def test_a_turned_barcode_survives_a_dead_print_head_dot(label: BoxLabel | PalletLabel) -> None:
    """Turned 90°, the bars run across the head: a dead dot crosses them all and the code still
    reads wherever the dot is; upright, a dead dot along a bar splits it."""
    results = {}
    for name in ("thermal-100x150-203", "thermal-100x150-203-turned"):
        fmt = FORMATS[name]
        page = pdfium.PdfDocument(render_labels([label], fmt))[0]
        image = page.render(scale=fmt.dpi / 72, grayscale=True).to_pil()
        (clean,) = [r for r in zxingcpp.read_barcodes(image) if r.text == label.code]
        corners = (clean.position.top_left, clean.position.bottom_right)
        left, right = min(p.x for p in corners), max(p.x for p in corners)
        reads = []
        for column in range(left, right, 4):  # a dead dot every 4 dots across the bars
            found = zxingcpp.read_barcodes(with_dead_dot(image, column))  # type: ignore[arg-type]
            reads.append(label.code in {r.text for r in found})
        results[name] = reads
    assert all(results["thermal-100x150-203-turned"])
    assert not all(results["thermal-100x150-203"])
