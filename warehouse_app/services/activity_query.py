"""Reading the activity log: who did what, when, at which station, newest first, a page at a
time (the Activity screen, `hafenlager activity`, the XLSX export).

Every read walks one of the table's indexes in id order and stops at the page's end, so the
first rows of any filter come at once however long the log grows: (person, id), (station, id),
(kind, id) and (subject_code, id) walked backwards; a filter that names several kinds or
spellings of a code walks each one's index and merges the pages. The log is appended as things
happen, so id order is time order; a date range is also bounded in ids, found on the (at)
index, so its walk starts at the range's end rather than at today.

Reading it needs Permission.ACTIVITY (a lead): the log names everyone's sign-ins and refusals.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from warehouse_app.access.roles import Permission
from warehouse_app.exports import Cell, write_table
from warehouse_app.services import guard
from warehouse_app.services.activity_log import KIND_NAMES, ActivityKind
from warehouse_app.services.movements import Actor
from warehouse_app.storage.activity_models import Activity
from warehouse_app.storage.models import Volunteer
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, from_stored

PAGE = 200
# How far a station's clock may lag behind another's (a date range's bounds in ids).
SKEW = dt.timedelta(hours=1)
Value = str | int | float | bool | None

COLUMNS = (
    QT_TRANSLATE_NOOP("service", "No."),
    QT_TRANSLATE_NOOP("service", "When"),
    QT_TRANSLATE_NOOP("service", "Person"),
    QT_TRANSLATE_NOOP("service", "Station"),
    QT_TRANSLATE_NOOP("service", "Kind"),
    QT_TRANSLATE_NOOP("service", "What"),
    QT_TRANSLATE_NOOP("service", "Code"),
    QT_TRANSLATE_NOOP("service", "Summary"),
    QT_TRANSLATE_NOOP("service", "Changes"),
)


@dataclass(frozen=True)
class ActivityFilter:
    """What the lead looks for; an empty filter is the whole log."""

    person_id: int | None = None
    # A name as typed: a known person's entries, or the refused sign-ins of an unknown name.
    person_name: str = ""
    station: str = ""
    date_from: dt.date | None = None  # local days, both included
    date_to: dt.date | None = None
    kinds: tuple[str, ...] = ()
    # A box, pallet or convoy number, a category's or person's name: the entry's subject code.
    code: str = ""


@dataclass(frozen=True)
class ActivityEntry:
    id: int
    at: dt.datetime  # UTC, as stored
    person: str  # the person's name now, or the name typed at a refused sign-in
    station: str
    kind: str  # an ActivityKind's value (an unknown one as stored)
    subject: str
    code: str
    summary: Text
    changes: tuple[tuple[str, Value, Value], ...] = field(default=())

    @property
    def kind_name(self) -> str:
        """The kind's English name, for the GUI to translate in context "service"."""
        try:
            return KIND_NAMES[ActivityKind(self.kind)]
        except (ValueError, KeyError):
            return self.kind


def kind_names() -> list[tuple[str, str]]:
    """Every kind the log knows, as (value, English name), in the order they are declared."""
    return [(kind.value, KIND_NAMES[kind]) for kind in ActivityKind]


def parse_kind(text: str) -> str | None:
    """The kind a user typed ("movement", "Master data", "master-data"), or None."""
    wanted = text.strip().lower().replace("-", " ").replace("_", " ")
    for kind in ActivityKind:
        if wanted in (kind.value.replace("-", " "), KIND_NAMES[kind].lower().replace("-", " ")):
            return kind.value
    return None


def entries(
    actor: Actor,
    flt: ActivityFilter = ActivityFilter(),
    *,
    limit: int = PAGE,
    before_id: int | None = None,
) -> list[ActivityEntry]:
    """Up to limit entries of the filter, newest first; before_id pages on from an entry."""
    guard.require(actor, Permission.ACTIVITY)
    return _page(flt, limit, before_id)


def iter_entries(
    actor: Actor, flt: ActivityFilter = ActivityFilter(), *, page: int = 1000
) -> Iterator[ActivityEntry]:
    """Every entry of the filter, newest first, read page by page (an export)."""
    guard.require(actor, Permission.ACTIVITY)
    before: int | None = None
    while True:
        got = _page(flt, page, before)
        yield from got
        if len(got) < page:
            return
        before = got[-1].id


