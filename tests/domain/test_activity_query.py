"""The activity log as a lead reads it (issue 16): filtered by person, station, day, kind and
code, newest first and page by page, on both engines; only a lead may read it; and nobody, not
even the program itself, changes or deletes an entry."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import peewee as pw
import pytest

from tests.conftest import ADMIN
from warehouse_app.access.roles import Role
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import activity_log, activity_query, people, signin
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.activity_query import ActivityFilter
from warehouse_app.services.guard import NotAllowed
from warehouse_app.services.movements import Actor
from warehouse_app.storage.activity_models import Activity
from warehouse_app.storage.models import database_proxy
from warehouse_app.storage.opening import OpenedDatabase
from warehouse_app.storage.transactions import run_in_transaction
from warehouse_app.texts import say


@dataclass(frozen=True)
class Hall:
    admin: Actor
    lead: Actor
    volunteer: Actor
    lead_id: int
    volunteer_id: int


@pytest.fixture
def hall(opened: OpenedDatabase) -> Hall:
    """The tests' admin adds a lead and a volunteer; the lead signs in."""
    admin = people.find_person(ADMIN)
    assert admin is not None
    admin_actor = Actor(admin.id, "Office")
    lead = people.add_person(admin_actor, "Mykola Petrenko", Role.LEAD, pin="2222")
    volunteer = people.add_person(admin_actor, "Olena Shevchenko", "volunteer")
    signin.sign_in("Mykola Petrenko", "2222", "Gate-PC")
    return Hall(
        admin_actor, Actor(lead.id, "Gate-PC"), Actor(volunteer.id, "Scan-1"), lead.id, volunteer.id
    )


def record_many(
    actor: Actor,
    n: int,
    *,
    kind: ActivityKind = ActivityKind.MOVEMENT,
    code: str = "",
    at: dt.datetime | None = None,
) -> None:
    """n entries in one transaction (volume, as the scans of a busy hour make it)."""

    def work() -> None:
        for i in range(n):
            activity_log.record(
                actor,
                kind,
                say("Put away {code} on {place}.", code=code or f"B-{i:05d}", place="A-01"),
                subject="box",
                code=code or f"B-{i:05d}",
                at=at,
            )

    run_in_transaction(work)


def test_each_filter_finds_its_entries_newest_first(hall: Hall) -> None:
    record_many(hall.volunteer, 30)
    record_many(hall.lead, 5, kind=ActivityKind.CONVOY, code="K-2026-007")
    record_many(hall.volunteer, 3, code="B-00012")
    read = activity_query.entries

    everything = read(hall.lead, ActivityFilter())
    assert [e.id for e in everything] == sorted((e.id for e in everything), reverse=True)
    # The two people added, the lead's sign-in, 30 + 5 + 3 recorded here.
    assert len(everything) == 2 + 1 + 38

    by_volunteer = read(hall.lead, ActivityFilter(person_id=hall.volunteer_id))
    assert len(by_volunteer) == 33 and {e.person for e in by_volunteer} == {"Olena Shevchenko"}
    by_name = read(hall.lead, ActivityFilter(person_name="olena shevchenko"))
    assert [e.id for e in by_name] == [e.id for e in by_volunteer]

    at_gate = read(hall.lead, ActivityFilter(station="Gate-PC"))
    assert len(at_gate) == 6 and {e.station for e in at_gate} == {"Gate-PC"}

    convoys = read(hall.lead, ActivityFilter(kinds=(ActivityKind.CONVOY.value,)))
    assert len(convoys) == 5 and {e.code for e in convoys} == {"K-2026-007"}
    assert convoys[0].kind_name == "Convoy"
    several = read(
        hall.lead, ActivityFilter(kinds=(ActivityKind.SIGN_IN.value, ActivityKind.PERSON.value))
    )
    assert [e.kind for e in several] == ["sign-in", "person", "person"]

    # A scanned box code, or the same typed by hand in small letters.
    box = read(hall.lead, ActivityFilter(code="b-00012"))
    assert len(box) == 4 and {e.code for e in box} == {"B-00012"}
    # Filters combine: the volunteer's entries about that box at their station.
    both = ActivityFilter(person_id=hall.volunteer_id, station="Scan-1", code="B-00012")
    assert len(read(hall.lead, both)) == 4
    assert read(hall.lead, ActivityFilter(person_id=hall.lead_id, code="B-00012")) == []

    # What the entries say: the summary as a Text (translated by whoever reads it) and the
    # edit's fields, before and after.
    added = read(hall.lead, ActivityFilter(code="Mykola Petrenko"))[-1]
    assert added.summary == "Added Mykola Petrenko as lead."
    assert added.summary.template == "Added {name} as {role}."
    assert added.person == "Katrin Vogel" and added.station == "Office"
    assert ("role", None, "lead") in added.changes
    assert "role: – → lead" in activity_query.changes_text(added)


