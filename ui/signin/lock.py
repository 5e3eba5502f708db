"""Locking a station: the window waits behind the sign-in dialog until someone signs in.

Ctrl+L ("Switch person") and minutes without input (the hall's idle_lock_minutes) lock it
alike; whoever signs in then works on, under their own name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ui.context import AppContext

if TYPE_CHECKING:
    from ui.signin.dialog import SignInDialog
from ui.signin.idle import IdleWatch, idle_minutes

START_WATCHING_MS = 1500  # not during the window's first paint: the filter would slow it


class StationLock(QObject):
    locking = Signal()  # the window hides what it shows
    signed_in = Signal(object)  # the Person who signed in at the lock
    quit_requested = Signal()

    def __init__(
        self, window: QWidget, context: AppContext, idle_seconds: float | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.watch = IdleWatch(
            idle_minutes() * 60.0 if idle_seconds is None else idle_seconds, self
        )
        self.watch.idle.connect(self.lock)
        self.dialog: SignInDialog | None = None

    def start_watching(self, delay_ms: int = START_WATCHING_MS) -> None:
        QTimer.singleShot(delay_ms, self._start_unless_locked)

    def set_idle_seconds(self, seconds: float) -> None:
        """A new idle_lock_minutes counts from now on."""
        self.watch.stop()
        self.watch.seconds = seconds
        self._start_unless_locked()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> SignInDialog:
        """Show the sign-in over the window (not blocking: the window's timers go on)."""
        from ui.signin.dialog import SignInDialog  # loaded when first locked, not at start-up

        if self.dialog is not None:
            return self.dialog
        self.watch.stop()
        self.locking.emit()
        self.dialog = SignInDialog(
            self.context.volunteer_name, self.context.station, self.window, locked=True
        )
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.finished.connect(self._finished)
        self.dialog.open()
        return self.dialog

    def _finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if dialog.quit_requested:
            self.quit_requested.emit()
            return
        self._start_unless_locked()
        if dialog.person is not None:
            self.signed_in.emit(dialog.person)

    def _start_unless_locked(self) -> None:
        if self.dialog is None:
            self.watch.start()
