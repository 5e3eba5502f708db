"""The shortage list (Was noch fehlt / Чого ще бракує): an A4 sheet the associations hand out or
pin to a notice board, drawn from a ShortageSheet.

German and Ukrainian side by side on the same page, not one language per page: a notice board
shows one sheet, and a page in one language leaves the other readers out; the figures and dates
are the same in both and stand once. Lines are grouped by recipient, then by priority (urgent
first, in red), each with what, how much is missing and by when. A group that runs over a page
says whose list it is at the top of the next one, and every page is numbered.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
)

from reports.fonts import BOLD, REGULAR, register_fonts
from reports.labels import UNITS_DE_UK
from reports.markup import plain
from reports.page_numbers import numbered_canvas
from reports.row_table import Column, RowStyle, RowTable
from warehouse_app.errors import HafenlagerError
from warehouse_app.imports.shortage import (
    Shortage,
    ShortageSheet,
    shortage_format,
    write_shortage_xlsx,
)
from warehouse_app.texts import QT_TRANSLATE_NOOP

TITLE = "Was noch fehlt / Чого ще бракує"
PRIORITIES = {
    "urgent": ("Dringend / Терміново", "#b00020"),
    "normal": ("Normal / Звичайно", "#000000"),
    "nice": ("Wünschenswert / Бажано", "#555555"),
}
_ORDER = tuple(PRIORITIES)
COLUMNS = (
    Column("Was\nЩо", 112),
    Column("Es fehlen\nБракує", 38, right=True),
    Column("Benötigt bis\nПотрібно до", 30),
)
_MARGIN = 15 * mm
_TOP = 32 * mm  # the frame starts below the header and the line "continued" under it
_ROWS = RowStyle(REGULAR, BOLD, 10.5, 9)


def render_shortage(sheet: ShortageSheet) -> bytes:
    """The shortage list as PDF bytes (one page at least, even when nothing is missing)."""
    register_fonts()
    buffer = io.BytesIO()
    doc = _Doc(sheet, buffer)
    doc.build(_story(sheet), canvasmaker=numbered_canvas(_footer))
    return buffer.getvalue()


def write_shortage(sheet: ShortageSheet, path: Path) -> str:
    """The list at path as PDF or XLSX, by its suffix ('pdf' or 'xlsx' is returned). Written to
    a temporary file first: never half a list under the name a volunteer looks for."""
    kind = shortage_format(path)
    part = path.with_name(path.name + ".part")
    try:
        if kind == "pdf":
            part.write_bytes(render_shortage(sheet))
        else:
            write_shortage_xlsx(list(sheet.lines), part, sheet.day)
        part.replace(path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "Cannot write {path}: {reason}."),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    return kind


def quantity(value: Decimal) -> str:
    """'1 250', '2,5': thousands apart by a no-break space, read alike in German and Ukrainian."""
    sign, digits = ("-", -value) if value < 0 else ("", value)
    whole, _, fraction = f"{digits.normalize():f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", "\u00a0")
    return sign + grouped + (f",{fraction}" if fraction else "")


def missing_text(line: Shortage) -> str:
    unit_de, unit_uk = UNITS_DE_UK.get(line.unit, (line.unit, line.unit))
    units = unit_de if unit_de == unit_uk else f"{unit_de} / {unit_uk}"
    return f"{quantity(line.missing)} {units}"


def what_text(line: Shortage) -> str:
    """What is needed, and under it the category in the language the line lacks."""
    if not line.category_de:
        return line.what
    if line.what == line.category_de:
        return f"{line.what}\n{line.category_uk}" if line.category_uk else line.what
    both = " / ".join(p for p in (line.category_de, line.category_uk) if p)
    return f"{line.what}\n{both}"


def groups(lines: Sequence[Shortage]) -> list[tuple[str, list[tuple[str, list[Shortage]]]]]:
    """(recipient, [(priority, lines)]): recipients in the order of their most pressing line
    (the lines come urgent first), priorities urgent first, the lines' order kept."""
    by_recipient: dict[str, dict[str, list[Shortage]]] = {}
    for line in lines:
        by_recipient.setdefault(line.recipient, {}).setdefault(line.priority, []).append(line)
    return [
        (
            recipient,
            sorted(
                priorities.items(),
                key=lambda p: _ORDER.index(p[0]) if p[0] in _ORDER else len(_ORDER),
            ),
        )
        for recipient, priorities in by_recipient.items()
    ]


