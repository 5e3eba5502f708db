"""PostgreSQL's own roles (issue 16): a station whose login is in hafenlager_volunteer scans
through the app as usual, but the server refuses it master data and any change of the
activity log, whatever client it uses; a lead's login writes convoys but no categories."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from urllib.parse import urlparse, urlunparse

import peewee as pw
import pytest

from tests import postgres
from tests.conftest import ADMIN
from ui.cli.main import main
from warehouse_app.access.roles import Role
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import masterdata, people, station_session
from warehouse_app.services.movements import Actor
from warehouse_app.services.scanning import Mode, Outcome, ScanSession
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage import pg_roles
from warehouse_app.storage.models import Box, Location
from warehouse_app.storage.opening import OpenedDatabase, open_database


def as_login(url: str, login: str) -> str:
    parts = urlparse(url)
    return urlunparse(parts._replace(netloc=f"{login}@{parts.hostname}:{parts.port}"))


@pytest.fixture
def logins(pg_server: str) -> Iterator[dict[Role, str]]:
    made = {role: f"hl_{role.value}_{uuid.uuid4().hex[:8]}" for role in Role}
    yield made
    dbmod.close()
    for login in made.values():
        postgres._admin(pg_server, f"DROP ROLE IF EXISTS {login}")


@pytest.fixture
def hall(pg_server: str, pg_demo_template: str) -> Iterator[OpenedDatabase]:
    """The demo on the server (the roles are the server's: there is no SQLite twin)."""
    target = postgres.create_database(pg_server, pg_demo_template)
    yield open_database(target, daily_backup=False)
    station_session.end()
    dbmod.close()
    postgres.drop_database(pg_server, target)


def test_the_server_refuses_a_volunteers_login_what_the_role_may_not(
    hall: OpenedDatabase, logins: dict[Role, str], capsys: pytest.CaptureFixture[str]
) -> None:
    demo = hall
    assert main(["--db", demo.target, "postgres-roles", "--login", logins[Role.VOLUNTEER]]) == 0
    assert "grants in place" in capsys.readouterr().out
    assert isinstance(demo.db, pw.PostgresqlDatabase)
    pg_roles.add_login(demo.db, logins[Role.LEAD], Role.LEAD)
    dbmod.close()

    open_database(as_login(demo.target, logins[Role.VOLUNTEER]), daily_backup=False)
    katrin = people.find_person(ADMIN)
    assert katrin is not None
    # Even the app's admin, at a volunteer's station: the server decides on its login.
    station_session.begin(Actor(katrin.id, "Terminal-1"))
    box = Box.select().where(Box.status == "in_stock").order_by(Box.id).first()
    shelf = Location.select().where(Location.id != box.location_id).order_by(Location.id).first()
    session = ScanSession(Actor(katrin.id, "Terminal-1"), Mode.PUTAWAY)
    session.scan(str(shelf.code))
    assert session.scan(str(box.code)).outcome is Outcome.OK  # scanning works as ever
    category = masterdata.categories()[0]
    with pytest.raises(HafenlagerError, match="database login may not make this change"):
        masterdata.save_category(dataclasses.replace(category, hs_code="9999.99"))
    assert masterdata.categories()[0].hs_code == category.hs_code
    db = dbmod.connect(as_login(demo.target, logins[Role.VOLUNTEER]))
    try:
        for sql in ("UPDATE activity SET summary = 'x'", "UPDATE volunteer SET role = 'admin'"):
            with pytest.raises(pw.ProgrammingError, match="permission denied"), db.atomic():
                db.execute_sql(sql)
    finally:
        db.close()
    dbmod.close()

    open_database(as_login(demo.target, logins[Role.LEAD]), daily_backup=False)
    station_session.begin(Actor(katrin.id, "Office"))
    from warehouse_app.services import convoys

    convoys.update_convoy(convoys.get_convoy("2026-P"), name="Winterhilfe")  # a lead's work
    with pytest.raises(HafenlagerError, match="database login may not"):
        masterdata.save_settings({"hall.phone": "0231 1"})
