"""The coordination page: what the recipients need, what citizens and associations offer, and
who brings what when, as three tabs of one screen (the issue's "on one screen")."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.context import AppContext
from ui.needs.dropoffs_view import DropOffsView
from ui.needs.offers_view import OffersView
from ui.needs.view import NeedsView


class CoordinationPage(QTabWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordination")
        self.needs = NeedsView(context)
        self.offers = OffersView(context)
        self.dropoffs = DropOffsView(context)
        self.addTab(self.needs, self.tr("&Needs"))
        self.addTab(self.offers, self.tr("&Offers"))
        self.addTab(self.dropoffs, self.tr("&Drop-offs"))
