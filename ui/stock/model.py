"""The stock table: the count of the view, its ids as far as read, and a cache of rendered
rows, filled page by page.

Filtering and sorting are SQL (warehouse_app.services.stock_walk): the count sizes the scroll
bar, the ids are read along the sort order's index as the view reaches them, and the rows of a
page are read when the view first paints one of them. This is how 200,000 boxes stay instant
(Anki's browser works the same way, with all ids read at once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor

from ui.formatting import short_date
from ui.status_names import status_label, unit_label
from ui.translations import local_name
from warehouse_app.services import masterdata, stock
from warehouse_app.services.stock import BoxFilter, BoxRow, SortColumn
from warehouse_app.services.stock_walk import IdWalk
from warehouse_app.texts import QT_TRANSLATE_NOOP

PAGE = 64  # rows formatted at once: about two screens
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_ANSWERED_ROLES = frozenset({_DISPLAY, _ALIGN, _BACKGROUND, _FOREGROUND, _USER})
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_WHITE = QColor("white")
_RED = QColor("#b00020")
MAX_CACHED_ROWS = 40 * PAGE  # scrolling through everything must not hold every row in memory
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Cells:
    """One row as the view shows it, formatted once when its page is fetched."""

    box_id: int
    texts: tuple[str, ...]
    owner_colour: QColor
    expired: bool


def _decimal(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class StockTableModel(QAbstractTableModel):
    # (header, sort column, cell text)
    COLUMNS: tuple[tuple[str, SortColumn, Callable[[BoxRow], str]], ...] = (
        (QT_TRANSLATE_NOOP("StockTableModel", "Code"), SortColumn.CODE, lambda r: r.code),
        (QT_TRANSLATE_NOOP("StockTableModel", "Owner"), SortColumn.OWNER, lambda r: r.owner_code),
        (
            QT_TRANSLATE_NOOP("StockTableModel", "Category"),
            SortColumn.CATEGORY,
            lambda r: r.category,
        ),
        (
            QT_TRANSLATE_NOOP("StockTableModel", "Contents (German)"),
            SortColumn.DESCRIPTION,
            lambda r: r.description_de,
        ),
        (
            QT_TRANSLATE_NOOP("StockTableModel", "Contents (Ukrainian)"),
            SortColumn.DESCRIPTION,
            lambda r: r.description_uk,
        ),
        (
            QT_TRANSLATE_NOOP("StockTableModel", "Quantity"),
            SortColumn.QUANTITY,
            lambda r: f"{_decimal(r.quantity)} {unit_label(r.unit)}",
        ),
        (
            QT_TRANSLATE_NOOP("StockTableModel", "Net kg"),
            SortColumn.NET_KG,
            lambda r: _decimal(r.net_kg),
        ),
        (
            QT_TRANSLATE_NOOP("StockTableModel", "Gross kg"),
            SortColumn.GROSS_KG,
            lambda r: _decimal(r.gross_kg),
        ),
        (
            QT_TRANSLATE_NOOP("StockTableModel", "Expiry"),
            SortColumn.EXPIRY,
            lambda r: _date(r.expiry_date),
        ),
        (
            QT_TRANSLATE_NOOP("StockTableModel", "Location"),
            SortColumn.LOCATION,
            lambda r: r.location,
        ),
        (QT_TRANSLATE_NOOP("StockTableModel", "Pallet"), SortColumn.PALLET, lambda r: r.pallet),
        (
            QT_TRANSLATE_NOOP("StockTableModel", "Status"),
            SortColumn.STATUS,
            lambda r: status_label(r.status),
        ),
        (
            QT_TRANSLATE_NOOP("StockTableModel", "Received"),
            SortColumn.RECEIVED,
            lambda r: short_date(r.received_at),
        ),
    )
    NUMERIC = frozenset({5, 6, 7})
    OWNER_COLUMN = 1
    CATEGORY_COLUMN = 2
    EXPIRY_COLUMN = 8
    AT_A_GLANCE = (8, 9, 11)  # expiry, location, status: shown right after the category

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._walk: IdWalk | None = None
        self._ids: list[int] = []  # the walk's ids, read so far
        self._count = 0
        self._rows: dict[int, BoxRow] = {}
        self._cells: dict[int, _Cells] = {}
        self._category_names = {
            c.name_de: local_name(c.name_de, c.name_en, c.name_uk) for c in masterdata.categories()
        }
        self._active = False
        self._filter = BoxFilter()
        self._sort = SortColumn.RECEIVED
        self._descending = True
        self.today = dt.date.today()
        self._headers = [self.tr(h) for h, _, _ in self.COLUMNS]

    # --- what the view asks -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

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
        # Called thousands of times per repaint, once per cell and role: roles this model
        # never answers leave before any lookup, and cell texts are formatted once per row.
        if role not in _ANSWERED_ROLES:
            return None
        box_id = self.box_id_at(index.row())
        if box_id is None:
            return None
        cells = self._cells.get(box_id) or self._load_page(index.row())
        if cells is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return cells.texts[column]
        if role == _ALIGN:
            return _RIGHT if column in self.NUMERIC else None
        if column == self.OWNER_COLUMN:
            if role == _BACKGROUND:
                return cells.owner_colour
            if role == _FOREGROUND:
                return _WHITE
        if column == self.EXPIRY_COLUMN and role == _FOREGROUND and cells.expired:
            return _RED
        if role == _USER:
            return cells.box_id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        sort, descending = self.COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._sort, self._descending) and self._active:
            return  # QTableView asks twice for one header click (indicator signal + call)
        self._sort, self._descending = sort, descending
        if self._active:  # setting up the view sorts too; the first filter loads the rows
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
        """Every id of the view, in order (an export): read to the end."""
        return list(self._walk.read_all()) if self._walk else []

    def reload(self) -> None:
        self._active = True
        self.beginResetModel()
        self._walk = IdWalk(self._filter, self._sort, self._descending)
        self._ids = self._walk.ids
        self._count = self._walk.count
        self._rows.clear()
        self._cells.clear()
        self.endResetModel()

    def refresh_box(self, box_id: int) -> None:
        """Re-read one box after it changed, keeping the order and the scroll position."""
        self._rows.pop(box_id, None)
        self._cells.pop(box_id, None)
        try:
            row = self._ids.index(box_id)  # only a row read so far can be on screen
        except ValueError:
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def row_of(self, box_id: int) -> int | None:
        return self._walk.find(box_id) if self._walk else None

    def box_id_at(self, row: int) -> int | None:
        if not 0 <= row < self._count:
            return None
        if row >= len(self._ids) and self._walk is not None:
            self._walk.read_until(row + PAGE)
            if self._walk.complete and len(self._ids) != self._count:
                self._count_changed()
        return self._ids[row] if row < len(self._ids) else None

    def _count_changed(self) -> None:
        """Another station added or took away boxes between the count and the read: the
        rows read are the view now (the change feed reloads it in a moment anyway)."""
        QTimer.singleShot(0, self._fit_count)

    def _fit_count(self) -> None:
        read = len(self._ids)
        if self._walk is None or not self._walk.complete or read == self._count:
            return
        if read < self._count:
            self.beginRemoveRows(QModelIndex(), read, self._count - 1)
            self._count = read
            self.endRemoveRows()
        else:
            self.beginInsertRows(QModelIndex(), self._count, read - 1)
            self._count = read
            self.endInsertRows()

    def row_at(self, row: int) -> BoxRow | None:
        box_id = self.box_id_at(row)
        if box_id is None:
            return None
        if box_id not in self._rows:
            self._load_page(row)
        return self._rows.get(box_id)

    def _texts(self, box: BoxRow) -> tuple[str, ...]:
        texts = [fmt(box) for _, _, fmt in self.COLUMNS]
        # The rows carry the German category name; the volunteer reads theirs.
        texts[self.CATEGORY_COLUMN] = self._category_names.get(box.category, box.category)
        return tuple(texts)

    def _load_page(self, row: int) -> _Cells | None:
        """Fetch the page of rows around row in one query and format its cells."""
        if len(self._rows) >= MAX_CACHED_ROWS:
            self._rows.clear()
            self._cells.clear()
        start = row - row % PAGE
        if self._walk is not None:
            self._walk.read_until(start + PAGE)
        page_ids = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
        for box_id, box in stock.box_rows(page_ids).items():
            self._rows[box_id] = box
            self._cells[box_id] = _Cells(
                box_id=box_id,
                texts=self._texts(box),
                owner_colour=QColor(box.owner_colour),
                expired=box.expiry_date is not None and box.expiry_date < self.today,
            )
        return self._cells.get(self._ids[row]) if row < len(self._ids) else None
