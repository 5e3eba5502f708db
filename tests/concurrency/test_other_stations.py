"""Stations see each other: another station's scan reaches this one's screens through the
change feed, and a station that has the database open is known by name (a restore waits)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from tests.concurrency.stations import Station, run_all, start, wait_for
from ui.cli.main import main
from warehouse_app.kinds import BoxStatus
from warehouse_app.services import corrections
from warehouse_app.services.movements import Actor
from warehouse_app.storage import change_feed, presence
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage.models import Box, Location, utcnow
from warehouse_app.storage.opening import OpenedDatabase, open_database


def polled_until(feed: change_feed.ChangeFeed, wanted: str, seconds: float) -> frozenset[str]:
    """Everything the feed reported, until it names wanted or the time is up."""
    seen: set[str] = set()
    deadline = time.monotonic() + seconds
    while wanted not in seen and time.monotonic() < deadline:
        seen |= feed.poll()
        time.sleep(0.05)
    return frozenset(seen)


def test_another_stations_scan_is_reported_and_this_stations_own_writes_are_not(
    demo: OpenedDatabase, actor: Actor, tmp_path: Path
) -> None:
    feed = change_feed.open_feed(demo.db)
    try:
        assert feed.poll() == frozenset()
        box = Box.get(Box.status == BoxStatus.IN_STOCK)
        corrections.dispose_box(box.id, "mouldy", actor)
        presence.arrive("This-PC")
        assert polled_until(feed, "box", 0.5) == frozenset()  # own writes: already shown

        target = Location.get(Location.name == "Sperrlager")
        other = Box.get(Box.status == BoxStatus.IN_STOCK, Box.id != box.id)
        [answers] = run_all(
            [start(demo.target, "putaway", [target.code, other.code], tmp_path, "Dock-PC")]
        )
        assert answers[-1].outcome == "ok"
        # The other station has committed: its write is reported within the poll's 2 s.
        assert "box" in polled_until(feed, "box", 2.0)
        assert feed.poll() == frozenset()  # reported once
    finally:
        feed.close()


def test_a_station_with_the_database_open_is_known_by_its_name_until_it_closes(
    demo: OpenedDatabase, tmp_path: Path
) -> None:
    assert presence.others(demo.db) == []
    station = Station(demo.target, tmp_path, "Packtisch-2")
    try:
        assert [o.station for o in presence.others(demo.db)] == ["Packtisch-2"]
    finally:
        station.close()
    assert presence.others(demo.db) == []


def test_a_station_that_crashed_counts_no_longer_once_its_presence_is_stale(
    demo: OpenedDatabase, tmp_path: Path
) -> None:
    station = Station(demo.target, tmp_path, "Absturz-PC")
    station.kill()
    later = utcnow() + dt.timedelta(seconds=presence.STALE_S + 1)
    if demo.path is not None:  # SQLite: its row stays, and goes stale
        assert [o.station for o in presence.others(demo.db)] == ["Absturz-PC"]
        assert presence.others(demo.db, now=later) == []
    else:  # PostgreSQL: the server ends a killed connection itself
        assert wait_for(lambda: presence.others(demo.db) == [])


def test_a_restore_refuses_while_another_station_is_open_and_says_which(
    demo: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = demo.target
    dbmod.close()  # this test's own connection is no station
    saved = tmp_path / ("saved.pgdump" if demo.path is None else "saved.sqlite")
    assert main(["--db", target, "backup", "--out", str(saved)]) == 0
    capsys.readouterr()
    station = Station(target, tmp_path, "Rampe-3")
    try:
        boxes_before = box_places(target)
        assert main(["--db", target, "restore", str(saved)]) == 1
        err = capsys.readouterr().err
        assert "Rampe-3" in err and "Nothing was restored" in err and err.count("\n") == 1
        assert box_places(target) == boxes_before
    finally:
        station.close()
    assert main(["--db", target, "restore", str(saved)]) == 0  # it has gone: now it may
    assert "Restored" in capsys.readouterr().out


def box_places(target: str) -> list[tuple[int, str, int | None]]:
    open_database(target, daily_backup=False)
    try:
        return [(b.id, b.status, b.location_id) for b in Box.select().order_by(Box.id)]
    finally:
        dbmod.close()
