"""The main window: navigation, the scan field that works on every screen, the status bar."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)

from ui import tasks
from ui.context import AppContext
from ui.intake_view import IntakeView
from ui.placeholder_page import PlaceholderPage
from ui.scan_input import ScanInput

if TYPE_CHECKING:
    from ui.convoy_view import ConvoyView
    from ui.scan_view import ScanView
    from ui.settings_view import SettingsView
    from ui.stock_view import StockView
from warehouse_app.codes import CodeKind
from warehouse_app.errors import HafenlagerError


class MainWindow(QMainWindow):
    # Emitted on the GUI thread when the daily backup ends: its path, "" if today's existed.
    daily_backup_done = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Hafenlager – donation hall Dortmund harbour"))
        self.resize(1400, 860)

        self.scan_input = ScanInput()
        self.scan_input.scanned.connect(self.handle_scan)
        self.scan_feedback = QLabel()
        self.scan_feedback.setObjectName("scanFeedback")
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
        # Pages nobody sees at start are built on first use (start-up time).
        self._lazy: dict[str, tuple[QWidget, QWidget | None]] = {
            name: (QWidget(), None) for name in ("scan", "stock", "convoys", "settings")
        }
        self.intake_view.boxes_received.connect(self._boxes_received)
        self.pages = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 15pt; } QListWidget::item { padding: 10px; }"
        )
        entries: list[tuple[str, QWidget]] = [
            (self.tr("Intake"), self.intake_view),
            (self.tr("Scan"), self._lazy["scan"][0]),
            (self.tr("Stock"), self._lazy["stock"][0]),
            (self.tr("Convoys"), self._lazy["convoys"][0]),
            (
                self.tr("Reports"),
                PlaceholderPage(
                    self.tr("Reports"),
                    self.tr(
                        "Convoy paperwork and stock reports come here. The stock screen "
                        "already exports its view to CSV and Excel."
                    ),
                ),
            ),
            (self.tr("Settings"), self._lazy["settings"][0]),
        ]
        for number, (title, page) in enumerate(entries, start=1):
            item = QListWidgetItem(title)
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(number)))
            self.nav.addItem(item)
            self.pages.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.nav.setCurrentRow(row))
        self.nav.currentRowChanged.connect(self._show_page)
        focus_scan = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        focus_scan.activated.connect(self.scan_input.setFocus)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        status = self.statusBar()
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", context.database.description))
        self.db_label.setObjectName("statusDatabase")
        self.who_label = QLabel(
            self.tr("Volunteer: %1 · Station: %2")
            .replace("%1", context.volunteer_name)
            .replace("%2", context.station)
        )
        self.who_label.setObjectName("statusVolunteer")
        status.addPermanentWidget(self.who_label)
        status.addPermanentWidget(self.db_label)

        self.nav.setCurrentRow(0)  # Intake: where the day starts
        self._redirect = ScanRedirect(self.scan_input, self)
        self.scan_input.setFocus()

    def start_daily_backup(self) -> tasks.Task | None:
        """Write the day's first backup on a worker thread; the status bar tells the outcome."""
        folder = self.context.database.backup_dir
        if folder is None:
            return None
        from warehouse_app.storage import backup

        if not backup.backup_due(folder):
            return None  # today's exists: no thread, no connection for nothing

        def work(_report: object) -> str:
            from warehouse_app.storage import backup

            made = backup.auto_backup(self.context.database.db, folder)
            return str(made) if made else ""

        task = tasks.Task(work)
        task.signals.finished.connect(self._backup_done)
        task.signals.failed.connect(self._backup_failed)
        self._backup_task = tasks.start(task)
        return task

    def _backup_done(self, path: str) -> None:
        if path:
            self.statusBar().showMessage(
                self.tr("Daily backup written: %1").replace("%1", path), 15_000
            )
        self.daily_backup_done.emit(path)

    def _backup_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Daily backup failed: %1").replace("%1", message))
        self._feedback(self.tr("The daily backup failed – see the status bar."), ok=False)

    def _page(self, name: str) -> QWidget:
        """The page called name, built the first time it is needed."""
        slot, page = self._lazy[name]
        if page is None:
            page = self._build(name)
            index = self.pages.indexOf(slot)
            current = self.pages.currentIndex()
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(slot)
            slot.deleteLater()
            self._lazy[name] = (page, page)
            if current == index:
                self.pages.setCurrentIndex(index)
        return page

    def _build(self, name: str) -> QWidget:
        if name == "scan":
            from ui.scan_view import ScanView

            return ScanView(self.context)
        if name == "stock":
            from ui.stock_view import StockView

            return StockView(self.context)
        if name == "convoys":
            from ui.convoy_view import ConvoyView

            return ConvoyView(self.context)
        from ui.settings_view import SettingsView

        return SettingsView(self.context)

    @property
    def scan_view(self) -> ScanView:
        from ui.scan_view import ScanView

        page = self._page("scan")
        assert isinstance(page, ScanView)
        return page

    @property
    def stock_view(self) -> StockView:
        from ui.stock_view import StockView

        page = self._page("stock")
        assert isinstance(page, StockView)
        return page

    def _boxes_received(self, box_ids: list[int]) -> None:
        stock_page = self._lazy["stock"][1]
        if stock_page is not None:
            self.stock_view.boxes_changed(box_ids)

    @property
    def convoy_view(self) -> ConvoyView:
        from ui.convoy_view import ConvoyView

        page = self._page("convoys")
        assert isinstance(page, ConvoyView)
        return page

    @property
    def settings_view(self) -> SettingsView:
        from ui.settings_view import SettingsView

        page = self._page("settings")
        assert isinstance(page, SettingsView)
        return page

    def _show_page(self, row: int) -> None:
        widget = self.pages.widget(row)
        for name, (slot, page) in self._lazy.items():
            if page is None and widget is slot:
                self._page(name)
        self.pages.setCurrentIndex(row)

    def show_page(self, widget: QWidget) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(widget))

    def handle_scan(self, text: str) -> None:
        """A code from any screen: the scan screen runs its workflow, others open the item."""
        scan_page = self._lazy["scan"][1]
        if scan_page is not None and self.pages.currentWidget() is scan_page:
            from ui.scan_view import translated

            result = self.scan_view.handle_scan(text)
            self._feedback(translated(result), ok=result.outcome != "error")
            return
        from warehouse_app.services import stock  # loaded on first use (start-up)

        try:
            target = stock.find_code(text)
        except HafenlagerError as exc:
            self._feedback(str(exc), ok=False)
            return
        if target.kind is CodeKind.BOX:
            self.show_page(self.stock_view)
            self.stock_view.show_box(target.id)
            self._feedback(self.tr("Box %1").replace("%1", target.code), ok=True)
        elif target.kind is CodeKind.PALLET:
            from ui.pallet_dialog import PalletDialog

            self._feedback(self.tr("Pallet %1").replace("%1", target.code), ok=True)
            PalletDialog(target.id, self.context.station, self).exec()
        else:
            self.show_page(self.stock_view)
            self.stock_view.filter_location(target.id)
            self._feedback(self.tr("Location %1").replace("%1", target.code), ok=True)

    def _feedback(self, text: str, *, ok: bool) -> None:
        colour = "#1e7d32" if ok else "#b00020"
        self.scan_feedback.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.scan_feedback.setText(text)

    def closeEvent(self, event: QEvent) -> None:
        self._redirect.stop()
        super().closeEvent(event)


