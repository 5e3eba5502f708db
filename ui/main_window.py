"""The main window: navigation, the scan field that works on every screen, the status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from ui.application import current_application
from ui.changes import Change, ChangeHub, Kind
from ui.context import AppContext
from ui.intake.view import IntakeView
from ui.language_chooser import language_chooser
from ui.remote_changes import RemoteChanges
from ui.scan_redirect import ScanRedirect
from ui.service_texts import error_text, translated
from ui.signin.gates import PAGES, RoleGate
from ui.signin.lock import StationLock
from ui.widgets.scan_input import ScanInput
from warehouse_app.access.roles import ROLE_NAMES
from warehouse_app.codes import CodeKind
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import masterdata
from warehouse_app.services.people import Person
from warehouse_app.texts import say

if TYPE_CHECKING:
    from ui.convoys.view import ConvoyView
    from ui.needs.page import CoordinationPage
    from ui.needs.view import NeedsView
    from ui.operations import Failure, Operation
    from ui.reports.view import ReportsView
    from ui.scan.view import ScanView
    from ui.settings.view import SettingsView
    from ui.stock.view import StockView

Page = TypeVar("Page", bound=QWidget)


# The pages built on first use: (module, class), each taking the AppContext.
_PAGE_CLASSES = {
    "scan": ("ui.scan.view", "ScanView"),
    "stock": ("ui.stock.view", "StockView"),
    "convoys": ("ui.convoys.view", "ConvoyView"),
    "needs": ("ui.needs.page", "CoordinationPage"),
    "reports": ("ui.reports.view", "ReportsView"),
    "settings": ("ui.settings.view", "SettingsView"),
    "activity": ("ui.activity.page", "ActivityPage"),
}


def _builder(module: str, name: str) -> Callable[[AppContext], QWidget]:
    def build(context: AppContext) -> QWidget:
        page: QWidget = getattr(importlib.import_module(module), name)(context)
        return page

    return build


class LazyPage:
    """A page built the first time it is shown or asked for: nobody sees most pages at start."""

    def __init__(self, build: Callable[[AppContext], QWidget]) -> None:
        self.build = build
        self.slot = QWidget()  # stands in the stack until the page is built
        self.page: QWidget | None = None


class MainWindow(QMainWindow):
    # Emitted on the GUI thread when the daily backup ends: its path, "" if it failed.
    daily_backup_done = Signal(str)

    def __init__(
        self, context: AppContext, language: str = "", *, idle_seconds: float | None = None
    ) -> None:
        super().__init__()
        self.context = context
        self.language = language  # "" while the PC's own language is shown
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Hafenlager – donation hall Dortmund harbour"))
        self.resize(1400, 860)

        self.scan_input = ScanInput()
        self.scan_input.scanned.connect(self.handle_scan)
        self.scan_input.undo_requested.connect(self.undo_scan)
        self.scan_feedback = QLabel()
        self.scan_feedback.setObjectName("scanFeedback")
        # Its text changes with every scan: the toolbar keeps its layout (long ones are cut).
        self.scan_feedback.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        toolbar = QToolBar(self.tr("Scan"))
        toolbar.setObjectName("scanToolbar")
        toolbar.setMovable(False)
        scan_box = QWidget()
        scan_layout = QHBoxLayout(scan_box)
        scan_layout.setContentsMargins(6, 4, 6, 4)
        scan_layout.addWidget(QLabel(self.tr("Code:")))
        scan_layout.addWidget(self.scan_input)
        scan_layout.addWidget(self.scan_feedback, 1)
        toolbar.addWidget(scan_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

        self.intake_view = IntakeView(context)
        self._lazy = {
            name: LazyPage(_builder(module, cls)) for name, (module, cls) in _PAGE_CLASSES.items()
        }
        self.pages = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 15pt; } QListWidget::item { padding: 10px; }"
        )
        titles = {
            "intake": self.tr("Intake"),
            "scan": self.tr("Scan"),
            "stock": self.tr("Stock"),
            "convoys": self.tr("Convoys"),
            "needs": self.tr("Needs & offers"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
            "activity": self.tr("Activity"),  # last: the rows before keep their Ctrl+number
        }
        # The rows are the same for every role: a page the role may not see is hidden.
        self.page_names = [name for name in titles if name == "intake" or name in self._lazy]
        entries = [
            (titles[name], self.intake_view if name == "intake" else self._lazy[name].slot)
            for name in self.page_names
        ]
        for row, (title, page) in enumerate(entries, start=1):
            item = QListWidgetItem(title)
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(row)))
            self.nav.addItem(item)
            self.pages.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row}"), self)
            shortcut.activated.connect(lambda r=row - 1: self._go_to_row(r))
        self.nav.currentRowChanged.connect(self._show_page)
        focus_scan = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        focus_scan.activated.connect(self.scan_input.setFocus)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._central = central

        status = self.statusBar()
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", context.database.description))
        self.db_label.setObjectName("statusDatabase")
        self.who_label = QLabel()
        self.who_label.setObjectName("statusVolunteer")
        self.switch_button = QToolButton(objectName="switchPerson")
        self.switch_button.setText(self.tr("Switch person"))
        self.switch_button.setToolTip(self.tr("Lock this station for the next person (Ctrl+L)"))
        self.switch_button.clicked.connect(self.lock)
        switch = QShortcut(QKeySequence("Ctrl+L"), self)
        switch.activated.connect(self.lock)
        self.language_box = language_chooser(language)
        self.language_box.setToolTip(self.tr("Language of the screens, for this volunteer"))
        self.language_box.activated.connect(self._language_chosen)
        status.addPermanentWidget(self.language_box)
        status.addPermanentWidget(self.who_label)
        status.addPermanentWidget(self.switch_button)
        status.addPermanentWidget(self.db_label)

        self.remote = RemoteChanges(context.database, context.changes, context.station, self)
        self.gate = RoleGate(self)
        self.station_lock = StationLock(self, context, idle_seconds)
        self.station_lock.locking.connect(self._central.hide)  # no one's work shows meanwhile
        self.station_lock.signed_in.connect(self.set_person)
        self.station_lock.quit_requested.connect(self.close)
        self._idle_given = idle_seconds is not None
        context.changes.changed.connect(self._settings_changed)
        self.apply_role()
        self.nav.setCurrentRow(0)  # Intake: where the day starts
        self._redirect = ScanRedirect(self.scan_input, self)
        self._backup: Operation | None = None
        self.scan_input.setFocus()
        self.station_lock.start_watching()

    # --- who is working -------------------------------------------------------------------
    def lock(self) -> None:
        """Ctrl+L: the window waits behind the sign-in until the next person signs in."""
        self.station_lock.lock()

    @property
    def locked(self) -> bool:
        return self.station_lock.locked

    def set_person(self, person: Person) -> None:
        """person signed in at the lock: the same one works on where they were; another
        gets the window for their role (the pages built for the last one are built again)."""
        self._central.show()
        if person.id != self.context.volunteer_id:
            self.context.volunteer_id = person.id
            self.context.volunteer_name = person.name
            self.apply_role(rebuild=True)
            self._feedback(self.tr("Signed in: %1").replace("%1", person.name), ok=True)
        if person.language != self.language:
            self.switch_language(person.language)
            return
        self.scan_input.setFocus()

    def apply_role(self, *, rebuild: bool = False) -> None:
        """Show the pages the signed-in person may use, and gate the buttons inside."""
        access = self.context.access()
        role = access[0]
        allowed = self.context.allowed(access)
        terminal = self.tr(" · volunteer terminal") if self.context.terminal else ""
        self.who_label.setText(
            self.tr("%1 (%2) · Station: %3%4")
            .replace("%1", self.context.volunteer_name)
            .replace("%2", translated(say(ROLE_NAMES[role])))
            .replace("%3", self.context.station)
            .replace("%4", terminal)
        )
        for row, name in enumerate(self.page_names):
            self.nav.item(row).setHidden(PAGES[name] not in allowed)
        if rebuild:
            for name in list(self._lazy):
                self._drop_page(name)
        self.gate.apply(allowed, self.intake_view, *self._built_pages())
        current = self.nav.currentRow()
        if current >= 0 and self.nav.item(current).isHidden():
            self.nav.setCurrentRow(0)
        elif rebuild and current >= 0:
            self._show_page(current)

    def _built_pages(self) -> list[QWidget]:
        return [lazy.page for lazy in self._lazy.values() if lazy.page is not None]

    def _drop_page(self, name: str) -> None:
        """A page built for the last person leaves; it is built again when next shown."""
        lazy = self._lazy[name]
        if lazy.page is None:
            return
        slot = QWidget()
        index = self.pages.indexOf(lazy.page)
        self.pages.insertWidget(index, slot)
        self.pages.removeWidget(lazy.page)
        lazy.page.deleteLater()
        lazy.page, lazy.slot = None, slot

    def _go_to_row(self, row: int) -> None:
        if row < self.nav.count() and not self.nav.item(row).isHidden():
            self.nav.setCurrentRow(row)

    def _settings_changed(self, change: Change) -> None:
        """This station's terminal mode or the hall's idle lock changed (settings screen)."""
        if not change.touches(Kind.SETTINGS):
            return
        self.apply_role()
        if not self._idle_given:
            from ui.signin.idle import idle_minutes

            self.station_lock.set_idle_seconds(idle_minutes() * 60.0)

    # --- the language ---------------------------------------------------------------------
    def _language_chosen(self, _index: int) -> None:
        code = str(self.language_box.currentData())
        if code != self.language:
            self.switch_language(code)

    def switch_language(self, code: str) -> MainWindow | None:
        """Show every screen in language code at once, without a restart: the window is built
        again in the new language, on the same page, and this one closes. The volunteer keeps
        the language for their next start. None when it could not be saved (nothing changes)."""
        try:
            if self.context.volunteer_id is not None:
                masterdata.set_volunteer_language(self.context.volunteer_id, code)
        except HafenlagerError as exc:
            self._feedback(error_text(exc), ok=False)
            self.language_box.setCurrentIndex(self.language_box.findData(self.language))
            return None
        from ui.translations import install_translations

        install_translations(current_application(), QLocale(code or QLocale.system().name()))
        from ui.intake import form_state

        typed = form_state.capture(self.intake_view)
        # A hub of its own: nothing of this window hears the successor's changes.
        successor = MainWindow(replace(self.context, changes=ChangeHub()), language=code)
        form_state.restore(successor.intake_view, typed)
        successor.setGeometry(self.geometry())
        successor.nav.setCurrentRow(self.nav.currentRow())
        if self.isMaximized():
            successor.showMaximized()
        else:
            successor.show()
        successor.scan_input.setFocus()
        self.close()
        self.deleteLater()
        return successor

    # --- the daily backup -----------------------------------------------------------------
    def start_daily_backup(self) -> Operation | None:
        """Write the day's first backup on a worker thread; the status bar tells the outcome."""
        folder = self.context.database.backup_dir
        if folder is None:
            return None
        from ui.operations import Operation  # loaded only on the day's first start
        from warehouse_app.storage import backup

        if not backup.backup_due(folder):
            return None  # today's exists: no thread, no connection for nothing
        database = self.context.database.db

        def work(_report: object) -> str:
            made = backup.auto_backup(database, folder)
            return str(made) if made else ""

        self._backup = Operation(
            self,
            work,
            on_success=self._backup_done,
            on_failure=self._backup_failed,
            name="daily backup",
        ).start()
        return self._backup

    def _backup_done(self, path: str) -> None:
        if path:
            self.statusBar().showMessage(
                self.tr("Daily backup written: %1").replace("%1", path), 15_000
            )
        self.daily_backup_done.emit(path)

    def _backup_failed(self, failure: Failure) -> None:
        self.statusBar().showMessage(
            self.tr("Daily backup failed: %1").replace("%1", failure.message)
        )
        self._feedback(self.tr("The daily backup failed – see the status bar."), ok=False)
        self.daily_backup_done.emit("")

    # --- pages ----------------------------------------------------------------------------
    def _page(self, name: str) -> QWidget:
        """The page called name, built the first time it is needed."""
        lazy = self._lazy[name]
        if lazy.page is None:
            lazy.page = lazy.build(self.context)
            self.gate.watch(lazy.page)
            index = self.pages.indexOf(lazy.slot)
            current = self.pages.currentIndex()
            self.pages.insertWidget(index, lazy.page)
            self.pages.removeWidget(lazy.slot)
            lazy.slot.deleteLater()
            lazy.slot = lazy.page
            if current == index:
                self.pages.setCurrentIndex(index)
        return lazy.page

    def _typed_page(self, name: str, kind: type[Page]) -> Page:
        page = self._page(name)
        assert isinstance(page, kind)
        return page

    @property
    def scan_view(self) -> ScanView:
        from ui.scan.view import ScanView

        return self._typed_page("scan", ScanView)

    @property
    def stock_view(self) -> StockView:
        from ui.stock.view import StockView

        return self._typed_page("stock", StockView)

    @property
    def convoy_view(self) -> ConvoyView:
        from ui.convoys.view import ConvoyView

        return self._typed_page("convoys", ConvoyView)

    @property
    def coordination_page(self) -> CoordinationPage:
        from ui.needs.page import CoordinationPage

        return self._typed_page("needs", CoordinationPage)

    @property
    def needs_view(self) -> NeedsView:
        return self.coordination_page.needs

    @property
    def reports_view(self) -> ReportsView:
        from ui.reports.view import ReportsView

        return self._typed_page("reports", ReportsView)

    @property
    def settings_view(self) -> SettingsView:
        from ui.settings.view import SettingsView

        return self._typed_page("settings", SettingsView)

    def _show_page(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None and item.isHidden():
            return  # not for this person's role
        widget = self.pages.widget(row)
        for name, lazy in self._lazy.items():
            if lazy.page is None and widget is lazy.slot:
                self._page(name)
        self.pages.setCurrentIndex(row)

    def show_page(self, widget: QWidget) -> None:
        """Show a page, or a tab of one (the needs, offers and drop-offs share a page)."""
        page: QWidget | None = widget
        while page is not None and self.pages.indexOf(page) < 0:
            page = page.parentWidget()
        if isinstance(page, QTabWidget) and page.indexOf(widget) >= 0:
            page.setCurrentWidget(widget)
        self.nav.setCurrentRow(self.pages.indexOf(page) if page is not None else -1)

    # --- scans from any screen ------------------------------------------------------------
    def undo_scan(self) -> None:
        """Ctrl+Z on the scan screen undoes the last scan, as its Undo button does."""
        scan_page = self._lazy["scan"].page
        if scan_page is not None and self.pages.currentWidget() is scan_page:
            from ui.scan.view import translated

            # The toolbar shows the last answer too: it must not go on saying what was undone.
            result = self.scan_view.undo()
            self._feedback(translated(result), ok=result.outcome != "error")

    def handle_scan(self, text: str) -> None:
        """A code from any screen: the scan screen runs its workflow, others open the item."""
        scan_page = self._lazy["scan"].page
        if scan_page is not None and self.pages.currentWidget() is scan_page:
            from ui.scan.view import translated

            result = self.scan_view.handle_scan(text)
            self._feedback(translated(result), ok=result.outcome != "error")
            return
        from warehouse_app.services import stock  # loaded on first use (start-up)

        try:
            target = stock.find_code(text)
        except HafenlagerError as exc:
            self._feedback(error_text(exc), ok=False)
            return
        if target.kind is CodeKind.BOX:
            self.show_page(self.stock_view)
            self.stock_view.show_box(target.id)
            self._feedback(self.tr("Box %1").replace("%1", target.code), ok=True)
        elif target.kind is CodeKind.PALLET:
            from ui.stock.pallet_dialog import PalletDialog

            self._feedback(self.tr("Pallet %1").replace("%1", target.code), ok=True)
            PalletDialog(target.id, self.context.station, self.context.changes, self).exec()
        else:
            self.show_page(self.stock_view)
            self.stock_view.filter_location(target.id)
            self._feedback(self.tr("Location %1").replace("%1", target.code), ok=True)

    def _feedback(self, text: str, *, ok: bool) -> None:
        colour = "#1e7d32" if ok else "#b00020"
        sheet = f"color: {colour}; font-weight: bold;"
        if sheet != self.scan_feedback.styleSheet():  # set again, it lays the toolbar out anew
            self.scan_feedback.setStyleSheet(sheet)
        self.scan_feedback.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._redirect.stop()
        self.remote.stop()
        self.station_lock.watch.stop()  # a closed window locks nothing
        super().closeEvent(event)