def test_pages_follow_on_without_gaps_or_repeats(hall: Hall) -> None:
    record_many(hall.volunteer, 45)
    record_many(hall.lead, 20, kind=ActivityKind.CORRECTION)
    for flt in (
        ActivityFilter(),
        ActivityFilter(person_id=hall.volunteer_id),
        ActivityFilter(kinds=(ActivityKind.CORRECTION.value, ActivityKind.MOVEMENT.value)),
    ):
        every = activity_query.entries(hall.lead, flt, limit=1000)
        pages: list[int] = []
        before: int | None = None
        while True:
            page = activity_query.entries(hall.lead, flt, limit=7, before_id=before)
            pages.extend(e.id for e in page)
            if len(page) < 7:
                break
            before = page[-1].id
        assert pages == [e.id for e in every]
        assert [e.id for e in activity_query.iter_entries(hall.lead, flt, page=9)] == pages
        assert activity_query.count(hall.lead, flt) == len(pages)
    assert activity_query.stations(hall.lead) == ["Gate-PC", "Office", "Scan-1"]


def test_a_date_range_misses_nothing_a_lagging_clock_wrote(hall: Hall) -> None:
    """Entries are not always in time order: a station's clock runs behind. Whichever index
    the range is read along (its own, or the person's), every entry in it is found once."""
    day = dt.datetime(2026, 5, 4, 10, 0)
    for minute in (0, 30, 10, 50, 20):  # written in this order, by two stations' clocks
        record_many(hall.volunteer, 4, at=day + dt.timedelta(minutes=minute))
    record_many(hall.lead, 3, at=day + dt.timedelta(minutes=15))
    record_many(hall.volunteer, 30, at=dt.datetime(2026, 5, 6, 9, 0))  # another day
    may_4 = dt.date(2026, 5, 4)
    for flt, expected in (
        (ActivityFilter(date_from=may_4, date_to=may_4), 23),
        (ActivityFilter(date_from=may_4, date_to=may_4, person_id=hall.volunteer_id), 20),
        (ActivityFilter(date_to=may_4, person_id=hall.lead_id), 3),
        (ActivityFilter(date_from=may_4, kinds=("movement", "correction")), 53),
    ):
        every = activity_query.entries(hall.lead, flt, limit=1000)
        assert len(every) == expected, flt
        assert all(e.at.date() <= dt.date(2026, 5, 6) for e in every)
        paged = [e.id for e in activity_query.iter_entries(hall.lead, flt, page=3)]
        assert paged == [e.id for e in every] and len(set(paged)) == expected
    by_time = activity_query.entries(hall.lead, ActivityFilter(date_from=may_4, date_to=may_4))
    assert [e.at for e in by_time] == sorted((e.at for e in by_time), reverse=True)


