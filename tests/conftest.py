"""Shared fixtures: every test gets its own data folder and a fresh real database.

A test that uses `opened` or `demo` runs twice: on an SQLite file and on a database of a real
PostgreSQL server (tests/postgres.py). A test about the file itself says so with the
`sqlite_only` marker."""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from reports.papers_set import final_papers
from tests import postgres
from warehouse_app.demo import load_demo
from warehouse_app.services import masterdata, station_session
from warehouse_app.services.movements import Actor
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage.opening import OpenedDatabase, open_database

# The person the tests work as: the demo's admin, who is also a fresh hall's first person
# (the command line makes them its admin). Their PIN is hashed once per run: 50 ms each time
# would add a minute to the suite.
ADMIN, ADMIN_PIN = "Katrin Vogel", "1111"


@functools.cache
def admin_pin_hash() -> str:
    from warehouse_app.access.pins import hash_pin

    return hash_pin(ADMIN_PIN)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("HAFENLAGER_DATA_DIR", str(folder))
    monkeypatch.delenv("HAFENLAGER_DB", raising=False)
    monkeypatch.setenv("HAFENLAGER_USER", ADMIN)
    monkeypatch.setenv("HAFENLAGER_PIN", ADMIN_PIN)
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "hafenlager.sqlite"


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
    engines = ["sqlite"] if only_sqlite else list(ENGINES)
    metafunc.parametrize("engine", engines, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    try:
        with postgres.server() as url:
            yield url
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture
def database(engine: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The target of a new, empty database: a file, or a database on the server."""
    if engine == "sqlite":
        yield str(db_path)
        return
    server = request.getfixturevalue("pg_server")
    url = postgres.create_database(server)
    yield url
    dbmod.close()
    postgres.drop_database(server, url)


@pytest.fixture
def opened(database: str) -> Iterator[OpenedDatabase]:
    result = open_database(database)
    _sign_in_admin()
    yield result
    station_session.end()
    dbmod.close()


@pytest.fixture
def new_hall(database: str) -> Iterator[OpenedDatabase]:
    """A fresh database with nobody in it, before its first start made the admin (`opened`
    has the admin Katrin Vogel signed in already)."""
    result = open_database(database)
    yield result
    station_session.end()
    dbmod.close()


def _sign_in_admin() -> None:
    """The station's person for the services not handed an actor: the hall's admin."""
    station_session.begin(Actor(person_with_pin(ADMIN, "admin", admin_pin_hash()), "Test-PC"))


@pytest.fixture(scope="session")
def small_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo, made once per run; tests get a copy of the file."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    result = open_database(str(path), daily_backup=False)
    load_demo("small", papers=final_papers)
    result.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    dbmod.close()
    return path


@pytest.fixture(scope="session")
def pg_demo_template(pg_server: str) -> str:
    """The small demo on the server, made once per run; tests get a copy of the database."""
    url = postgres.create_database(pg_server)
    open_database(url, daily_backup=False)
    load_demo("small", papers=final_papers)
    dbmod.close()
    return postgres.rename_to_template(pg_server, url)


@pytest.fixture
def demo(engine: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[OpenedDatabase]:
    if engine == "sqlite":
        shutil.copyfile(request.getfixturevalue("small_demo_template"), db_path)
        target = str(db_path)
    else:
        server = request.getfixturevalue("pg_server")
        target = postgres.create_database(server, request.getfixturevalue("pg_demo_template"))
    result = open_database(target, daily_backup=False)
    _sign_in_admin()
    yield result
    station_session.end()
    dbmod.close()
    if engine != "sqlite":
        postgres.drop_database(server, target)


def person_with_pin(name: str, role: str, pin_hash: str) -> int:
    """A person of the test hall, with the role and PIN given (added, or changed to them)."""
    from warehouse_app.storage.models import Volunteer

    volunteer_id = masterdata.volunteer_by_name(name)
    Volunteer.update(role=role, pin_hash=pin_hash, active=True).where(
        Volunteer.id == volunteer_id
    ).execute()
    return volunteer_id


@pytest.fixture
def actor(opened_or_demo: OpenedDatabase) -> Actor:
    """The hall's admin at Test-PC: may do everything, as the tests of the work itself need."""
    return Actor(volunteer_id=person_with_pin(ADMIN, "admin", admin_pin_hash()), station="Test-PC")


@pytest.fixture
def opened_or_demo(request: pytest.FixtureRequest) -> OpenedDatabase:
    """The demo database when the test uses it, else the empty one."""
    if "demo" in request.fixturenames:
        return request.getfixturevalue("demo")  # type: ignore[no-any-return]
    return request.getfixturevalue("opened")  # type: ignore[no-any-return]
