"""A date field that Tab leaves at once, as every other field does.

QDateEdit spends Tab on its own sections (day, month, year): a volunteer tabbing through a form
is held three times in each date. The arrows Left and Right still move between the sections."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class DateEdit(QDateEdit):
    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)
