"""A row of captioned filters: each caption above its field, its Alt letter focusing it (the
stock browser's and the activity screen's filters look and work alike)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget


def filter_grid(fields: Sequence[tuple[str, QWidget]]) -> QGridLayout:
    grid = QGridLayout()
    for col, (label, widget) in enumerate(fields):
        caption = QLabel(label)
        caption.setBuddy(widget)
        grid.addWidget(caption, 0, col)
        grid.addWidget(widget, 1, col)
    return grid
