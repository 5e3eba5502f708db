"""Signing in at a station with a name and a PIN.

Every attempt is logged, the refused ones too. Five wrong PINs in a row pause that person's
sign-in for a minute: a four-digit PIN would otherwise be guessed at the station in minutes.
A volunteer without a PIN yet (from before schema 10, or added without one) sets it by signing
in; a new name signs up as a volunteer where the hall allows it (setting "self_signup")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from warehouse_app.access.pins import check_pin, hash_pin, verify_pin
from warehouse_app.access.roles import Role, parse_role
from warehouse_app.services import station_session
from warehouse_app.services.activity_log import ActivityKind, record
from warehouse_app.services.guard import NotAllowed
from warehouse_app.services.movements import Actor
from warehouse_app.services.people import Person, _name, person
from warehouse_app.storage.models import Setting, Volunteer, utcnow
from warehouse_app.storage.transactions import locked, run_in_transaction
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, say

MAX_MISSES = 5
PAUSE = dt.timedelta(minutes=1)
SELF_SIGNUP = "self_signup"


@dataclass(frozen=True)
class _Outcome:
    person: Person | None
    refusal: Text | None


def sign_in(name: str, pin: str, station: str, *, now: dt.datetime | None = None) -> Person:
    """The person, signed in at station; refused (and logged) for a wrong PIN or name."""
    cleaned = _name(name)
    check_pin(pin)
    at = now or utcnow()
    row = Volunteer.get_or_none(pw.fn.LOWER(Volunteer.name) == cleaned.lower())
    # The PIN's hash is checked (or made) before the write lock: 50 ms other stations do
    # not wait for.
    good = row is not None and bool(row.pin_hash) and verify_pin(pin, str(row.pin_hash))
    new_hash = hash_pin(pin) if row is None or not row.pin_hash else None
    outcome = run_in_transaction(lambda: _decide(cleaned, station, at, good, new_hash))
    if outcome.refusal is not None:
        raise NotAllowed(outcome.refusal)
    assert outcome.person is not None
    station_session.begin(Actor(outcome.person.id, station))
    return outcome.person


def _decide(name: str, station: str, at: dt.datetime, good: bool, new_hash: str | None) -> _Outcome:
    row = locked(Volunteer.select().where(pw.fn.LOWER(Volunteer.name) == name.lower())).first()
    if row is None:
        return _sign_up(name, station, at, new_hash)
    actor = Actor(int(row.id), station)
    if not row.active:
        return _refuse(
            actor,
            name,
            at,
            say(
                QT_TRANSLATE_NOOP("service", "{name} no longer works here: ask an admin."),
                name=name,
            ),
        )
    if row.locked_until is not None and row.locked_until > at:
        seconds = int((row.locked_until - at).total_seconds()) + 1
        return _refuse(
            actor,
            name,
            at,
            say(
                QT_TRANSLATE_NOOP(
                    "service", "Too many wrong PINs for {name}: wait {seconds} s, then try again."
                ),
                name=str(row.name),
                seconds=seconds,
            ),
        )
    if not row.pin_hash:
        if (parse_role(str(row.role)) or Role.VOLUNTEER) is not Role.VOLUNTEER:
            # Only a volunteer's PIN is set by whoever comes first with the name.
            return _refuse(
                actor,
                name,
                at,
                say(
                    QT_TRANSLATE_NOOP("service", "{name} has no PIN yet: ask an admin to set one."),
                    name=name,
                ),
            )
        if new_hash is None:  # another station set the PIN in between: check that one
            return _refuse(actor, name, at, _wrong())
        Volunteer.update(pin_hash=new_hash, failed_pins=0).where(Volunteer.id == row.id).execute()
        record(
            actor,
            ActivityKind.SIGN_IN,
            say(QT_TRANSLATE_NOOP("service", "{name} set a PIN and signed in."), name=name),
            at=at,
        )
        return _Outcome(person(int(row.id)), None)
    if not good:
        misses = int(row.failed_pins) + 1
        pause = at + PAUSE if misses >= MAX_MISSES else None
        Volunteer.update(failed_pins=0 if pause else misses, locked_until=pause).where(
            Volunteer.id == row.id
        ).execute()
        return _refuse(actor, name, at, _wrong())
    Volunteer.update(failed_pins=0, locked_until=None).where(Volunteer.id == row.id).execute()
    record(
        actor,
        ActivityKind.SIGN_IN,
        say(QT_TRANSLATE_NOOP("service", "{name} signed in."), name=name),
        at=at,
    )
    return _Outcome(person(int(row.id)), None)


def _sign_up(name: str, station: str, at: dt.datetime, new_hash: str | None) -> _Outcome:
    nobody = Actor(None, station)
    allowed = Setting.get_or_none(Setting.key == SELF_SIGNUP)
    if (allowed is not None and allowed.value == "off") or new_hash is None:
        return _refuse(
            nobody,
            name,
            at,
            say(
                QT_TRANSLATE_NOOP(
                    "service", "Nobody called {name} works here: ask an admin to add you."
                ),
                name=name,
            ),
        )
    person_id = int(
        Volunteer.insert(name=name, role=Role.VOLUNTEER.value, pin_hash=new_hash).execute()
    )
    record(
        Actor(person_id, station),
        ActivityKind.SIGN_IN,
        say(QT_TRANSLATE_NOOP("service", "{name} signed up as a volunteer."), name=name),
        subject="person",
        code=name,
        at=at,
    )
    return _Outcome(person(person_id), None)


def _refuse(actor: Actor, name: str, at: dt.datetime, why: Text) -> _Outcome:
    """The refusal is committed with the miss count: it is kept, and the caller raises."""
    record(actor, ActivityKind.SIGN_IN_REFUSED, why, person_name=name, at=at)
    return _Outcome(None, why)


def _wrong() -> Text:
    return say(QT_TRANSLATE_NOOP("service", "Wrong PIN. Try again, or ask an admin to reset it."))
