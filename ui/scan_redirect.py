"""Typing that lands on no text field goes to the scan field (a scanner types into any widget)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.application import current_application
from ui.widgets.scan_input import ScanInput


class ScanRedirect(QObject):
    """Sends typing that lands on no text field to the scan field.

    A keyboard-wedge scanner types into whatever has the focus. On a table or a button that
    typing would be lost, so it goes to the scan field instead, and the scan works on every
    screen. Typing into a text field stays there: that is the volunteer writing.
    """

    TEXT_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)

    def __init__(self, scan_input: ScanInput, window: QMainWindow) -> None:
        super().__init__(window)
        self.scan_input = scan_input
        self.window = window
        # Only the focused widget is watched, and only when it is no text field: a filter on
        # the whole application ran Python for every event (a fifth of the start-up went to
        # it, and every repaint of a table paid for it).
        self._watched: QWidget | None = None
        current_application().focusChanged.connect(self._focus_changed)

    def stop(self) -> None:
        current_application().focusChanged.disconnect(self._focus_changed)
        self._unwatch()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._unwatch()
        if new is None or new is self.scan_input or new.window() is not self.window:
            return
        if isinstance(new, self.TEXT_WIDGETS) or (isinstance(new, QComboBox) and new.isEditable()):
            return
        new.installEventFilter(self)
        self._watched = new

    def _unwatch(self) -> None:
        if self._watched is not None:
            # RuntimeError: the widget is gone already, and its filters with it.
            with contextlib.suppress(RuntimeError):
                self._watched.removeEventFilter(self)
            self._watched = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if focus is None or focus is self.scan_input or watched is not focus:
            return False
        if isinstance(focus, self.TEXT_WIDGETS):
            return False
        if isinstance(focus, QComboBox) and focus.isEditable():
            return False
        text = event.text()
        if (
            not text
            or not text.isprintable()
            or event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            return False
        self.scan_input.setFocus()
        self.scan_input.insert(text)
        return True
