"""Garbage is collected on the GUI thread only, never on a worker thread (ui.gc_guard)."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from ui import gc_guard


class Cycle:
    def __init__(self) -> None:
        self.me = self  # only a collection frees it


def test_a_worker_threads_garbage_is_collected_on_the_gui_thread(qapp: Any) -> None:
    collector = gc_guard.install(qapp)
    assert gc_guard.install(qapp) is collector and not gc.isenabled()
    threads: list[str] = []
    refs: list[weakref.ref[Cycle]] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    def work() -> None:  # what a papers or backup operation does on its pool thread
        for n in range(5_000):  # far above the first generation's threshold (700)
            cycle = Cycle()
            if n % 1000 == 0:
                refs.append(weakref.ref(cycle))

    gc.callbacks.append(note)
    try:
        worker = threading.Thread(target=work, name="worker")
        worker.start()
        worker.join(timeout=60)
        assert not worker.is_alive()
        main = threading.main_thread().name
        assert "worker" not in threads, threads  # nothing was collected on the worker thread
        freed = collector.collect()  # what the GUI thread's timer does
        # The worker's cycles are freed on the GUI thread: now, or by a collection there.
        assert freed > 0 or all(ref() is None for ref in refs)
        assert set(threads) <= {main}
    finally:
        gc.callbacks.remove(note)
