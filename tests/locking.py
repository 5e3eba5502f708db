"""Another station that holds the database's write lock: a real process, for as long as a test
needs it (the scan screen must answer red while it runs, and work again once it is gone)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

# SQLite: BEGIN IMMEDIATE takes the one write lock. PostgreSQL: every box row locked FOR UPDATE,
# which is what a scan's locked re-read of its box waits for.
_HOLDER = r"""
import sys
target = sys.argv[1]
if target.startswith("postgresql://"):
    import psycopg2
    connection = psycopg2.connect(target)
    # Every box, volunteer and code counter row: what scans, a volunteer's settings and new
    # boxes (their codes) write; and the offers and drop-off slots the coordinators decide on.
    for table in ("box", "volunteer", "code_counter", "offer", "drop_off_slot"):
        connection.cursor().execute(f"SELECT * FROM {table} FOR UPDATE")
else:
    import sqlite3
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
connection.rollback()
"""


@contextmanager
def write_lock_held(target: str) -> Iterator[None]:
    """Until the block ends, a second process holds the write lock of target."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, target],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        line = holder.stdout.readline().strip()
        assert line == "locked", f"the lock holder did not start: {line!r}"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
