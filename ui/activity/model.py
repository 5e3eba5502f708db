"""The activity table: the entries of one filter, newest first, a page at a time.

The first page is read when the filter is set; the view asks for the next one (Qt's
canFetchMore / fetchMore) when it is scrolled to the end, and the service reads it along the
same index from the last entry shown (before_id). 200,000 entries stay as quick as 200.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.formatting import short_datetime
from ui.service_texts import translated
from warehouse_app.services import activity_query
from warehouse_app.services.activity_query import ActivityEntry, ActivityFilter
from warehouse_app.services.movements import Actor
from warehouse_app.texts import QT_TRANSLATE_NOOP

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)


def kind_label(entry: ActivityEntry) -> str:
    return QCoreApplication.translate("service", entry.kind_name)


class ActivityTableModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ActivityTableModel", "When"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Person"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Station"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Kind"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Code"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "What happened"),
    )
    SUMMARY_COLUMN = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[ActivityEntry] = []
        self._texts: list[tuple[str, ...]] = []
        self._more = False
        self._actor: Actor | None = None
        self._filter = ActivityFilter()
        self._headers = [self.tr(h) for h in self.COLUMNS]

    # --- what the view asks -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (_DISPLAY, _TOOLTIP) or not 0 <= index.row() < len(self._texts):
            return None
        text = self._texts[index.row()][index.column()]
        if role == _TOOLTIP:
            return text if index.column() == self.SUMMARY_COLUMN else None
        return text

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._actor is None:
            return
        page = activity_query.entries(
            self._actor, self._filter, limit=PAGE, before_id=self._entries[-1].id
        )
        self._more = len(page) == PAGE
        if not page:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    # --- what the screen asks ---------------------------------------------------------
    def set_filter(self, actor: Actor, flt: ActivityFilter) -> None:
        """Read the filter's first page (a refusal is raised, and the table left empty)."""
        self._actor, self._filter = actor, flt
        self.beginResetModel()
        self._entries, self._texts, self._more = [], [], False
        try:
            page = activity_query.entries(actor, flt, limit=PAGE)
            self._more = len(page) == PAGE
            self._append(page)
        finally:
            self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._entries, self._texts, self._more = [], [], False
        self.endResetModel()

    @property
    def current_filter(self) -> ActivityFilter:
        return self._filter

    @property
    def has_more(self) -> bool:
        return self._more

    def entry_at(self, row: int) -> ActivityEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: int) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return None

    def _append(self, page: list[ActivityEntry]) -> None:
        self._entries.extend(page)
        self._texts.extend(
            (
                short_datetime(e.at),
                e.person,
                e.station,
                kind_label(e),
                e.code,
                translated(e.summary),
            )
            for e in page
        )
