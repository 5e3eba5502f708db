"""`hafenlager check` finds each kind of damage the invariants describe."""

from __future__ import annotations

from warehouse_app.kinds import BoxStatus, PalletStatus
from warehouse_app.storage.checks import run_checks
from warehouse_app.storage.models import Box, Movement, Pallet
from warehouse_app.storage.opening import OpenedDatabase


def rules(opened: OpenedDatabase) -> set[str]:
    return {p.rule for p in run_checks(opened.db)}


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


def test_a_broken_foreign_key_is_an_integrity_problem(demo: OpenedDatabase) -> None:
    demo.db.execute_sql("PRAGMA foreign_keys=OFF")
    demo.db.execute_sql("UPDATE box SET category_id = 99999 WHERE id = 1")
    demo.db.execute_sql("PRAGMA foreign_keys=ON")
    assert rules(demo) == {"integrity"}
