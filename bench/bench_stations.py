"""Several stations at once on (a copy of) the large demo, on SQLite and on PostgreSQL.

Targets (the issue), each against a baseline measured in the same run:

1. Scan → committed → answer shown at one station while two other stations (real
   `hafenlager scan` processes, one putting away, one packing) scan the same database:
   p50 ≤ 10 ms, p99 ≤ 30 ms on SQLite; p50 ≤ 15 ms on PostgreSQL on loopback. The other two
   scan at 20 scans/s each, a burst no volunteer keeps up (a cordless scanner emptying its
   memory comes close); shown too, as a stress without a target, the same with the two at
   full machine speed. The measured station is the real main window: a scan is typed into its
   scan field (the code, then Enter) and timed until the answer panel has repainted, as in
   bench_scan. Baseline: the same scans with no other station running. The packing station
   goes round its boxes without end: new pallet, then each box and 'yes' to move it from the
   pallet before.
2. Three stations × N scans at the same time (real processes): none lost (every code
   answered once, every green answer true in the database, the movement log chains,
   `hafenlager check` passes), no traceback, and the throughput. Baseline: one station × N.
3. The departure of the large convoy (2026-XL: 5 semitrailers, 165 pallets, 6,600 boxes)
   holds the write lock ≤ 1 s (it used to hold it about 38 s): the time of its write
   transaction, and the longest wait of another station's scan (a real process putting away,
   one code at a time) while it departs. Baseline: the same station with no departure.

The machine the figures come from matters: every station is a process, and on two cores
three stations, the GUI and the PostgreSQL server share two CPUs.

    python -m bench.bench_stations [--engine sqlite|postgresql|both] [--scans N]
        [--station-scans N] [--writer-seconds S] [--pg-server URL] [--pg-demo large|small]
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import OUT, ensure_large_db
from bench.stations_common import (
    PG_SERVER,
    Background,
    Databases,
    Station,
    StationRun,
    app_check,
    broken_box_chains,
    figures,
    pack_codes,
    pack_cycle,
    percentile,
    putaway_cycle,
    service_ms,
)

os.environ.setdefault("HAFENLAGER_DATA_DIR", str(OUT / "data"))

XL = "2026-XL"
VERDICTS: list[str] = []


def verdict(name: str, met: bool, detail: str) -> None:
    line = f"{'MET    ' if met else 'NOT MET'}  {name}: {detail}"
    VERDICTS.append(line)
    print(f"  -> {line}")


def shape(message: str) -> str:
    """A message with its codes left out, so that answers of one kind count together."""
    return re.sub(r"\d{6,}", "#", message)


def ratio(value: float, base: float) -> str:
    return f"{value / base:.2f}×" if base > 0 else "n/a"


# --- the database as the bench sees it ---------------------------------------------------------
def open_target(target: str) -> None:
    from warehouse_app.storage.opening import open_database

    open_database(target, daily_backup=False)


def shelf_codes() -> list[str]:
    from warehouse_app.storage.models import Location

    shelves = Location.select().where(Location.kind == "shelf").order_by(Location.id)
    return [loc.code for loc in shelves]


def free_boxes(count: int | None, not_at: Sequence[str]) -> list[str]:
    """Boxes in stock on no convoy and at none of the shelves not_at (each scan a move); all of
    them when count is None."""
    from warehouse_app.kinds import BoxStatus
    from warehouse_app.storage.models import Box, ConvoyItem, Location

    reserved = ConvoyItem.select(ConvoyItem.box).where(ConvoyItem.box.is_null(False))
    places = Location.select(Location.id).where(Location.code.in_(list(not_at)))
    query = (
        Box.select(Box.code)
        .where(
            Box.status == BoxStatus.IN_STOCK,
            Box.id.not_in(reserved),
            Box.location.not_in(places),
        )
        .order_by(Box.id)
    )
    found = [code for (code,) in (query if count is None else query.limit(count)).tuples()]
    if count is not None and len(found) < count:
        raise SystemExit(f"only {len(found)} free boxes, {count} wanted")
    return found


def take(pool: list[str], count: int) -> list[str]:
    taken = pool[:count]
    del pool[:count]
    return taken


# --- 1. one GUI station's scans while two others scan ------------------------------------------
class GuiStation:
    """The real main window on target, its scan screen in putaway mode; a scan is typed as a
    keyboard-wedge scanner does and timed until the answer panel has repainted. The time its
    transactions spend beginning (on SQLite: BEGIN IMMEDIATE, waiting for the write lock) is
    kept apart, to say where the time goes."""

    def __init__(self, target: str) -> None:
        from ui.app import make_application
        from ui.context import AppContext
        from ui.main_window import MainWindow
        from warehouse_app.services import masterdata
        from warehouse_app.services.scanning import Mode, ScanResult
        from warehouse_app.storage.opening import open_database

        self.app = make_application()
        self.logged = LogCounter()
        logging.getLogger().addHandler(self.logged)
        opened = open_database(target, daily_backup=False)
        self._time_begin(opened.db)
        volunteer = masterdata.volunteer_by_name("Bench")
        self.window = MainWindow(AppContext(opened, volunteer, "Bench", "Bench-PC"))
        self.window.resize(1600, 1000)
        self.window.show()
        self.window.show_page(self.window.scan_view)
        self.view = self.window.scan_view
        self.results: list[ScanResult] = []
        self.loop_ms: list[float] = []
        self.view.answered.connect(self.results.append)
        self.view.set_mode(Mode.PUTAWAY)
        self.app.processEvents()

    def _time_begin(self, db: object) -> None:
        self.begin_s = 0.0
        original = db.begin  # type: ignore[attr-defined]

        def begin(*args: object, **kwargs: object) -> object:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.begin_s += time.perf_counter() - start

        db.begin = begin  # type: ignore[attr-defined]

    def scan(self, code: str) -> tuple[float, float]:
        """One scan, typed and entered: ms until its answer is painted, ms of it in BEGIN.
        The event loop's turn after it (timers: the other stations' changes polled, this
        station's presence renewed) is kept in loop_ms: a scan arriving then would wait."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        field = self.window.scan_input
        began = self.begin_s
        start = time.perf_counter()
        field.setText(code)
        enter = QKeyEvent(
            QKeyEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"
        )
        QApplication.sendEvent(field, enter)
        self.view.result_panel.repaint()
        elapsed = (time.perf_counter() - start) * 1000
        in_begin = (self.begin_s - began) * 1000
        start = time.perf_counter()
        self.app.processEvents()  # what the event loop does between two scans, not timed
        self.loop_ms.append((time.perf_counter() - start) * 1000)
        return elapsed, in_begin

    def run(self, shelf: str, warm: Sequence[str], measured: Sequence[str]) -> GuiTimes:
        for code in (shelf, *warm):
            self.scan(code)
        first, logged = len(self.results), Counter(self.logged.messages)
        loop = len(self.loop_ms)
        pairs = [self.scan(code) for code in measured]
        results = self.results[first:]
        assert [r.scanned for r in results] == list(measured), "a scan lost or answered twice"
        refused = Counter(
            f"{r.outcome.value}: {shape(r.message)}"
            for r in results
            if not r.changed and r.outcome.value != "ok"
        )
        return GuiTimes(
            [t for t, _ in pairs],
            [b for _, b in pairs],
            refused,
            self.logged.messages - logged,
            self.loop_ms[loop:],
            {r.scanned: r.changed for r in results},
        )

    def close(self) -> None:
        self.window.close()
        self.app.processEvents()
        logging.getLogger().removeHandler(self.logged)


