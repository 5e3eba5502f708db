"""`hafenlager check` finds each kind of damage the invariants describe.

Each rule is broken the way it happens in the hall: a direct SQL update (another program, a
manual repair), or two stations writing from what they read before the other's change."""

from __future__ import annotations

import pytest

from warehouse_app.kinds import BoxStatus, MovementKind, PalletStatus
from warehouse_app.services import convoys
from warehouse_app.services.movements import Actor, change_box
from warehouse_app.storage.checks import Problem, run_checks
from warehouse_app.storage.models import Box, Convoy, ConvoyItem, Location, Movement, Pallet
from warehouse_app.storage.opening import OpenedDatabase

STATION = Actor(None, "Test-PC")


def rules(opened: OpenedDatabase) -> set[str]:
    return {p.rule for p in run_checks(opened.db)}


def found(opened: OpenedDatabase, rule: str) -> list[Problem]:
    return [p for p in run_checks(opened.db) if p.rule == rule]


def item_of(number: str, *, loaded: bool) -> ConvoyItem:
    return (
        ConvoyItem.select()
        .join(Convoy)
        .where(Convoy.number == number, ConvoyItem.loaded == loaded)
        .order_by(ConvoyItem.id)
        .get()
    )


def boxes_on(pallet_id: int) -> list[Box]:
    return list(Box.select().where(Box.pallet == pallet_id).order_by(Box.id))


def free_pallet() -> Pallet:
    """An in-stock pallet with boxes, on no convoy."""
    reserved = ConvoyItem.select(ConvoyItem.pallet).where(ConvoyItem.pallet.is_null(False))
    return (
        Pallet.select()
        .join(Box, on=(Box.pallet == Pallet.id))
        .where(Pallet.status == PalletStatus.IN_STOCK, Pallet.id.not_in(reserved))
        .order_by(Pallet.id)
        .first()
    )


def test_demo_data_passes_every_check(demo: OpenedDatabase) -> None:
    assert run_checks(demo.db) == []


def test_a_shipped_box_that_still_has_a_place_is_reported(demo: OpenedDatabase) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    Box.update(status=BoxStatus.SHIPPED).where(Box.id == box.id).execute()
    problems = run_checks(demo.db)
    assert "shipped-in-stock" in {p.rule for p in problems}
    assert any(box.code in p.subject for p in problems)


def test_a_change_without_its_movement_is_reported(demo: OpenedDatabase) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    other = Box.get((Box.status == BoxStatus.IN_STOCK) & (Box.location != box.location))
    Box.update(location=other.location).where(Box.id == box.id).execute()
    problems = run_checks(demo.db)
    assert [p.subject for p in problems] == [f"box {box.code}"]
    assert problems[0].rule == "movements"


def test_a_box_without_history_is_reported(demo: OpenedDatabase) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    Movement.delete().where(Movement.box == box.id).execute()
    assert "movements" in rules(demo)


def test_a_box_on_a_dissolved_pallet_is_reported(demo: OpenedDatabase) -> None:
    box = Box.get(Box.status == BoxStatus.ON_PALLET)
    Pallet.update(status=PalletStatus.DISSOLVED).where(Pallet.id == box.pallet_id).execute()
    assert "two-places" in rules(demo)


def test_a_box_on_a_pallet_with_a_shelf_too_is_reported(demo: OpenedDatabase) -> None:
    box = Box.get(Box.status == BoxStatus.ON_PALLET)
    shelf = Box.get(Box.status == BoxStatus.IN_STOCK).location_id
    Box.update(location=shelf).where(Box.id == box.id).execute()
    assert "placement" in rules(demo)


def test_a_pallet_moved_without_a_movement_is_reported(demo: OpenedDatabase) -> None:
    pallet = Pallet.get()
    other = Box.get(Box.status == BoxStatus.IN_STOCK).location_id
    Pallet.update(location=other).where(Pallet.id == pallet.id).execute()
    problems = run_checks(demo.db)
    assert [p.subject for p in problems] == [f"pallet {pallet.code}"]


@pytest.mark.sqlite_only
def test_a_broken_foreign_key_is_an_integrity_problem(demo: OpenedDatabase) -> None:
    demo.db.execute_sql("PRAGMA foreign_keys=OFF")
    demo.db.execute_sql("UPDATE box SET category_id = 99999 WHERE id = 1")
    demo.db.execute_sql("PRAGMA foreign_keys=ON")
    assert rules(demo) == {"integrity"}


