"""A confirmed scan survives a kill; nothing but the confirmed scans (and at most the one in
flight when the process died) reaches the database; the database stays consistent."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import peewee as pw

from warehouse_app.storage.checks import run_checks


def codes(db: Path) -> tuple[str, int, list[tuple[str, int]]]:
    conn = pw.SqliteDatabase(str(db))
    target_code, target_id = conn.execute_sql(
        "SELECT code, id FROM location WHERE name = 'Sperrlager'"
    ).fetchone()
    boxes = conn.execute_sql(
        "SELECT code, location_id FROM box WHERE status = 'in_stock' AND location_id != ? "
        "ORDER BY id LIMIT 80",
        (target_id,),
    ).fetchall()
    conn.close()
    return target_code, target_id, [(c, loc) for c, loc in boxes]


def locations(db: Path) -> dict[str, int]:
    conn = pw.SqliteDatabase(str(db))
    rows = dict(conn.execute_sql("SELECT code, location_id FROM box").fetchall())
    conn.close()
    return rows


def test_killed_scan_loops_lose_nothing_confirmed(
    small_demo_template: Path, tmp_path: Path
) -> None:
    db = tmp_path / "scan.sqlite"
    shutil.copyfile(small_demo_template, db)
    target_code, target_id, boxes = codes(db)
    original = dict(boxes)
    rng = random.Random(4)
    env = {**os.environ, "HAFENLAGER_DATA_DIR": str(tmp_path / "data")}
    queue = [code for code, _ in boxes]
    confirmed: set[str] = set()
    rounds = 0
    while queue and rounds < 8:
        rounds += 1
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ui",
                "--db",
                str(db),
                "scan",
                "--mode",
                "putaway",
                "--json",
                "--station",
                "Kill-Test",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            bufsize=1,
        )
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(target_code + "\n")
        process.stdin.flush()
        assert json.loads(process.stdout.readline())["outcome"] == "ok"
        kill_after = rng.randint(1, 12)
        sent: list[str] = []
        for code in queue[:kill_after]:
            process.stdin.write(code + "\n")
            process.stdin.flush()
            sent.append(code)
        # Read some answers, then kill at a random moment while scans are in flight.
        for _ in range(rng.randint(0, len(sent))):
            line = json.loads(process.stdout.readline())
            if line["changed"]:
                confirmed.add(line["scanned"])
        time.sleep(rng.random() * 0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        # Lines already in the pipe were written, so confirmed, before the kill.
        for rest in process.stdout:
            line = json.loads(rest)
            if line["changed"]:
                confirmed.add(line["scanned"])
        now = locations(db)
        moved = {code for code, _ in boxes if now[code] == target_id}
        assert confirmed <= moved, "a confirmed scan was lost"
        unconfirmed = moved - confirmed
        # Only the scan in flight (committed, its line not yet written) may be unconfirmed.
        assert len(unconfirmed) <= 1 and unconfirmed <= set(sent)
        assert all(now[code] == original[code] for code in queue if code not in moved)
        confirmed |= unconfirmed
        queue = [code for code in queue if code not in moved]
        conn = pw.SqliteDatabase(str(db))
        conn.connect()
        from warehouse_app.storage.models import database_proxy

        database_proxy.initialize(conn)
        assert run_checks(conn) == []
        conn.close()
    assert rounds >= 3
