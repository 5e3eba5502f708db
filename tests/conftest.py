"""Shared fixtures: every test gets its own data folder and a fresh real SQLite database."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from warehouse_app.demo import load_demo
from warehouse_app.services import masterdata
from warehouse_app.services.movements import Actor
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage.opening import OpenedDatabase, open_database


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("HAFENLAGER_DATA_DIR", str(folder))
    monkeypatch.delenv("HAFENLAGER_DB", raising=False)
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "hafenlager.sqlite"


@pytest.fixture
def opened(db_path: Path) -> Iterator[OpenedDatabase]:
    result = open_database(str(db_path))
    yield result
    dbmod.close()


@pytest.fixture(scope="session")
def small_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo, made once per run; tests get a copy of the file."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    result = open_database(str(path), daily_backup=False)
    load_demo("small")
    result.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    dbmod.close()
    return path


@pytest.fixture
def demo(small_demo_template: Path, db_path: Path) -> Iterator[OpenedDatabase]:
    shutil.copyfile(small_demo_template, db_path)
    result = open_database(str(db_path), daily_backup=False)
    yield result
    dbmod.close()


@pytest.fixture
def actor(opened_or_demo: OpenedDatabase) -> Actor:
    return Actor(volunteer_id=masterdata.volunteer_by_name("Test Volunteer"), station="Test-PC")


@pytest.fixture
def opened_or_demo(request: pytest.FixtureRequest) -> OpenedDatabase:
    """The demo database when the test uses it, else the empty one."""
    if "demo" in request.fixturenames:
        return request.getfixturevalue("demo")  # type: ignore[no-any-return]
    return request.getfixturevalue("opened")  # type: ignore[no-any-return]
