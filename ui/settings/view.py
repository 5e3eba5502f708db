"""Settings: the hall's own data for documents, master data, this station, backups, people."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.context import AppContext
from ui.settings.data import DataSettings
from ui.settings.hall import HallSettings
from ui.settings.locations import LocationLabels
from ui.settings.people import PeopleSettings
from ui.settings.records import AssociationSource, CategorySource, RecipientSource, RecordTable
from ui.settings.station import StationSettings
from warehouse_app.access.roles import Permission


class SettingsView(QTabWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        changes = context.changes
        self.hall = HallSettings(changes)
        self.categories = RecordTable(CategorySource(self), "categories", changes)
        self.associations = RecordTable(AssociationSource(self), "associations", changes)
        self.data = DataSettings(context)
        self.station = StationSettings(context)
        self.locations = LocationLabels(context)
        self.recipients = RecordTable(RecipientSource(self), "recipients", changes)
        self.addTab(self.hall, self.tr("Hall and sender"))
        self.addTab(self.categories, self.tr("Categories"))
        self.addTab(self.associations, self.tr("Associations"))
        self.addTab(self.recipients, self.tr("Recipients"))
        self.addTab(self.locations, self.tr("Locations"))
        self.addTab(self.station, self.tr("This station"))
        self.addTab(self.data, self.tr("Data and backups"))
        self.people: PeopleSettings | None = None
        if context.may(Permission.PEOPLE):
            self.people = PeopleSettings(context)
            self.addTab(self.people, self.tr("People"))
