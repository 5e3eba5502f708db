"""The chosen entry of the activity log: who, when, where, what, and each field it changed
with its value before and after."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from ui.activity.model import kind_label
from ui.formatting import local_time
from ui.service_texts import translated
from warehouse_app.services.activity_query import ActivityEntry, Value


class ActivityDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDetail")
        self.title = QLabel(objectName="activityDetailTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.when = QLabel(objectName="activityWhen")
        self.who = QLabel(objectName="activityWho")
        self.where = QLabel(objectName="activityWhere")
        self.kind = QLabel(objectName="activityDetailKind")
        self.code = QLabel(objectName="activityDetailCode")
        form = QFormLayout()
        for label, widget in (
            (self.tr("When"), self.when),
            (self.tr("Who"), self.who),
            (self.tr("Station"), self.where),
            (self.tr("Kind"), self.kind),
            (self.tr("Code"), self.code),
        ):
            form.addRow(label, widget)
        self.changes_title = QLabel(self.tr("Changes (field: before → after)"))
        self.changes_title.setStyleSheet("font-weight: bold;")
        self.changes = QListWidget(objectName="activityChanges")
        self.changes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.changes_title)
        layout.addWidget(self.changes, 1)
        self.clear()

    def clear(self) -> None:
        self.title.setText(self.tr("Choose an entry to see what it changed"))
        for label in (self.when, self.who, self.where, self.kind, self.code):
            label.clear()
        self.changes.clear()
        self.changes_title.setVisible(False)
        self.changes.setVisible(False)

    def show_entry(self, entry: ActivityEntry) -> None:
        self.title.setText(translated(entry.summary))
        self.when.setText(local_time(entry.at).strftime("%d.%m.%Y %H:%M:%S"))
        self.who.setText(entry.person or self.tr("(nobody signed in)"))
        self.where.setText(entry.station)
        self.kind.setText(kind_label(entry))
        self.code.setText(entry.code)
        self.changes.clear()
        for name, before, after in entry.changes:
            self.changes.addItem(f"{name}: {self._value(before)} → {self._value(after)}")
        self.changes_title.setVisible(bool(entry.changes))
        self.changes.setVisible(bool(entry.changes))

    def _value(self, value: Value) -> str:
        if value is None or value == "":
            return "–"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return str(value)
