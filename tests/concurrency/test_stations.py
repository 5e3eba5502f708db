"""Several stations on one database, as real processes, on SQLite and on PostgreSQL.

Each test asserts what the hall relies on: every box ends in exactly one place, every green
answer is true in the database, the movement log chains, `hafenlager check` passes, and no
station ends in a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.concurrency.stations import (
    Answer,
    broken_chains,
    misplaced_boxes,
    run_all,
    start,
)
from ui.cli.main import main
from warehouse_app.kinds import BoxStatus, PalletStatus
from warehouse_app.services import convoys
from warehouse_app.services.scanning import Control
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage.models import Box, ConvoyItem, Pallet, Vehicle
from warehouse_app.storage.opening import OpenedDatabase

NEW_PALLET = Control.NEW_PALLET.code


def free_boxes(count: int) -> list[str]:
    return [
        b.code
        for b in Box.select(Box.code)
        .where(Box.status == BoxStatus.IN_STOCK)
        .order_by(Box.id)
        .limit(count)
    ]


def assert_consistent(demo: OpenedDatabase, capsys: pytest.CaptureFixture[str]) -> None:
    assert broken_chains() == []
    assert misplaced_boxes() == []
    dbmod.close()
    code = main(["--db", demo.target, "check"])
    out = capsys.readouterr().out
    assert code == 0, out


def box_answers(answers: list[Answer], codes: set[str]) -> list[Answer]:
    return [a for a in answers if a.scanned in codes]


@pytest.mark.parametrize("stations", [2, 3])
def test_stations_packing_the_same_boxes_onto_their_pallets(
    demo: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str], stations: int
) -> None:
    codes = free_boxes(60)
    dbmod.close()
    orders = [codes, list(reversed(codes)), codes[30:] + codes[:30]][:stations]
    processes = [
        start(demo.target, "pack", [NEW_PALLET, *order], tmp_path, f"Pack-{n}")
        for n, order in enumerate(orders, start=1)
    ]
    results = run_all(processes)
    wanted = set(codes)
    greens: dict[str, list[int]] = {}
    for n, answers in enumerate(results):
        assert answers[0].outcome == "ok" and answers[0].changed  # its new pallet
        for answer in box_answers(answers, wanted):
            assert answer.outcome != "error", answer.message  # a box is never refused here
            if answer.changed:  # packed (green, or amber for a date that runs out soon)
                greens.setdefault(answer.scanned, []).append(n)
            else:  # the others were asked: "on another pallet, move it? scan yes"
                assert "another pallet" in answer.message, answer.message
    own_pallet = {n: answers[0].scanned for n, answers in enumerate(results)}
    assert len(greens) == len(codes)  # every box went onto a pallet ...
    assert all(len(who) == 1 for who in greens.values())  # ... by one station only
    for box in Box.select().where(Box.code.in_(codes)):
        (station,) = greens[box.code]
        assert box.status == BoxStatus.ON_PALLET
        assert box.pallet.code == own_pallet[station]  # where its green answer said
    assert_consistent(demo, capsys)


def free_pallets(count: int) -> list[Pallet]:
    reserved = ConvoyItem.select(ConvoyItem.pallet).where(ConvoyItem.pallet.is_null(False))
    return list(
        Pallet.select()
        .where(Pallet.status == PalletStatus.IN_STOCK, Pallet.id.not_in(reserved))
        .order_by(Pallet.id)
        .limit(count)
    )


def test_loading_against_packing_never_packs_onto_a_loaded_pallet(
    demo: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    truck = convoys.vehicles(convoys.get_convoy("2026-L"))[0]
    pallets = [p.code for p in free_pallets(3)]
    boxes = free_boxes(45)
    packing: list[str] = []
    for n, pallet in enumerate(pallets):
        packing += [pallet, *boxes[n * 15 : (n + 1) * 15]]
    dbmod.close()
    loader = start(demo.target, "load", [truck.code, *reversed(pallets)], tmp_path, "Dock")
    packer = start(demo.target, "pack", packing, tmp_path, "Table")
    loaded, packed = run_all([loader, packer])
    assert all(a.outcome != "error" for a in loaded), [a.message for a in loaded]
    open_pallet = ""
    for answer in packed:
        if answer.scanned in pallets:
            # A pallet already on the truck is refused: packing goes on onto the one before,
            # as the answers to the next boxes say.
            if answer.outcome != "error":
                open_pallet = answer.scanned
            continue
        box = Box.get(Box.code == answer.scanned)
        if answer.changed:  # packed: it went on the truck with its pallet, or waits on it
            assert box.pallet.code == open_pallet
            assert box.status in (BoxStatus.ON_PALLET, BoxStatus.LOADED)
        else:  # refused: the pallet was on the truck by then; the box stayed where it was
            assert answer.outcome == "error", answer.message
            assert box.status == BoxStatus.IN_STOCK
    for pallet in Pallet.select().where(Pallet.code.in_(pallets)):
        assert pallet.status == PalletStatus.LOADED
        assert {b.status for b in pallet.boxes} <= {BoxStatus.LOADED, BoxStatus.DISPOSED}
    assert_consistent(demo, capsys)


def test_two_docks_loading_the_same_pallets_load_each_once(
    demo: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    convoy = convoys.get_convoy("2026-L")
    first = convoys.vehicles(convoy)[0]
    second = convoys.add_vehicle(convoy, payload_kg="24000", truck_plate="DO-HL 2", drivers="B: 1")
    pallets = [p.code for p in free_pallets(6)]
    dbmod.close()
    one = start(demo.target, "load", [first.code, *pallets], tmp_path, "Dock-1")
    two = start(demo.target, "load", [second.code, *reversed(pallets)], tmp_path, "Dock-2")
    results = run_all([one, two])
    for pallet in pallets:
        took = [
            n
            for n, answers in enumerate(results)
            for a in answers
            if a.scanned == pallet and a.changed
        ]
        assert len(took) == 1, (pallet, took)
        refused = [
            a
            for n, answers in enumerate(results)
            if n not in took
            for a in answers
            if a.scanned == pallet
        ]
        assert refused and all("already" in a.message for a in refused), refused
        item = ConvoyItem.get(ConvoyItem.pallet == Pallet.get(Pallet.code == pallet).id)
        assert item.loaded and item.vehicle_id == (first, second)[took[0]].id
    assert Vehicle.select().where(Vehicle.convoy == convoy.id).count() == 2
    assert_consistent(demo, capsys)


def test_a_departure_while_another_station_scans(
    demo: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from warehouse_app.storage.models import Location

    shelf = Location.get(Location.name == "Sperrlager").code
    boxes = free_boxes(150)
    dbmod.close()
    scanner = start(demo.target, "putaway", [shelf, *boxes], tmp_path, "Table")
    departure = subprocess.run(
        [sys.executable, "-m", "ui", "--db", demo.target, "convoy", "depart", "2026-R"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    (answers,) = run_all([scanner])
    assert departure.returncode == 0, departure.stderr
    # The papers were drawn outside the write lock: no scan had to wait until it gave up.
    assert all(a.outcome != "error" for a in answers), [a.message for a in answers]
    assert all(a.changed for a in answers[1:])
    assert convoys.get_convoy("2026-R").status == "departed"
    assert convoys.archive.is_archived(convoys.get_convoy("2026-R"))
    assert_consistent(demo, capsys)


INTAKE = """
import sys
from warehouse_app.storage.opening import open_database
from warehouse_app.services import masterdata
from warehouse_app.services.intake import IntakeEntry, receive
from warehouse_app.services.movements import Actor
open_database(sys.argv[1], daily_backup=False)
actor = Actor(masterdata.volunteer_by_name(sys.argv[2]), sys.argv[2])
association = masterdata.associations()[0].id
category = masterdata.find_category("Blankets").id
for n in range(20):
    entry = IntakeEntry(association, category, "Decken", "Ковдри", "4", "pcs", "6", box_count=5)
    received = receive(entry, actor)
    print(" ".join(received.codes), flush=True)
"""


def test_intake_at_three_stations_never_hands_out_a_code_twice(
    demo: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = Box.select().count()
    dbmod.close()
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", INTAKE, demo.target, f"Door-{n}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(3)
    ]
    codes = []
    for process in processes:
        out, err = process.communicate(timeout=180)
        assert process.returncode == 0 and "Traceback" not in err, err
        codes += out.split()
    assert len(codes) == 3 * 20 * 5 == len(set(codes))
    assert Box.select().count() == before + 300
    assert_consistent(demo, capsys)
