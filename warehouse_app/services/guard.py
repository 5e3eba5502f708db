"""The role check every guarded service makes first: the person is read again (a role taken
away at another station counts at once), and a refusal is said and logged."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from warehouse_app.access.roles import (
    NEEDED,
    ROLE_NAMES,
    ROLE_NEEDED,
    Permission,
    Role,
    may,
    parse_role,
)
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import station_session
from warehouse_app.services.activity_log import ActivityKind, record_alone
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import Volunteer
from warehouse_app.texts import QT_TRANSLATE_NOOP, say


class NotAllowed(HafenlagerError):
    """The person signed in may not do this; nothing was changed."""


@dataclass(frozen=True)
class Acting:
    """Who acts, as the database has them now."""

    person_id: int | None
    name: str
    role: Role
    association_id: int | None  # a board member sees this association's goods only


# The demo loader, the migrations and the tests' set-up act as nobody in particular.
SYSTEM = Acting(None, "", Role.ADMIN, None)


def acting(actor: Actor) -> Acting:
    if actor.volunteer_id is None:
        return SYSTEM
    row = Volunteer.get_or_none(Volunteer.id == actor.volunteer_id)
    if row is None or not row.active:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "service",
                "This person is no longer active here. Sign in again with your own name.",
            )
        )
    return Acting(
        int(row.id),
        str(row.name),
        parse_role(str(row.role)) or Role.VOLUNTEER,
        row.association_id,
    )


def require(actor: Actor, permission: Permission) -> Acting:
    """The person acting, if their role allows permission; else refused, and logged.

    Call it before the work's transaction: a refusal logged inside one is undone with it."""
    person = acting(actor)
    scoped = person.association_id is not None
    if may(person.role, permission, scoped=scoped):
        return person
    needed = NEEDED[permission]
    message = (
        say(
            QT_TRANSLATE_NOOP(
                "service",
                "{action} is the hall's work: you see your own association's goods only. Ask a "
                "lead of the hall.",
            ),
            action=say(permission.value),
        )
        if scoped and may(person.role, permission)
        else say(
            QT_TRANSLATE_NOOP("service", "{action} needs {a_role}: ask one, or sign in as {role}."),
            action=say(permission.value),
            a_role=say(ROLE_NEEDED[needed]),
            role=say(ROLE_NAMES[needed]),
        )
    )
    record_alone(
        actor,
        ActivityKind.REFUSED,
        say(
            QT_TRANSLATE_NOOP("service", "Refused: {action} ({role} {name})."),
            action=say(permission.value),
            role=say(ROLE_NAMES[person.role]),
            name=person.name,
        ),
    )
    raise NotAllowed(message)


def require_signed_in(permission: Permission) -> Actor:
    """The station's signed-in person, if their role allows permission (see require)."""
    actor = station_session.current_or_sign_in()
    if actor is None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP("service", "Sign in first: this needs a person with a PIN.")
        )
    require(actor, permission)
    return actor


def signed_in_or(actor: Actor | None, permission: Permission) -> Actor:
    """actor (when the caller names one) or the station's person, checked for permission."""
    if actor is None:
        return require_signed_in(permission)
    require(actor, permission)
    return actor


P = ParamSpec("P")
R = TypeVar("R")


def guarded(permission: Permission) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """A service that needs permission: checked before its transaction (so a refusal stays
    logged), for its actor argument, or the station's person when it takes none."""

    def wrap(fn: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(fn)

        @functools.wraps(fn)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            actor = signature.bind_partial(*args, **kwargs).arguments.get("actor")
            signed_in_or(actor if isinstance(actor, Actor) else None, permission)
            return fn(*args, **kwargs)

        return run

    return wrap


def scope() -> int | None:
    """The association the station's person may see only (a board member's), else None.
    The command line signs its person in for this: who reads decides what they see."""
    actor = station_session.current_or_sign_in()
    if actor is None or actor.volunteer_id is None:
        return None
    return acting(actor).association_id


def own_association(asked: int | None) -> int | None:
    """The association a list or report is cut to: a board member's own (asking for another
    is refused, not silently answered with theirs); anyone else's choice as it is."""
    own = scope()
    if own is None or asked in (None, own):
        return asked if own is None else own
    raise NotAllowed(
        QT_TRANSLATE_NOOP(
            "service",
            "You see your own association's goods only: choose it, or ask a lead of the hall.",
        )
    )
