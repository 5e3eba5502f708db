"""Shared by bench_stations: real `hafenlager scan` station processes fed and timed from
threads, the databases they run on (a copy of the large demo on SQLite or PostgreSQL), and what
the database must agree with afterwards."""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import ensure_large_db

PG_SERVER = "postgresql://hafenlager@127.0.0.1:54329/postgres"


@dataclass(frozen=True)
class Answer:
    """One line a station wrote, with the code it answers and when (perf_counter seconds)."""

    code: str
    outcome: str
    scanned: str
    message: str
    changed: bool
    sent: float
    received: float


@dataclass
class StationRun:
    name: str
    codes_sent: int
    answers: list[Answer]
    stderr: str
    returncode: int | None

    @property
    def tracebacks(self) -> int:
        return self.stderr.count("Traceback")


class Station:
    """A `hafenlager scan --json` process; codes fed from a thread, at most `window` ahead of
    the answers (window=1: one code, its answer, the next: each answer's wait is measurable).

    With gate=True only the first code goes before release(): the process has started, opened
    the database and answered once when the timed part begins."""

    def __init__(
        self,
        target: str,
        mode: str,
        codes: Iterable[str],
        workdir: Path,
        name: str,
        *,
        window: int = 64,
        gate: bool = False,
    ) -> None:
        self.name = name
        self._codes = iter(codes)
        self._window = window
        self._sent: list[tuple[str, float]] = []
        self.answers: list[Answer] = []
        self._stderr: list[str] = []
        self._ready = threading.Condition()
        self._stop = threading.Event()
        self._released = threading.Event()
        if not gate:
            self._released.set()
        data = workdir / name
        data.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            _scan_command(target, mode, name),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
            env={**os.environ, "HAFENLAGER_DATA_DIR": str(data)},
        )
        self._threads = [
            threading.Thread(target=work, daemon=True)
            for work in (self._feed, self._read, self._read_stderr)
        ]
        for thread in self._threads:
            thread.start()

    def _feed(self) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        try:
            for n, code in enumerate(self._codes):
                if n == 1:
                    self._released.wait()
                if not self._room() or self._stop.is_set():
                    break
                with self._ready:
                    self._sent.append((code, time.perf_counter()))
                stdin.write(code + "\n")
                stdin.flush()
        except OSError:
            pass  # the process died; finish() reports it
        finally:
            with contextlib.suppress(OSError):
                stdin.close()

    def _room(self) -> bool:
        """Wait until fewer than window codes are unanswered; False once stopped or dead."""
        with self._ready:
            while len(self._sent) - len(self.answers) >= self._window:
                if self._stop.is_set() or self.process.poll() is not None:
                    return False
                self._ready.wait(0.2)
        return True

    def _read(self) -> None:
        stdout = self.process.stdout
        assert stdout is not None
        for line in stdout:
            now = time.perf_counter()
            row = json.loads(line)
            with self._ready:
                code, sent = self._sent[len(self.answers)]
                self.answers.append(
                    Answer(
                        code,
                        row["outcome"],
                        row["scanned"],
                        row["message"],
                        row["changed"],
                        sent,
                        now,
                    )
                )
                self._ready.notify_all()

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        self._stderr.append(self.process.stderr.read())

    def wait_answers(self, count: int, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        with self._ready:
            while len(self.answers) < count:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError(f"{self.name}: {len(self.answers)} of {count} answers")
                self._ready.wait(0.2)

    def release(self) -> None:
        self._released.set()

    def stop(self) -> None:
        """No more codes: the process answers those sent, then ends."""
        self._stop.set()
        self._released.set()
        with self._ready:
            self._ready.notify_all()

    def finish(self, timeout: float = 300) -> StationRun:
        self._released.set()
        self.process.wait(timeout=timeout)
        for thread in self._threads:
            thread.join(timeout=10)
        return StationRun(
            self.name,
            len(self._sent),
            list(self.answers),
            "".join(self._stderr),
            self.process.returncode,
        )


class Background:
    """A station scanning an endless stream of codes as fast as it can (or at pace), with as
    little of it in this process as can be: a feeder thread that sleeps in write() on a small
    pipe, answers written to a file. A station timed here (the GUI) then shares the GIL with
    nothing busy."""

    def __init__(
        self,
        target: str,
        mode: str,
        codes: Iterable[str],
        workdir: Path,
        name: str,
        *,
        pace: float | None = None,
    ) -> None:
        self.name = name
        folder = workdir / name
        folder.mkdir(parents=True, exist_ok=True)
        self.out, self.err = folder / "answers.jsonl", folder / "stderr.txt"
        read_end, write_end = os.pipe()
        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)  # stopped, it ends within 4 KB of codes
        with self.out.open("w") as out, self.err.open("w") as err:
            self.process = subprocess.Popen(
                _scan_command(target, mode, name),
                stdin=read_end,
                stdout=out,
                stderr=err,
                env={**os.environ, "HAFENLAGER_DATA_DIR": str(folder)},
            )
        os.close(read_end)
        self._pipe = write_end
        self._stop = threading.Event()
        self.sent = 0
        self._thread = threading.Thread(target=self._feed, args=(iter(codes), pace), daemon=True)
        self._thread.start()

    def _feed(self, codes: Iterator[str], pace: float | None) -> None:
        start = time.perf_counter()
        try:
            while not self._stop.is_set():
                batch = list(itertools.islice(codes, 1 if pace else 256))
                if not batch:
                    break
                if pace:
                    self._stop.wait(max(0.0, start + self.sent / pace - time.perf_counter()))
                os.write(self._pipe, "".join(f"{code}\n" for code in batch).encode())
                self.sent += len(batch)
        except OSError:
            pass  # the process died; finish() reports it
        finally:
            os.close(self._pipe)

    def answered(self) -> int:
        with self.out.open("rb") as out:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: out.read(1 << 20), b""))

    def stop(self) -> None:
        self._stop.set()

    def finish(self, timeout: float = 300) -> StationRun:
        self._stop.set()
        self.process.wait(timeout=timeout)
        self._thread.join(timeout=10)
        answers = []
        for line in self.out.read_text().splitlines():
            row = json.loads(line)
            answers.append(
                Answer("", row["outcome"], row["scanned"], row["message"], row["changed"], 0, 0)
            )
        return StationRun(
            self.name, self.sent, answers, self.err.read_text(), self.process.returncode
        )


