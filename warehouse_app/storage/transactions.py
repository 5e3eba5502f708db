"""Writes that several stations make at once: each decided and done in one transaction on the
rows as they are now, and retried while another station holds them.

SQLite begins every transaction IMMEDIATE (storage.engine), so a write holds the write lock
from its first read; on PostgreSQL the rows a write decides on are read with locked(query)
(SELECT … FOR UPDATE). A write that cannot get its lock within the budget is refused with
DatabaseBusy: "nothing was saved, try again" — never a traceback, never a silent overwrite.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

import peewee as pw

from warehouse_app.errors import DatabaseBusy, DatabaseOpenError, HafenlagerError
from warehouse_app.storage.engine import BUSY_WAIT_MS, PG_LOCK_TIMEOUT_MS
from warehouse_app.storage.models import database_proxy
from warehouse_app.texts import QT_TRANSLATE_NOOP, say

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")
Q = TypeVar("Q", bound=pw.ModelSelect)

BUDGET_S = 2.5  # a scan may wait this long for another station's write, in all
# PostgreSQL codes that mean "another transaction was in the way": deadlock, serialization,
# lock not available (lock_timeout), and a unique key another station inserted first.
_RETRY_CODES = {"40P01", "40001", "55P03"}
_UNIQUE = "23505"
_NO_PRIVILEGE = "42501"  # the station's PostgreSQL role lacks the grant (storage.pg_roles)
# SQLite: one attempt at the write lock waits this long in BEGIN, then the loop knocks again.
SQLITE_ATTEMPT_MS = 5
BUSY_MESSAGE = say(
    QT_TRANSLATE_NOOP(
        "service",
        "The database is busy: another station is writing. Nothing was saved; try again "
        "in a moment.",
    )
)


def locked(query: Q) -> Q:
    """query, with its rows locked until the commit where the engine can (PostgreSQL)."""
    if database_proxy.for_update:
        # The rows of the query's own table: a join to read a category or a place along does
        # not lock those too (and needs no UPDATE grant on them: storage.pg_roles).
        return query.for_update(of=query.model)  # type: ignore[no-any-return]
    return query  # SQLite: the whole database is locked from the transaction's start


def transactional(fn: Callable[P, R]) -> Callable[P, R]:
    """Run fn in a write transaction, retried while busy; inside another, just run it."""

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        if database_proxy.in_transaction():
            return fn(*args, **kwargs)  # the outermost call decides and retries
        return run_in_transaction(lambda: fn(*args, **kwargs))

    return run


def run_in_transaction(
    work: Callable[[], R],
    *,
    budget: float = BUDGET_S,
    before_retry: Callable[[], None] | None = None,
) -> R:
    """work() in one transaction; a busy database is retried with back-off within budget.

    before_retry undoes what work() changed outside the database (a scan session's state)."""
    deadline = time.monotonic() + budget
    sqlite = isinstance(database_proxy.obj, pw.SqliteDatabase)
    delay = 0.002 if sqlite else 0.01
    unique_retries = 1
    while True:
        try:
            wait_ms = max(1, int((deadline - time.monotonic()) * 1000))
            if sqlite:
                wait_ms = min(wait_ms, SQLITE_ATTEMPT_MS)
            with _waiting_at_most(wait_ms), database_proxy.atomic():
                if database_proxy.for_update and wait_ms < PG_LOCK_TIMEOUT_MS:
                    # A row lock is waited for no longer than the budget has left.
                    database_proxy.execute_sql(f"SET LOCAL lock_timeout = {wait_ms}")
                return work()
        except HafenlagerError:
            raise
        except Exception as exc:
            code = _pg_code(exc)
            busy = _is_sqlite_busy(exc) or code in _RETRY_CODES
            if code == _UNIQUE and unique_retries:
                unique_retries -= 1  # another station inserted the same key: read it now
                busy = True
            if not busy:
                translated = _translated(exc)
                if translated is exc:
                    raise
                raise translated from exc
            if time.monotonic() + delay > deadline:
                log.warning("gave up a write after %.1f s: %s", budget, exc)
                raise DatabaseBusy(BUSY_MESSAGE) from exc
            if before_retry is not None:
                before_retry()
            if sqlite:
                # Knock again soon, at a random moment: SQLite's own busy handler sleeps ever
                # longer and lost the lock to stations that took it again right after their
                # commit (a scan waited 2.5 s while two others scanned flat out).
                time.sleep(delay * (0.25 + random.random()))
                continue
            time.sleep(delay * (1 + random.random()))  # apart, so two retries do not collide
            delay = min(delay * 2, 0.25)


@contextlib.contextmanager
def _waiting_at_most(wait_ms: int) -> Iterator[None]:
    """SQLite waits for the write lock in BEGIN, up to busy_timeout: no longer than the budget
    has left (a 0.5 s budget must not block the GUI thread for the full 1.5 s)."""
    db = database_proxy.obj
    if not isinstance(db, pw.SqliteDatabase) or wait_ms >= BUSY_WAIT_MS:
        yield
        return
    db.execute_sql(f"PRAGMA busy_timeout = {wait_ms}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {BUSY_WAIT_MS}")


def _is_sqlite_busy(exc: BaseException) -> bool:
    if not isinstance(exc, pw.OperationalError | sqlite3.OperationalError):
        return False
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _pg_code(exc: BaseException) -> str | None:
    """The SQLSTATE of a PostgreSQL error, wherever peewee put the driver's exception."""
    seen: BaseException | None = exc
    for _ in range(4):
        if seen is None:
            return None
        code = getattr(seen, "pgcode", None)
        if code:
            return str(code)
        inner = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = inner or seen.__cause__ or seen.__context__
    return None


def _translated(exc: Exception) -> Exception:
    """An engine error as the one line a volunteer can act on (disk full, read-only, damaged);
    anything else stays what it is (a bug: logged with its traceback by whoever catches it)."""
    if _pg_code(exc) == _NO_PRIVILEGE:
        log.warning("the database login refused a write: %s", exc)
        return HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "This station's database login may not make this change. Nothing was saved: "
                "do it at a station whose login allows it, or ask the admin.",
            )
        )
    if isinstance(exc, pw.DatabaseError | sqlite3.DatabaseError) and not isinstance(
        exc, pw.IntegrityError | pw.ProgrammingError
    ):
        from warehouse_app.storage.engine import explain

        log.exception("a write failed in the database")
        return DatabaseOpenError(explain(exc, "the database"))
    return exc
