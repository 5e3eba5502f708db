"""Handing out codes that are never reused."""

from __future__ import annotations

from warehouse_app.codes import CodeKind, make_code
from warehouse_app.storage.models import CodeCounter, database_proxy
from warehouse_app.storage.statements import Statement, slot

# Built once: a box intake (or a list of 2,000) asks for codes at every entry.
_ADVANCE = Statement(
    lambda: CodeCounter.update(
        last_serial=CodeCounter.last_serial + slot(CodeCounter.last_serial)
    ).where(CodeCounter.kind == slot(CodeCounter.kind))
)
_LAST = Statement(
    lambda: (
        CodeCounter.select(CodeCounter.last_serial)
        .where(CodeCounter.kind == slot(CodeCounter.kind))
        .tuples()
    )
)


def allocate_codes(kind: CodeKind, count: int) -> list[str]:
    """Reserve count consecutive serials for kind and return their codes.

    The counter row is updated before it is read, so two workstations on PostgreSQL serialise
    on its row lock (and on SQLite on the write lock) and never get the same serial.
    """
    if count <= 0:
        return []
    last = advance(kind.value, count)
    first = last - count + 1
    return [make_code(kind, serial) for serial in range(first, last + 1)]


def advance(counter: str, count: int = 1) -> int:
    """The counter's new last serial, count further on (a code kind's digit, or a letter for
    the numbers that are not scanned codes: "T" for appointments)."""
    with database_proxy.atomic():
        _ADVANCE.execute(last_serial=count, kind=counter)
        row = _LAST.first(kind=counter)
        if row is None:  # the first of its kind
            CodeCounter.insert(kind=counter, last_serial=count).execute()
            row = (count,)
        return int(row[0])
