"""What happens when something goes wrong that nobody foresaw: log it, tell the volunteer.

The traceback goes to the log file with everything else; the volunteer gets one sentence in
their language and the log's place, for whoever helps them. The app goes on where it can.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from warehouse_app.log import log_path

log = logging.getLogger(__name__)


def unexpected_message(where: str = "") -> str:
    """The sentence a volunteer reads for an error nobody prepared a message for."""
    text = QCoreApplication.translate(
        "errors", "Something went wrong. Nothing half-done was kept. The details are in %1"
    ).replace("%1", str(log_path()))
    return f"{where}: {text}" if where else text


def install_excepthook(show: Callable[[str], None] | None = None) -> None:
    """Log every uncaught exception of the GUI thread and tell the volunteer in a dialog."""
    tell = show or _dialog

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("uncaught exception\n%s", "".join(traceback.format_exception(kind, error, tb)))
        try:
            tell(unexpected_message())
        except Exception:  # a broken dialog must not loop back into this hook
            log.exception("could not show the error")

    sys.excepthook = hook


def _dialog(text: str) -> None:
    if QApplication.instance() is None:
        print(text, file=sys.stderr)
        return
    QMessageBox.critical(
        QApplication.activeWindow(), QCoreApplication.translate("errors", "Hafenlager"), text
    )
