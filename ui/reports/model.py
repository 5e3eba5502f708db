"""The report's rows as a Qt table model: a few hundred summed rows (or the expiring boxes),
held as the service gave them, sorted in memory by the clicked column; the total stays last."""

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

from warehouse_app.services.reporting.tables import ReportTable

_Index = QModelIndex | QPersistentModelIndex


class ReportModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.table: ReportTable | None = None
        self._rows: list[tuple[Any, ...]] = []

    def set_table(self, table: ReportTable) -> None:
        self.beginResetModel()
        self.table = table
        self._rows = list(table.rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None:
            return 0
        return len(self._rows) + (1 if self.table.totals is not None else 0)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.columns)

    def _row(self, row: int) -> tuple[Any, ...]:
        assert self.table is not None
        if row < len(self._rows):
            return self._rows[row]
        assert self.table.totals is not None
        return self.table.totals

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        value = self._row(index.row())[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.row() >= len(self._rows) and value == "Total":
                return QCoreApplication.translate("service", "Total")
            return _text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | Decimal):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() >= len(self._rows):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or self.table is None
        ):
            return None
        return QCoreApplication.translate("service", self.table.columns[section])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.table is None:
            return
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(
            key=lambda r: _key(r[column]), reverse=order == Qt.SortOrder.DescendingOrder
        )
        self.layoutChanged.emit()


def _key(value: Any) -> tuple[int, Any]:
    """Numbers before text, each in its own order; empty last."""
    if isinstance(value, int | Decimal | float):
        return (0, value)
    if isinstance(value, dt.date):
        return (1, value.toordinal())
    if value in (None, ""):
        return (3, "")
    return (2, str(value).casefold())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return (
            f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}".rstrip("0")
        )
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    return str(value)
