"""Who may do what (issue 16), through the services: a volunteer scans and takes in but does
not depart, dispose or change categories; a lead departs but keeps no master data; an admin
does all. Every refusal is said ("… needs a lead") and logged, and changes nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from tests.conftest import ADMIN
from warehouse_app.access.roles import Role
from warehouse_app.errors import HafenlagerError, ValidationError
from warehouse_app.kinds import BoxStatus, ConvoyStatus
from warehouse_app.services import (
    activity_query,
    convoys,
    corrections,
    masterdata,
    people,
    signin,
    station_session,
)
from warehouse_app.services.activity_query import ActivityFilter
from warehouse_app.services.guard import NotAllowed
from warehouse_app.services.movements import Actor
from warehouse_app.services.scanning import Mode, Outcome, ScanSession
from warehouse_app.storage.activity_models import Activity
from warehouse_app.storage.models import Box, Convoy, Location, Volunteer
from warehouse_app.storage.opening import OpenedDatabase


def admin() -> Actor:
    found = people.find_person(ADMIN)
    assert found is not None
    return Actor(found.id, "Office")


def person(name: str, role: Role, pin: str = "5555") -> Actor:
    added = people.add_person(admin(), name, role, pin=pin)
    return Actor(added.id, "Halle-PC-1")


def refusals() -> list[str]:
    return [a.summary for a in Activity.select().where(Activity.kind == "refused")]


def a_box_in_stock() -> Box:
    return Box.select().where(Box.status == BoxStatus.IN_STOCK.value).order_by(Box.id).first()


def test_a_volunteer_scans_but_cannot_depart_dispose_or_change_a_category(
    demo: OpenedDatabase,
) -> None:
    olena = person("Olena Probe", Role.VOLUNTEER)
    box = a_box_in_stock()
    shelf = Location.select().where(Location.id != box.location_id).order_by(Location.id).first()
    session = ScanSession(olena, Mode.PUTAWAY)
    session.scan(str(shelf.code))
    assert session.scan(str(box.code)).outcome is Outcome.OK  # a volunteer's work

    ready = convoys.get_convoy("2026-R")
    with pytest.raises(NotAllowed, match="Departure needs a lead: ask one, or sign in as lead"):
        convoys.depart(ready, olena)
    assert Convoy.get_by_id(ready.id).status == ConvoyStatus.READY
    with pytest.raises(NotAllowed, match="Disposal needs a lead"):
        corrections.dispose_box(int(box.id), "mould", olena)
    assert Box.get_by_id(box.id).status == BoxStatus.IN_STOCK

    station_session.begin(olena)  # master data is checked for the station's person
    category = masterdata.categories()[0]
    with pytest.raises(
        NotAllowed, match="Changing categories, associations and places needs an admin"
    ):
        masterdata.save_category(dataclasses.replace(category, hs_code="9999.99"))
    assert masterdata.categories()[0].hs_code == category.hs_code
    logged = [text for text in refusals() if "Olena Probe" in text]  # the demo has one more
    assert len(logged) == 3


def test_a_lead_departs_but_keeps_no_master_data_and_an_admin_does(demo: OpenedDatabase) -> None:
    mykola = person("Mykola Probe", Role.LEAD)
    station_session.begin(mykola)
    with pytest.raises(NotAllowed, match="admin"):
        masterdata.save_settings({"idle_lock_minutes": "5"})
    assert "idle_lock_minutes" not in masterdata.settings()
    ready = convoys.get_convoy("2026-R")
    assert convoys.depart(ready, mykola) > 0
    assert Convoy.get_by_id(ready.id).status == ConvoyStatus.DEPARTED
    station_session.begin(admin())
    masterdata.save_settings({"idle_lock_minutes": "5"})
    assert masterdata.settings()["idle_lock_minutes"] == "5"


def test_a_role_taken_away_at_another_station_counts_at_once(demo: OpenedDatabase) -> None:
    lead = person("Anna Probe", Role.LEAD)
    people.update_person(admin(), int(lead.volunteer_id or 0), role=Role.VOLUNTEER)
    with pytest.raises(NotAllowed, match="Departure needs a lead"):
        convoys.depart(convoys.get_convoy("2026-R"), lead)  # the same actor, re-read


def test_every_change_names_who_made_it_with_before_and_after(demo: OpenedDatabase) -> None:
    station_session.begin(admin())
    lockers = next(c for c in masterdata.categories() if c.name_en == "Metal lockers")
    masterdata.save_category(dataclasses.replace(lockers, hs_code="9403.20", min_shelf_life_days=7))
    (entry, *_) = activity_query.entries(admin(), ActivityFilter(code="Metallspinde"))
    assert entry.person == ADMIN and entry.station == "Office"
    assert set(entry.changes) == {
        ("hs_code", "9403.10", "9403.20"),
        ("min_shelf_life_days", 0, 7),
    }


def test_the_demo_day_answers_who_moved_the_pallet_and_who_changed_the_hs_code(
    demo: OpenedDatabase,
) -> None:
    lead = admin()
    (moved,) = activity_query.entries(lead, ActivityFilter(code="20000011", kinds=("movement",)))
    assert moved.person == "Mykola Petrenko" and moved.station == "Rampe"
    assert "20000011" in moved.summary and "Regal" in moved.summary
    (changed,) = activity_query.entries(lead, ActivityFilter(code="Metallspinde"))
    assert changed.person == "Katrin Vogel"
    assert changed.changes == (("hs_code", "9403.20", "9403.10"),)
    (refused,) = activity_query.entries(lead, ActivityFilter(kinds=("refused",)))
    assert refused.person == "Olena Shevchenko" and "Departure" in refused.summary


def test_a_board_member_sees_and_reports_on_their_association_only(demo: OpenedDatabase) -> None:
    from warehouse_app.services import stock
    from warehouse_app.services.reporting.city import city_sheet
    from warehouse_app.services.reporting.tables import report_table
    from warehouse_app.services.stock import BoxFilter

    iryna = signin.sign_in("Iryna Koval", "4444", "Vorstand-PC")
    bgh = masterdata.find_association("BGH").id
    assert iryna.association == "BGH"
    ids = stock.box_ids(BoxFilter())
    assert ids and {Box.get_by_id(i).owner_id for i in ids} == {bgh}
    table = report_table("received", ["association"])
    assert [row[0] for row in table.rows] == ["BGH"]
    with pytest.raises(NotAllowed, match="city's sheet covers every association"):
        city_sheet(dt.date.today())
    gw = masterdata.find_association("GW").id
    with pytest.raises(NotAllowed, match="your own association's goods only"):
        stock.box_ids(BoxFilter(association_id=gw))
    foreign = Box.select().where(Box.owner == gw, Box.status == "in_stock").first()
    # A lead's role, but the convoys are the hall's work, not a board member's.
    with pytest.raises(NotAllowed, match="Planning convoys is the hall's work"):
        convoys.assign(convoys.get_convoy("2026-P"), vehicle=None, boxes=[str(foreign.code)])
    with pytest.raises(NotAllowed, match="Planning convoys is the hall's work"):
        convoys.create_convoy("2026-BGH")
    at_scanner = ScanSession(Actor(iryna.id, "Vorstand-PC"), Mode.LOOKUP)
    answer = at_scanner.scan(str(foreign.code))
    assert answer.outcome is Outcome.ERROR and "holds goods of GW" in answer.message
    own = Box.select().where(Box.owner == bgh).first()
    assert at_scanner.scan(str(own.code)).outcome is Outcome.OK
    signin.sign_in("Katrin Vogel", "1111", "Office")
    assert len(report_table("received", ["association"]).rows) > 1


def test_sign_in_refuses_a_wrong_pin_and_pauses_after_five(demo: OpenedDatabase) -> None:
    now = dt.datetime(2026, 12, 4, 9, 0)
    for _ in range(5):
        with pytest.raises(NotAllowed, match="Wrong PIN"):
            signin.sign_in("Mykola Petrenko", "9999", "Rampe", now=now)
    with pytest.raises(NotAllowed, match="Too many wrong PINs for Mykola Petrenko: wait 61 s"):
        signin.sign_in("Mykola Petrenko", "2222", "Rampe", now=now)  # even the right one
    later = now + dt.timedelta(seconds=61)
    assert signin.sign_in("Mykola Petrenko", "2222", "Rampe", now=later).role is Role.LEAD
    kinds = [a.kind for a in Activity.select().where(Activity.person_name == "Mykola Petrenko")]
    assert kinds.count("sign-in refused") == 6
    assert Volunteer.get(Volunteer.name == "Mykola Petrenko").pin_hash.startswith("scrypt$")


def test_new_names_sign_up_as_volunteers_unless_the_hall_says_no(demo: OpenedDatabase) -> None:
    first = signin.sign_in("Neue Helferin", "8080", "Rampe")
    assert first.role is Role.VOLUNTEER and first.has_pin
    with pytest.raises(NotAllowed, match="Wrong PIN"):
        signin.sign_in("Neue Helferin", "8081", "Rampe")
    station_session.begin(admin())
    masterdata.save_settings({signin.SELF_SIGNUP: "off"})
    with pytest.raises(NotAllowed, match="Nobody called Zweiter Neuer works here"):
        signin.sign_in("Zweiter Neuer", "8080", "Rampe")
    assert people.find_person("Zweiter Neuer") is None


def test_a_lead_without_a_pin_cannot_be_claimed_by_whoever_types_the_name(
    demo: OpenedDatabase,
) -> None:
    with pytest.raises(ValidationError, match="A lead needs a PIN"):
        people.add_person(admin(), "Ohne PIN", Role.LEAD)
    anna = Volunteer.get(Volunteer.name == "Anna Schmidt")  # a demo volunteer, no PIN
    Volunteer.update(role="lead").where(Volunteer.id == anna.id).execute()  # as by SQL
    with pytest.raises(NotAllowed, match="has no PIN yet"):
        signin.sign_in("Anna Schmidt", "1234", "Rampe")


def test_the_hall_keeps_an_admin(demo: OpenedDatabase) -> None:
    katrin = admin()
    with pytest.raises(ValidationError, match="last admin"):
        people.update_person(katrin, int(katrin.volunteer_id or 0), role=Role.LEAD)
    assert people.find_person(ADMIN).role is Role.ADMIN  # type: ignore[union-attr]


def test_a_new_halls_first_person_becomes_its_admin_once(new_hall: OpenedDatabase) -> None:
    assert people.needs_first_admin()
    first = people.create_first_admin("Erste Admin", "2468", "Office")
    assert first.role is Role.ADMIN and not people.needs_first_admin()
    with pytest.raises(ValidationError, match="has an admin already"):
        people.create_first_admin("Zweite Admin", "1357", "Office")


@pytest.mark.parametrize(
    "action",
    [
        lambda: masterdata.save_settings({"x": "y"}),
        lambda: masterdata.save_category(masterdata.categories()[0]),
    ],
)
def test_nobody_signed_in_is_refused(
    new_hall: OpenedDatabase, action: Callable[[], object]
) -> None:
    with pytest.raises(HafenlagerError, match="Sign in first"):
        action()


def test_a_volunteer_counts_a_shelf_but_a_lead_books_the_corrections(
    demo: OpenedDatabase,
) -> None:
    box = a_box_in_stock()
    shelf = Location.get_by_id(box.location_id)
    olena = person("Zählerin Probe", Role.VOLUNTEER)
    session = ScanSession(olena, Mode.STOCKTAKE)
    session.scan(str(shelf.code))  # nothing scanned: every box there would be missing
    with pytest.raises(NotAllowed, match="Correcting a box needs a lead"):
        session.apply_stocktake()
    assert Box.get_by_id(box.id).status == BoxStatus.IN_STOCK