class LogCounter(logging.Handler):
    """The warnings this process logs (the GUI's: a write given up, a presence not renewed)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        self.messages[f"{record.name}: {record.getMessage()}"] += 1


@dataclass
class GuiTimes:
    total: list[float]
    in_begin: list[float]
    refused: Counter[str]
    warnings: Counter[str]
    loop_ms: list[float]
    changed: dict[str, bool]  # each measured box: was its answer a saved change


@dataclass
class Phase:
    label: str
    gui: GuiTimes
    seconds: float = 0.0
    meanwhile: list[int] = field(default_factory=list)
    still_scanning: list[bool] = field(default_factory=list)
    runs: list[StationRun] = field(default_factory=list)


def others(
    target: str,
    shelves: list[str],
    boxes: tuple[list[str], list[str]],
    workdir: Path,
    pace: float | None,
) -> list[Background]:
    """Two stations on the same database, scanning without end: one putting away between two
    shelves, one packing onto new pallets."""
    tag = f"{pace:.0f}-a-second" if pace else "full-speed"
    return [
        Background(
            target,
            "putaway",
            putaway_cycle((shelves[2], shelves[3]), boxes[0]),
            workdir,
            f"Putaway-{tag}",
            pace=pace,
        ),
        Background(target, "pack", pack_cycle(boxes[1]), workdir, f"Pack-{tag}", pace=pace),
    ]


def contended(
    gui: GuiStation,
    label: str,
    stations: list[Background],
    shelf: str,
    codes: tuple[list[str], list[str]],
) -> Phase:
    deadline = time.monotonic() + 120
    while min(s.answered() for s in stations) < 30:  # started, database open, scanning
        if time.monotonic() > deadline:
            raise RuntimeError(f"the other stations did not start: {stations[0].err}")
        time.sleep(0.2)
    counts, start = [s.answered() for s in stations], time.perf_counter()
    phase = Phase(label, gui.run(shelf, *codes))
    phase.seconds = time.perf_counter() - start
    phase.meanwhile = [s.answered() - c for s, c in zip(stations, counts, strict=True)]
    phase.still_scanning = [s.process.poll() is None for s in stations]
    for station in stations:
        station.stop()
    phase.runs = [s.finish() for s in stations]
    return phase


PACE = 20.0  # scans a second: the burst rate of bench_scan, a fast volunteer's at most


def bench_latency(dbs: Databases, scans: int, workdir: Path) -> None:
    engine = dbs.engine
    print(f"\n[1] {engine}: scan to committed to painted at the GUI, {scans} scans")
    with dbs.fresh() as target:
        gui = GuiStation(target)
        shelves = shelf_codes()[:4]
        pool = free_boxes(scans + 30 + 4 * 500, shelves)
        codes = (take(pool, 30), take(pool, scans))
        phases = [Phase("alone (baseline)", gui.run(shelves[0], *codes))]
        paced = others(target, shelves, (take(pool, 500), take(pool, 500)), workdir, PACE)
        phases.append(contended(gui, f"2 others at {PACE:.0f}/s each", paced, shelves[1], codes))
        full = others(target, shelves, (take(pool, 500), take(pool, 500)), workdir, None)
        phases.append(contended(gui, "2 others at full speed", full, shelves[0], codes))
        wrong = gui_wrong(phases[-1].gui.changed, shelves[0])
        gui.close()
    report_latency(engine, phases, wrong)


def gui_wrong(changed: dict[str, bool], shelf: str) -> list[str]:
    """Measured boxes the database disagrees with: a green answer not at its shelf, or a
    'not saved' one that moved there all the same."""
    from warehouse_app.storage.models import Box, Location

    place = Location.get(Location.code == shelf).id
    boxes = Box.select().where(Box.code.in_(list(changed)))
    return [
        b.code for b in boxes if (b.location_id == place and b.pallet_id is None) != changed[b.code]
    ]


def report_latency(engine: str, phases: list[Phase], wrong: list[str]) -> None:
    base = phases[0].gui.total
    b50, b99 = statistics.median(base), percentile(base, 0.99)
    for phase in phases:
        times = phase.gui.total
        print(f"  {phase.label:26s} {figures(times)}")
        print(
            f"  {'':26s} ratio to baseline p50 {ratio(statistics.median(times), b50)}, "
            f"p99 {ratio(percentile(times, 0.99), b99)}; in BEGIN: {figures(phase.gui.in_begin)}"
        )
        for run, count, alive in zip(
            phase.runs, phase.meanwhile, phase.still_scanning, strict=True
        ):
            print(
                f"  {'':26s} {run.name}: {count} scans meanwhile ({count / phase.seconds:.0f}/s),"
                f" scanning to the end: {alive}, {run.tracebacks} tracebacks, exit "
                f"{run.returncode}, not changed: {non_ok(run)}"
            )
            print_stderr(run)
        print(
            f"  {'':26s} over 30 ms: {sum(t > 30 for t in times)}; event loop between scans: "
            f"{figures(phase.gui.loop_ms)}"
        )
        print(f"  {'':26s} GUI answers not changed: {dict(phase.gui.refused) or 'none'}")
        print(
            f"  {'':26s} GUI warnings logged: {dict(phase.gui.warnings.most_common(4)) or 'none'}"
        )
    print(f"  measured boxes where the database disagrees with the GUI's answer: {wrong}")
    # The target is a station among stations: the other two scan as volunteers do, at a
    # burst no hand keeps up (PACE). At full machine speed they are a stress, not stations:
    # on SQLite one writer at a time is taken by polling, and two processes that never pause
    # take most turns; that case is judged by [2] (nothing lost) and reported here.
    times = phases[1].gui.total
    p50, p99 = statistics.median(times), percentile(times, 0.99)
    stress = phases[-1].gui.total
    print(
        f"  (stress, no target: 2 others at full speed, p50 {statistics.median(stress):.1f} ms, "
        f"p99 {percentile(stress, 0.99):.1f} ms)"
    )
    if engine == "sqlite":
        verdict("[1] sqlite p50 ≤ 10 ms", p50 <= 10, f"{p50:.1f} ms (alone {b50:.1f} ms)")
        verdict("[1] sqlite p99 ≤ 30 ms", p99 <= 30, f"{p99:.1f} ms (alone {b99:.1f} ms)")
    else:
        verdict("[1] postgresql p50 ≤ 15 ms", p50 <= 15, f"{p50:.1f} ms (alone {b50:.1f} ms)")
        print(f"  (p99 on PostgreSQL {p99:.1f} ms, alone {b99:.1f} ms; no target given)")


# What the endless packing station is asked by design (stations_common.pack_cycle).
BY_DESIGN = ("Move it to this one?", "Nothing waits for a yes.")


def non_ok(run: StationRun) -> str:
    """The answers that changed nothing and were not green (busy, refused, already there),
    but for the questions the packing cycle is asked by design."""
    counts = Counter(
        f"{a.outcome}: {shape(a.message)}"
        for a in run.answers
        if not a.changed and a.outcome != "ok" and not any(m in a.message for m in BY_DESIGN)
    )
    return str(dict(counts.most_common(5))) if counts else "none"


def print_stderr(run: StationRun) -> None:
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    if lines:
        print(f"    stderr of {run.name} ({len(lines)} lines), last: {lines[-8:]}")


# --- 2. three stations × N scans at the same time ----------------------------------------------
@dataclass
class Plan:
    mode: str
    codes: list[str]
    name: str


@dataclass
class Together:
    runs: list[StationRun]
    seconds: float
    scans: int = field(init=False)

    def __post_init__(self) -> None:
        self.scans = sum(len(r.answers) - 1 for r in self.runs)  # the first scan is untimed

    @property
    def rate(self) -> float:
        return self.scans / self.seconds


def run_together(target: str, plans: Sequence[Plan], workdir: Path) -> Together:
    """The stations started and answered once each; then all released at the same moment."""
    stations = [Station(target, p.mode, p.codes, workdir, p.name, gate=True) for p in plans]
    for station in stations:
        station.wait_answers(1)
    start = time.perf_counter()
    for station in stations:
        station.release()
    runs = [s.finish() for s in stations]
    end = max(r.answers[-1].received for r in runs)
    return Together(runs, end - start)


@dataclass
class Checked:
    lost: int = 0
    wrong: list[str] = field(default_factory=list)
    greens: int = 0
    box_ids: list[int] = field(default_factory=list)


def check_run(run: StationRun, plan: Plan, checked: Checked) -> None:
    """Every code answered once, in order; every green answer true in the database."""
    from warehouse_app.codes import CodeKind
    from warehouse_app.services.scanning import Control

    checked.lost += len(plan.codes) - len(run.answers)
    expected: dict[str, str] = {}
    current = ""
    for code, answer in zip(plan.codes, run.answers, strict=False):
        if code == Control.NEW_PALLET.code:
            current = answer.scanned
        elif code.startswith(CodeKind.LOCATION.value):
            current = code
        elif answer.scanned != code:
            checked.wrong.append(f"{plan.name}: {code} answered as {answer.scanned}")
        elif answer.changed:
            expected[code] = current
    checked.greens += len(expected)
    compare_database(plan, expected, checked)


def compare_database(plan: Plan, expected: dict[str, str], checked: Checked) -> None:
    import peewee as pw

    from warehouse_app.kinds import BoxStatus
    from warehouse_app.storage.models import Box, Location, Pallet

    query = (
        Box.select(Box, Location, Pallet)
        .join(Location, on=(Box.location == Location.id), join_type=pw.JOIN.LEFT_OUTER)
        .switch(Box)
        .join(Pallet, on=(Box.pallet == Pallet.id), join_type=pw.JOIN.LEFT_OUTER)
        .where(Box.code.in_(list(expected)))
    )
    for box in query:
        checked.box_ids.append(box.id)
        if plan.mode == "putaway":
            here = box.location.code if box.location_id else None
            ok = box.status == BoxStatus.IN_STOCK and here == expected[box.code]
        else:
            here = box.pallet.code if box.pallet_id else None
            ok = box.status == BoxStatus.ON_PALLET and here == expected[box.code]
        if not ok:
            checked.wrong.append(
                f"{box.code}: answered {expected[box.code]}, is {box.status} {here}"
            )


def throughput_plans(per_station: int, engine: str) -> tuple[Plan, list[Plan]]:
    shelves = shelf_codes()[:4]
    pool = free_boxes(4 * per_station, shelves)
    alone = Plan("putaway", [shelves[3], *take(pool, per_station - 1)], f"Alone-{engine}")
    packing = list(pack_codes(take(pool, per_station)))[:per_station]
    together = [
        Plan("putaway", [shelves[0], *take(pool, per_station - 1)], f"Putaway-A-{engine}"),
        Plan("putaway", [shelves[1], *take(pool, per_station - 1)], f"Putaway-B-{engine}"),
        Plan("pack", packing, f"Pack-C-{engine}"),
    ]
    return alone, together


def bench_throughput(dbs: Databases, per_station: int, workdir: Path) -> None:
    engine = dbs.engine
    print(f"\n[2] {engine}: 3 stations × {per_station} scans at once (1 × {per_station} alone)")
    with dbs.fresh() as target:
        open_target(target)
        alone_plan, plans = throughput_plans(per_station, engine)
        alone = run_together(target, [alone_plan], workdir)
        together = run_together(target, plans, workdir)
        checked = Checked()
        for run, plan in zip(alone.runs + together.runs, [alone_plan, *plans], strict=True):
            check_run(run, plan, checked)
        chains = broken_box_chains(checked.box_ids)
        from warehouse_app.storage import engine as dbmod

        dbmod.close()
        code, line = app_check(target, workdir)
    report_throughput(engine, alone, together, checked, chains, (code, line))


def report_throughput(
    engine: str,
    alone: Together,
    together: Together,
    checked: Checked,
    chains: list[str],
    check: tuple[int, str],
) -> None:
    print(f"  alone:    {alone.scans} scans in {alone.seconds:.2f} s = {alone.rate:.0f} scans/s")
    print(
        f"  together: {together.scans} scans in {together.seconds:.2f} s = "
        f"{together.rate:.0f} scans/s total ({ratio(together.rate, alone.rate)} the one station)"
    )
    for run in alone.runs + together.runs:
        print(
            f"    {run.name:18s} {len(run.answers)}/{run.codes_sent} answered, time per scan "
            f"{figures(service_ms(run.answers[1:]))}, {run.tracebacks} tracebacks, "
            f"exit {run.returncode}; not changed: {non_ok(run)}"
        )
        print_stderr(run)
    tracebacks = sum(r.tracebacks for r in alone.runs + together.runs)
    print(f"  green answers checked in the database: {checked.greens}; wrong: {checked.wrong[:5]}")
    print(f"  movement chains broken: {len(chains)} {chains[:3]}; hafenlager check: {check}")
    lost = checked.lost + len(checked.wrong) + len(chains)
    verdict(f"[2] {engine} 0 lost", lost == 0 and check[0] == 0, f"{lost} lost or wrong")
    verdict(f"[2] {engine} 0 tracebacks", tracebacks == 0, f"{tracebacks} tracebacks")
    print(f"  [2] {engine} throughput: {together.rate:.0f} scans/s (alone {alone.rate:.0f})")


# --- 3. the large convoy departs while another station writes ----------------------------------
def prepare_departure() -> None:
    """2026-XL as a lead leaves it before departing: every pallet loaded, the dates that run
    out before the arrival moved, the export notes acknowledged, the sender set; ready."""
    import datetime as dt

    from warehouse_app.kinds import ConvoyStatus
    from warehouse_app.services import convoys, masterdata
    from warehouse_app.services.movements import Actor
    from warehouse_app.storage.models import Box, Category, ConvoyItem, Pallet

    masterdata.save_settings(
        {"hall.sender_street": "Speicherstraße 10", "hall.sender_postcode": "44147"}
    )
    convoy = convoys.get_convoy(XL)
    convoys.update_convoy(convoy, export_mrn="26DEX0000000000001")
    convoy = convoys.get_convoy(XL)
    convoys.set_status(convoy, ConvoyStatus.LOADING)
    trucks = {v.id: v for v in convoys.vehicles(convoy)}
    items = ConvoyItem.select(ConvoyItem, Pallet).join(Pallet).where(ConvoyItem.convoy == convoy.id)
    for item in list(items):
        convoys.load(trucks[item.vehicle_id], pallet_code=item.pallet.code, actor=Actor(None, "B"))
    rows = convoys.boxes_of(convoy.id)
    keeps = dt.date.today() + dt.timedelta(days=500)
    Box.update(expiry_date=keeps).where(
        Box.id.in_([r.box_id for r in rows]),
        Box.expiry_date.is_null(False),
        Box.expiry_date < keeps,
    ).execute()
    noted = Category.select().where(
        Category.id.in_({r.category_id for r in rows}), Category.export_note != ""
    )
    for n, category in enumerate(noted, start=1):
        convoys.acknowledge(convoy, category.id, f"26DEX00000{n:02d}")
    convoys.set_status(convoy, ConvoyStatus.READY)


@dataclass
class Departure:
    seconds: float = 0.0
    shipped: int = 0
    writes: list[tuple[float, float]] = field(default_factory=list)  # the _ship transactions


def depart() -> Departure:
    """convoys.depart with its final papers, as `hafenlager convoy depart` runs it; the write
    transaction (transport._ship: readiness again, ship, archive the papers) is timed."""
    from reports.papers_set import final_papers
    from warehouse_app.services import convoys
    from warehouse_app.services.convoys import transport
    from warehouse_app.services.movements import Actor

    result, original = Departure(), transport._ship

    def timed(*args: object, **kwargs: object) -> int:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            result.writes.append((start, time.perf_counter()))

    transport._ship = timed
    try:
        start = time.perf_counter()
        result.shipped = convoys.depart(
            convoys.get_convoy(XL), Actor(None, "Bench"), papers=final_papers
        )
        result.seconds = time.perf_counter() - start
    finally:
        transport._ship = original
    return result


def writer_run(
    target: str, codes: list[str], workdir: Path, name: str, work: Callable[[], object]
) -> tuple[StationRun, float, float, object]:
    """A putaway station, one code at a time, scanning while work() runs in this process."""
    shelves = codes[:2]
    station = Station(
        target,
        "putaway",
        putaway_cycle((shelves[0], shelves[1]), codes[2:]),
        workdir,
        name,
        window=1,
        gate=True,
    )
    station.wait_answers(1)
    station.release()
    time.sleep(1.0)
    start = time.perf_counter()
    outcome = work()
    end = time.perf_counter()
    time.sleep(1.0)
    station.stop()
    return station.finish(), start, end, outcome


def waits_ms(run: StationRun, start: float, end: float) -> list[float]:
    """Each scan's time from sent to answered, for the scans that overlap [start, end]."""
    return [
        (a.received - a.sent) * 1000
        for a in run.answers[1:]
        if a.received >= start and a.sent <= end
    ]


