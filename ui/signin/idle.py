"""The idle lock's clock: minutes without a key, a click or a touch anywhere in the program."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from ui.application import current_application
from warehouse_app.services import masterdata

SETTING = "idle_lock_minutes"
DEFAULT_MINUTES = 10

# What counts as someone at the station (a scanner types keys). Mouse moves count too: a
# person reading a list with the mouse in hand is there.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def idle_minutes() -> int:
    """The hall's setting: minutes without input before a station locks; 0 never locks."""
    raw = masterdata.settings().get(SETTING, "")
    try:
        return max(0, int(raw)) if raw.strip() else DEFAULT_MINUTES
    except ValueError:
        return DEFAULT_MINUTES  # a broken value must not leave every station open


class IdleWatch(QObject):
    """Emits `idle` after `seconds` without input (once; `start` watches again).

    A filter on the whole application runs Python for every event, paints too (the scan
    redirect measured a fifth of the start-up in one). So the filter is only armed while
    nobody is typing: the first input takes it off, and it comes back a short while later
    (a tenth of the time, at most 30 s). The station locks between `seconds` and that much
    more after the last input."""

    idle = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._armed = False
        self._watching = False
        self._quiet = QTimer(self, singleShot=True)  # ends a quiet spell: locks
        self._quiet.timeout.connect(self._quiet_enough)
        self._rearm = QTimer(self, singleShot=True)  # after an input: listens again
        self._rearm.timeout.connect(self._arm)

    @property
    def watching(self) -> bool:
        return self._watching

    @property
    def slot(self) -> float:
        return min(30.0, self.seconds / 10)

    def start(self) -> None:
        if self.seconds <= 0 or self._watching:
            return
        self._watching = True
        self._arm()

    def stop(self) -> None:
        self._watching = False
        self._disarm()
        self._rearm.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _INPUT:
            self._disarm()
            self._rearm.start(_ms(self.slot))
        return False

    def _arm(self) -> None:
        if not self._watching or self._armed:
            return
        self._armed = True
        current_application().installEventFilter(self)
        self._quiet.start(_ms(self.seconds))

    def _disarm(self) -> None:
        self._quiet.stop()
        if self._armed:
            self._armed = False
            current_application().removeEventFilter(self)

    def _quiet_enough(self) -> None:
        if self._watching and self._armed:
            self.stop()  # the lock starts it again once someone signed in
            self.idle.emit()


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))
