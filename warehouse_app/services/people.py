"""The people who work in the hall: their roles, PINs and association, kept by an admin.

A new hall has nobody: its first person is its admin (the first start asks for them). A hall
migrated from before schema 10 keeps its volunteers, as volunteers without a PIN; each sets one
at their next sign-in (services.signin)."""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from warehouse_app import validation
from warehouse_app.access.pins import hash_pin
from warehouse_app.access.roles import ROLE_NAMES, Permission, Role, parse_role
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.services import station_session
from warehouse_app.services.activity_log import ActivityKind, differences, record
from warehouse_app.services.guard import require
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import Association, Setting, Volunteer
from warehouse_app.storage.transactions import locked, run_in_transaction, transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP, say

FIRST_ADMIN = "hall.first_admin"


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: Role
    association: str  # the association's short code; "" for the whole hall
    has_pin: bool
    active: bool
    language: str = ""


def _person(row: Volunteer) -> Person:
    return Person(
        id=int(row.id),
        name=str(row.name),
        role=parse_role(str(row.role)) or Role.VOLUNTEER,
        association=str(row.association.short_code) if row.association_id else "",
        has_pin=bool(row.pin_hash),
        active=bool(row.active),
        language=str(row.language),
    )


def people(*, active_only: bool = False) -> list[Person]:
    query = Volunteer.select(Volunteer, Association).join(
        Association, pw.JOIN.LEFT_OUTER, on=(Volunteer.association == Association.id)
    )
    if active_only:
        query = query.where(Volunteer.active == True)
    return [_person(row) for row in query.order_by(Volunteer.name)]


def person(person_id: int) -> Person:
    row = Volunteer.get_or_none(Volunteer.id == person_id)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no such person (id {id})."), id=person_id
        )
    return _person(row)


def find_person(name: str) -> Person | None:
    row = Volunteer.get_or_none(pw.fn.LOWER(Volunteer.name) == _name(name).lower())
    return _person(row) if row is not None else None


def needs_first_admin() -> bool:
    """True in a hall that has no admin with a PIN yet: the first start asks for one."""
    return not _admins().exists()


def _admins() -> pw.ModelSelect:
    return Volunteer.select(Volunteer.id).where(
        Volunteer.role == Role.ADMIN.value,
        Volunteer.active == True,
        Volunteer.pin_hash != "",
    )


def create_first_admin(name: str, pin: str, station: str) -> Person:
    """The hall's first admin, while it has none (another station may be doing the same: the
    first to commit is the admin, the other is refused)."""
    cleaned = _name(name)
    pin_hash = hash_pin(pin)  # before the write lock: the hash takes its 50 ms outside it

    def work() -> Person:
        # The hall's one row every first start writes: on PostgreSQL a second station waits
        # here for the first one's commit (a lock on no rows would let both through), then
        # sees its admin below. SQLite's write lock does the same by itself.
        Setting.insert(key=FIRST_ADMIN, value=cleaned).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: cleaned}
        ).execute()
        if locked(_admins()).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service", "This hall has an admin already: sign in, or ask them to add you."
                ),
                "name",
            )
        row = locked(
            Volunteer.select().where(pw.fn.LOWER(Volunteer.name) == cleaned.lower())
        ).first()
        if row is None:
            person_id = int(
                Volunteer.insert(name=cleaned, role=Role.ADMIN.value, pin_hash=pin_hash).execute()
            )
        else:
            person_id = int(row.id)
            Volunteer.update(
                role=Role.ADMIN.value, pin_hash=pin_hash, active=True, failed_pins=0
            ).where(Volunteer.id == person_id).execute()
        record(
            Actor(person_id, station),
            ActivityKind.PERSON,
            say(
                QT_TRANSLATE_NOOP("service", "{name} became the hall's first admin."), name=cleaned
            ),
            subject="person",
            code=cleaned,
        )
        return person(person_id)

    admin = run_in_transaction(work)
    station_session.begin(Actor(admin.id, station))
    return admin


def add_person(
    actor: Actor, name: str, role: Role | str, pin: str = "", association: str = ""
) -> Person:
    """A new person (admins only). A lead or admin needs a PIN from the start."""
    require(actor, Permission.PEOPLE)
    cleaned, chosen = _name(name), _role(role)
    if chosen is not Role.VOLUNTEER and not pin:
        raise _pin_needed(chosen)
    pin_hash = hash_pin(pin) if pin else ""
    return _add(actor, cleaned, chosen, pin_hash, association)


