"""Real stations for the concurrency tests: `hafenlager scan` processes on one database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from warehouse_app.kinds import BoxStatus
from warehouse_app.storage.models import Box, Movement, Pallet


@dataclass(frozen=True)
class Answer:
    outcome: str
    scanned: str
    message: str
    changed: bool


def start(
    target: str,
    mode: str,
    codes: Sequence[str],
    workdir: Path,
    station: str,
    *,
    keep_open: bool = False,
) -> subprocess.Popen[str]:
    """A station that scans codes one after another as fast as it can (then ends, unless
    keep_open: then it waits for more on its standard input)."""
    data = workdir / station
    data.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "HAFENLAGER_DATA_DIR": str(data)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ui",
            "--db",
            target,
            "scan",
            "--mode",
            mode,
            "--station",
            station,
            "--volunteer",
            station,
            "--json",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdin is not None
    process.stdin.write("".join(f"{code}\n" for code in codes))
    if keep_open:
        process.stdin.flush()
    else:
        process.stdin.close()
    return process


def answers(process: subprocess.Popen[str], timeout: float = 180) -> list[Answer]:
    assert process.stdout is not None and process.stderr is not None
    out = process.stdout.read()
    err = process.stderr.read()
    process.wait(timeout=timeout)
    assert process.returncode == 0, err
    assert "Traceback" not in err, err
    return [
        Answer(row["outcome"], row["scanned"], row["message"], row["changed"])
        for row in map(json.loads, out.splitlines())
    ]


def run_all(processes: Sequence[subprocess.Popen[str]]) -> list[list[Answer]]:
    return [answers(p) for p in processes]


def broken_chains() -> list[str]:
    """Boxes and pallets whose movement log does not chain: each step must start where the
    one before ended (a lost update shows here)."""
    broken = []
    for field, label in ((Movement.box, "box"), (Movement.pallet, "pallet")):
        last: dict[int, tuple[object, ...]] = {}
        for row in Movement.select().where(field.is_null(False)).order_by(field, Movement.id):
            owner = getattr(row, f"{label}_id")
            start = (row.from_status, row.from_location_id) + (
                (row.from_pallet_id,) if label == "box" else ()
            )
            end = (row.to_status, row.to_location_id) + (
                (row.to_pallet_id,) if label == "box" else ()
            )
            if owner in last and last[owner] != start:
                broken.append(
                    f"{label} {owner}: movement {row.id} starts at {start}, not {last[owner]}"
                )
            last[owner] = end
    return broken


def misplaced_boxes() -> list[str]:
    """Boxes in no place or two: a box on a pallet has no place of its own and vice versa."""
    wrong = []
    for box in Box.select():
        if box.status == BoxStatus.IN_STOCK and (box.location_id is None or box.pallet_id):
            wrong.append(f"{box.code} in stock but at {box.location_id} on {box.pallet_id}")
        if box.status in (BoxStatus.ON_PALLET, BoxStatus.LOADED) and (
            (box.pallet_id is None and box.status == BoxStatus.ON_PALLET) or box.location_id
        ):
            wrong.append(f"{box.code} {box.status} but at {box.location_id} on {box.pallet_id}")
        if box.status == BoxStatus.ON_PALLET and box.pallet.status != "in_stock":
            wrong.append(
                f"{box.code} packed onto pallet {box.pallet.code}, which is {box.pallet.status}"
            )
    return wrong


def pallet_code(pallet_id: int) -> str:
    return str(Pallet.get_by_id(pallet_id).code)


class Station:
    """A scan station that stays open until close(): it has answered one scan, so it has
    the database open and has said so."""

    def __init__(self, target: str, workdir: Path, name: str) -> None:
        self.process = start(target, "lookup", [], workdir, name, keep_open=True)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("NOTHING\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, self.process.stderr.read() if self.process.stderr else "no answer"

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)
        assert self.process.returncode == 0

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=60)


def wait_for(condition: Callable[[], bool], seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True
