"""The running QApplication, typed: Qt's instance() may be None or a bare QCoreApplication."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def current_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the GUI is not running: make the QApplication first")
    return app