class _GroupStart(Spacer):  # type: ignore[misc]
    """Takes no room; tells the document whose lines follow, for the next page's header."""

    def __init__(self, label: str) -> None:
        super().__init__(1, 0)
        self.label = label


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, sheet: ShortageSheet, buffer: io.BytesIO) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            title=f"{TITLE} {sheet.day:%d.%m.%Y}",
            author=sheet.hall_name or "Hafenlager",
            invariant=True,  # same data, same bytes
        )
        self.sheet = sheet
        self._group = ""  # the priority group being drawn
        self._continues = False  # the last table drawn runs on to the next page
        width, height = A4
        frame = Frame(
            _MARGIN,
            16 * mm,
            width - 2 * _MARGIN,
            height - _TOP - 16 * mm,
            id="body",
            leftPadding=0,
            rightPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._header)])

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, _GroupStart):
            self._group = flowable.label
        elif isinstance(flowable, RowTable):
            self._continues = flowable._continues

    def _header(self, canvas: Any, doc: Any) -> None:
        sheet = self.sheet
        width, height = A4
        canvas.saveState()
        canvas.setFont(BOLD, 10)
        canvas.drawString(_MARGIN, height - 14 * mm, sheet.hall_name)
        canvas.drawRightString(width - _MARGIN, height - 14 * mm, TITLE)
        canvas.setFont(REGULAR, 9)
        canvas.drawString(_MARGIN, height - 19 * mm, sheet.hall_address)
        canvas.drawRightString(
            width - _MARGIN, height - 19 * mm, f"Stand / Станом на {sheet.day:%d.%m.%Y}"
        )
        canvas.setLineWidth(0.8)
        canvas.line(_MARGIN, height - 22 * mm, width - _MARGIN, height - 22 * mm)
        if doc.page > 1 and self._continues:
            note = f"Fortsetzung / продовження: {self._group}"
            size = 10.0  # smaller for a long name: the note never runs off the page
            while size > 6 and stringWidth(note, BOLD, size) > width - 2 * _MARGIN:
                size -= 0.5
            canvas.setFont(BOLD, size)
            canvas.drawString(_MARGIN, height - 29 * mm, note)
        canvas.restoreState()


def _footer(canvas: Any, page: int, total: int) -> None:
    canvas.setFont(REGULAR, 9)
    canvas.drawRightString(A4[0] - _MARGIN, 9 * mm, f"Seite / Сторінка {page} / {total}")


def _story(sheet: ShortageSheet) -> list[Any]:
    title = ParagraphStyle("title", fontName=BOLD, fontSize=22, leading=27)
    intro = ParagraphStyle("intro", fontName=REGULAR, fontSize=10, leading=13, spaceAfter=4 * mm)
    recipient = ParagraphStyle(
        "recipient", fontName=BOLD, fontSize=14, leading=17, spaceBefore=5 * mm, spaceAfter=1 * mm
    )
    story: list[Any] = [
        Paragraph("Was noch fehlt", title),
        Paragraph("Чого ще бракує", title),
        Spacer(1, 2 * mm),
        Paragraph(
            f"Stand {sheet.day:%d.%m.%Y}: was die Empfänger noch brauchen, ohne das, was schon "
            f"in der Halle ist. / Станом на {sheet.day:%d.%m.%Y}: що ще потрібно отримувачам, "
            "без того, що вже є на складі.",
            intro,
        ),
    ]
    if not sheet.lines:
        story.append(
            Paragraph(
                "Zurzeit fehlt nichts von dem, was auf den Listen steht. / Наразі є все, що є у "
                "списках.",
                recipient,
            )
        )
    for name, priorities in groups(sheet.lines):
        # A recipient's name never stands alone at the foot of a page.
        story += [CondPageBreak(40 * mm), Paragraph(plain(name), recipient)]
        for priority, lines in priorities:
            label, colour = PRIORITIES.get(priority, (priority, "#000000"))
            style = ParagraphStyle(
                f"p-{priority}",
                fontName=BOLD,
                fontSize=11,
                leading=14,
                textColor=colors.HexColor(colour),
                spaceBefore=2 * mm,
                spaceAfter=1 * mm,
            )
            rows = [[what_text(s), missing_text(s), _date(s)] for s in lines]
            story += [
                CondPageBreak(25 * mm),
                _GroupStart(f"{name} · {label}"),
                Paragraph(plain(label), style),
                RowTable(COLUMNS, rows, _ROWS),
            ]
    return story


def _date(line: Shortage) -> str:
    return f"{line.needed_by:%d.%m.%Y}" if line.needed_by else "–"
