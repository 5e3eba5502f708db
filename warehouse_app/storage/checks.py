"""`hafenlager check`: the engine's integrity check plus the app's own invariants.

The invariants restate the rules the services keep, computed from the data alone, so that a
bug, a manual SQL edit, two stations writing from stale reads or a damaged restore shows up as
a readable list instead of wrong papers. file_check.check_file reads an SQLite file read-only:
checking a database must never migrate it, switch it to WAL or checkpoint it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass

import peewee as pw

from warehouse_app.kinds import BOX_GONE, BoxStatus, ConvoyStatus, PalletStatus
from warehouse_app.storage import backup
from warehouse_app.storage.models import (
    Box,
    Convoy,
    ConvoyItem,
    Movement,
    Pallet,
    box_search_text,
    database_proxy,
)

DAMAGED = "damaged"
LIMIT = 50
CONVOY_ACTIVE = (ConvoyStatus.PLANNING, ConvoyStatus.LOADING, ConvoyStatus.READY)
CONVOY_GONE = (ConvoyStatus.DEPARTED, ConvoyStatus.DELIVERED)
SENT = (BoxStatus.SHIPPED, BoxStatus.DELIVERED)


@dataclass(frozen=True)
class Problem:
    rule: str
    subject: str
    message: str

    def __str__(self) -> str:
        return f"[{self.rule}] {self.subject}: {self.message}"


def run_checks(
    db: pw.Database, *, limit_per_rule: int = LIMIT, full: bool = False
) -> list[Problem]:
    problems = integrity(db, full=full)
    if problems:
        return problems  # invariants over a damaged file would only add noise
    return problems + invariants(limit_per_rule)


def invariants(limit_per_rule: int = LIMIT, *, chains: _Rules | None = None) -> list[Problem]:
    """The app's rules over the database the models are bound to (a current schema).

    chains, when given, is chain_rules() already running on a thread of its own, with its own
    connection: the movement chains are one window query each, inside SQLite, which lets go of
    the GIL, and on 200,000 boxes they take about four seconds of the check."""
    rules = [
        box_placement,
        pallet_of_box,
        box_matches_pallet,
        stock_matches_movements,
        pallet_matches_movements,
        box_movements_chain,
        pallet_movements_chain,
        convoy_loading,
        loaded_off_convoy,
        departed_goods_sent,
        search_text_current,
    ]
    found: dict[str, list[Problem]] = {}
    for rule in rules:
        if chains is None or rule not in chains.rules:
            found[rule.__name__] = rule()
    if chains is not None:
        found.update(chains.result())
    return [p for rule in rules for p in found[rule.__name__][:limit_per_rule]]


def chain_rules() -> _Rules:
    """The rules over the movement log, started on a thread of their own."""
    rules = _Rules(
        [
            stock_matches_movements,
            pallet_matches_movements,
            box_movements_chain,
            pallet_movements_chain,
        ]
    )
    rules.start()
    return rules


class _Rules(threading.Thread):
    """Some rules on a thread of their own (peewee gives it its own connection)."""

    def __init__(self, rules: list[Callable[[], list[Problem]]]) -> None:
        super().__init__(name="check rules", daemon=True)
        self.rules = rules
        self.found: dict[str, list[Problem]] = {}
        self.failure: Exception | None = None

    def result(self) -> dict[str, list[Problem]]:
        self.join()
        if self.failure is not None:
            raise self.failure
        return self.found

    def run(self) -> None:
        try:
            for rule in self.rules:
                self.found[rule.__name__] = rule()
        except Exception as exc:  # raised again on the calling thread
            self.failure = exc
        finally:
            database_proxy.close()


def integrity(db: pw.Database, *, full: bool = False) -> list[Problem]:
    """SQLite's page check (quick_check; integrity_check with full), then the foreign keys."""
    if not isinstance(db, pw.SqliteDatabase):
        return []  # PostgreSQL keeps its own pages consistent
    damage = backup.page_damage(db.connection(), full=full)
    if damage is not None:
        return [Problem(DAMAGED, "database", damage)]
    return foreign_keys(db)


def foreign_keys(db: pw.SqliteDatabase | sqlite3.Connection) -> list[Problem]:
    cursor = db.execute_sql if isinstance(db, pw.SqliteDatabase) else db.execute
    fk = cursor("PRAGMA foreign_key_check").fetchall()
    return [
        Problem("integrity", f"{table} row {rowid}", f"points to a missing {parent}")
        for table, rowid, parent, _ in fk
    ]


