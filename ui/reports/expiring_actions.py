"""The expiring list's two answers, on the Reports page: dispose of the selected boxes, or put
them on a convoy that is still being planned or loaded. All of the selection or none of it."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget

from ui.changes import ChangeHub, Kind
from ui.service_texts import error_text
from warehouse_app.errors import HafenlagerError
from warehouse_app.services.movements import Actor


class Page(Protocol):
    def selected_codes(self) -> list[str]: ...
    def reload(self) -> None: ...
    def say(self, text: str, *, ok: bool) -> None: ...


class ExpiringActions(QObject):
    def __init__(self, page: Page, widget: QWidget, actor: Actor, changes: ChangeHub) -> None:
        super().__init__(widget)
        self.page, self.widget, self.actor, self.changes = page, widget, actor, changes
        self.dispose_button = QPushButton(self.tr("Dispose of selected…"), objectName="dispose")
        self.convoy_button = QPushButton(self.tr("Put on a convoy…"), objectName="toConvoy")
        self.dispose_button.clicked.connect(lambda: self.dispose())
        self.convoy_button.clicked.connect(lambda: self.put_on_convoy())

    def show_for(self, expiring: bool) -> None:
        for button in (self.dispose_button, self.convoy_button):
            button.setVisible(expiring)

    def dispose(self, reason: str | None = None) -> int:
        from warehouse_app.services import expiring_actions

        codes = self.page.selected_codes()
        if reason is None:
            reason, ok = QInputDialog.getText(
                self.widget,
                self.tr("Dispose of %1 boxes").replace("%1", str(len(codes))),
                self.tr("Why (e.g. expired, spoiled)?"),
            )
            if not ok:
                return 0
        try:
            done = expiring_actions.dispose_all(codes, reason, self.actor)
        except HafenlagerError as exc:
            self.page.say(error_text(exc), ok=False)
            return 0
        self._done(self.tr("%1 boxes disposed of.").replace("%1", str(done)))
        return done

    def put_on_convoy(self, number: str | None = None) -> int:
        from warehouse_app.services import convoys, expiring_actions

        codes = self.page.selected_codes()
        if number is None:
            open_ones = [c.number for c in convoys.convoys() if c.status in ("planning", "loading")]
            if not open_ones:
                self.page.say(self.tr("No convoy is being planned or loaded."), ok=False)
                return 0
            number, ok = QInputDialog.getItem(
                self.widget, self.tr("Put on a convoy"), self.tr("Which convoy?"), open_ones, 0,
                False,
            )  # fmt: skip
            if not ok:
                return 0
        try:
            done = expiring_actions.put_on_convoy(codes, convoys.get_convoy(number))
        except HafenlagerError as exc:
            self.page.say(error_text(exc), ok=False)
            return 0
        self._done(
            self.tr("%1 boxes reserved for %2.").replace("%1", str(done)).replace("%2", number)
        )
        return done

    def _done(self, text: str) -> None:
        self.changes.announce(Kind.BOXES, Kind.CONVOYS)
        self.page.reload()
        self.page.say(text, ok=True)