@dataclass
class Departed:
    left: Departure
    waits: list[float]  # the writer's scans while the convoy departed
    run: StationRun


def bench_departure(dbs: Databases, seconds: float, times: int, workdir: Path) -> None:
    engine = dbs.engine
    print(f"\n[3] {engine}: departure of {XL} while another station puts away ({times} times)")
    base: tuple[list[float], StationRun] | None = None
    departed = []
    for n in range(times):
        with dbs.fresh() as target:
            open_target(target)
            start = time.perf_counter()
            prepare_departure()
            print(f"  (convoy loaded and marked ready in {time.perf_counter() - start:.1f} s)")
            shelves = shelf_codes()[:2]
            pool = free_boxes(120, shelves)
            if base is None:
                alone, b0, b1, _ = writer_run(
                    target,
                    [*shelves, *pool[:60]],
                    workdir,
                    f"Writer-alone-{engine}",
                    lambda: time.sleep(seconds),
                )
                base = (waits_ms(alone, b0, b1), alone)
            run, d0, d1, left = writer_run(
                target, [*shelves, *pool[60:]], workdir, f"Writer-{engine}-{n}", depart
            )
            assert isinstance(left, Departure)
            departed.append(Departed(left, waits_ms(run, d0, d1), run))
    assert base is not None
    report_departure(engine, base, departed)