def _scan_command(target: str, mode: str, name: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "ui",
        "--db",
        target,
        "scan",
        "--mode",
        mode,
        "--station",
        name,
        "--volunteer",
        name,
        "--json",
    ]


# --- what the stations scan ------------------------------------------------------------------
def putaway_cycle(shelves: tuple[str, str], boxes: Sequence[str]) -> Iterator[str]:
    """Endless putaway: the boxes to one shelf, then back to the other; every box scan a move."""
    for shelf in itertools.cycle(shelves):
        yield shelf
        yield from boxes


def pack_codes(boxes: Iterable[str], per_pallet: int = 25) -> Iterator[str]:
    """New pallet, per_pallet boxes onto it, new pallet, ... until the boxes run out."""
    from warehouse_app.services.scanning import Control

    chunk: list[str] = []
    for box in itertools.chain(boxes, [None]):
        if box is None or len(chunk) == per_pallet:
            if chunk:
                yield Control.NEW_PALLET.code
                yield from chunk
            chunk = []
        if box is not None:
            chunk.append(box)


def pack_cycle(boxes: Sequence[str], per_pallet: int = 25) -> Iterator[str]:
    """Endless packing: a new pallet, per_pallet boxes onto it, a new pallet, ... round the
    boxes again and again; from the second round each box is on another pallet, so it is
    followed by 'yes' (move it): every box a write, and every 'new pallet' one too."""
    from warehouse_app.services.scanning import Control

    yes, new = Control.YES.code, Control.NEW_PALLET.code
    for start in itertools.cycle(range(0, len(boxes), per_pallet)):
        yield new
        for box in boxes[start : start + per_pallet]:
            yield box
            yield yes