# --- places ------------------------------------------------------------------------------
def box_placement() -> list[Problem]:
    """Each status has exactly one kind of place: a location, a pallet, or none."""
    problems = []
    # The database finds the few rows that break a rule; Python only words them.
    wrong = (
        ((Box.status == BoxStatus.IN_STOCK) & (Box.location.is_null() | Box.pallet.is_null(False)))
        | (
            (Box.status == BoxStatus.ON_PALLET)
            & (Box.pallet.is_null() | Box.location.is_null(False))
        )
        | (Box.status.in_(list(BOX_GONE)) & Box.location.is_null(False))
        | Box.status.not_in([s.value for s in BoxStatus])
    )
    query = Box.select(Box.code, Box.status, Box.location, Box.pallet).where(wrong).tuples()
    for code, status, location, pallet in query:
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
    """A box in the hall cannot sit on a pallet that is gone or dissolved.

    (A loaded or shipped pallet is box_matches_pallet's: a box packed after loading.)"""
    query = (
        Box.select(Box.code, Pallet.code, Pallet.status)
        .join(Pallet, on=(Box.pallet == Pallet.id))
        .where(
            (Box.status == BoxStatus.ON_PALLET)
            & Pallet.status.not_in(
                [PalletStatus.IN_STOCK, PalletStatus.LOADED, PalletStatus.SHIPPED]
            )
        )
        .tuples()
    )
    return [
        Problem("two-places", f"box {box}", f"on pallet {pallet}, which is {status}")
        for box, pallet, status in query
    ]


def box_matches_pallet() -> list[Problem]:
    """A box goes on a vehicle with its pallet: packed onto a loaded pallet, or loaded while
    its pallet is still in the hall, means two stations worked from different states."""
    query = (
        Box.select(Box.code, Box.status, Pallet.code, Pallet.status)
        .join(Pallet, on=(Box.pallet == Pallet.id))
        .where(
            (
                (Box.status == BoxStatus.ON_PALLET)
                & Pallet.status.in_([PalletStatus.LOADED, PalletStatus.SHIPPED])
            )
            | ((Box.status == BoxStatus.LOADED) & (Pallet.status == PalletStatus.IN_STOCK))
        )
        .tuples()
    )
    return [
        Problem(
            "box-vs-pallet",
            f"box {box}",
            f"on pallet {pallet}, which is {p_status}: packed after the pallet was loaded"
            if status == BoxStatus.ON_PALLET
            else f"is loaded, but its pallet {pallet} is still in stock",
        )
        for box, status, pallet, p_status in query
    ]


# --- the movement log --------------------------------------------------------------------
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
        .where(
            Movement.to_status.is_null()
            | (Box.status != Movement.to_status)
            | (pw.fn.COALESCE(Box.location, 0) != pw.fn.COALESCE(Movement.to_location, 0))
            | (pw.fn.COALESCE(Box.pallet, 0) != pw.fn.COALESCE(Movement.to_pallet, 0))
        )
        .tuples()
    )
    problems = []
    for code, status, loc, pal, m_status, m_loc, m_pal in query:
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


def box_movements_chain() -> list[Problem]:
    """Each movement of a box starts where the one before it ended (the first from nothing):
    a gap is a lost or edited row, or a change written from a stale read."""
    return _chain_breaks(Movement.box, Box, "box")


def pallet_movements_chain() -> list[Problem]:
    return _chain_breaks(Movement.pallet, Pallet, "pallet")


def _chain_breaks(
    owner: pw.ForeignKeyField, model: type[Box] | type[Pallet], noun: str
) -> list[Problem]:
    # Each movement joined to the one before it of the same box (the greatest smaller id, one
    # seek in the (box, id) index): half the time of LAG() over a window on 800,000 rows.
    before = Movement.alias("before")
    earlier = Movement.alias("earlier")
    earlier_owner = getattr(earlier, owner.name)
    previous_id = earlier.select(pw.fn.MAX(earlier.id)).where(
        (earlier_owner == owner) & (earlier.id < Movement.id)
    )
    broken = (
        (pw.fn.COALESCE(Movement.from_status, "") != pw.fn.COALESCE(before.to_status, ""))
        | (pw.fn.COALESCE(Movement.from_location, 0) != pw.fn.COALESCE(before.to_location, 0))
        | (pw.fn.COALESCE(Movement.from_pallet, 0) != pw.fn.COALESCE(before.to_pallet, 0))
    )
    query = (
        Movement.select(
            model.code,
            Movement.id,
            Movement.kind,
            Movement.from_status,
            Movement.from_location,
            Movement.from_pallet,
            before.to_status,
            before.to_location,
            before.to_pallet,
        )
        .join(before, pw.JOIN.LEFT_OUTER, on=(before.id == previous_id))
        .switch(Movement)
        .join(model, on=(owner == model.id))
        .where(owner.is_null(False) & broken)
        .order_by(Movement.id)
        .limit(LIMIT)
        .tuples()
    )
    return [
        _chain_problem(f"{noun} {code}", movement, kind, rest[0:3], rest[3:6])
        for code, movement, kind, *rest in query
    ]