# --- the movement log chains ---------------------------------------------------------------
def test_an_edited_movement_breaks_the_chain_at_the_next_one(demo: OpenedDatabase) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    first, second = list(Movement.select().where(Movement.box == box.id).order_by(Movement.id))[:2]
    Movement.update(to_location=box.location_id).where(Movement.id == first.id).execute()
    problems = run_checks(demo.db)
    assert [(p.rule, p.subject) for p in problems] == [("movement-chain", f"box {box.code}")]
    assert f"movement {second.id} (moved)" in problems[0].message


def test_a_first_movement_must_start_from_nothing(demo: OpenedDatabase) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    first = Movement.select().where(Movement.box == box.id).order_by(Movement.id).get()
    Movement.update(from_status=BoxStatus.ON_PALLET).where(Movement.id == first.id).execute()
    (problem,) = found(demo, "movement-chain")
    assert problem.subject == f"box {box.code}" and "not from nothing" in problem.message


def test_two_stations_moving_one_box_from_what_they_read_break_the_chain(
    demo: OpenedDatabase,
) -> None:
    # Both stations read the box on its shelf; each writes its move from there.
    box_a = Box.get(Box.status == BoxStatus.IN_STOCK)
    box_b = Box.get_by_id(box_a.id)
    shelves = [loc.id for loc in Location.select().where(Location.id != box_a.location_id)][:2]
    change_box(box_a, MovementKind.MOVED, STATION, location=shelves[0])
    change_box(box_b, MovementKind.MOVED, STATION, location=shelves[1])
    problems = run_checks(demo.db)
    # The box and its last movement agree: only the chain shows the lost update.
    assert [(p.rule, p.subject) for p in problems] == [("movement-chain", f"box {box_a.code}")]


def test_a_pallets_movements_chain_too(demo: OpenedDatabase) -> None:
    pallet = Pallet.get(Pallet.status == PalletStatus.LOADED)
    created = Movement.select().where(Movement.pallet == pallet.id).order_by(Movement.id).get()
    other = Location.get(Location.id != created.to_location_id).id
    Movement.update(to_location=other).where(Movement.id == created.id).execute()
    assert [p.subject for p in found(demo, "movement-chain")] == [f"pallet {pallet.code}"]


# --- convoys and their goods ---------------------------------------------------------------
def test_a_pallet_marked_loaded_but_in_stock_is_reported(demo: OpenedDatabase) -> None:
    item = item_of("2026-L", loaded=True)
    Pallet.update(status=PalletStatus.IN_STOCK).where(Pallet.id == item.pallet_id).execute()
    problems = found(demo, "convoy-loading")
    pallet = Pallet.get_by_id(item.pallet_id)
    assert f"pallet {pallet.code}" in {p.subject for p in problems}
    assert "marks it loaded, but it is in_stock" in problems[0].message


def test_a_loaded_pallet_whose_item_is_not_marked_loaded_is_reported(
    demo: OpenedDatabase,
) -> None:
    item = item_of("2026-R", loaded=True)
    ConvoyItem.update(loaded=False).where(ConvoyItem.id == item.id).execute()
    subjects = {p.subject for p in found(demo, "convoy-loading")}
    pallet = Pallet.get_by_id(item.pallet_id)
    on_it = boxes_on(pallet.id)
    assert subjects == {f"pallet {pallet.code}"} | {f"box {b.code}" for b in on_it}
    assert rules(demo) == {"convoy-loading", "loaded-off-convoy"}


def test_a_box_of_a_loaded_pallet_that_is_not_loaded_is_reported(demo: OpenedDatabase) -> None:
    item = item_of("2026-L", loaded=True)
    box = boxes_on(item.pallet_id)[0]
    Box.update(status=BoxStatus.ON_PALLET).where(Box.id == box.id).execute()
    assert f"box {box.code}" in {p.subject for p in found(demo, "convoy-loading")}


def test_a_loose_box_and_its_loading_mark_must_agree(demo: OpenedDatabase) -> None:
    convoy = convoys.get_convoy("2026-L")
    (truck,) = convoys.vehicles(convoy)
    box = Box.get(Box.status == BoxStatus.IN_STOCK, Box.expiry_date.is_null())
    convoys.load(truck, box_code=box.code, actor=STATION)
    assert run_checks(demo.db) == []  # loaded through the service: all agree
    ConvoyItem.update(loaded=False).where(ConvoyItem.box == box.id).execute()
    assert [p.subject for p in found(demo, "convoy-loading")] == [f"box {box.code}"]


def test_a_loaded_pallet_on_no_convoy_is_reported(demo: OpenedDatabase) -> None:
    item = item_of("2026-L", loaded=True)
    ConvoyItem.delete().where(ConvoyItem.id == item.id).execute()
    subjects = {p.subject for p in found(demo, "loaded-off-convoy")}
    pallet = Pallet.get_by_id(item.pallet_id)
    assert subjects == {f"pallet {pallet.code}"} | {f"box {b.code}" for b in boxes_on(pallet.id)}


