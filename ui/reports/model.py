"""The report's rows as a Qt table model, lazy as the stock browser's (ui/stock/model.py).

The service's typed rows are held as it gave them (a few hundred summed rows, or thousands of
expiring boxes) and sorted in memory by the clicked column, numbers as numbers; the total stays
last, in bold. Cell texts are formatted page by page (PAGE rows) when the view first paints one
of a page's rows, into a bounded cache that a sort or a new report clears: a large expiring
list costs only the pages looked at. Figures are written as the screens' language writes them
(1.234,5 in German, 1 234,5 in Ukrainian).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ui.formatting import local_number, number_marks
from ui.status_names import status_label
from warehouse_app.exports import Cell
from warehouse_app.services.reporting.tables import ReportTable

_Index = QModelIndex | QPersistentModelIndex

PAGE = 64  # rows formatted at once: about two screens
MAX_CACHED_PAGES = 40  # scrolling through everything must not hold every text in memory
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ANSWERED_ROLES = frozenset({_DISPLAY, _ALIGN, _FONT})
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_STATUS = "Status"  # the expiring list's column of box statuses, shown in words

Texts = tuple[str, ...]


class ReportModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.table: ReportTable | None = None
        self._rows: list[tuple[Cell, ...]] = []
        self._pages: dict[int, tuple[Texts, ...]] = {}  # page number -> its rows' texts
        self._total: Texts = ()
        self._headers: list[str] = []
        self._numeric: frozenset[int] = frozenset()
        self._status_column = -1
        self._marks = (".", "")
        self._bold = QFont()
        self._bold.setBold(True)
        self.pages_formatted = 0  # since the last reset: what the lazy paint has cost

    def set_table(self, table: ReportTable) -> None:
        self.beginResetModel()
        self.table = table
        self._rows = list(table.rows)
        # Read once per report, not per cell: the language may have changed since the last.
        self._marks = number_marks()
        self._headers = [QCoreApplication.translate("service", c) for c in table.columns]
        sample = table.totals if table.totals is not None else (table.rows or ((),))[0]
        # A column's cells are of one type: the total (or the first row) tells which align right.
        self._numeric = frozenset(n for n, value in enumerate(sample) if _is_number(value))
        # Only the expiring list (no total) has the boxes' statuses.
        self._status_column = table.columns.index(_STATUS) if _STATUS in table.columns else -1
        self._total = self._texts(table.totals, total=True) if table.totals is not None else ()
        self._clear_cache()
        self.endResetModel()

    @property
    def body_rows(self) -> int:
        """The rows above the total."""
        return len(self._rows)

    def values(self, row: int) -> tuple[Cell, ...]:
        """The typed cells of a row as shown (sorted), the total for the last."""
        if row < len(self._rows):
            return self._rows[row]
        assert self.table is not None and self.table.totals is not None
        return self.table.totals

    @property
    def total_texts(self) -> Texts:
        """The total row as shown ((): the report has none)."""
        return self._total

    def cached_pages(self) -> frozenset[int]:
        """The pages whose texts are held now (what the view has painted since the last reset,
        as far as the bound keeps it)."""
        return frozenset(self._pages)

    # --- what the view asks ---------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None:
            return 0
        return len(self._rows) + (1 if self.table.totals is not None else 0)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called once per cell and role at every repaint: roles this model never answers leave
        # before any lookup, and a cell's text is formatted once per page.
        if role not in _ANSWERED_ROLES or self.table is None:
            return None
        row, column = index.row(), index.column()
        if role == _ALIGN:
            return _RIGHT if column in self._numeric else None
        body = len(self._rows)
        if role == _FONT:
            return self._bold if row >= body else None
        if row >= body:
            return self._total[column] if 0 <= column < len(self._total) else None
        if row < 0 or not 0 <= column < len(self._headers):
            return None
        page = self._pages.get(row // PAGE) or self._format_page(row // PAGE)
        return page[row % PAGE][column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.table is None or not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(
            key=lambda r: _key(r[column]), reverse=order == Qt.SortOrder.DescendingOrder
        )
        self._clear_cache()  # the texts were held by position: the positions changed
        self.layoutChanged.emit()

    # --- formatting -----------------------------------------------------------------------
    def _clear_cache(self) -> None:
        self._pages.clear()
        self.pages_formatted = 0

    def _format_page(self, number: int) -> tuple[Texts, ...]:
        if len(self._pages) >= MAX_CACHED_PAGES:
            self._pages.clear()
        start = number * PAGE
        page = tuple(self._texts(r) for r in self._rows[start : start + PAGE])
        self._pages[number] = page
        self.pages_formatted += 1
        return page

    def _texts(self, values: tuple[Cell, ...], *, total: bool = False) -> Texts:
        texts = [_text(v, self._marks) for v in values]
        if total and texts and texts[0] == "Total":
            texts[0] = QCoreApplication.translate("service", "Total")
        if self._status_column >= 0:
            texts[self._status_column] = status_label(texts[self._status_column])
        return tuple(texts)


def _is_number(value: object) -> bool:
    return isinstance(value, int | Decimal | float) and not isinstance(value, bool)


def _key(value: Any) -> tuple[int, Any]:
    """Numbers before text, each in its own order; empty last."""
    if _is_number(value):
        return (0, value)
    if isinstance(value, dt.date):
        return (1, value.toordinal())
    if value in (None, ""):
        return (3, "")
    return (2, str(value).casefold())


def _text(value: Cell, marks: tuple[str, str]) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        value = Decimal(str(value))
    if _is_number(value):
        return local_number(value, marks)  # type: ignore[arg-type]
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    return str(value)
