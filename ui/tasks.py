"""Long work off the GUI thread: the callable gets plain data, never touches widgets, and
reports progress through a signal; the result comes back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from warehouse_app.storage.engine import close as close_thread_connection


class TaskSignals(QObject):
    progress = Signal(int)
    finished = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """Runs fn(report) where report(n) -> bool sends progress and says whether to go on."""

    def __init__(self, fn: Callable[[Callable[[int], bool]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def _report(self, done: int) -> bool:
        self.signals.progress.emit(done)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self.fn(self._report)
        except Exception as exc:
            self.signals.failed.emit(str(exc))
        else:
            self.signals.finished.emit(result)
        finally:
            # peewee opened a connection for this worker thread; do not leave it to the GC.
            close_thread_connection()


def start(task: Task) -> Task:
    QThreadPool.globalInstance().start(task)
    return task