class ScanRedirect(QObject):
    """Sends typing that lands on no text field to the scan field.

    A keyboard-wedge scanner types into whatever has the focus. On a table or a button that
    typing would be lost, so it goes to the scan field instead, and the scan works on every
    screen. Typing into a text field stays there: that is the volunteer writing.
    """

    TEXT_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)

    def __init__(self, scan_input: ScanInput, window: QMainWindow) -> None:
        super().__init__(window)
        self.scan_input = scan_input
        self.window = window
        # Only the focused widget is watched, and only when it is no text field: a filter on
        # the whole application ran Python for every event (a fifth of the start-up went to
        # it, and every repaint of a table paid for it).
        self._watched: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def stop(self) -> None:
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        self._unwatch()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._unwatch()
        if new is None or new is self.scan_input or new.window() is not self.window:
            return
        if isinstance(new, self.TEXT_WIDGETS) or (isinstance(new, QComboBox) and new.isEditable()):
            return
        new.installEventFilter(self)
        self._watched = new

    def _unwatch(self) -> None:
        if self._watched is not None:
            # RuntimeError: the widget is gone already, and its filters with it.
            with contextlib.suppress(RuntimeError):
                self._watched.removeEventFilter(self)
            self._watched = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if focus is None or focus is self.scan_input or watched is not focus:
            return False
        if isinstance(focus, self.TEXT_WIDGETS):
            return False
        if isinstance(focus, QComboBox) and focus.isEditable():
            return False
        text = event.text()
        if (
            not text
            or not text.isprintable()
            or event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            return False
        self.scan_input.setFocus()
        self.scan_input.insert(text)
        return True
