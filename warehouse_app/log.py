"""The log file: one rotating file in the data folder, written by the command line and the GUI.

A volunteer never reads it; whoever helps them does, so every failure a volunteer is shown in
one line ends here with its traceback. The file is turned over at start once it passes 1 MB,
and five old ones are kept. (logging.handlers would rotate while writing, but it loads pickle,
socket and queue with it: a few milliseconds of every start of the GUI.)
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from warehouse_app.config import data_dir

LOG_FILE = "hafenlager.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


class _HafenlagerFile(logging.FileHandler):
    """Our handler on the root logger: found again (and replaced) by its class."""

    _warned = False

    def handleError(self, record: logging.LogRecord) -> None:
        """A log that cannot be written (a full disk) says so once, in one line: logging's
        own answer is a traceback on the volunteer's terminal for every record."""
        if not self._warned:
            self._warned = True
            reason = sys.exc_info()[1]
            print(
                f"hafenlager: warning: cannot write the log file {self.baseFilename} "
                f"({getattr(reason, 'strerror', None) or reason}); going on without it",
                file=sys.stderr,
            )


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
        turn_over(path)
        handler = _HafenlagerFile(path, encoding="utf-8", delay=True)
    except OSError:
        return path
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def turn_over(path: Path, max_bytes: int = MAX_BYTES, keep: int = BACKUPS) -> None:
    """hafenlager.log -> .1 -> .2 ... once it has grown past max_bytes; the oldest goes."""
    if not path.exists() or path.stat().st_size < max_bytes:
        return
    path.with_name(f"{path.name}.{keep}").unlink(missing_ok=True)
    for n in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{n + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))
