"""Garbage is collected on the GUI thread only, never on a worker thread (ui.gc_guard)."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from ui import gc_guard
from ui.operations import Operation


class Cycle:
    def __init__(self) -> None:
        self.me = self  # only a collection frees it


def test_a_worker_threads_garbage_is_collected_on_the_gui_thread(qtbot: QtBot, qapp: Any) -> None:
    collector = gc_guard.install(qapp)
    assert gc_guard.install(qapp) is collector and not gc.isenabled()
    threads: list[str] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    refs: list[weakref.ref[Cycle]] = []

    def work(_report: object) -> int:
        for n in range(5_000):  # far above the first generation's threshold (700)
            cycle = Cycle()
            if n % 1000 == 0:
                refs.append(weakref.ref(cycle))
        return 0

    gc.callbacks.append(note)
    try:
        holder = QObject()
        operation = Operation(holder, work, name="garbage")
        with qtbot.waitSignal(operation._relay.succeeded, timeout=60_000):
            operation.start()
        main = threading.main_thread().name
        # Nothing was collected on the worker thread (the GUI thread may have collected).
        assert set(threads) <= {main}, threads
        freed = collector.collect()  # what the GUI thread's timer does
        # The worker's cycles are freed on the GUI thread: now, or by a collection there
        # while the test waited for the worker.
        assert freed > 0 or all(ref() is None for ref in refs)
        assert set(threads) <= {main}
    finally:
        gc.callbacks.remove(note)
