"""PostgreSQL roles that match Hafenlager's: a station whose login is a volunteer's cannot
change master data or depart a convoy even with its own SQL client, because the server itself
refuses (docs/postgres-roles.md).

Three group roles, each a member of the one below: hafenlager_volunteer (intake, scanning,
loading, labels, signing in), hafenlager_lead (convoys, papers, delivery, needs and offers),
hafenlager_admin (settings, categories, associations, places, recipients, people). Everyone
reads every table and appends to the activity log; nobody may change or delete an entry of it
(the triggers of storage.activity_guard refuse that to the owner too). Schema changes stay
with the database's owner, who runs the migrations."""

from __future__ import annotations

import re

import peewee as pw

from warehouse_app.access.roles import Role
from warehouse_app.errors import ValidationError
from warehouse_app.texts import QT_TRANSLATE_NOOP

GROUPS = {
    Role.VOLUNTEER: "hafenlager_volunteer",
    Role.LEAD: "hafenlager_lead",
    Role.ADMIN: "hafenlager_admin",
}
_ALL = "INSERT, UPDATE, DELETE"
# What each role may write beyond reading, by table (the role above has these too).
WRITES: dict[Role, dict[str, str]] = {
    Role.VOLUNTEER: {
        "activity": "INSERT",
        "change_counter": "INSERT, UPDATE",  # the change feed's triggers
        "station_presence": _ALL,
        "box_search": _ALL,  # the search side table's triggers
        "code_counter": "INSERT, UPDATE",
        "donation": "INSERT",
        "box": "INSERT, UPDATE",
        "pallet": "INSERT, UPDATE",
        "movement": "INSERT",
        "print_job": _ALL,
        "convoy_item": "UPDATE",  # loading and unloading
        "vehicle_details": "INSERT, UPDATE",  # a donated vehicle taken in
        "appointment": "UPDATE",  # the arrival at the door
        "appointment_donation": "INSERT",
        "offer": "UPDATE",
        # Signing in: a miss counted, a first PIN set, a new volunteer signed up. The role
        # column is not among them: a volunteer's login makes nobody a lead.
        "volunteer (pin_hash, failed_pins, locked_until, language)": "UPDATE",
        "volunteer": "INSERT",
    },
    Role.LEAD: {
        "convoy": _ALL,
        "vehicle": _ALL,
        "convoy_item": _ALL,
        "convoy_acknowledgement": _ALL,
        "archived_paper": "INSERT",
        "needs_list": _ALL,
        "need_line": _ALL,
        "offer": _ALL,
        "offer_photo": _ALL,
        "drop_off_slot": _ALL,
        "appointment": _ALL,
        "appointment_donation": _ALL,
        "delivery_act": "INSERT",
        "delivery_discrepancy": "INSERT",
    },
    Role.ADMIN: {
        "setting": _ALL,
        "association": "INSERT, UPDATE",
        "category": "INSERT, UPDATE",
        "location": "INSERT, UPDATE",
        "recipient": "INSERT, UPDATE",
        "volunteer": "INSERT, UPDATE",
    },
}
_BELOW = {Role.LEAD: Role.VOLUNTEER, Role.ADMIN: Role.LEAD}
_LOGIN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def statements(database: str, tables: set[str]) -> list[str]:
    """The SQL that makes the three roles and their grants on this database (again: safe to
    run after every upgrade, when new tables came)."""
    sql = []
    for role, group in GROUPS.items():
        sql.append(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
            f"'{group}') THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        )
        if role in _BELOW:
            sql.append(f"GRANT {GROUPS[_BELOW[role]]} TO {group}")
    volunteer = GROUPS[Role.VOLUNTEER]
    sql += [
        f'GRANT CONNECT ON DATABASE "{database}" TO {volunteer}',
        f"GRANT USAGE ON SCHEMA public TO {volunteer}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {volunteer}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {volunteer}",
    ]
    for role, writes in WRITES.items():
        for table, privileges in writes.items():
            name = table.split(" ", 1)[0]
            if name in tables:
                columns = table[len(name) :].strip()  # "(a, b)": these columns only
                what = f"{privileges} {columns}" if columns else privileges
                sql.append(f"GRANT {what} ON {name} TO {GROUPS[role]}")
    return sql


def has_roles(db: pw.Database) -> bool:
    return isinstance(db, pw.PostgresqlDatabase)


def apply(db: pw.Database) -> int:
    """Make the roles and grants in db (its owner or a superuser runs this); how many
    statements ran."""
    database = str(db.database)
    done = statements(database, set(db.get_tables()))
    with db.atomic():
        for statement in done:
            db.execute_sql(statement)
    return len(done)


def add_login(db: pw.Database, login: str, role: Role, password: str = "") -> None:
    """A login for a station or a person, in the group of role (made first by apply)."""
    if not _LOGIN.match(login):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "'{login}' cannot be a database login: use small letters, digits and _, "
                "starting with a letter.",
            ),
            "login",
            login=login,
        )
    with db.atomic():
        db.execute_sql(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
            f"'{login}') THEN CREATE ROLE {login} LOGIN; END IF; END $$"
        )
        if password:
            db.execute_sql(f"ALTER ROLE {login} PASSWORD %s", (password,))
        for group in GROUPS.values():
            db.execute_sql(f"REVOKE {group} FROM {login}")
        db.execute_sql(f"GRANT {GROUPS[role]} TO {login}")
