"""Guards against known defects of the Qt binding that would take the app down in the hall."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication


def test_void_qt_calls_keep_none_alive(qapp: QApplication) -> None:
    # PySide6 6.12.0 dropped a reference to None on every call of a void method; on Python
    # 3.11 (None is not immortal before 3.12) the process aborted after about 5,000 calls,
    # minutes into a shift. A GUI makes millions of such calls a day.
    # Windows an earlier test let go of (deleteLater) are freed by the first processEvents, and
    # their attributes held None too: free them first, so only the calls below are counted.
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
        gc.collect()
    before = sys.getrefcount(None)
    for _ in range(2000):
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 50
