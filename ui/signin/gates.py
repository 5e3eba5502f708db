"""What a role sees: the pages of the main window, and the buttons inside them that need more.

A button another role needs stays greyed out with a tooltip naming that role, whatever its
page decides from the state of the record (a convoy being loaded enables "Depart"): the page
sets the button's state, the gate takes it back while the role may not use it. The services
check the role again; this only spares a volunteer a refusal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QWidget

from warehouse_app.access.roles import NEEDED, ROLE_NAMES, Permission

# The main window's pages and what each needs. The reports show the goods of every
# association: a lead's (a board member's are cut to their association by the service).
PAGES: dict[str, Permission] = {
    "intake": Permission.INTAKE,
    "scan": Permission.SCAN,
    "stock": Permission.SCAN,
    "convoys": Permission.CONVOYS,
    "needs": Permission.NEEDS,
    "reports": Permission.REPORTS,
    "settings": Permission.SETTINGS,
    "activity": Permission.ACTIVITY,
}

# Buttons found by their objectName anywhere in a page.
BUTTONS: dict[str, Permission] = {
    "depart": Permission.DEPART,
    "deliver": Permission.DELIVER,
    "correctBox": Permission.CORRECT,
    "correctRecent": Permission.CORRECT,  # the intake's last boxes: a correction too
    "disposeBox": Permission.DISPOSE,
    "dispose": Permission.DISPOSE,  # the expiring list's
    "toConvoy": Permission.CONVOYS,
    "applyStocktake": Permission.CORRECT,  # a stocktake's corrections change the stock
    "backupNow": Permission.BACKUP,
}


def needs_text(permission: Permission) -> str:
    """'Needs a lead: sign in as one (Ctrl+L).' in the screens' language."""
    role = QCoreApplication.translate("service", ROLE_NAMES[NEEDED[permission]])
    return QCoreApplication.translate("RoleGate", "Needs a %1: sign in as one (Ctrl+L).").replace(
        "%1", role
    )


class RoleGate(QObject):
    """Keeps the buttons a role may not use disabled; `apply` again when the person changes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tooltips: dict[QAbstractButton, str] = {}  # a refused button → its own tooltip
        self._wanted: dict[QAbstractButton, bool] = {}  # → the state its page last gave it
        self._allowed: frozenset[Permission] = frozenset(Permission)
        self._forcing = False

    def apply(self, allowed: frozenset[Permission], *pages: QWidget) -> None:
        """Gate the buttons of pages for a person who may do allowed; buttons gated before
        and now allowed get back the state their page gave them."""
        self._allowed = allowed
        for button in list(self._tooltips):
            permission = BUTTONS[button.objectName()]
            if permission in allowed:
                self._release(button)
        for page in pages:
            self.watch(page)

    def watch(self, page: QWidget) -> None:
        for name, permission in BUTTONS.items():
            if permission in self._allowed:
                continue
            # By name, in Qt itself: a walk over every button of the page in Python took
            # 13 ms of a volunteer's start-up.
            for button in page.findChildren(QAbstractButton, name):
                self._gate(button, permission)

    def _gate(self, button: QAbstractButton, permission: Permission) -> None:
        if button in self._tooltips:
            return
        self._tooltips[button] = button.toolTip()
        self._wanted[button] = button.isEnabled()
        button.installEventFilter(self)
        button.destroyed.connect(lambda _=None, b=button: self._forget(b))
        button.setToolTip(needs_text(permission))
        self._disable(button)

    def refused(self, button: QAbstractButton) -> bool:
        return button in self._tooltips

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and not self._forcing
            and isinstance(watched, QAbstractButton)
            and watched in self._tooltips
        ):
            self._wanted[watched] = watched.isEnabled()
            self._disable(watched)
        return False

    def _disable(self, button: QAbstractButton) -> None:
        self._forcing = True
        try:
            button.setEnabled(False)
        finally:
            self._forcing = False

    def _release(self, button: QAbstractButton) -> None:
        button.removeEventFilter(self)
        button.setToolTip(self._tooltips.pop(button))
        button.setEnabled(self._wanted.pop(button, True))

    def _forget(self, button: QAbstractButton) -> None:
        self._tooltips.pop(button, None)
        self._wanted.pop(button, None)
