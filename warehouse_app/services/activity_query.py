"""Reading the activity log: who did what, when, at which station, newest first, a page at a
time (the Activity screen, `hafenlager activity`, the XLSX export).

Every read walks one of the table's indexes in id order and stops at the page's end, so the
first rows of any filter come at once however long the log grows: (person, id), (station, id),
(kind, id) and (subject_code, id) walked backwards; a filter that names several kinds or
spellings of a code walks each one's index and merges the pages. The log is appended as things
happen, so id order is time order; a date range is read along the (at) index by time (and id
among entries of the same moment), exactly, whatever the stations' clocks said.

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
from warehouse_app.storage.models import Volunteer, database_proxy
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, from_stored

PAGE = 200
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
    """How many entries the filter holds: an index-only count along the filter's index
    (cheap for a person, a code or a day; a few ms per 10,000 entries for the whole log)."""
    guard.require(actor, Permission.ACTIVITY)
    walk = _walk(flt)
    return 0 if walk is None else _filter_size(walk.branches)


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


@dataclass(frozen=True)
class _Walk:
    """How one filter is read: its conditions per branch, and in which order."""

    branches: list[list[pw.Node]]
    by_time: bool  # along the (at) index, newest time first; else along ids


def _page(flt: ActivityFilter, limit: int, before_id: int | None) -> list[ActivityEntry]:
    walk = _walk(flt)
    if walk is None or limit <= 0:
        return []
    after = _after(before_id, walk.by_time) if before_id is not None else []
    order = (Activity.at.desc(), Activity.id.desc()) if walk.by_time else (Activity.id.desc(),)
    rows: list[tuple[object, ...]] = []
    for branch in walk.branches:
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
        conditions = [*branch, *after]
        if conditions:
            query = query.where(*conditions)
        rows.extend(query.order_by(*order).limit(limit).tuples())
    if len(walk.branches) > 1:
        rows.sort(key=lambda row: _order_key(row, walk.by_time), reverse=True)
        rows = rows[:limit]
    names = _names({int(row[2]) for row in rows if row[2] is not None})  # type: ignore[call-overload]
    return [_entry(row, names) for row in rows]


def _walk(flt: ActivityFilter) -> _Walk | None:
    """The filter's conditions, steered to the index that reads the fewest rows; None:
    nothing can match.

    A date range with another filter can be read along either index: the (at) index reads at
    most the range's entries, the other filter's at most that filter's. The smaller of the two
    is walked (both sizes are index seeks or an index-only count), so a page never reads more
    than the smaller set, however far back the range lies or however rare the person is.
    SQLite has no statistics (the app never runs ANALYZE), so it is told with the unary "+"
    which index not to use; PostgreSQL's planner has them and is told nothing."""
    pairs = _pairs(flt)
    others = _other_conditions(flt)
    branches = [[*others, *_pair(kind, code)] for kind, code in pairs]
    start, end = utc_range(flt.date_from, flt.date_to)
    if start is None and end is None:
        return _Walk(branches, by_time=False)
    if start is not None and end is not None and start >= end:
        return None
    in_range = _range_size(start, end)
    if in_range is None:
        return None
    filtered = bool(branches[0]) or len(branches) > 1
    by_time = not filtered or _holds_more(branches, in_range)
    sqlite = isinstance(database_proxy.obj, pw.SqliteDatabase)
    at: pw.Node = _off_index(Activity.at) if sqlite and not by_time else Activity.at
    dates: list[pw.Node] = []
    if start is not None:
        dates.append(at >= start)
    if end is not None:
        dates.append(at < end)
    if by_time and sqlite:
        steered = _other_conditions(flt, steer=True)
        branches = [[*steered, *_pair(kind, code, True), *dates] for kind, code in pairs]
    else:
        branches = [[*branch, *dates] for branch in branches]
    return _Walk(branches, by_time)


