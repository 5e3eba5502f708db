"""The lead corrects a convoy before departure: goods off it, onto another vehicle, a
vehicle's details; all or nothing, refused once the convoy has departed."""

from __future__ import annotations

import pytest

from tests.domain.convoy_setup import good_pallets
from ui.cli.main import main
from warehouse_app.errors import ValidationError
from warehouse_app.kinds import BoxStatus, ConvoyStatus, PalletStatus
from warehouse_app.services import convoys
from warehouse_app.services.convoys import ConvoyRecord
from warehouse_app.services.movements import Actor
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage.models import Box, ConvoyItem, Location, Movement, Pallet
from warehouse_app.storage.opening import OpenedDatabase, open_database


def items(convoy: ConvoyRecord) -> list[tuple[int | None, int | None, int | None, bool]]:
    rows = ConvoyItem.select().where(ConvoyItem.convoy == convoy.id).order_by(ConvoyItem.id)
    return [(i.vehicle_id, i.pallet_id, i.box_id, i.loaded) for i in rows]


def test_goods_come_off_the_convoy_and_a_loaded_pallet_is_unloaded_first_or_refused(
    convoy: ConvoyRecord, actor: Actor
) -> None:
    truck = convoys.add_vehicle(convoy, payload_kg="24000", truck_plate="DO 1", drivers="P: 1")
    first, second = good_pallets(2)
    loose = Box.get(Box.status == BoxStatus.IN_STOCK)
    convoys.assign(convoy, vehicle=truck, pallets=[first.code, second.code], boxes=[loose.code])
    convoys.set_status(convoy, ConvoyStatus.LOADING)
    convoys.load(truck, pallet_code=first.code, actor=actor)
    before = items(convoy)

    with pytest.raises(ValidationError, match=f"Pallet {first.code} is loaded on vehicle 1"):
        convoys.release(convoy, pallets=[second.code, first.code], actor=actor)
    assert items(convoy) == before  # all or nothing: the second pallet is still on it

    dock = Location.get(Location.name == "Wareneingang")
    taken = convoys.release(
        convoy,
        pallets=[first.code, second.code],
        boxes=[loose.code],
        actor=actor,
        unload_to=dock.id,
    )
    assert taken == 3 and items(convoy) == []
    back = Pallet.get_by_id(first.id)
    assert (back.status, back.location_id) == (PalletStatus.IN_STOCK, dock.id)
    assert (
        Movement.select().where(Movement.pallet == first.id).order_by(Movement.id.desc()).get().kind
        == "unloaded"
    )


def test_a_code_not_on_the_convoy_and_a_box_on_a_reserved_pallet_are_refused(
    convoy: ConvoyRecord,
) -> None:
    (pallet,) = good_pallets(1)
    convoys.assign(convoy, vehicle=None, pallets=[pallet.code])
    on_it = Box.get(Box.pallet == pallet.id)
    elsewhere = Box.get(Box.status == BoxStatus.IN_STOCK)
    with pytest.raises(ValidationError, match=f"on pallet {pallet.code}: take the pallet off"):
        convoys.release(convoy, boxes=[on_it.code])
    with pytest.raises(ValidationError, match=f"Box {elsewhere.code} is not on convoy K-01"):
        convoys.release(convoy, pallets=[pallet.code], boxes=[elsewhere.code])
    assert len(items(convoy)) == 1


def test_goods_move_to_another_vehicle_unless_loaded_on_this_one(
    convoy: ConvoyRecord, actor: Actor
) -> None:
    one = convoys.add_vehicle(convoy, payload_kg="24000", truck_plate="DO 1", drivers="P: 1")
    two = convoys.add_vehicle(convoy, payload_kg="24000", truck_plate="DO 2", drivers="I: 2")
    first, second = good_pallets(2)
    convoys.assign(convoy, vehicle=one, pallets=[first.code, second.code])
    convoys.set_status(convoy, ConvoyStatus.LOADING)
    convoys.load(one, pallet_code=first.code, actor=actor)
    with pytest.raises(ValidationError, match="unload it before moving it"):
        convoys.move(convoy, two, pallets=[second.code, first.code])
    assert convoys.move(convoy, two, pallets=[second.code]) == 1
    on = {i.pallet_id: i.vehicle_id for i in ConvoyItem.select()}
    assert (on[first.id], on[second.id]) == (one.id, two.id)