def service_ms(answers: Sequence[Answer]) -> list[float]:
    """Each answer's time at the station: from when it was sent or the answer before came,
    whichever was later, to its own answer (a saturated station's time per scan)."""
    times, previous = [], 0.0
    for answer in answers:
        start = max(answer.sent, previous)
        times.append((answer.received - start) * 1000)
        previous = answer.received
    return times


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def figures(values_ms: Sequence[float]) -> str:
    if not values_ms:
        return "(no values)"
    return (
        f"p50 {statistics.median(values_ms):6.1f} ms  p99 {percentile(values_ms, 0.99):6.1f} ms  "
        f"max {max(values_ms):7.1f} ms  (n={len(values_ms)})"
    )


# --- the databases ---------------------------------------------------------------------------
@dataclass
class Databases:
    """Fresh copies of the large demo, each dropped (or deleted with its folder) afterwards."""

    engine: str
    workdir: Path
    server: str = PG_SERVER
    pg_size: str = "large"
    made: list[str] = field(default_factory=list)

    @contextlib.contextmanager
    def fresh(self) -> Iterator[str]:
        from warehouse_app.storage import engine as dbmod

        if self.engine == "sqlite":
            yield self._sqlite_copy()
            dbmod.close()
            return
        from tests import postgres

        url = postgres.create_database(self.server, pg_template(self.server, self.pg_size))
        try:
            yield url
        finally:
            dbmod.close()
            postgres.drop_database(self.server, url)

    def _sqlite_copy(self) -> str:
        from warehouse_app.storage import engine as dbmod
        from warehouse_app.storage.opening import open_database

        source, _ = ensure_large_db()
        folder = self.workdir / f"db{len(self.made)}"
        folder.mkdir()
        target = folder / "large.sqlite"
        shutil.copyfile(source, target)
        self.made.append(str(target))
        open_database(str(target))  # today's backup now, not when the first station starts
        dbmod.close()
        return str(target)


def pg_template(server: str, size: str) -> str:
    """A template database holding the demo, made once on the server and kept for next runs."""
    from tests import postgres
    from warehouse_app.demo import load_demo
    from warehouse_app.storage import engine as dbmod
    from warehouse_app.storage.migrations import CURRENT_VERSION
    from warehouse_app.storage.opening import open_database

    # Named by the schema: a template of an older schema is left, not used.
    name = f"hl_bench_demo_{size}_v{CURRENT_VERSION}"
    if _pg_exists(server, name):
        return name
    url = postgres.create_database(server)
    start = time.perf_counter()
    open_database(url, daily_backup=False)
    load_demo(size)
    dbmod.close()
    made = urlpath(url)
    postgres._admin(server, f'ALTER DATABASE "{made}" RENAME TO "{name}"')
    postgres._admin(server, f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true')
    print(f"  (made the {size} demo on PostgreSQL in {time.perf_counter() - start:.0f} s: {name})")
    return name


def urlpath(url: str) -> str:
    from urllib.parse import urlparse

    return urlparse(url).path.lstrip("/")


def _pg_exists(server: str, name: str) -> bool:
    import psycopg2

    connection = psycopg2.connect(server)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            return cursor.fetchone() is not None
    finally:
        connection.close()


def app_check(target: str, workdir: Path) -> tuple[int, str]:
    """`hafenlager check` on target: its exit code and its last line."""
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--db", target, "check"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, "HAFENLAGER_DATA_DIR": str(workdir / "check")},
    )
    lines = (done.stdout + done.stderr).strip().splitlines()
    return done.returncode, lines[-1] if lines else ""


def broken_box_chains(box_ids: Sequence[int]) -> list[str]:
    """Movements of these boxes that do not start where the one before ended (a lost update)."""
    from warehouse_app.storage.models import Movement

    broken: list[str] = []
    last: dict[int, tuple[object, ...]] = {}
    rows = (
        Movement.select().where(Movement.box.in_(list(box_ids))).order_by(Movement.box, Movement.id)
    )
    for row in rows:
        start = (row.from_status, row.from_location_id, row.from_pallet_id)
        end = (row.to_status, row.to_location_id, row.to_pallet_id)
        if row.box_id in last and last[row.box_id] != start:
            broken.append(f"box {row.box_id}: movement {row.id} starts at {start}")
        last[row.box_id] = end
    return broken
