"""`hafenlager check`: the engine's integrity check plus the app's own invariants.

The invariants restate the rules the services keep, computed from the data alone, so that a
bug, a manual SQL edit or a damaged restore shows up as a readable list instead of wrong papers.
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from warehouse_app.kinds import BOX_GONE, BoxStatus, PalletStatus
from warehouse_app.storage.models import Box, Movement, Pallet, box_search_text


@dataclass(frozen=True)
class Problem:
    rule: str
    subject: str
    message: str

    def __str__(self) -> str:
        return f"[{self.rule}] {self.subject}: {self.message}"


def run_checks(db: pw.Database, *, limit_per_rule: int = 50) -> list[Problem]:
    problems = integrity(db)
    if problems:
        return problems  # invariants over a damaged file would only add noise
    for rule in (
        box_placement,
        pallet_of_box,
        stock_matches_movements,
        pallet_matches_movements,
        search_text_current,
    ):
        problems.extend(rule()[:limit_per_rule])
    return problems


def integrity(db: pw.Database) -> list[Problem]:
    if not isinstance(db, pw.SqliteDatabase):
        return []  # PostgreSQL keeps its own pages consistent
    rows = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
    problems = [Problem("integrity", "database", r) for r in rows if r != "ok"]
    fk = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    problems += [
        Problem("integrity", f"{table} row {rowid}", f"points to a missing {parent}")
        for table, rowid, parent, _ in fk
    ]
    return problems


def box_placement() -> list[Problem]:
    """Each status has exactly one kind of place: a location, a pallet, or none."""
    problems = []
    query = Box.select(Box.code, Box.status, Box.location, Box.pallet).tuples()
    for code, status, location, pallet in query.iterator():
        if status == BoxStatus.IN_STOCK and (location is None or pallet is not None):
            problems.append(
                Problem("placement", f"box {code}", "in stock but not on exactly one shelf/place")
            )
        elif status == BoxStatus.ON_PALLET and (pallet is None or location is not None):
            problems.append(
                Problem("placement", f"box {code}", "on a pallet but the pallet is not set")
            )
        elif status in BOX_GONE and location is not None:
            problems.append(
                Problem("shipped-in-stock", f"box {code}", f"is {status} but still has a place")
            )
        elif status not in {s.value for s in BoxStatus}:
            problems.append(Problem("placement", f"box {code}", f"unknown status '{status}'"))
    return problems


def pallet_of_box() -> list[Problem]:
    """A box in the hall cannot sit on a pallet that is gone or dissolved."""
    query = (
        Box.select(Box.code, Pallet.code, Pallet.status)
        .join(Pallet, on=(Box.pallet == Pallet.id))
        .where((Box.status == BoxStatus.ON_PALLET) & (Pallet.status != PalletStatus.IN_STOCK))
        .tuples()
    )
    return [
        Problem("two-places", f"box {box}", f"on pallet {pallet}, which is {status}")
        for box, pallet, status in query
    ]


def stock_matches_movements() -> list[Problem]:
    """Replaying the log gives every box's current status, place and pallet."""
    last = (
        Movement.select(Movement.box.alias("box_id"), pw.fn.MAX(Movement.id).alias("last_id"))
        .where(Movement.box.is_null(False))
        .group_by(Movement.box)
        .alias("last")
    )
    query = (
        Box.select(
            Box.code,
            Box.status,
            Box.location,
            Box.pallet,
            Movement.to_status,
            Movement.to_location,
            Movement.to_pallet,
        )
        .join(last, pw.JOIN.LEFT_OUTER, on=(Box.id == last.c.box_id))
        .join(Movement, pw.JOIN.LEFT_OUTER, on=(Movement.id == last.c.last_id))
        .tuples()
    )
    problems = []
    for code, status, loc, pal, m_status, m_loc, m_pal in query.iterator():
        if m_status is None:
            problems.append(Problem("movements", f"box {code}", "has no movement at all"))
        elif (status, loc, pal) != (m_status, m_loc, m_pal):
            problems.append(
                Problem(
                    "movements",
                    f"box {code}",
                    f"is {status} at location {loc} / pallet {pal}, but its movements end at "
                    f"{m_status} at location {m_loc} / pallet {m_pal}",
                )
            )
    return problems


def pallet_matches_movements() -> list[Problem]:
    last = (
        Movement.select(Movement.pallet.alias("pallet_id"), pw.fn.MAX(Movement.id).alias("last_id"))
        .where(Movement.pallet.is_null(False))
        .group_by(Movement.pallet)
        .alias("last")
    )
    query = (
        Pallet.select(
            Pallet.code, Pallet.status, Pallet.location, Movement.to_status, Movement.to_location
        )
        .join(last, pw.JOIN.LEFT_OUTER, on=(Pallet.id == last.c.pallet_id))
        .join(Movement, pw.JOIN.LEFT_OUTER, on=(Movement.id == last.c.last_id))
        .tuples()
    )
    problems = []
    for code, status, loc, m_status, m_loc in query.iterator():
        if m_status is None:
            problems.append(Problem("movements", f"pallet {code}", "has no movement at all"))
        elif (status, loc) != (m_status, m_loc):
            problems.append(
                Problem(
                    "movements",
                    f"pallet {code}",
                    f"is {status} at location {loc}, but its movements end at {m_status} at "
                    f"location {m_loc}",
                )
            )
    return problems


def search_text_current() -> list[Problem]:
    """The search column restates the box's texts; a stale one would hide boxes from search."""
    query = Box.select(
        Box.code,
        Box.description_de,
        Box.description_uk,
        Box.description_en,
        Box.serial_or_vin,
        Box.search_text,
    ).tuples()
    return [
        Problem("search", f"box {code}", "its search text does not match its descriptions")
        for code, de, uk, en, serial, text in query.iterator()
        if text != box_search_text(code, de, uk, en, serial)
    ]
