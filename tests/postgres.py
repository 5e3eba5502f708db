"""The PostgreSQL server the tests run against, and a fresh database for each test.

.ci/run starts a throwaway cluster and names it in HAFENLAGER_TEST_PG; a developer's run
without it starts one of its own (with the same script), so the engine-dependent tests always
run on both engines. In CI a missing server is a failure, never a skip.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / ".ci" / "postgres.sh"
ENV = "HAFENLAGER_TEST_PG"


def _free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def server() -> Iterator[str]:
    """The URL of a superuser connection to a running server (started here if need be)."""
    given = os.environ.get(ENV)
    if given:
        yield given
        return
    if os.environ.get("CI"):
        raise RuntimeError(
            f"{ENV} is not set: .ci/run starts PostgreSQL and names it there; the engine "
            "tests must run on PostgreSQL in CI"
        )
    # Not under pytest's folder: it is private to the user, and the server runs as postgres
    # when the tests run as root.
    folder = Path(tempfile.mkdtemp(prefix="hafenlager-test-pg-"))
    done = subprocess.run(
        [str(SCRIPT), "start", str(folder), str(_free_port())],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    if done.returncode:
        raise RuntimeError(f"could not start PostgreSQL for the tests: {done.stderr}")
    try:
        yield done.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([str(SCRIPT), "stop", str(folder)], check=False, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)


def with_database(url: str, name: str) -> str:
    parsed = urlparse(url)
    return urlunparse(parsed._replace(path=f"/{name}"))


def _admin(url: str, sql: str) -> None:
    import psycopg2

    connection = psycopg2.connect(url)
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(sql)
    finally:
        connection.close()


def create_database(url: str, template: str | None = None) -> str:
    """A new, empty (or template-copied) database; its URL."""
    name = f"hl_{uuid.uuid4().hex[:12]}"
    _admin(url, f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return with_database(url, name)


def drop_database(url: str, database_url: str) -> None:
    name = urlparse(database_url).path.lstrip("/")
    _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def rename_to_template(url: str, database_url: str) -> str:
    """Make database_url a template others are copied from; its name."""
    name = urlparse(database_url).path.lstrip("/")
    _admin(url, f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true')
    return name