def count(actor: Actor, flt: ActivityFilter = ActivityFilter()) -> int:
    """How many entries the filter holds: one count along the same index (an index-only
    scan of the filter's rows: cheap for a person, a code or a day, a few ms per 10,000
    entries for the whole log)."""
    guard.require(actor, Permission.ACTIVITY)
    where = _conditions(flt)
    if where is None:
        return 0
    total = 0
    for branch in _branches(flt):
        query = Activity.select(pw.fn.COUNT(Activity.id))
        conditions = [*where, *branch]
        if conditions:
            query = query.where(*conditions)
        total += int(query.scalar() or 0)
    return total


def stations(actor: Actor) -> list[str]:
    """The stations the log names, in order: one index seek each along (station, id)."""
    guard.require(actor, Permission.ACTIVITY)
    found: list[str] = []
    after: str | None = None
    while True:
        query = Activity.select(Activity.station).order_by(Activity.station).limit(1)
        if after is not None:
            query = query.where(Activity.station > after)
        row = query.tuples().first()
        if row is None:
            return [name for name in found if name]
        after = str(row[0])
        found.append(after)


def utc_range(
    date_from: dt.date | None, date_to: dt.date | None
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The local days from..to (both included) as [start, end) in naive UTC, as stored."""
    return (
        _utc_midnight(date_from) if date_from else None,
        _utc_midnight(date_to + dt.timedelta(days=1)) if date_to else None,
    )


def _utc_midnight(day: dt.date) -> dt.datetime:
    # A naive datetime's astimezone() takes it as this PC's local time (summer time included).
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC).replace(tzinfo=None)


# --- the walk ---------------------------------------------------------------------------


def _page(flt: ActivityFilter, limit: int, before_id: int | None) -> list[ActivityEntry]:
    where = _conditions(flt)
    if where is None or limit <= 0:
        return []
    if before_id is not None:
        where.append(Activity.id < before_id)
    rows: list[tuple[object, ...]] = []
    branches = _branches(flt)
    for branch in branches:
        query = Activity.select(
            Activity.id,
            Activity.at,
            Activity.person,
            Activity.person_name,
            Activity.station,
            Activity.kind,
            Activity.subject,
            Activity.subject_code,
            Activity.summary,
            Activity.changes,
        )
        conditions = [*where, *branch]
        if conditions:
            query = query.where(*conditions)
        rows.extend(query.order_by(Activity.id.desc()).limit(limit).tuples())
    if len(branches) > 1:
        rows.sort(key=lambda row: int(row[0]), reverse=True)  # type: ignore[call-overload]
        rows = rows[:limit]
    names = _names({int(row[2]) for row in rows if row[2] is not None})  # type: ignore[call-overload]
    return [_entry(row, names) for row in rows]


def _conditions(flt: ActivityFilter) -> list[pw.Expression] | None:
    """The filter's conditions but the many-valued ones (_branches); None: nothing matches."""
    where: list[pw.Expression] = []
    if flt.person_id is not None:
        where.append(Activity.person == flt.person_id)
    elif flt.person_name.strip():
        name = flt.person_name.strip()
        known = Volunteer.get_or_none(pw.fn.LOWER(Volunteer.name) == name.lower())
        if known is not None:
            where.append(Activity.person == known.id)
        else:
            # Nobody by that name: what was tried under it (refused sign-ins keep the name).
            where.append(Activity.person.is_null() & (Activity.person_name == name))
    if flt.station.strip():
        where.append(Activity.station == flt.station.strip())
    start, end = utc_range(flt.date_from, flt.date_to)
    if start is not None and end is not None and start >= end:
        return None
    if start is not None:
        where.append(Activity.at >= start)
        first = _first_id_from(start)
        if first is None:
            return None
        where.append(Activity.id >= first)
    if end is not None:
        where.append(Activity.at < end)
        last = _last_id_before(end)
        if last is None:
            return None
        where.append(Activity.id <= last)
    return where


def _first_id_from(start: dt.datetime) -> int | None:
    """Where the walk along the ids may stop: the first entry from SKEW before start, on the
    (at) index. Entries are appended as things happen, so id order is time order but for the
    stations' clocks, which SKEW allows for; the exact time condition is applied as well."""
    row = (
        Activity.select(Activity.id)
        .where(Activity.at >= start - SKEW)
        .order_by(Activity.at)
        .limit(1)
        .tuples()
        .first()
    )
    return int(row[0]) if row else None


def _last_id_before(end: dt.datetime) -> int | None:
    """Where the walk may start: the last entry up to SKEW after end (the newest one when
    nothing is as late)."""
    row = (
        Activity.select(Activity.id)
        .where(Activity.at < end + SKEW)
        .order_by(Activity.at.desc())
        .limit(1)
        .tuples()
        .first()
    )
    return int(row[0]) if row else None


def _branches(flt: ActivityFilter) -> list[list[pw.Expression]]:
    """One walk per kind and per spelling of the code: each walks its own index in id order
    (an IN over one index cannot be read newest first without sorting all it finds)."""
    kinds: list[pw.Expression | None] = [Activity.kind == kind for kind in dict.fromkeys(flt.kinds)]
    code = flt.code.strip()
    # A scanner types the code as printed; a hand types it in any case.
    spellings = dict.fromkeys((code, code.upper())) if code else {}
    codes: list[pw.Expression | None] = [Activity.subject_code == text for text in spellings]
    return [
        [c for c in (kind, code_condition) if c is not None]
        for kind in (kinds or [None])
        for code_condition in (codes or [None])
    ]


def _names(person_ids: set[int]) -> dict[int, str]:
    if not person_ids:
        return {}
    query = Volunteer.select(Volunteer.id, Volunteer.name).where(Volunteer.id.in_(person_ids))
    return {int(pid): str(name) for pid, name in query.tuples()}


def _entry(row: tuple[object, ...], names: dict[int, str]) -> ActivityEntry:
    entry_id, at, person_id, person_name, station, kind, subject, code, summary, changes = row
    person = str(person_name or "")
    if person_id is not None:
        person = names.get(int(person_id), person)  # type: ignore[call-overload]
    assert isinstance(at, dt.datetime)
    return ActivityEntry(
        id=int(entry_id),  # type: ignore[call-overload]
        at=at,
        person=person,
        station=str(station),
        kind=str(kind),
        subject=str(subject),
        code=str(code),
        summary=from_stored(str(summary)),
        changes=_changes(str(changes)),
    )


def _changes(text: str) -> tuple[tuple[str, Value, Value], ...]:
    if not text:
        return ()
    try:
        kept = json.loads(text)
        return tuple((str(name), _value(pair[0]), _value(pair[1])) for name, pair in kept.items())
    except (ValueError, TypeError, AttributeError, IndexError, KeyError):
        return (("", None, text),)  # not one of ours after all: shown as it is


def _value(value: object) -> Value:
    return value if value is None or isinstance(value, str | int | float | bool) else str(value)


# --- the export ------------------------------------------------------------------------


def value_text(value: Value) -> str:
    """A before or after value as a lead reads it: nothing as "–", yes/no as written."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def changes_text(entry: ActivityEntry, separator: str = "; ") -> str:
    return separator.join(
        f"{name}: {value_text(before)} → {value_text(after)}"
        for name, before, after in entry.changes
    )


def write_xlsx(
    entries: Sequence[ActivityEntry] | Iterator[ActivityEntry],
    path: Path,
    *,
    headers: Sequence[str] = COLUMNS,
    text: Callable[[str], str] = str,
    title: Sequence[str] = (),
    progress: Callable[[int], bool] | None = None,
) -> int:
    """entries as an Excel sheet, one row each with typed cells (the number as a number, the
    time as a date-time in this PC's local time); returns the rows written (-1: cancelled).

    text turns a summary (a Text) or a kind's English name into the reader's language: the
    GUI passes its translation, the command line leaves them English."""
    if path.suffix.lower() != ".xlsx":
        from warehouse_app.errors import HafenlagerError

        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "Cannot export to '{path_name}': choose a .xlsx file."),
            path_name=path.name,
        )

    def rows() -> Iterator[Sequence[Cell]]:
        for entry in entries:
            yield (
                entry.id,
                entry.at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None),
                entry.person,
                entry.station,
                text(entry.kind_name),
                entry.subject,
                entry.code,
                text(entry.summary),
                changes_text(entry),
            )

    return write_table(path, headers, rows(), progress, title=title)