@pytest.fixture
def berlin() -> Iterator[None]:
    """This PC in Dortmund's time zone (summer time included), whatever the test machine's."""
    import os

    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_days_are_the_halls_local_days(hall: Hall, berlin: None) -> None:
    # In time order, as the log is written: 9 March 23:30 UTC is already 10 March in Dortmund,
    # 31 March 22:30 UTC is 1 April (summer time, UTC+2).
    for at in (
        dt.datetime(2026, 3, 9, 22, 30),  # 23:30 on the 9th
        dt.datetime(2026, 3, 9, 23, 30),  # 00:30 on the 10th
        dt.datetime(2026, 3, 10, 22, 59),  # 23:59 on the 10th
        dt.datetime(2026, 3, 31, 21, 30),  # 23:30 on the 31st
        dt.datetime(2026, 3, 31, 22, 30),  # 00:30 on 1 April
    ):
        record_many(hall.volunteer, 1, code=f"B-{at:%d%H%M}", at=at)
    assert activity_query.utc_range(dt.date(2026, 3, 10), dt.date(2026, 3, 10)) == (
        dt.datetime(2026, 3, 9, 23, 0),
        dt.datetime(2026, 3, 10, 23, 0),
    )

    def codes(day_from: dt.date | None, day_to: dt.date | None) -> list[str]:
        flt = ActivityFilter(person_id=hall.volunteer_id, date_from=day_from, date_to=day_to)
        return [e.code for e in activity_query.entries(hall.lead, flt)]

    assert codes(dt.date(2026, 3, 10), dt.date(2026, 3, 10)) == ["B-102259", "B-092330"]
    assert codes(dt.date(2026, 3, 31), dt.date(2026, 3, 31)) == ["B-312130"]
    assert codes(dt.date(2026, 4, 1), None) == ["B-312230"]
    assert codes(None, dt.date(2026, 3, 9)) == ["B-092230"]
    assert codes(dt.date(2026, 3, 11), dt.date(2026, 3, 30)) == []
    assert codes(dt.date(2026, 3, 12), dt.date(2026, 3, 11)) == []  # from after to: nothing


def test_only_a_lead_reads_the_log_and_a_refusal_is_logged(hall: Hall) -> None:
    with pytest.raises(NotAllowed, match="Reading the activity log needs a lead"):
        activity_query.entries(hall.volunteer, ActivityFilter())
    with pytest.raises(NotAllowed):
        list(activity_query.iter_entries(hall.volunteer))
    refused = activity_query.entries(hall.lead, ActivityFilter(kinds=("refused",)))
    assert len(refused) == 2 and refused[0].person == "Olena Shevchenko"
    assert refused[0].summary == "Refused: Reading the activity log (volunteer Olena Shevchenko)."
    # An admin may do all a lead may.
    assert activity_query.entries(hall.admin, ActivityFilter(), limit=1)


def test_refused_sign_ins_are_found_by_the_name_typed(hall: Hall) -> None:
    with pytest.raises(HafenlagerError):
        signin.sign_in("Mykola Petrenko", "9999", "Scan-2")
    found = activity_query.entries(
        hall.lead, ActivityFilter(person_id=hall.lead_id, kinds=("sign-in refused",))
    )
    assert [e.summary for e in found] == ["Wrong PIN. Try again, or ask an admin to reset it."]
    assert found[0].station == "Scan-2"
    assert activity_query.parse_kind("Sign-in refused") == "sign-in refused"
    assert activity_query.parse_kind("master-data") == "master data"
    assert activity_query.parse_kind("nonsense") is None


def test_an_export_writes_typed_cells(hall: Hall, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "activity.xlsx"
    entries = activity_query.entries(hall.lead, ActivityFilter(kinds=("person",)))
    assert activity_query.write_xlsx(entries, path) == 2
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("No.", "When", "Person")
    first = rows[1]
    assert first[0] == entries[0].id and isinstance(first[1], dt.datetime)
    assert first[2:5] == ("Katrin Vogel", "Office", "Person")
    assert first[7] == "Added Olena Shevchenko as volunteer."
    assert "role: – → volunteer" in str(first[8])
    with pytest.raises(HafenlagerError, match=r"choose a \.xlsx file"):
        activity_query.write_xlsx(entries, tmp_path / "activity.pdf")


def test_the_log_cannot_be_changed_or_deleted(hall: Hall) -> None:
    entry = Activity.select().order_by(Activity.id).first()
    before = (entry.summary, entry.kind, entry.at, entry.person_id)
    total = Activity.select().count()
    db = database_proxy.obj

    def refused(work: object) -> None:
        with pytest.raises(pw.DatabaseError, match="append-only"), db.atomic():
            work()  # type: ignore[operator]

    refused(
        lambda: Activity.update(summary="nothing happened").where(Activity.id == entry.id).execute()
    )
    refused(lambda: Activity.update(kind="movement").execute())
    entry.summary = "nothing happened"
    refused(entry.save)
    refused(lambda: Activity.delete().where(Activity.id == entry.id).execute())
    refused(entry.delete_instance)
    refused(lambda: Activity.delete().execute())
    again = Activity.get_by_id(entry.id)
    assert (again.summary, again.kind, again.at, again.person_id) == before
    assert Activity.select().count() == total
