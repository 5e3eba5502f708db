"""Work off the GUI thread, in one way for every screen (after Anki's CollectionOp).

An Operation runs a function on the thread pool. On success it announces its change on the
ChangeHub and calls on_success with the result on the GUI thread; on failure it logs the
traceback and calls on_failure with a message the volunteer can read (a refusal's own words,
or "something went wrong, the log is at ..."). The function gets a report(done) callback for
progress, which answers whether to go on; it never touches a widget.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ui.changes import ChangeHub, Kind
from ui.errors import unexpected_message
from ui.service_texts import error_text
from warehouse_app.errors import HafenlagerError
from warehouse_app.storage.engine import close as close_thread_connection

log = logging.getLogger(__name__)

Report = Callable[[int], bool]


@dataclass(frozen=True)
class Failure:
    message: str
    expected: bool  # a refusal with its own message, not a bug
    cancelled: bool = False


class Cancelled(Exception):
    """Raised by work that saw report(...) answer False."""


class _Relay(QObject):
    """Lives on the GUI thread: the worker's signals reach the callbacks through it."""

    progress = Signal(int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, operation: Operation, parent: QObject) -> None:
        super().__init__(parent)
        self.operation = operation
        self.progress.connect(self._progress)
        self.succeeded.connect(self._succeeded)
        self.failed.connect(self._failed)

    def _progress(self, done: int) -> None:
        if self.operation.on_progress is not None:
            self.operation.on_progress(done)

    def _succeeded(self, result: object) -> None:
        self.operation._done(result)
        self.deleteLater()

    def _failed(self, failure: Failure) -> None:
        self.operation._fail(failure)
        self.deleteLater()


# Operations started and not yet ended. Their Python side must outlive their run(): the screen
# that started one may be gone (its relay deleted with it), and the garbage collector on the
# GUI thread then freed a runnable the pool was still running (a segfault in CI).
_running: set[Operation] = set()
_running_lock = threading.Lock()


class Operation(QRunnable):
    def __init__(
        self,
        parent: QObject,
        work: Callable[[Report], Any],
        *,
        hub: ChangeHub | None = None,
        changes: tuple[Kind, ...] = (),
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Failure], None] | None = None,
        on_progress: Callable[[int], None] | None = None,
        name: str = "operation",
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it: the pool never frees it under the wrapper
        self.work = work
        self.hub = hub
        self.changes = changes
        self.on_success = on_success
        self.on_failure = on_failure
        self.on_progress = on_progress
        self.name = name
        self.origin = parent
        self.cancelled = False
        self.finished = False
        self._relay = _Relay(self, parent)

    # --- GUI thread ---------------------------------------------------------------------
    def start(self) -> Operation:
        with _running_lock:
            _running.add(self)
        QThreadPool.globalInstance().start(self)
        return self

    def cancel(self) -> None:
        self.cancelled = True

    def _done(self, result: object) -> None:
        self.finished = True
        if self.hub is not None and self.changes:
            self.hub.announce(*self.changes, origin=self.origin)
        if self.on_success is not None:
            self.on_success(result)

    def _fail(self, failure: Failure) -> None:
        self.finished = True
        if self.on_failure is not None:
            self.on_failure(failure)

    # --- worker thread ------------------------------------------------------------------
    def _report(self, done: int) -> bool:
        self._emit(self._relay.progress, done)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self.work(self._report)
        except Cancelled as exc:
            self._emit(self._relay.failed, Failure(error_text(exc), expected=True, cancelled=True))
        except HafenlagerError as exc:
            cancelled = self.cancelled
            self._emit(
                self._relay.failed, Failure(error_text(exc), expected=True, cancelled=cancelled)
            )
        except Exception:
            log.exception("%s failed", self.name)
            self._emit(self._relay.failed, Failure(unexpected_message(), expected=False))
        else:
            self._emit(self._relay.succeeded, result)
        finally:
            # peewee opened a connection for this worker thread; do not leave it to the GC.
            close_thread_connection()
            with _running_lock:
                _running.discard(self)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The screen that asked is gone (the window closed meanwhile): nobody to tell.
            log.info("a background operation ended after its screen was closed")


def wait_for_operations(msecs: int = -1) -> bool:
    """Let running operations finish (at exit: a backup must not be cut off half-written)."""
    return bool(QThreadPool.globalInstance().waitForDone(msecs))
