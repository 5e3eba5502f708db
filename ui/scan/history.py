"""The scan screen's history: one line per scan on its outcome's colour, newest first.

A widget that paints its lines itself, in one pass: a QListWidget took 3 ms to paint 20 rows
(its item view and delegate machinery, per row), a quarter of what a scan took to answer and
paint; this takes a tenth of that. Each line is laid out once (QStaticText): every scan paints
all visible lines again, one place further down, and drawText laid each out anew."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QStaticText
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class HistoryLine:
    text: str
    background: QColor
    foreground: QColor
    laid_out: QStaticText


def _static(text: str) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    return static


class ScanHistory(QWidget):
    def __init__(self, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.size_limit = size
        self._lines: deque[HistoryLine] = deque(maxlen=size)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it fills all it paints

    def add(self, text: str, background: str, foreground: str) -> None:
        line = HistoryLine(text, QColor(background), QColor(foreground), _static(text))
        self._lines.appendleft(line)
        self.setToolTip(text)
        self.update()

    def count(self) -> int:
        return len(self._lines)

    def line(self, row: int) -> HistoryLine:
        return self._lines[row]

    def row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        return QSize(300, self.row_height() * 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.row_height() * 3)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().base())
        height = self.row_height()
        width = self.width()
        text_height = self.fontMetrics().height()
        for row, line in enumerate(self._lines):
            top = row * height
            if top > event.rect().bottom():
                break
            painter.setClipping(False)
            painter.fillRect(0, top, width, height - 1, line.background)
            painter.setClipRect(6, top, width - 12, height - 1)  # a long line ends at the edge
            painter.setPen(line.foreground)
            painter.drawStaticText(QPointF(6, top + (height - 1 - text_height) / 2), line.laid_out)
        painter.end()