def test_a_departed_convoys_goods_must_be_shipped(demo: OpenedDatabase) -> None:
    item = item_of("2026-D", loaded=True)
    box = boxes_on(item.pallet_id)[0]
    Box.update(status=BoxStatus.LOADED).where(Box.id == box.id).execute()
    Pallet.update(status=PalletStatus.LOADED).where(Pallet.id == item.pallet_id).execute()
    subjects = {p.subject for p in found(demo, "convoy-departed")}
    assert subjects == {f"box {box.code}", f"pallet {Pallet.get_by_id(item.pallet_id).code}"}


def test_goods_that_came_back_from_a_delivery_are_not_reported(demo: OpenedDatabase) -> None:
    convoy = convoys.get_convoy("2026-L")
    (truck,) = convoys.vehicles(convoy)
    loose = Box.get(Box.status == BoxStatus.IN_STOCK, Box.expiry_date.is_null())
    convoys.load(truck, box_code=loose.code, actor=STATION)
    # Only the loose box goes: the demo's pallets hold food too close to its expiry.
    pallets = [
        Pallet.get_by_id(item.pallet_id).code
        for item in ConvoyItem.select()
        .join(Convoy)
        .where(Convoy.number == "2026-L", ConvoyItem.pallet.is_null(False))
    ]
    dock = Location.select().order_by(Location.id).get().id
    for code in pallets:
        if Pallet.get(Pallet.code == code).status == PalletStatus.LOADED:
            convoys.unload(truck, pallet_code=code, location_id=dock, actor=STATION)
    convoys.release(convoy, pallets=pallets)
    Convoy.update(status="ready").where(Convoy.id == convoy.id).execute()  # as the demo does
    convoys.depart(convoy, STATION)
    convoys.deliver(
        truck,
        receipt_reference="Act 7",
        actor=STATION,
        returned=[loose.code],
        return_location_id=dock,
    )
    assert Box.get_by_id(loose.id).status == BoxStatus.IN_STOCK  # it came back
    assert run_checks(demo.db) == []


# --- a box and its pallet ------------------------------------------------------------------
def test_a_box_packed_onto_a_pallet_after_it_was_loaded_is_reported(
    demo: OpenedDatabase,
) -> None:
    # The packing station still had the pallet open while the loading station loaded it.
    item = item_of("2026-L", loaded=True)
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    change_box(
        box,
        MovementKind.PACKED,
        STATION,
        status=BoxStatus.ON_PALLET,
        location=None,
        pallet=item.pallet_id,
    )
    (problem,) = found(demo, "box-vs-pallet")
    assert problem.subject == f"box {box.code}" and "packed after" in problem.message
    assert rules(demo) == {"box-vs-pallet", "convoy-loading"}


def test_a_box_loaded_while_its_pallet_stays_in_stock_is_reported(demo: OpenedDatabase) -> None:
    pallet = free_pallet()
    box = boxes_on(pallet.id)[0]
    change_box(box, MovementKind.LOADED, STATION, status=BoxStatus.LOADED)
    (problem,) = found(demo, "box-vs-pallet")
    assert problem.subject == f"box {box.code}" and "still in stock" in problem.message
    assert rules(demo) == {"box-vs-pallet", "loaded-off-convoy"}


def test_each_rule_reports_at_most_its_limit(demo: OpenedDatabase) -> None:
    Movement.update(from_status="nonsense").execute()
    problems = run_checks(demo.db, limit_per_rule=5)
    chain = [p.subject for p in problems if p.rule == "movement-chain"]
    assert len([s for s in chain if s.startswith("box")]) == 5


@pytest.mark.sqlite_only
def test_checking_a_file_reports_a_broken_key_alone_and_writes_nothing(
    demo: OpenedDatabase,
) -> None:
    """check_file runs the page check and the keys on a thread, the log's rules on another:
    a key pointing nowhere is reported, alone (the rules' findings would be its noise)."""
    import hashlib
    from pathlib import Path

    from warehouse_app.storage import engine
    from warehouse_app.storage.file_check import check_file

    demo.db.execute_sql("PRAGMA foreign_keys=OFF")
    demo.db.execute_sql("UPDATE box SET category_id = 99999 WHERE id = 1")
    demo.db.execute_sql("UPDATE box SET status = 'in_stock', location_id = NULL WHERE id = 2")
    demo.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    path = Path(demo.target)
    engine.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for full in (False, True):
        result = check_file(path, full=full)
        assert {p.rule for p in result.problems} == {"integrity"}, result.problems
        assert not result.damaged
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