def _chain_problem(
    subject: str, movement: int, kind: str, start: list[object], end: list[object]
) -> Problem:
    if end[0] is None:  # LAG gives nothing before the first movement
        message = f"its first movement {movement} ({kind}) starts from {_state(*start)}"
        message += ", not from nothing"
    else:
        message = f"movement {movement} ({kind}) starts from {_state(*start)}, but the one "
        message += f"before it ended at {_state(*end)}"
    return Problem("movement-chain", subject, message)


def _state(status: object, location: object, pallet: object) -> str:
    if not status and location is None and pallet is None:
        return "nothing"
    return f"{status or '-'} at location {location} / pallet {pallet}"


# --- convoys -----------------------------------------------------------------------------
def convoy_loading() -> list[Problem]:
    """Before departure a convoy's 'loaded' mark and its pallets' and boxes' status agree."""
    return [
        _loaded_problem(number, f"{noun} {code}", status, loaded)
        for noun, model, on in _ITEMS
        for number, code, status, loaded in _on_convoys(
            model, on, CONVOY_ACTIVE, _loaded_disagrees(model.status)
        )
    ]


def _on_convoys(
    model: type[Box] | type[Pallet],
    on: pw.Expression,
    convoys: tuple[ConvoyStatus, ...],
    condition: pw.Expression,
) -> pw.ModelSelect:
    """(convoy number, code, status, loaded) of the pallets or boxes on items of convoys."""
    return (
        model.select(Convoy.number, model.code, model.status, ConvoyItem.loaded)
        .join(ConvoyItem, on=on)
        .join(Convoy, on=(ConvoyItem.convoy == Convoy.id))
        .where(Convoy.status.in_(convoys) & condition)
        .tuples()
    )


def _loaded_disagrees(status: pw.Field) -> pw.Expression:
    return ((ConvoyItem.loaded == True) & (status != "loaded")) | (
        (ConvoyItem.loaded == False) & (status == "loaded")
    )


def _loaded_problem(convoy: str, subject: str, status: str, loaded: bool) -> Problem:
    message = (
        f"convoy {convoy} marks it loaded, but it is {status}"
        if loaded
        else f"is loaded, but convoy {convoy} does not mark it loaded"
    )
    return Problem("convoy-loading", subject, message)


# A pallet's item, and a box's: its own (loose) or its pallet's.
_ITEMS = (
    ("pallet", Pallet, ConvoyItem.pallet == Pallet.id),
    ("box", Box, (ConvoyItem.box == Box.id) | (ConvoyItem.pallet == Box.pallet)),
)


def loaded_off_convoy() -> list[Problem]:
    """Whatever is 'loaded' is on a loaded convoy item: loose, or through its pallet."""
    loose = ConvoyItem.select(ConvoyItem.box).where(
        ConvoyItem.loaded == True, ConvoyItem.box.is_null(False)
    )
    pallets = ConvoyItem.select(ConvoyItem.pallet).where(
        ConvoyItem.loaded == True, ConvoyItem.pallet.is_null(False)
    )
    boxes = Box.select(Box.code).where(
        (Box.status == BoxStatus.LOADED)
        & Box.id.not_in(loose)
        & (Box.pallet.is_null() | Box.pallet.not_in(pallets))
    )
    lone = Pallet.select(Pallet.code).where(
        (Pallet.status == PalletStatus.LOADED) & Pallet.id.not_in(pallets)
    )
    why = "is loaded, but on no loaded item of any convoy"
    return [Problem("loaded-off-convoy", f"box {code}", why) for (code,) in boxes.tuples()] + [
        Problem("loaded-off-convoy", f"pallet {code}", why) for (code,) in lone.tuples()
    ]


def departed_goods_sent() -> list[Problem]:
    """What a departed convoy carries is shipped or delivered, unless it came back."""
    came_back = Movement.select(Movement.box).where(
        (Movement.from_status == BoxStatus.SHIPPED)
        & (Movement.to_status == BoxStatus.IN_STOCK)
        & Movement.box.is_null(False)
    )
    not_sent = {"pallet": Pallet.status.not_in(SENT)}
    not_sent["box"] = Box.status.not_in(SENT) & Box.id.not_in(came_back)
    return [
        Problem(
            "convoy-departed", f"{noun} {code}", f"convoy {number} left with it, but it is {status}"
        )
        for noun, model, on in _ITEMS
        for number, code, status, _ in _on_convoys(model, on, CONVOY_GONE, not_sent[noun])
    ]


# --- texts -------------------------------------------------------------------------------
def search_text_current() -> list[Problem]:
    """The search column restates the box's texts; a stale one would hide boxes from search."""
    query = Box.select(
        Box.code,
        Box.description_de,
        Box.description_uk,
        Box.description_en,
        Box.serial_or_vin,
        Box.search_text,
    )
    # Straight from the cursor: peewee's row wrapping cost a third of this rule.
    cursor = database_proxy.execute(query)
    return [
        Problem("search", f"box {code}", "its search text does not match its descriptions")
        for code, de, uk, en, serial, text in cursor
        if text != box_search_text(code, de, uk, en, serial)
    ]
