"""The stock table: only the ordered box ids plus a cache of rendered rows, filled page by page.

Filtering and sorting are SQL (warehouse_app.services.stock); the model asks for the rows of a
page when the view first paints one of them. This is how 50,000 boxes stay instant (Anki's
browser works the same way).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from warehouse_app.services import stock
from warehouse_app.services.stock import BoxFilter, BoxRow, SortColumn

PAGE = 200
MAX_CACHED_ROWS = 40 * PAGE  # scrolling through everything must not hold every row in memory
Index = QModelIndex | QPersistentModelIndex


def _decimal(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class StockTableModel(QAbstractTableModel):
    # (header, sort column, cell text)
    COLUMNS: tuple[tuple[str, SortColumn, Callable[[BoxRow], str]], ...] = (
        ("Code", SortColumn.CODE, lambda r: r.code),
        ("Owner", SortColumn.OWNER, lambda r: r.owner_code),
        ("Category", SortColumn.CATEGORY, lambda r: r.category),
        ("Contents (German)", SortColumn.DESCRIPTION, lambda r: r.description_de),
        ("Contents (Ukrainian)", SortColumn.DESCRIPTION, lambda r: r.description_uk),
        ("Quantity", SortColumn.QUANTITY, lambda r: f"{_decimal(r.quantity)} {r.unit}"),
        ("Net kg", SortColumn.NET_KG, lambda r: _decimal(r.net_kg)),
        ("Gross kg", SortColumn.GROSS_KG, lambda r: _decimal(r.gross_kg)),
        ("Expiry", SortColumn.EXPIRY, lambda r: _date(r.expiry_date)),
        ("Location", SortColumn.LOCATION, lambda r: r.location),
        ("Pallet", SortColumn.PALLET, lambda r: r.pallet),
        ("Status", SortColumn.STATUS, lambda r: r.status.replace("_", " ")),
        ("Received", SortColumn.RECEIVED, lambda r: r.received_at.strftime("%d.%m.%Y")),
    )
    NUMERIC = frozenset({5, 6, 7})
    OWNER_COLUMN = 1
    EXPIRY_COLUMN = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, BoxRow] = {}
        self._filter = BoxFilter()
        self._sort = SortColumn.RECEIVED
        self._descending = True
        self.today = dt.date.today()
        self._headers = [self.tr(h) for h, _, _ in self.COLUMNS]

    # --- what the view asks -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[column][2](row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == self.OWNER_COLUMN:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(row.owner_colour)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("white")
        if (
            column == self.EXPIRY_COLUMN
            and role == Qt.ItemDataRole.ForegroundRole
            and row.expiry_date is not None
            and row.expiry_date < self.today
        ):
            return QColor("#b00020")
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort = self.COLUMNS[column][1]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- what the screen asks ---------------------------------------------------------
    def set_filter(self, flt: BoxFilter) -> None:
        self._filter = flt
        self.reload()

    @property
    def current_filter(self) -> BoxFilter:
        return self._filter

    @property
    def ordered_ids(self) -> list[int]:
        return list(self._ids)

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = stock.box_ids(self._filter, self._sort, self._descending)
        self._rows.clear()
        self.endResetModel()

    def refresh_box(self, box_id: int) -> None:
        """Re-read one box after it changed, keeping the order and the scroll position."""
        self._rows.pop(box_id, None)
        try:
            row = self._ids.index(box_id)
        except ValueError:
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def row_of(self, box_id: int) -> int | None:
        try:
            return self._ids.index(box_id)
        except ValueError:
            return None

    def box_id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> BoxRow | None:
        box_id = self._ids[row]
        cached = self._rows.get(box_id)
        if cached is None:
            if len(self._rows) >= MAX_CACHED_ROWS:
                self._rows.clear()
            start = row - row % PAGE
            page_ids = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
            self._rows.update(stock.box_rows(page_ids))
            cached = self._rows.get(box_id)
        return cached