@transactional
def _add(actor: Actor, name: str, role: Role, pin_hash: str, association: str) -> Person:
    if locked(Volunteer.select().where(pw.fn.LOWER(Volunteer.name) == name.lower())).exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{name} works here already: change their entry instead."),
            "name",
            name=name,
        )
    association_id = _association_id(association)
    person_id = int(
        Volunteer.insert(
            name=name, role=role.value, pin_hash=pin_hash, association=association_id
        ).execute()
    )
    record(
        actor,
        ActivityKind.PERSON,
        say(
            QT_TRANSLATE_NOOP("service", "Added {name} as {role}."),
            name=name,
            role=say(ROLE_NAMES[role]),
        ),
        subject="person",
        code=name,
        changes={"role": (None, role.value), "association": (None, association or None)},
    )
    return person(person_id)


def update_person(
    actor: Actor,
    person_id: int,
    *,
    role: Role | str | None = None,
    association: str | None = None,
    active: bool | None = None,
    pin: str | None = None,
) -> Person:
    """Change a person's role, association, PIN or whether they still work here (admins;
    anyone may set their own PIN). The hall keeps at least one active admin with a PIN."""
    own_pin_only = role is None and association is None and active is None
    if not (own_pin_only and actor.volunteer_id == person_id):
        require(actor, Permission.PEOPLE)
    pin_hash = hash_pin(pin) if pin else None
    return _update(
        actor, person_id, None if role is None else _role(role), association, active, pin_hash
    )


@transactional
def _update(
    actor: Actor,
    person_id: int,
    role: Role | None,
    association: str | None,
    active: bool | None,
    pin_hash: str | None,
) -> Person:
    row = locked(Volunteer.select().where(Volunteer.id == person_id)).first()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no such person (id {id})."), id=person_id
        )
    before = _person(row)
    values: dict[pw.Field, object] = {}
    if role is not None:
        values[Volunteer.role] = role.value
        if role is not Role.VOLUNTEER and not (row.pin_hash or pin_hash):
            raise _pin_needed(role)
    if association is not None:
        values[Volunteer.association] = _association_id(association)
    if active is not None:
        values[Volunteer.active] = active
    if pin_hash is not None:
        values[Volunteer.pin_hash] = pin_hash
        values[Volunteer.failed_pins] = 0
        values[Volunteer.locked_until] = None
    if values:
        Volunteer.update(values).where(Volunteer.id == person_id).execute()
    after = person(person_id)
    if (
        before.role is Role.ADMIN
        and before.active
        and not (after.role is Role.ADMIN and after.active)
    ) and not locked(_admins()).exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "{name} is the hall's last admin: make another person admin first.",
            ),
            "role",
            name=before.name,
        )
    changes: dict[str, tuple[object, object]] = dict(
        differences(
            {"role": before.role, "association": before.association, "active": before.active},
            {"role": after.role, "association": after.association, "active": after.active},
        )
    )
    if pin_hash is not None:
        changes["PIN"] = ("…", "…")  # that it changed, never what it is
    if changes:
        record(
            actor,
            ActivityKind.PERSON,
            say(QT_TRANSLATE_NOOP("service", "Changed {name}."), name=after.name),
            subject="person",
            code=after.name,
            changes=changes,
        )
    return after


def _association_id(code: str) -> int | None:
    if not code.strip():
        return None
    found = Association.get_or_none(pw.fn.UPPER(Association.short_code) == code.strip().upper())
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "Unknown association '{code}': give its short code, e.g. BGH."
            ),
            "association",
            code=code,
        )
    return int(found.id)


def _name(name: str) -> str:
    return validation.text(
        name, "name", QT_TRANSLATE_NOOP("service", "Name"), required=True, max_length=100
    )


def _role(role: Role | str) -> Role:
    chosen = role if isinstance(role, Role) else parse_role(role)
    if chosen is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Unknown role '{role}': use volunteer, lead or admin."),
            "role",
            role=role,
        )
    return chosen


def _pin_needed(role: Role) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("service", "A {role} needs a PIN: give one of 4 to 6 digits."),
        "pin",
        role=say(ROLE_NAMES[role]),
    )