def test_a_vehicle_is_edited_until_departure(convoy: ConvoyRecord) -> None:
    truck = convoys.add_vehicle(convoy, payload_kg="24000", truck_plate="do 1", drivers="P: 1")
    changed = convoys.set_vehicle(
        truck, payload_kg="18000", pallet_places=30, truck_plate="do-gw 7", drivers="Ivan: FX2"
    )
    assert (changed.payload_kg, changed.pallet_places, changed.truck_plate) == (
        18000,
        30,
        "DO-GW 7",
    )
    with pytest.raises(ValidationError, match="Payload kg is 100 to 60000, not 0"):
        convoys.set_vehicle(truck, payload_kg="0", carrier="Never saved")
    assert convoys.get_vehicle(convoy, 1).carrier == ""


def test_one_readiness_problem_offers_its_fix_and_the_fix_clears_it(
    convoy: ConvoyRecord, actor: Actor
) -> None:
    truck = convoys.add_vehicle(convoy, payload_kg="24000", truck_plate="DO 1", drivers="P: 1")
    first, second = good_pallets(2)
    convoys.assign(convoy, vehicle=truck, pallets=[first.code, second.code])
    convoys.set_status(convoy, ConvoyStatus.LOADING)
    convoys.load(truck, pallet_code=first.code, actor=actor)
    (loading,) = [p for p in convoys.readiness(convoy) if p.group == "loading"]
    assert loading.release_pallets == (second.code,) and loading.has_release
    convoys.release(convoy, pallets=loading.release_pallets, boxes=loading.release_boxes)
    assert not [p for p in convoys.readiness(convoy) if p.group == "loading"]


def test_the_correction_commands(
    convoy: ConvoyRecord, demo: OpenedDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    convoys.add_vehicle(convoy, payload_kg="24000", truck_plate="DO 1", drivers="P: 1")
    convoys.add_vehicle(convoy, payload_kg="24000", truck_plate="DO 2", drivers="I: 2")
    first, second = good_pallets(2)
    codes = [first.code, second.code]
    dbmod.close()
    db = ["--db", demo.target, "convoy"]
    assert main([*db, "assign", "K-01", "--vehicle", "1", "--pallets", *codes]) == 0
    assert main([*db, "move", "K-01", "--to-vehicle", "2", "--pallets", second.code]) == 0
    assert "1 item(s) now on vehicle 2 of K-01." in capsys.readouterr().out
    assert main([*db, "set-vehicle", "K-01", "--vehicle", "2", "--payload-kg", "-5"]) == 1
    assert "Payload kg is 100 to 60000, not -5" in capsys.readouterr().err
    assert main([*db, "set-vehicle", "K-01", "--vehicle", "2", "--driver", "Olha: FX9"]) == 0
    assert main([*db, "release", "K-01", "--pallets", *codes]) == 0
    assert "2 item(s) taken off K-01." in capsys.readouterr().out
    assert main([*db, "release", "K-01", "--pallets", first.code]) == 1
    assert f"Pallet {first.code} is not on convoy K-01" in capsys.readouterr().err
    open_database(demo.target, daily_backup=False)
    assert convoys.get_vehicle(convoys.get_convoy("K-01"), 2).drivers == "Olha: FX9"
    assert items(convoys.get_convoy("K-01")) == []


def test_a_departed_convoy_refuses_every_correction(convoy: ConvoyRecord, actor: Actor) -> None:
    truck = convoys.add_vehicle(convoy, payload_kg="24000", truck_plate="DO 1", drivers="P: 1")
    (pallet,) = good_pallets(1)
    convoys.assign(convoy, vehicle=truck, pallets=[pallet.code])
    convoys.set_status(convoy, ConvoyStatus.LOADING)
    convoys.load(truck, pallet_code=pallet.code, actor=actor)
    convoys.set_status(convoy, ConvoyStatus.READY)
    convoys.depart(convoy, actor)
    for attempt in (
        lambda: convoys.release(convoy, pallets=[pallet.code]),
        lambda: convoys.move(convoy, None, pallets=[pallet.code]),
        lambda: convoys.set_vehicle(truck, carrier="Late"),
    ):
        with pytest.raises(ValidationError, match="departed: nothing of it can change"):
            attempt()


def test_a_driver_without_a_passport_number_is_refused_and_nothing_saved(
    convoy: ConvoyRecord,
) -> None:
    with pytest.raises(ValidationError, match="Driver 'Petro Bondar' needs a passport number"):
        convoys.add_vehicle(convoy, payload_kg="24000", drivers="Ivan: FX1\nPetro Bondar")
    assert convoys.vehicles(convoy) == []
    truck = convoys.add_vehicle(convoy, payload_kg="24000", drivers="  Ivan  Sirko :FX1 ")
    assert truck.drivers == "Ivan Sirko: FX1"
    with pytest.raises(ValidationError, match="needs a passport number"):
        convoys.set_vehicle(truck, drivers="Olha:", carrier="Never saved")
    assert convoys.get_vehicle(convoy, 1).carrier == ""
