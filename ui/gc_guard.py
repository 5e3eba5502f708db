"""Python's garbage collector runs on the GUI thread only.

A collection runs in whichever thread happens to allocate: during the papers of a departure or
a backup that is a worker thread, and a cycle it frees may hold a Qt object of the GUI thread,
which Qt then destroys from the wrong thread (a segfault in the GUI thread, seen in the test
suite while a departure rendered its papers). So automatic collection is switched off and a
timer on the GUI thread collects, generation by generation, when the thresholds say so, as
qutebrowser does. Reference counting still frees everything else at once."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        gc.disable()
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        """Collect the oldest generation that is over its threshold; the number freed."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in reversed(range(len(thresholds))):
            if counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0


def install(app: QObject) -> GuiThreadCollector:
    """Once per application; a second call returns the first collector."""
    found = app.findChild(GuiThreadCollector, "guiThreadCollector")
    return found if isinstance(found, GuiThreadCollector) else GuiThreadCollector(app)
