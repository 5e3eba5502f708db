"""The activity log (issue 16) on a copy of the large demo with 200,000 entries, on SQLite and
PostgreSQL.

Targets: the first page (200 rows) of each filter of the Activity screen ≤ 100 ms; a sign-in
≤ 300 ms; the log adds ≤ 1 ms to a put-away scan at the median.

Baselines of the same run: the bare newest page (`SELECT id FROM activity ORDER BY id DESC
LIMIT 200`) for the filters, the PIN's hash alone for the sign-in, and the same scans with
activity_log.record replaced by a no-op for the scan path (every other scan, so both halves
see the same disk and load). The machine's load average is printed with the figures: on two
shared cores another engineer's test run doubles them.

    python -m bench.bench_activity [--entries 200000] [--runs 15] [--scans 300]
        [--engine sqlite|postgresql|both] [--pg-server URL]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from bench.common import ensure_large_db
from bench.stations_common import PG_SERVER, percentile

PAGE_TARGET_MS = 100
SIGN_IN_TARGET_MS = 300
SCAN_TARGET_MS = 1.0
STATIONS = ("Halle-1", "Halle-2", "Rampe", "Büro", "Scanner-1", "Scanner-2", "Laptop")
# How often each kind comes in a year of a busy hall (scans are most of it).
KIND_WEIGHTS = {
    "movement": 700,
    "intake": 120,
    "sign-in": 80,
    "correction": 20,
    "disposal": 8,
    "convoy": 25,
    "vehicle": 6,
    "departure": 2,
    "delivery": 2,
    "master data": 5,
    "settings": 1,
    "person": 2,
    "refused": 10,
    "sign-in refused": 8,
    "needs": 5,
    "offer": 6,
}


@contextlib.contextmanager
def copy_of_demo(engine: str, workdir: Path, server: str) -> Iterator[str]:
    """A fresh copy of the large demo, opened; dropped (or deleted with workdir) afterwards."""
    from warehouse_app.storage import engine as dbmod
    from warehouse_app.storage.opening import open_database

    if engine == "sqlite":
        source, _ = ensure_large_db()
        target = workdir / "activity.sqlite"
        shutil.copyfile(source, target)
        open_database(str(target), daily_backup=False)
        yield "SQLite (a copy of the large demo)"
        dbmod.close()
        return
    from bench.stations_common import pg_template
    from tests import postgres

    url = postgres.create_database(server, pg_template(server, "large"))
    try:
        open_database(url, daily_backup=False)
        yield "PostgreSQL (a copy of the large demo)"
    finally:
        dbmod.close()
        postgres.drop_database(server, url)


def fill(n: int, rng: random.Random) -> dict[str, object]:
    """n entries over the past year, in time order, spread as a hall makes them: a few people
    do most of the scanning, each mostly at one or two stations, in working hours."""
    from warehouse_app.services import masterdata
    from warehouse_app.storage.activity_models import Activity
    from warehouse_app.storage.models import Box, Category, Convoy, Pallet, database_proxy
    from warehouse_app.texts import say, stored

    people = [int(v) for v in _people()]
    for i in range(40 - len(people)):
        people.append(masterdata.volunteer_by_name(f"Helfer {i + 1:02d}"))
    # Zipf-like: the first person does about a tenth of the work, the last a few entries.
    weights = [1 / (rank + 1) for rank in range(len(people))]
    home = {p: rng.sample(STATIONS, 2) for p in people}
    boxes = [b for (b,) in Box.select(Box.code).tuples()]
    pallets = [p for (p,) in Pallet.select(Pallet.code).tuples()]
    convoys = [c for (c,) in Convoy.select(Convoy.number).tuples()] or ["K-2026-001"]
    categories = [c for (c,) in Category.select(Category.name_de).tuples()]
    kinds, kind_weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    start = now - dt.timedelta(days=365)
    # Working days and hours: 8:00 to 18:00 UTC-ish, every day but Sunday.
    stamps = []
    while len(stamps) < n:
        at = start + dt.timedelta(seconds=rng.uniform(0, 365 * 86400))
        if at.weekday() != 6 and 7 <= at.hour < 18:
            stamps.append(at)
    stamps.sort()

    def code_for(kind: str) -> tuple[str, str]:
        if kind in ("movement", "intake", "correction", "disposal"):
            if kind == "movement" and rng.random() < 0.1:
                return "pallet", rng.choice(pallets)
            return "box", rng.choice(boxes)
        if kind in ("convoy", "vehicle", "departure", "delivery"):
            return "convoy", rng.choice(convoys)
        if kind == "master data":
            return "category", rng.choice(categories)
        if kind == "person":
            return "person", f"Helfer {rng.randint(1, 27):02d}"
        return "", ""

    summary = stored(say("Put away {code} on {place}.", code="X", place="A-01-1"))
    changes = '{"hs_code": ["630140", "630190"]}'
    batch: list[dict[str, object]] = []
    person_of: dict[int, int] = {}
    for i, at in enumerate(stamps):
        person = rng.choices(people, weights)[0]
        kind = rng.choices(kinds, kind_weights)[0]
        subject, code = code_for(kind)
        batch.append(
            {
                "at": at,
                "person": person,
                "person_name": "",
                "station": rng.choice(home[person]) if rng.random() < 0.9 else rng.choice(STATIONS),
                "kind": kind,
                "subject": subject,
                "subject_code": code,
                "summary": summary,
                "changes": changes if kind == "master data" else "",
            }
        )
        person_of[person] = person_of.get(person, 0) + 1
        if len(batch) == 5000 or i == n - 1:
            with database_proxy.atomic():
                Activity.insert_many(batch).execute()
            batch.clear()
    if isinstance(database_proxy.obj, __import__("peewee").PostgresqlDatabase):
        database_proxy.execute_sql("VACUUM ANALYZE activity")  # what autovacuum does soon after
    ranked = sorted(person_of, key=person_of.__getitem__, reverse=True)
    return {
        "busiest": ranked[0],
        "typical": ranked[len(ranked) // 2],
        "counts": person_of,
        "box": next(c for c in boxes if _has_code(c)),
        "now": now,
    }


def _people() -> list[int]:
    from warehouse_app.storage.models import Volunteer

    return [int(v.id) for v in Volunteer.select(Volunteer.id).order_by(Volunteer.id)]


def _has_code(code: str) -> bool:
    from warehouse_app.storage.activity_models import Activity

    return Activity.select().where(Activity.subject_code == code).count() >= 3


def timed(work: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return times


def run(engine: str, n: int, runs: int, scans: int, server: str) -> None:
    from warehouse_app.services import activity_query, station_session
    from warehouse_app.services.activity_query import ActivityFilter
    from warehouse_app.services.movements import Actor
    from warehouse_app.storage.activity_models import Activity
    from warehouse_app.storage.models import Volunteer, database_proxy

    rng = random.Random(16)
    with tempfile.TemporaryDirectory() as tmp, copy_of_demo(engine, Path(tmp), server) as name:
        start = time.perf_counter()
        made = fill(n, rng)
        total = Activity.select().count()
        print(
            f"[{engine}] {name}: {total:,} entries ({n:,} made in "
            f"{time.perf_counter() - start:.0f} s); load average {os.getloadavg()[0]:.2f}"
        )
        lead = Volunteer.get(Volunteer.name == "Mykola Petrenko")
        actor = Actor(int(lead.id), "Büro")
        station_session.begin(actor)
        busiest, typical = int(made["busiest"]), int(made["typical"])  # type: ignore[call-overload]
        counts: dict[int, int] = made["counts"]  # type: ignore[assignment]
        now: dt.datetime = made["now"]  # type: ignore[assignment]
        today = now.date()
        half_year = today - dt.timedelta(days=182)
        filters = {
            "none": ActivityFilter(),
            f"person (busiest, {counts[busiest]:,})": ActivityFilter(person_id=busiest),
            f"person (typical, {counts[typical]:,})": ActivityFilter(person_id=typical),
            "station": ActivityFilter(station="Rampe"),
            "date range (a week, 6 months ago)": ActivityFilter(
                date_from=half_year, date_to=half_year + dt.timedelta(days=6)
            ),
            "date range (a year)": ActivityFilter(
                date_from=today - dt.timedelta(days=365), date_to=today
            ),
            "kind (correction)": ActivityFilter(kinds=("correction",)),
            "kinds (departure + delivery)": ActivityFilter(kinds=("departure", "delivery")),
            "code (a box)": ActivityFilter(code=str(made["box"])),
            "code (a category)": ActivityFilter(code="Schlafsäcke"),
            "person + date (typical, a month)": ActivityFilter(
                person_id=typical, date_from=half_year, date_to=half_year + dt.timedelta(days=30)
            ),
            "person + date (busiest, a year)": ActivityFilter(
                person_id=busiest, date_from=today - dt.timedelta(days=365), date_to=today
            ),
            "station + date (a week, 6 months ago)": ActivityFilter(
                station="Rampe", date_from=half_year, date_to=half_year + dt.timedelta(days=6)
            ),
            "kind + date (correction, a year)": ActivityFilter(
                kinds=("correction",), date_from=today - dt.timedelta(days=365), date_to=today
            ),
            "person + kind (busiest, refused)": ActivityFilter(
                person_id=busiest, kinds=("refused",)
            ),
        }

        def newest(columns: str) -> Callable[[], object]:
            sql = f"SELECT {columns} FROM activity ORDER BY id DESC LIMIT 200"
            return lambda: database_proxy.execute_sql(sql).fetchall()

        ids = timed(newest("id"), runs)
        base = timed(newest("*"), runs)
        base_median = statistics.median(base)
        print(
            f"[{engine}] baselines: newest 200 ids median {statistics.median(ids):.2f} ms; "
            f"newest 200 rows, all columns, median {base_median:.2f} ms, "
            f"p90 {percentile(base, 0.9):.2f} ms (the ratios below are to this one)"
        )
        worst = 0.0
        for label, flt in filters.items():
            rows: list[int] = []

            def first_page(flt: ActivityFilter = flt, rows: list[int] = rows) -> None:
                rows[:] = [e.id for e in activity_query.entries(actor, flt)]

            times = timed(first_page, runs)
            median = statistics.median(times)
            worst = max(worst, percentile(times, 0.9))
            print(
                f"[{engine}]   {label:36s} {len(rows):3d} rows: first {times[0]:6.1f} ms, "
                f"median {median:6.1f} ms, p90 {percentile(times, 0.9):6.1f} ms "
                f"= {median / base_median:5.1f} x baseline"
            )
        print(
            f"[{engine}] first page of each filter: worst p90 {worst:.1f} ms "
            f"(target <= {PAGE_TARGET_MS} ms: {'MET' if worst <= PAGE_TARGET_MS else 'NOT MET'})"
        )
        sign_in(engine, runs)
        scan_path(engine, scans, rng)
        station_session.end()


def sign_in(engine: str, runs: int) -> None:
    from warehouse_app.access.pins import verify_pin
    from warehouse_app.services import signin
    from warehouse_app.storage.models import Volunteer

    stored = str(Volunteer.get(Volunteer.name == "Olena Shevchenko").pin_hash)
    base = timed(lambda: verify_pin("3333", stored), runs)
    times = timed(lambda: signin.sign_in("Olena Shevchenko", "3333", "Scanner-1"), runs)
    median = statistics.median(times)
    print(
        f"[{engine}] sign-in: median {median:.1f} ms, p90 {percentile(times, 0.9):.1f} ms; "
        f"the PIN's hash alone {statistics.median(base):.1f} ms "
        f"(target <= {SIGN_IN_TARGET_MS} ms: {'MET' if median <= SIGN_IN_TARGET_MS else 'NOT MET'})"
    )


def scan_path(engine: str, scans: int, rng: random.Random) -> None:
    """Put away scans through the scan loop, every other one with the log's record a no-op."""
    from warehouse_app.kinds import BoxStatus
    from warehouse_app.services import activity_log
    from warehouse_app.services.movements import Actor
    from warehouse_app.services.scanning import Mode, ScanSession
    from warehouse_app.storage.activity_models import Activity
    from warehouse_app.storage.models import Box, Location, Volunteer

    volunteer = Volunteer.get(Volunteer.name == "Olena Shevchenko")
    session = ScanSession(Actor(int(volunteer.id), "Scanner-1"), Mode.PUTAWAY)
    shelf = rng.choice(list(Location.select().where(Location.kind == "shelf")))
    session.scan(shelf.code)
    codes = [
        b.code
        for b in Box.select(Box.code)
        .where(Box.status == BoxStatus.IN_STOCK, Box.location != shelf.id)
        .order_by(Box.id)
        .limit(2 * scans)
    ]
    real = activity_log.record

    def nothing(*args: object, **kwargs: object) -> None:
        return None

    with_log: list[float] = []
    without: list[float] = []
    before = Activity.select().count()
    try:
        for i, code in enumerate(codes):
            logged = i % 2 == 0
            activity_log.record = real if logged else nothing  # type: ignore[assignment]
            start = time.perf_counter()
            result = session.scan(code)
            (with_log if logged else without).append((time.perf_counter() - start) * 1000)
            assert result.changed, result
    finally:
        activity_log.record = real  # type: ignore[assignment]
    logged_rows = Activity.select().count() - before
    median_with, median_without = statistics.median(with_log), statistics.median(without)
    added = median_with - median_without
    print(
        f"[{engine}] put-away scan: with the log median {median_with:.2f} ms "
        f"(p90 {percentile(with_log, 0.9):.2f}), without {median_without:.2f} ms "
        f"(p90 {percentile(without, 0.9):.2f}); the log adds {added:+.2f} ms at p50 "
        f"({logged_rows} entries; target <= {SCAN_TARGET_MS:g} ms: "
        f"{'MET' if added <= SCAN_TARGET_MS else 'NOT MET'})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--scans", type=int, default=300)
    parser.add_argument("--engine", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--pg-server", default=os.environ.get("HAFENLAGER_TEST_PG", PG_SERVER))
    args = parser.parse_args()
    engines = ("sqlite", "postgresql") if args.engine == "both" else (args.engine,)
    for engine in engines:
        run(engine, args.entries, args.runs, args.scans, args.pg_server)


if __name__ == "__main__":
    main()
