"""Code 128 drawn as vector bars on a reportlab canvas, each bar on whole printer dots.

python-barcode encodes (it picks code set C for digit runs, so an 8-digit code is 79 modules);
this module only draws. Bars are placed on the printer's dot grid of the *page*, so a 203 dpi
thermal printer prints every narrow bar exactly two dots wide instead of smearing it.
"""

from __future__ import annotations

from dataclasses import dataclass

from barcode import Code128
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 10
MM_PER_INCH = 25.4
POINTS_PER_INCH = 72.0


class BarcodeTooSmall(ValueError):
    """The space cannot hold the code with readable modules and quiet zones."""


@dataclass(frozen=True)
class BarcodeLayout:
    modules: str
    module_dots: int
    dpi: int

    @property
    def width_dots(self) -> int:
        return (len(self.modules) + 2 * QUIET_MODULES) * self.module_dots

    @property
    def width_mm(self) -> float:
        return self.width_dots / self.dpi * MM_PER_INCH


def encode(code: str) -> str:
    """The module pattern ('1' bar, '0' space) of code, without quiet zones."""
    return "".join(Code128(code).build())


def plan(code: str, max_width_mm: float, dpi: int, max_module_mm: float = 0.5) -> BarcodeLayout:
    """The widest whole-dot module that fits max_width_mm with both quiet zones.

    Modules are at least 0.25 mm (cheap scanners and smeared thermal paper) and at most
    max_module_mm (wider bars only make a longer code, not a better one).
    """
    modules = encode(code)
    total = len(modules) + 2 * QUIET_MODULES
    available = int(max_width_mm / MM_PER_INCH * dpi)
    smallest = max(1, round(0.25 / MM_PER_INCH * dpi))
    largest = max(smallest, int(max_module_mm / MM_PER_INCH * dpi))
    module_dots = min(largest, available // total)
    if module_dots < smallest:
        raise BarcodeTooSmall(
            f"Code {code} needs {total * smallest / dpi * MM_PER_INCH:.1f} mm of width; "
            f"the label has {max_width_mm:.1f} mm."
        )
    return BarcodeLayout(modules=modules, module_dots=module_dots, dpi=dpi)


def draw(
    canvas: Canvas,
    layout: BarcodeLayout,
    x_mm: float,
    y_top_mm: float,
    height_mm: float,
    page_height_mm: float,
) -> None:
    """Draw the bars with their quiet zones starting at x_mm (left edge of the left quiet zone).

    Coordinates are page millimetres from the top-left; every edge is rounded to the dot grid.
    """
    to_pt = POINTS_PER_INCH / layout.dpi
    x0 = round(x_mm / MM_PER_INCH * layout.dpi) + QUIET_MODULES * layout.module_dots
    top = round(y_top_mm / MM_PER_INCH * layout.dpi)
    bottom = round((y_top_mm + height_mm) / MM_PER_INCH * layout.dpi)
    page_dots = page_height_mm / MM_PER_INCH * layout.dpi
    y_pt = (page_dots - bottom) * to_pt
    h_pt = (bottom - top) * to_pt
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    run_start = -1
    modules = layout.modules + "0"
    for i, module in enumerate(modules):
        if module == "1" and run_start < 0:
            run_start = i
        elif module == "0" and run_start >= 0:
            left = x0 + run_start * layout.module_dots
            width = (i - run_start) * layout.module_dots
            path.rect(left * to_pt, y_pt, width * to_pt, h_pt)
            run_start = -1
    canvas.drawPath(path, stroke=0, fill=1)


def draw_turned(
    canvas: Canvas,
    layout: BarcodeLayout,
    x_mm: float,
    y_top_mm: float,
    bar_length_mm: float,
    page_height_mm: float,
) -> None:
    """The same bars turned 90°: each a horizontal line bar_length_mm long, the code read from
    top (its start, after the quiet zone at y_top_mm) to bottom. Every edge on the dot grid."""
    to_pt = POINTS_PER_INCH / layout.dpi
    left = round(x_mm / MM_PER_INCH * layout.dpi)
    right = round((x_mm + bar_length_mm) / MM_PER_INCH * layout.dpi)
    y0 = round(y_top_mm / MM_PER_INCH * layout.dpi) + QUIET_MODULES * layout.module_dots
    page_dots = page_height_mm / MM_PER_INCH * layout.dpi
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    run_start = -1
    for i, module in enumerate(layout.modules + "0"):
        if module == "1" and run_start < 0:
            run_start = i
        elif module == "0" and run_start >= 0:
            top = y0 + run_start * layout.module_dots
            height = (i - run_start) * layout.module_dots
            path.rect(
                left * to_pt,
                (page_dots - top - height) * to_pt,
                (right - left) * to_pt,
                height * to_pt,
            )
            run_start = -1
    canvas.drawPath(path, stroke=0, fill=1)
