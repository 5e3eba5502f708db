"""Handing out codes that are never reused."""

from __future__ import annotations

from warehouse_app.codes import CodeKind, make_code
from warehouse_app.storage.models import CodeCounter, database_proxy


def allocate_codes(kind: CodeKind, count: int) -> list[str]:
    """Reserve count consecutive serials for kind and return their codes.

    The counter row is updated before it is read, so two workstations on PostgreSQL serialise
    on its row lock (and on SQLite on the write lock) and never get the same serial.
    """
    if count <= 0:
        return []
    with database_proxy.atomic():
        updated = (
            CodeCounter.update(last_serial=CodeCounter.last_serial + count)
            .where(CodeCounter.kind == kind.value)
            .execute()
        )
        if not updated:
            CodeCounter.insert(kind=kind.value, last_serial=count).execute()
        last = CodeCounter.get_by_id(kind.value).last_serial
    first = last - count + 1
    return [make_code(kind, serial) for serial in range(first, last + 1)]
