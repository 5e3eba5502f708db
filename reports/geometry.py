"""Every label format in one table, in millimetres.

A *sheet* format places labels in a grid on A4 (start position for half-used sheets); a *roll*
or *single* format is one label per page at the printer's own size. ``dpi`` is the resolution
the barcode's modules are snapped to: narrow bars must land on whole printer dots.
"""

from __future__ import annotations

from dataclasses import dataclass

MM_PER_INCH = 25.4
A4 = (210.0, 297.0)
SHEET_SAFE_MARGIN = 4.5  # mm from the A4 sheet's edge that every office printer inks


@dataclass(frozen=True)
class LabelFormat:
    name: str
    title: str
    label_w: float
    label_h: float
    dpi: int
    columns: int = 1
    rows: int = 1
    page_w: float = 0.0  # 0: the page is the label
    page_h: float = 0.0
    left: float = 0.0  # first label's top-left corner on the page
    top: float = 0.0
    pitch_x: float = 0.0  # distance between label origins
    pitch_y: float = 0.0
    padding: float = 2.0  # inner margin kept free on each label (printer tolerance)
    # On a sheet, the margin of the A4 page an office laser or inkjet cannot print (about
    # 4 mm): labels that touch the sheet's edge keep their ink this far from it, or "10 kg"
    # prints as ".0 kg". Thermal and roll printers print their whole label.
    safe_margin: float = 0.0
    # The bars turned 90°, running across the label's feed: a dead dot of a thermal head then
    # makes a thin white line across every bar, which scanners read past, instead of splitting
    # one bar along its length, which no symbology survives.
    turned_barcode: bool = False

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def is_sheet(self) -> bool:
        return self.per_page > 1

    @property
    def page_size(self) -> tuple[float, float]:
        if self.page_w and self.page_h:
            return (self.page_w, self.page_h)
        return (self.label_w, self.label_h)

    def origin(self, slot: int) -> tuple[float, float]:
        """Top-left corner (mm, from the page's top-left) of slot 0..per_page-1, row by row."""
        row, column = divmod(slot, self.columns)
        return (
            self.left + column * (self.pitch_x or self.label_w),
            self.top + row * (self.pitch_y or self.label_h),
        )

    def insets(self) -> tuple[float, float]:
        """The free margins (each side, top and bottom) inside every label: the padding, or
        more where a label of the sheet is closer to its edge than the safe margin. The same
        on every label, so the labels of one sheet look alike."""
        page_w, page_h = self.page_size
        sides, ends = self.padding, self.padding
        for slot in range(self.per_page):
            x, y = self.origin(slot)
            sides = max(sides, self.safe_margin - x, self.safe_margin - (page_w - x - self.label_w))
            ends = max(ends, self.safe_margin - y, self.safe_margin - (page_h - y - self.label_h))
        return sides, ends

    def dots(self, mm: float) -> float:
        return mm / MM_PER_INCH * self.dpi


def _sheet(
    name: str,
    title: str,
    w: float,
    h: float,
    columns: int,
    rows: int,
    left: float,
    top: float,
    pitch_x: float = 0.0,
    pitch_y: float = 0.0,
) -> LabelFormat:
    return LabelFormat(
        name=name,
        title=title,
        label_w=w,
        label_h=h,
        dpi=300,
        columns=columns,
        rows=rows,
        page_w=A4[0],
        page_h=A4[1],
        left=left,
        top=top,
        pitch_x=pitch_x or w,
        pitch_y=pitch_y or h,
        safe_margin=SHEET_SAFE_MARGIN,
    )


FORMATS: dict[str, LabelFormat] = {
    f.name: f
    for f in (
        # Brother QL, 62 mm continuous tape, 300 dpi: 696 printable dots = 58.9 mm wide.
        LabelFormat(
            "brother-ql-62",
            "Brother QL 62 mm continuous, 62 × 100 mm, 300 dpi",
            62.0,
            100.0,
            300,
            padding=1.6,
        ),
        LabelFormat("thermal-100x150-203", "Thermal 100 × 150 mm, 203 dpi", 100.0, 150.0, 203),
        LabelFormat("thermal-100x150-300", "Thermal 100 × 150 mm, 300 dpi", 100.0, 150.0, 300),
        LabelFormat(
            "thermal-100x150-203-turned",
            "Thermal 100 × 150 mm, 203 dpi, barcode turned 90° (worn print head)",
            100.0,
            150.0,
            203,
            turned_barcode=True,
        ),
        LabelFormat(
            "thermal-100x150-300-turned",
            "Thermal 100 × 150 mm, 300 dpi, barcode turned 90° (worn print head)",
            100.0,
            150.0,
            300,
            turned_barcode=True,
        ),
        _sheet("a4-3475", "A4 Zweckform 3475, 70 × 36 mm, 3 × 8", 70.0, 36.0, 3, 8, 0.0, 4.5),
        _sheet("a4-3424", "A4 Zweckform 3424, 105 × 48 mm, 2 × 6", 105.0, 48.0, 2, 6, 0.0, 4.5),
        _sheet("a4-3427", "A4 Zweckform 3427, 105 × 74 mm, 2 × 4", 105.0, 74.0, 2, 4, 0.0, 0.5),
        _sheet(
            "a4-3483", "A4 Zweckform 3483, A6 105 × 148 mm, 2 × 2", 105.0, 148.0, 2, 2, 0.0, 0.5
        ),
        _sheet(
            "a4-l7163",
            "A4 Avery L7163, 99.1 × 38.1 mm, 2 × 7",
            99.1,
            38.1,
            2,
            7,
            4.65,
            15.15,
            pitch_x=101.6,
        ),
    )
}

DEFAULT_BOX_FORMAT = "a4-3424"
DEFAULT_PALLET_FORMAT = "a4-3483"
