"""The scan field: a keyboard-wedge scanner types the code and presses Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


class ScanInput(QLineEdit):
    """Emits scanned(text) on Enter with the text cleaned; no database access in here."""

    scanned = Signal(str)
    undo_requested = Signal()  # Ctrl+Z in an empty field: undo the last scan, not typing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanInput")
        self.setPlaceholderText(self.tr("Scan or type a code, then Enter"))
        self.setClearButtonEnabled(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.setFont(font)
        self.setMinimumWidth(320)
        self.returnPressed.connect(self._emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape clears a half-typed code, so the next scan starts clean.
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        if event.matches(QKeySequence.StandardKey.Undo) and not self.text():
            self.undo_requested.emit()
            return
        super().keyPressEvent(event)

    def _emit(self) -> None:
        text = self.text().strip()
        self.clear()
        if text:
            self.scanned.emit(text)