def report_departure(
    engine: str, base: tuple[list[float], StationRun], departed: list[Departed]
) -> None:
    waits, alone = base
    print(f"  another station's scan, no departure (baseline): {figures(waits)}")
    report_run(alone)
    held, longest = [], []
    for n, d in enumerate(departed, start=1):
        writes = [end - start for start, end in d.left.writes]
        in_write = [w for s, e in d.left.writes for w in waits_ms(d.run, s, e)]
        held.append(max(writes))
        longest.append(max(d.waits))
        print(
            f"  departure {n}: {d.left.shipped} boxes shipped in {d.left.seconds:.2f} s, write "
            f"transaction(s) {', '.join(f'{w * 1000:.0f} ms' for w in writes)} (the rest: "
            f"papers drawn outside it)"
        )
        print(f"    the station's scans meanwhile: {figures(d.waits)}")
        print(f"    its scans overlapping the write transaction: {figures(in_write)}")
        report_run(d.run)
    during = statistics.median([w for d in departed for w in d.waits])
    print(
        f"  longest wait, ratio to the baseline's longest: {ratio(max(longest), max(waits))}; "
        f"p50 during departures to alone: {ratio(during, statistics.median(waits))}"
    )
    verdict(
        f"[3] {engine} departure write lock ≤ 1 s",
        max(held) <= 1.0,
        "write transaction " + ", ".join(f"{h * 1000:.0f}" for h in held) + " ms",
    )
    verdict(
        f"[3] {engine} another station's scan waits ≤ 1 s",
        max(longest) <= 1000,
        "longest " + ", ".join(f"{w:.0f}" for w in longest) + f" ms (baseline {max(waits):.0f})",
    )