def _other_conditions(flt: ActivityFilter, steer: bool = False) -> list[pw.Node]:
    """The person and station conditions (steer: kept off their indexes)."""
    person = _off_index(Activity.person) if steer else Activity.person
    station = _off_index(Activity.station) if steer else Activity.station
    where: list[pw.Node] = []
    if flt.person_id is not None:
        where.append(person == flt.person_id)
    elif flt.person_name.strip():
        name = flt.person_name.strip()
        known = Volunteer.get_or_none(pw.fn.LOWER(Volunteer.name) == name.lower())
        if known is not None:
            where.append(person == known.id)
        else:
            # Nobody by that name: what was tried under it (refused sign-ins keep the name).
            where.append(person.is_null() & (Activity.person_name == name))
    if flt.station.strip():
        where.append(station == flt.station.strip())
    return where


def _range_size(start: dt.datetime | None, end: dt.datetime | None) -> int | None:
    """About how many entries lie in [start, end): the ids of its first and last entry, two
    seeks on the (at) index (an estimate for the choice of index, never for the rows); None
    when none does."""
    first = Activity.select(Activity.id).order_by(Activity.at, Activity.id)
    last = Activity.select(Activity.id).order_by(Activity.at.desc(), Activity.id.desc())
    if start is not None:
        first, last = first.where(Activity.at >= start), last.where(Activity.at >= start)
    if end is not None:
        first, last = first.where(Activity.at < end), last.where(Activity.at < end)
    low, high = first.limit(1).scalar(), last.limit(1).scalar()
    if low is None or high is None:
        return None
    return abs(int(high) - int(low)) + 1


def _filter_size(branches: list[list[pw.Node]]) -> int:
    """How many entries the filter but its dates holds: an index-only count per branch."""
    total = 0
    for branch in branches:
        query = Activity.select(pw.fn.COUNT(pw.SQL("*")))
        if branch:
            query = query.where(*branch)
        total += int(query.scalar() or 0)
    return total


def _holds_more(branches: list[list[pw.Node]], than: int) -> bool:
    """Whether the filter but its dates holds more than `than` entries: counted on its index
    only as far as that (a busy person's 50,000 entries are not all counted for a week)."""
    total = 0
    for branch in branches:
        inner = Activity.select(pw.SQL("1")).where(*branch).limit(than + 1 - total)
        total += int(Activity.select(pw.fn.COUNT(pw.SQL("*"))).from_(inner.alias("f")).scalar())
        if total > than:
            return True
    return False


def _off_index(column: pw.Node) -> pw.Node:
    """column, which SQLite's planner will not pick an index for (its documented unary +)."""
    return pw.NodeList((pw.SQL("+"), column), glue="")


def _order_key(row: tuple[object, ...], by_time: bool) -> tuple[dt.datetime, int]:
    """Where a row stands in the page's order (merging the walks of several kinds or codes)."""
    entry_id, at = row[0], row[1]
    assert isinstance(entry_id, int) and isinstance(at, dt.datetime)
    return (at if by_time else dt.datetime.min, entry_id)


def _after(before_id: int, by_time: bool) -> list[pw.Node]:
    """The entries after before_id in the page's order: older ids, or (read by time) older
    times, and older ids at the same time."""
    if not by_time:
        return [Activity.id < before_id]
    at = Activity.select(Activity.at).where(Activity.id == before_id).scalar()
    if at is None:  # not an entry of this log: page on by id
        return [Activity.id < before_id]
    return [Activity.at <= at, (Activity.at < at) | (Activity.id < before_id)]


def _pairs(flt: ActivityFilter) -> list[tuple[str | None, str | None]]:
    """One walk (branch) per kind and per spelling of the code: each walks its own index in
    order (an IN over one index cannot be read newest first without sorting all it finds)."""
    kinds: list[str | None] = list(dict.fromkeys(flt.kinds)) or [None]
    code = flt.code.strip()
    # A scanner types the code as printed; a hand types it in any case.
    codes: list[str | None] = list(dict.fromkeys((code, code.upper()))) if code else [None]
    return [(kind, text) for kind in kinds for text in codes]


def _pair(kind: str | None, code: str | None, steer: bool = False) -> list[pw.Node]:
    kind_column = _off_index(Activity.kind) if steer else Activity.kind
    code_column = _off_index(Activity.subject_code) if steer else Activity.subject_code
    conditions: list[pw.Node] = []
    if kind is not None:
        conditions.append(kind_column == kind)
    if code is not None:
        conditions.append(code_column == code)
    return conditions


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
