"""Writing the activity log: one row per change a person makes, in that change's own
transaction (a change rolled back leaves no entry), and refusals and sign-ins in one of their
own (they change nothing else, and must stay logged when the refused work is undone)."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import json
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import ParamSpec, TypeVar

import peewee as pw

from warehouse_app.services.movements import Actor
from warehouse_app.storage.activity_models import Activity
from warehouse_app.storage.models import database_proxy, utcnow
from warehouse_app.storage.transactions import run_in_transaction
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, stored


class ActivityKind(enum.StrEnum):
    SIGN_IN = "sign-in"
    SIGN_IN_REFUSED = "sign-in refused"
    REFUSED = "refused"
    MOVEMENT = "movement"
    INTAKE = "intake"
    CORRECTION = "correction"
    DISPOSAL = "disposal"
    CONVOY = "convoy"
    VEHICLE = "vehicle"
    DEPARTURE = "departure"
    DELIVERY = "delivery"
    MASTER_DATA = "master data"
    SETTINGS = "settings"
    PERSON = "person"
    BACKUP = "backup"
    RESTORE = "restore"
    NEEDS = "needs"
    OFFER = "offer"


KIND_NAMES = {
    ActivityKind.SIGN_IN: QT_TRANSLATE_NOOP("service", "Sign-in"),
    ActivityKind.SIGN_IN_REFUSED: QT_TRANSLATE_NOOP("service", "Sign-in refused"),
    ActivityKind.REFUSED: QT_TRANSLATE_NOOP("service", "Refused"),
    ActivityKind.MOVEMENT: QT_TRANSLATE_NOOP("service", "Movement"),
    ActivityKind.INTAKE: QT_TRANSLATE_NOOP("service", "Intake"),
    ActivityKind.CORRECTION: QT_TRANSLATE_NOOP("service", "Correction"),
    ActivityKind.DISPOSAL: QT_TRANSLATE_NOOP("service", "Disposal"),
    ActivityKind.CONVOY: QT_TRANSLATE_NOOP("service", "Convoy"),
    ActivityKind.VEHICLE: QT_TRANSLATE_NOOP("service", "Vehicle"),
    ActivityKind.DEPARTURE: QT_TRANSLATE_NOOP("service", "Departure"),
    ActivityKind.DELIVERY: QT_TRANSLATE_NOOP("service", "Delivery"),
    ActivityKind.MASTER_DATA: QT_TRANSLATE_NOOP("service", "Master data"),
    ActivityKind.SETTINGS: QT_TRANSLATE_NOOP("service", "Settings"),
    ActivityKind.PERSON: QT_TRANSLATE_NOOP("service", "Person"),
    ActivityKind.BACKUP: QT_TRANSLATE_NOOP("service", "Backup"),
    ActivityKind.RESTORE: QT_TRANSLATE_NOOP("service", "Restore"),
    ActivityKind.NEEDS: QT_TRANSLATE_NOOP("service", "Needs"),
    ActivityKind.OFFER: QT_TRANSLATE_NOOP("service", "Offer"),
}

Changes = Mapping[str, tuple[object, object]]


def record(
    actor: Actor,
    kind: ActivityKind,
    summary: str | Text,
    *,
    subject: str = "",
    code: str = "",
    changes: Changes | None = None,
    person_name: str = "",
    at: dt.datetime | None = None,
) -> None:
    """Append one entry, inside the caller's transaction."""
    Activity.insert(
        at=at or utcnow(),
        person=actor.volunteer_id,
        person_name=person_name,
        station=actor.station,
        kind=kind.value,
        subject=subject,
        subject_code=code,
        summary=stored(summary),
        changes=_changes_json(changes) if changes else "",
    ).execute()


def record_signed_in(
    kind: ActivityKind,
    summary: str | Text,
    *,
    subject: str = "",
    code: str = "",
    changes: Changes | None = None,
) -> None:
    """record, for the station's signed-in person (services not handed an actor)."""
    from warehouse_app.services import station_session

    actor = station_session.current() or Actor(None, "")
    record(actor, kind, summary, subject=subject, code=code, changes=changes)


def row_values(model: type[pw.Model], row_id: int | None) -> dict[str, object]:
    """A row's columns by field name, read (locked by the caller's transaction) before an
    edit; empty for a new row."""
    if not row_id:
        return {}
    found = model.select().where(model._meta.primary_key == row_id).dicts().first()
    return dict(found) if found else {}


def record_alone(
    actor: Actor,
    kind: ActivityKind,
    summary: str | Text,
    **details: object,
) -> None:
    """Append one entry in a transaction of its own: a refusal or a sign-in, kept even though
    the work around it is undone. Inside another transaction it joins that one (a caller that
    already holds the write lock cannot wait for a second)."""
    if database_proxy.in_transaction():
        record(actor, kind, summary, **details)  # type: ignore[arg-type]
        return
    run_in_transaction(lambda: record(actor, kind, summary, **details))  # type: ignore[arg-type]


def differences(
    before: Mapping[str, object], after: Mapping[str, object]
) -> dict[str, tuple[object, object]]:
    """The fields whose value changed, as (before, after)."""
    return {
        name: (before.get(name), value)
        for name, value in after.items()
        if _plain(before.get(name)) != _plain(value)
    }


def _changes_json(changes: Changes) -> str:
    return json.dumps(
        {name: [_plain(old), _plain(new)] for name, (old, new) in changes.items()},
        ensure_ascii=False,
        sort_keys=True,
    )


def _plain(value: object) -> object:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    return str(value)


P = ParamSpec("P")
R = TypeVar("R")


def logged(
    kind: ActivityKind, template: str, *, subject: str = "", code: str = ""
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """A service whose success is one entry: template filled with its arguments by name (a
    convoy or vehicle as its number, goods as their codes) and {result}; the entry's code is
    the argument named by code. Placed under @transactional: entry and change commit together."""

    def wrap(fn: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(fn)

        @functools.wraps(fn)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            result = fn(*args, **kwargs)
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            values = {name: _shown(value) for name, value in bound.arguments.items()}
            values["result"] = _shown(result)
            actor = bound.arguments.get("actor")
            if not isinstance(actor, Actor):
                from warehouse_app.services import station_session

                actor = station_session.current() or Actor(None, "")
            record(
                actor,
                kind,
                Text(template, values),
                subject=subject,
                code=str(values.get(code, "")) if code else "",
            )
            return result

        return run

    return wrap


def _shown(value: object) -> object:
    """An argument as the log names it."""
    if isinstance(value, dt.datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, str):
        return value or "–"
    if isinstance(value, int | Decimal | Text):
        return value
    number = getattr(value, "number", None)
    if number is not None:
        return number
    if isinstance(value, list | tuple):
        return ", ".join(str(_shown(v)) for v in value) or "–"
    if value is None:
        return "–"
    for name in ("file_name", "name"):  # a file or a record: its name, never its bytes
        named = getattr(value, name, None)
        if isinstance(named, str):
            return named
    described = getattr(value, "description", None)
    return described if isinstance(described, str) else str(value)