def report_run(run: StationRun) -> None:
    print(
        f"    {run.name}: {len(run.answers)} scans, {run.tracebacks} tracebacks, exit "
        f"{run.returncode}, not changed: {non_ok(run)}"
    )
    print_stderr(run)


# --- the run -----------------------------------------------------------------------------------
def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--scans", type=int, default=1000, help="GUI scans measured in [1]")
    parser.add_argument("--station-scans", type=int, default=1000, help="per station in [2]")
    parser.add_argument("--writer-seconds", type=float, default=10.0, help="baseline of [3]")
    parser.add_argument("--departures", type=int, default=3, help="times [3] departs")
    parser.add_argument("--pg-server", default=PG_SERVER)
    parser.add_argument("--pg-demo", choices=("large", "small"), default="large")
    parser.add_argument("--only", default="123", help="which benchmarks, e.g. 13")
    return parser.parse_args()


def main() -> None:
    args = parse()
    ensure_large_db()
    engines = ["sqlite", "postgresql"] if args.engine == "both" else [args.engine]
    print(f"{os.cpu_count()} CPU cores; every station is a process")
    with tempfile.TemporaryDirectory() as tmp:
        for engine in engines:
            dbs = Databases(engine, Path(tmp), args.pg_server, args.pg_demo)
            if "1" in args.only:
                bench_latency(dbs, args.scans, Path(tmp))
            if "2" in args.only:
                bench_throughput(dbs, args.station_scans, Path(tmp))
            if "3" in args.only:
                bench_departure(dbs, args.writer_seconds, args.departures, Path(tmp))
    print("\nSummary:")
    for line in VERDICTS:
        print(f"  {line}")


if __name__ == "__main__":
    main()
