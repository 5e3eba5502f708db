"""Long lists of short rows (packing-list annex, pallet manifests) drawn straight on the canvas.

A platypus Table builds a cell object per value and measures every one of them; for thousands
of box lines that was ten times slower than drawing the rows. RowTable lays out each row once
(wrapping, never cutting text), splits across pages itself, repeats the header on each page and
carries a running total from the foot of one page to the head of the next.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

PADDING = 1.5  # points between a cell's border and its text
GRID_GREY = (0.55, 0.55, 0.55)
HEADER_FILL = (0.93, 0.93, 0.93)


@dataclass(frozen=True)
class Column:
    title: str  # "\n" separates header lines
    width_mm: float
    right: bool = False  # figures align right


@dataclass(frozen=True)
class RowStyle:
    font: str
    bold: str
    size: float
    header_size: float

    @property
    def leading(self) -> float:
        return self.size * 1.2


# One laid-out row: its height and the text pieces as (x offset, line index, text).
_Laid = tuple[float, tuple[tuple[float, int, str], ...]]


class RowTable(Flowable):  # type: ignore[misc]
    """Rows of plain strings ("\\n" forces a line break) under a repeated header."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        style: RowStyle,
        footer: Sequence[str] | None = None,
        carried: Callable[[int], str] | None = None,
        *,
        _laid: Sequence[_Laid] | None = None,
        _offset: int = 0,
        _body_height: float | None = None,
    ) -> None:
        super().__init__()
        self.columns = tuple(columns)
        self.rows = rows
        self.style = style
        self.footer = footer
        self.carried = carried  # text for the total of the first n rows
        self._laid = _laid
        self._offset = _offset
        self._body_height = _body_height  # summed once: a page's split must not re-sum the rest
        self._widths = [c.width_mm * mm for c in self.columns]
        lefts = [sum(self._widths[:n]) for n in range(len(self._widths))]
        # (left edge, width, aligned right) of each column, in points.
        self._places = [
            (left, width, c.right)
            for left, width, c in zip(lefts, self._widths, self.columns, strict=True)
        ]
        self._header = self._layout(
            [c.title for c in self.columns], style.bold, style.header_size, right=False
        )
        self._footer = self._layout(footer, style.bold, style.size) if footer else None

    # --- layout -------------------------------------------------------------------------

    def _layout(
        self, cells: Sequence[str], font: str, size: float, right: bool | None = None
    ) -> _Laid:
        pieces: list[tuple[float, int, str]] = []
        most = 1
        for cell, (left, width, column_right) in zip(cells, self._places, strict=True):
            if not cell:
                continue
            lines = _wrapped(cell, font, size, width - 2 * PADDING)
            most = max(most, len(lines))
            align_right = column_right if right is None else right
            for n, line in enumerate(lines):
                x = left + PADDING
                if align_right:
                    x = left + width - PADDING - _width(line, font, size)
                pieces.append((x, n, line))
        return most * size * 1.2 + 2 * PADDING, tuple(pieces)

    def _rows_laid(self) -> Sequence[_Laid]:
        if self._laid is None:
            style = self.style
            self._laid = [self._layout(row, style.font, style.size) for row in self.rows]
        return self._laid

    def _carry_height(self) -> float:
        return self.style.leading + 2 * PADDING if self.carried else 0.0

    def _fixed_height(self, last: bool) -> float:
        height = self._header[0]
        if self._offset:
            height += self._carry_height()
        if last and self._footer:
            height += self._footer[0]
        if not last:
            height += self._carry_height()
        return height

    # --- platypus -----------------------------------------------------------------------

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._body_height is None:
            self._body_height = sum(h for h, _ in self._rows_laid())
        self.width = sum(self._widths)
        self.height = self._fixed_height(last=not self._continues) + self._body_height
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[RowTable]:
        laid = self._rows_laid()
        room = avail_height - self._fixed_height(last=False)
        used, count = 0.0, 0
        for height, _ in laid:
            if used + height > room:
                break
            used += height
            count += 1
        if count == 0:
            return []  # not even one row fits: platypus moves the whole list to the next page
        head = self._part(self.rows[:count], laid[:count], self._offset, None, used)
        head._continues = True
        rest = None if self._body_height is None else self._body_height - used
        tail = self._part(self.rows[count:], laid[count:], self._offset + count, self.footer, rest)
        return [head, tail]

    def _part(
        self,
        rows: Sequence[Sequence[str]],
        laid: Sequence[_Laid],
        offset: int,
        footer: Sequence[str] | None,
        body_height: float | None,
    ) -> RowTable:
        return RowTable(
            self.columns,
            rows,
            self.style,
            footer,
            self.carried,
            _laid=laid,
            _offset=offset,
            _body_height=body_height,
        )

    _continues = False  # True on every page's part but the last

    def draw(self) -> None:
        canvas: Any = self.canv
        style = self.style
        width, top = self.width, self.height
        rules: list[tuple[float, float, float, float]] = [(0, top, width, top)]

        canvas.setFillColorRGB(*HEADER_FILL)
        canvas.rect(0, top - self._header[0], width, self._header[0], stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        y = self._draw_row(canvas, self._header, top, style.bold, style.header_size)
        header_bottom = y
        rules.append((0, y, width, y))
        if self._offset and self.carried:
            y = self._note(canvas, y, "↑ " + self.carried(self._offset))
            rules += [(0, y, width, y), (0, header_bottom, 0, y), (width, header_bottom, width, y)]
        body_top = y
        # One text object for all rows: a drawString per cell costs a text object each.
        text = canvas.beginText()
        text.setFont(style.font, style.size)
        for height, pieces in self._rows_laid():
            baseline = y - PADDING - style.size
            for x, line, piece in pieces:
                text.setTextOrigin(x, baseline - line * style.leading)
                text.textOut(piece)
            y -= height
            rules.append((0, y, width, y))
        canvas.drawText(text)
        if self._footer is not None and not self._continues:
            y = self._draw_row(canvas, self._footer, y, style.bold, style.size)
            rules.append((0, y, width, y))
        x = 0.0
        for column_width in (0.0, *self._widths):
            x += column_width
            rules += [(x, top, x, header_bottom), (x, body_top, x, y)]
        if self._continues and self.carried:
            bottom = self._note(canvas, y, "↓ " + self.carried(self._offset + len(self.rows)))
            rules += [(0, bottom, width, bottom), (0, y, 0, bottom), (width, y, width, bottom)]
        canvas.setStrokeColorRGB(*GRID_GREY)
        canvas.setLineWidth(0.3)
        canvas.lines(rules)

    def _draw_row(self, canvas: Any, laid: _Laid, top: float, font: str, size: float) -> float:
        height, pieces = laid
        text = canvas.beginText()
        text.setFont(font, size)
        for x, line, piece in pieces:
            text.setTextOrigin(x, top - PADDING - size - line * size * 1.2)
            text.textOut(piece)
        canvas.drawText(text)
        return top - height

    def _note(self, canvas: Any, top: float, text: str) -> float:
        """A carried-total line across the whole width."""
        style = self.style
        canvas.setFont(style.bold, style.size)
        canvas.drawString(PADDING, top - PADDING - style.size, text)
        return top - self._carry_height()


@lru_cache(maxsize=8192)
def _width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


@lru_cache(maxsize=8192)
def _wrapped(cell: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """The cell's lines at its column width; a word wider than the column is broken, so no
    text is ever cut off. Cached: long lists repeat their category names and descriptions."""
    lines: list[str] = []
    for paragraph in cell.split("\n"):
        if stringWidth(paragraph, font, size) <= width:
            lines.append(paragraph)
            continue
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if stringWidth(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            while stringWidth(word, font, size) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and stringWidth(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return tuple(lines)
