"""The log file: one rotating file in the data folder, written by the command line and the GUI.

A volunteer never reads it; whoever helps them does, so every failure a volunteer is shown in
one line ends here with its traceback. Five files of 1 MB each are kept.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from warehouse_app.config import data_dir

LOG_FILE = "hafenlager.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


class _HafenlagerFile(logging.handlers.RotatingFileHandler):
    """Our handler on the root logger: found again (and replaced) by its class."""


def log_path() -> Path:
    return data_dir() / "logs" / LOG_FILE


def setup_logging(level: int = logging.INFO) -> Path:
    """Send every logger's records to the log file of the current data folder; its path.

    Safe to call again: a handler for another data folder (tests, a second --db) is replaced.
    A folder that cannot be written leaves the app without a log rather than without a start.
    """
    path = log_path()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _HafenlagerFile):
            if Path(handler.baseFilename) == path.resolve():
                return path
            root.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _HafenlagerFile(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return path
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path
