"""The offers tab: what citizens and associations offer, decided one by one (accept against a
need line and book a slot, or decline with a reason), recorded by hand or imported from the
list the city's contact point collected."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.changes import Change, Kind
from ui.context import AppContext
from ui.formatting import number
from ui.service_texts import error_text, translated
from ui.status_names import unit_label
from ui.widgets.tables import read_only_rows
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import offer_photos, offers
from warehouse_app.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ui.needs.photo_dialog import PhotoDialog

STATUS = {
    "open": QT_TRANSLATE_NOOP("OffersView", "open"),
    "accepted": QT_TRANSLATE_NOOP("OffersView", "accepted"),
    "declined": QT_TRANSLATE_NOOP("OffersView", "declined"),
    "arrived": QT_TRANSLATE_NOOP("OffersView", "arrived"),
    "withdrawn": QT_TRANSLATE_NOOP("OffersView", "withdrawn"),
}
REASONS = {
    "not_needed": QT_TRANSLATE_NOOP("OffersView", "not needed now"),
    "not_accepted": QT_TRANSLATE_NOOP("OffersView", "goods the hall does not accept"),
    "quality": QT_TRANSLATE_NOOP("OffersView", "quality"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("OffersView", "No."),
    QT_TRANSLATE_NOOP("OffersView", "Offered by"),
    QT_TRANSLATE_NOOP("OffersView", "What"),
    QT_TRANSLATE_NOOP("OffersView", "About"),
    QT_TRANSLATE_NOOP("OffersView", "Status"),
    QT_TRANSLATE_NOOP("OffersView", "Appointment"),
    QT_TRANSLATE_NOOP("OffersView", "For"),
)


class OffersView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[offers.OfferRow] = []
        self.show_status = QComboBox(objectName="offerFilter")
        self.show_status.addItem(self.tr("Still coming"), "coming")
        self.show_status.addItem(self.tr("All offers"), None)
        for value, label in STATUS.items():
            self.show_status.addItem(self.tr(label), value)
        self.new_button = QPushButton(self.tr("New offer…"), objectName="newOffer")
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="editOffer")
        self.accept_button = QPushButton(self.tr("Accept…"), objectName="acceptOffer")
        self.decline_button = QPushButton(self.tr("Decline…"), objectName="declineOffer")
        self.withdraw_button = QPushButton(self.tr("Withdrawn"), objectName="withdrawOffer")
        self.photo_button = QPushButton(self.tr("Add photo…"), objectName="offerPhoto")
        self.photos_button = QPushButton(self.tr("Photos…"), objectName="offerPhotos")
        self.import_button = QPushButton(self.tr("Import offers…"), objectName="importOffers")
        self.template_button = QPushButton(self.tr("Offers template…"), objectName="offersTemplate")
        self.table = QTableWidget(0, len(COLUMNS), objectName="offersTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        read_only_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(objectName="offersMessage")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.show_status)
        top.addStretch(1)
        for button in (self.import_button, self.template_button):
            top.addWidget(button)
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.accept_button,
            self.decline_button,
            self.withdraw_button,
            self.photo_button,
            self.photos_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

        self.show_status.currentIndexChanged.connect(self.refresh)
        self.new_button.clicked.connect(lambda: self.new_offer())
        self.edit_button.clicked.connect(lambda: self.edit_offer())
        self.accept_button.clicked.connect(lambda: self.accept_offer())
        self.decline_button.clicked.connect(lambda: self.decline_offer())
        self.withdraw_button.clicked.connect(lambda: self.withdraw_offer())
        self.photo_button.clicked.connect(lambda: self.add_photo())
        self.photos_button.clicked.connect(lambda: self.show_photos())
        self.import_button.clicked.connect(lambda: self.import_offers())
        self.template_button.clicked.connect(lambda: self.save_template())
        self.table.doubleClicked.connect(lambda: self.edit_offer())
        self.table.itemSelectionChanged.connect(self._enable)
        context.changes.changed.connect(self._changed)
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _changed(self, change: Change) -> None:
        if change.touches(Kind.OFFERS, Kind.NEEDS, Kind.MASTER_DATA):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        self._stale = False
        chosen = self.selected()
        self.rows = offers.offers(self.show_status.currentData())
        self.table.setRowCount(len(self.rows))
        for row, o in enumerate(self.rows):
            what = o.description or o.category
            about = ", ".join(
                part
                for part in (
                    f"{number(o.quantity)} {unit_label(o.unit)}" if o.quantity is not None else "",
                    self.tr("%1 boxes").replace("%1", str(o.boxes)) if o.boxes else "",
                    f"{number(o.weight_kg)} kg" if o.weight_kg is not None else "",
                )
                if part
            )
            status = self.tr(STATUS.get(o.status, o.status))
            if o.decline_reason:
                status += f" ({self.tr(REASONS.get(o.decline_reason, o.decline_reason))})"
            who = o.offered_by + (f" ({o.association})" if o.association else "")
            for column, text in enumerate(
                (str(o.id), who, what, about, status, o.appointment, o.need)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, o.id)
                self.table.setItem(row, column, item)
            if o.id == (chosen.id if chosen else None):
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self._enable()

    def selected(self) -> offers.OfferRow | None:
        row = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= row < len(self.rows):
            return None
        found: offers.OfferRow = self.rows[row]
        return found

    def select_offer(self, offer_id: int) -> None:
        for row, o in enumerate(self.rows):
            if o.id == offer_id:
                self.table.selectRow(row)

    def _enable(self) -> None:
        chosen = self.selected()
        coming = chosen is not None and chosen.status in offers.STILL_COMING
        for button in (self.edit_button, self.decline_button, self.withdraw_button):
            button.setEnabled(coming)
        self.accept_button.setEnabled(
            chosen is not None and chosen.status in ("open", "accepted", "declined")
        )
        self.photo_button.setEnabled(chosen is not None)
        self.photos_button.setEnabled(chosen is not None and chosen.photos > 0)

    def _say(self, text: str, *, ok: bool = True) -> None:
        self.message.setStyleSheet("" if ok else "color: #b00020; font-weight: bold;")
        self.message.setText(text)

    def _done(self, text: str, offer_id: int | None = None) -> None:
        self.context.changes.announce(Kind.OFFERS, origin=self)
        self.refresh()
        if offer_id is not None:
            self.select_offer(offer_id)
        self._say(text)

    # --- actions ------------------------------------------------------------------------------
    def new_offer(self) -> None:
        from ui.needs.offer_dialog import OfferDialog

        dialog = OfferDialog(self)
        if dialog.exec() and dialog.saved_id is not None:
            self._done(
                self.tr("Offer %1 recorded.").replace("%1", str(dialog.saved_id)), dialog.saved_id
            )

    def edit_offer(self) -> None:
        from ui.needs.offer_dialog import OfferDialog

        chosen = self.selected()
        if chosen is None or chosen.status not in offers.STILL_COMING:
            return
        dialog = OfferDialog(self, chosen)
        if dialog.exec():
            self._done(self.tr("Offer %1 saved.").replace("%1", str(chosen.id)), chosen.id)

    def accept_offer(self) -> None:
        from ui.needs.offer_dialog import AcceptDialog

        chosen = self.selected()
        if chosen is None:
            return
        dialog = AcceptDialog(chosen, self)
        if dialog.exec():
            text = self.tr("Offer %1 accepted.").replace("%1", str(chosen.id))
            if dialog.booked is not None:
                from ui.translations import slot_time

                text += " " + self.tr("Appointment %1 on %2.").replace(
                    "%1", dialog.booked.number
                ).replace("%2", slot_time(dialog.booked.starts_at))
            self._done(text, chosen.id)

    def decline_offer(self, reason: str | None = None) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if reason is None:
            labels = [self.tr(label) for label in REASONS.values()]
            picked, ok = QInputDialog.getItem(
                self,
                self.tr("Decline offer %1").replace("%1", str(chosen.id)),
                self.tr("Why is it declined?"),
                labels,
                0,
                False,
            )
            if not ok:
                return
            reason = list(REASONS)[labels.index(picked)]
        self._run(
            lambda: offers.decline(chosen.id, reason), self.tr("Offer %1 declined."), chosen.id
        )

    def withdraw_offer(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._run(lambda: offers.withdraw(chosen.id), self.tr("Offer %1 withdrawn."), chosen.id)

    def add_photo(self, path: Path | None = None) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Photo of the offer"), "", self.tr("Photos (*.jpg *.jpeg *.png)")
            )
            if not name:
                return
            path = Path(name)
        chosen_path = path
        self._run(
            lambda: offer_photos.add_photo(chosen.id, chosen_path),
            self.tr("Photo added to offer %1."),
            chosen.id,
        )

    def show_photos(self) -> PhotoDialog | None:
        from ui.needs.photo_dialog import PhotoDialog

        chosen = self.selected()
        if chosen is None or not chosen.photos:
            return None
        dialog = PhotoDialog(chosen, self)
        dialog.show()
        return dialog

    def _run(self, work: Callable[[], object], text: str, offer_id: int) -> None:
        try:
            work()
        except HafenlagerError as exc:
            self._say(error_text(exc), ok=False)
            return
        self._done(text.replace("%1", str(offer_id)), offer_id)

    def import_offers(self, path: Path | None = None) -> None:
        from warehouse_app.imports.offers import import_offers

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import offers"), "", self.tr("Spreadsheets (*.xlsx *.csv)")
            )
            if not name:
                return
            path = Path(name)
        try:
            done = import_offers(path)
        except HafenlagerError as exc:
            self._say(error_text(exc), ok=False)
            return
        if done.problems:
            lines = [
                self.tr("row %1, %2: %3")
                .replace("%1", str(p.row))
                .replace("%2", p.column)
                .replace("%3", translated(p.message))
                for p in done.problems[:8]
            ]
            more = len(done.problems) - len(lines)
            if more:
                lines.append(self.tr("… and %1 more").replace("%1", str(more)))
            self._say(self.tr("Nothing was imported:") + "\n" + "\n".join(lines), ok=False)
            return
        self._done(self.tr("%1 offers imported.").replace("%1", str(len(done.offer_ids))))

    def save_template(self, path: Path | None = None) -> Path | None:
        from warehouse_app.imports.template import write_template

        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the offers template"), "Angebote.xlsx", "Excel (*.xlsx)"
            )
            if not name:
                return None
            path = Path(name)
        try:
            write_template("offers", path)
        except (HafenlagerError, OSError) as exc:
            self._say(
                self.tr("The template was not saved: %1").replace("%1", error_text(exc)), ok=False
            )
            return None
        self._say(self.tr("Template saved: %1").replace("%1", str(path)))
        return path
