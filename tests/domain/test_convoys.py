"""Convoys: planning, capacity, readiness, loading, departure and delivery, with refusals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.domain.convoy_setup import TODAY, good_pallets
from warehouse_app.errors import ValidationError
from warehouse_app.kinds import BoxStatus, ConvoyStatus, PalletStatus
from warehouse_app.services import convoys
from warehouse_app.services.movements import Actor
from warehouse_app.storage.checks import run_checks
from warehouse_app.storage.models import Box, Category, Convoy, Location, Movement, Pallet, Vehicle
from warehouse_app.storage.opening import OpenedDatabase


def test_capacity_gauges_follow_the_assignments(convoy: Convoy) -> None:
    truck = convoys.add_vehicle(
        convoy,
        payload_kg="24000",
        pallet_places=2,
        truck_plate="do-gw 101",
        drivers="Petro Ivanenko: FX123456",
    )
    pallets = good_pallets(3)
    assert convoys.assign(convoy, vehicle=truck, pallets=[p.code for p in pallets]) == 3
    gauge = convoys.gauges(convoy)[0]
    boxes = list(Box.select().where(Box.pallet.in_([p.id for p in pallets])))
    assert gauge.pallets == 3 and gauge.boxes == len(boxes)
    assert gauge.gross_kg == sum(b.gross_kg for b in boxes) + 3 * Decimal(25)
    assert gauge.over_places and not gauge.over_payload
    problems = convoys.readiness(convoy)
    assert any("3 pallets for 2 places" in p.message for p in problems)
    assert truck.truck_plate == "DO-GW 101"


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda c: convoys.add_vehicle(c, payload_kg="0"), "Payload kg is 100 to 60000, not 0"),
        (
            lambda c: convoys.create_convoy("K-02", departure=TODAY - dt.timedelta(days=1)),
            "in the past",
        ),
        (lambda c: convoys.create_convoy("K-01"), "exists already"),
        (
            lambda c: convoys.assign(
                c, vehicle=None, boxes=[Box.get(Box.status == BoxStatus.DISPOSED).code]
            ),
            "disposed",
        ),
        (
            lambda c: convoys.assign(
                c, vehicle=None, boxes=[Box.get(Box.status == BoxStatus.ON_PALLET).code]
            ),
            "assign the pallet",
        ),
    ],
)
def test_refusals_change_nothing(convoy: Convoy, action: object, message: str) -> None:
    before = (Convoy.select().count(), Movement.select().count())
    with pytest.raises(ValidationError, match=message):
        action(convoy)  # type: ignore[operator]
    assert (Convoy.select().count(), Movement.select().count()) == before


def test_a_pallet_cannot_be_on_two_convoys(convoy: Convoy) -> None:
    (pallet,) = good_pallets(1)
    convoys.assign(convoy, vehicle=None, pallets=[pallet.code])
    convoys.create_convoy("K-02")
    with pytest.raises(ValidationError, match="reserved for convoy K-01"):
        convoys.assign(convoys.get_convoy("K-02"), vehicle=None, pallets=[pallet.code])


def test_an_expired_box_is_refused(convoy: Convoy) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    Box.update(expiry_date=TODAY + dt.timedelta(days=1)).where(Box.id == box.id).execute()
    with pytest.raises(ValidationError, match="before the arrival"):
        convoys.assign(convoy, vehicle=None, boxes=[box.code])


def test_readiness_lists_what_blocks_departure(convoy: Convoy) -> None:
    convoys.create_convoy("K-03", departure=TODAY + dt.timedelta(days=3))
    bare = convoys.get_convoy("K-03")
    groups = {p.group for p in convoys.readiness(bare)}
    assert {"recipient", "aid code", "vehicles", "convoy"} <= groups
    helmets = Category.get(Category.name_en == "Helmets and body armour")
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    Box.update(category=helmets.id, expiry_date=None).where(Box.id == box.id).execute()
    truck = convoys.add_vehicle(convoy, payload_kg="24000", truck_plate="X", drivers="D: 1")
    convoys.assign(convoy, vehicle=truck, boxes=[box.code])
    export = [p for p in convoys.readiness(convoy) if p.group == "export"]
    assert export and "licence" in export[0].action
    convoys.acknowledge(convoy, helmets.id, "BAFA-2026-77")
    assert not [p for p in convoys.readiness(convoy) if p.group == "export"]
    with pytest.raises(ValidationError, match="not ready"):
        convoys.set_status(convoy, ConvoyStatus.LOADING)
        convoys.set_status(convoy, ConvoyStatus.READY)


def test_load_depart_deliver_with_a_return(
    convoy: Convoy, actor: Actor, demo: OpenedDatabase
) -> None:
    truck = convoys.add_vehicle(
        convoy, payload_kg="24000", truck_plate="DO-GW 1", drivers="Petro: FX1"
    )
    second = convoys.add_vehicle(
        convoy, payload_kg="24000", truck_plate="DO-GW 2", drivers="Ivan: FX2"
    )
    pallets = good_pallets(2)
    convoys.assign(convoy, vehicle=truck, pallets=[p.code for p in pallets])
    convoys.set_status(convoy, ConvoyStatus.LOADING)
    assert convoys.load(truck, pallet_code=pallets[0].code, actor=actor) == "planned"
    with pytest.raises(ValidationError, match="loaded on vehicle 1 already"):
        convoys.load(
            second, pallet_code=pallets[0].code, actor=actor
        )  # a second volunteer, other truck
    assert convoys.load(truck, pallet_code=pallets[1].code, actor=actor) == "planned"
    assert Pallet.get_by_id(pallets[0].id).status == PalletStatus.LOADED
    assert run_checks(demo.db) == []
    convoys.set_status(convoy, ConvoyStatus.READY)
    shipped = convoys.depart(convoy, actor)
    boxes = list(Box.select().where(Box.pallet.in_([p.id for p in pallets])))
    assert shipped == len(boxes) and {b.status for b in boxes} == {"shipped"}
    with pytest.raises(ValidationError, match="departed"):
        convoys.assign(convoy, vehicle=truck, boxes=[Box.get(Box.status == "in_stock").code])
    returned = boxes[0]
    back_to = Location.get(Location.name == "Wareneingang")
    delivered, came_back = convoys.deliver(
        truck,
        receipt_reference="Act 17/2026",
        actor=actor,
        returned=[returned.code],
        return_location_id=back_to.id,
    )
    assert (delivered, came_back) == (len(boxes) - 1, 1)
    back = Box.get_by_id(returned.id)
    assert (back.status, back.location_id, back.pallet_id) == ("in_stock", back_to.id, None)
    assert convoys.get_convoy("K-01").status == "departed"  # vehicle 2 not yet delivered
    convoys.deliver(second, receipt_reference="Act 18/2026", actor=actor)
    assert convoys.get_convoy("K-01").status == "delivered"
    assert run_checks(demo.db) == []


def test_the_convoy_commands_end_to_end(
    demo: OpenedDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from ui.cli.main import main

    db = ["--db", demo.target]
    assert (
        main(
            [*db, "recipient", "add", "Korosten Hospital", "--edrpou", "0123", "--city", "Korosten"]
        )
        == 1
    )  # EDRPOU has 8 digits
    assert (
        main(
            [
                *db,
                "recipient",
                "add",
                "Korosten Hospital",
                "--edrpou",
                "01234562",
                "--city",
                "Korosten",
                "--address",
                "vul. Shevchenka 1",
                "--register-number",
                "UA-77",
            ]
        )
        == 0
    )
    departure = (TODAY + dt.timedelta(days=5)).isoformat()
    arrival = (TODAY + dt.timedelta(days=7)).isoformat()
    assert (
        main(
            [
                *db,
                "convoy",
                "create",
                "K-CLI",
                "--recipient",
                "korosten hospital",
                "--departure",
                departure,
                "--arrival",
                arrival,
                "--delivery-place",
                "Korosten",
                "--border-crossing",
                "Dorohusk",
                "--aid-code",
                "AHD-7",
                "--aid-code-valid-until",
                (TODAY + dt.timedelta(days=60)).isoformat(),
                "--mrn",  # a pallet of goods is worth more than 1,000 EUR: ATLAS
                "26DE123456789012A1",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                *db,
                "convoy",
                "add-vehicle",
                "K-CLI",
                "--payload-kg",
                "24000",
                "--truck",
                "DO-CL 1",
                "--driver",
                "Ivan: FX1",
            ]
        )
        == 0
    )
    (pallet,) = good_pallets(1)
    assert main([*db, "convoy", "assign", "K-CLI", "--vehicle", "1", "--pallets", pallet.code]) == 0
    capsys.readouterr()
    assert main([*db, "convoy", "show", "K-CLI", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["gauges"][0]["pallets"] == 1 and shown["gauges"][0]["boxes"] > 0
    assert main([*db, "convoy", "check", "K-CLI"]) == 0
    assert "nothing blocks departure" in capsys.readouterr().out
    assert main([*db, "convoy", "ready", "K-CLI"]) == 1  # the pallet is reserved, not loaded
    assert "not loaded" in capsys.readouterr().err
    assert main([*db, "convoy", "depart", "K-CLI"]) == 1
    assert "mark it ready first" in capsys.readouterr().err
    assert main([*db, "convoy", "show", "NOPE"]) == 1
    assert "There is no convoy 'NOPE'" in capsys.readouterr().err


def test_loading_by_scanning_compares_plan_and_truck(
    convoy: Convoy, actor: Actor, demo: OpenedDatabase
) -> None:
    from warehouse_app.services.scanning import Control, Mode, Outcome, ScanSession

    truck = convoys.add_vehicle(
        convoy, payload_kg="24000", truck_plate="DO-GW 1", drivers="Petro: FX1"
    )
    other = convoys.add_vehicle(
        convoy, payload_kg="24000", truck_plate="DO-GW 2", drivers="Ivan: FX2"
    )
    planned, extra = good_pallets(2)
    convoys.assign(convoy, vehicle=truck, pallets=[planned.code])
    first = ScanSession(actor)
    assert first.scan(Control.LOAD.code).mode is Mode.LOAD
    assert first.scan(planned.code).outcome is Outcome.ERROR  # the vehicle first
    hello = first.scan(truck.code)
    assert "0 of 1 planned items loaded" in hello.message
    loaded = first.scan(planned.code)
    assert loaded.outcome is Outcome.OK and "1 of 1 planned items" in loaded.message
    unplanned = first.scan(extra.code)
    assert unplanned.outcome is Outcome.WARNING and "not planned" in unplanned.message
    # A second volunteer loads the same pallet onto the other truck: refused.
    second = ScanSession(actor, Mode.LOAD)
    second.scan(other.code)
    refused = second.scan(planned.code)
    assert refused.outcome is Outcome.ERROR and "loaded on vehicle 1 already" in refused.message
    assert Pallet.get_by_id(planned.id).status == PalletStatus.LOADED
    # Unloading takes the extra pallet off again, to the loading dock.
    off = ScanSession(actor, Mode.UNLOAD)
    off.scan(truck.code)
    assert off.scan(extra.code).changed
    back = Pallet.get_by_id(extra.id)
    assert (back.status, Location.get_by_id(back.location_id).name) == ("in_stock", "Verladerampe")
    assert run_checks(demo.db) == []


def test_gauges_summed_in_sql_agree_with_the_rows(demo: OpenedDatabase) -> None:
    for number in ("2026-P", "2026-L", "2026-D"):
        convoy = convoys.get_convoy(number)
        assert convoys.gauges(convoy) == convoys.gauges(convoy, convoys.boxes_of(convoy.id))


def test_delivery_per_pallet(convoy: Convoy, actor: Actor, demo: OpenedDatabase) -> None:
    truck = convoys.add_vehicle(
        convoy,
        payload_kg="24000",
        truck_plate="DO-GW 1",
        drivers="Petro: FX1",
        loading_length_m="13.6",
        loading_height_m="2.8",
    )
    first, second = good_pallets(2)
    convoys.assign(convoy, vehicle=truck, pallets=[first.code, second.code])
    convoys.set_status(convoy, ConvoyStatus.LOADING)
    for pallet in (first, second):
        convoys.load(truck, pallet_code=pallet.code, actor=actor)
    convoys.set_status(convoy, ConvoyStatus.READY)
    convoys.depart(convoy, actor)
    convoys.deliver(truck, receipt_reference="Act 1", actor=actor, pallets=[first.code])
    assert Pallet.get_by_id(first.id).status == "delivered"
    assert Pallet.get_by_id(second.id).status == "shipped"
    assert Vehicle.get_by_id(truck.id).delivered_at is None
    with pytest.raises(ValidationError, match="Not waiting for delivery"):
        convoys.deliver(truck, receipt_reference="Act 2", actor=actor, pallets=[first.code])
    convoys.deliver(truck, receipt_reference="Act 2", actor=actor, pallets=[second.code])
    assert Vehicle.get_by_id(truck.id).delivered_at is not None
    assert convoys.get_convoy("K-01").status == "delivered"
    assert run_checks(demo.db) == []
    with pytest.raises(ValidationError, match=r"Loading height m is 0\.5 to 5, not 0"):
        convoys.create_convoy("K-H")
        convoys.add_vehicle(convoys.get_convoy("K-H"), payload_kg="24000", loading_height_m="0")


def test_a_pallet_taller_than_the_truck_blocks(
    convoy: Convoy, demo: OpenedDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui.cli.main import main

    truck = convoys.add_vehicle(
        convoy,
        payload_kg="24000",
        truck_plate="DO-GW 1",
        drivers="Petro: FX1",
        loading_height_m="2.5",
    )
    (pallet,) = good_pallets(1)
    convoys.assign(convoy, vehicle=truck, pallets=[pallet.code])
    assert main(["--db", demo.target, "convoy", "pallet-height", pallet.code, "2.6"]) == 0
    gauge = convoys.gauges(convoy)[0]
    assert (gauge.tallest_m, gauge.height_m, gauge.over_height) == (
        Decimal("2.60"),
        Decimal("2.5"),
        True,
    )
    assert any("loading height is 2.5 m" in p.message for p in convoys.readiness(convoy))
    with pytest.raises(ValidationError, match="taller than any truck"):
        convoys.set_pallet_height(pallet.code, "180")  # centimetres typed by mistake


def test_a_loose_box_that_came_back_can_go_on_the_next_convoy(
    convoy: Convoy, actor: Actor, demo: OpenedDatabase
) -> None:
    truck = convoys.add_vehicle(convoy, payload_kg="24000", truck_plate="DO-GW 1", drivers="P: 1")
    plain = Category.get(Category.name_en == "Blankets")
    loose = Box.get(Box.status == BoxStatus.IN_STOCK)
    Box.update(category=plain.id, expiry_date=None).where(Box.id == loose.id).execute()
    convoys.assign(convoy, vehicle=truck, boxes=[loose.code])
    convoys.set_status(convoy, ConvoyStatus.LOADING)
    convoys.load(truck, box_code=loose.code, actor=actor)
    convoys.set_status(convoy, ConvoyStatus.READY)
    convoys.depart(convoy, actor)
    back_to = Location.get(Location.name == "Wareneingang")
    assert convoys.deliver(
        truck,
        receipt_reference="Act 19/2026",
        actor=actor,
        returned=[loose.code],
        return_location_id=back_to.id,
    ) == (0, 1)
    assert convoys.get_convoy("K-01").status == "delivered"
    assert run_checks(demo.db) == []

    convoys.create_convoy("K-02", departure=TODAY + dt.timedelta(days=7))
    assert convoys.assign(convoys.get_convoy("K-02"), vehicle=None, boxes=[loose.code]) == 1
    assert run_checks(demo.db) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"payload_kg": "1e309"}, "far too large"),
        ({"payload_kg": "240000"}, "Payload kg is 100 to 60000, not 240000"),
        ({"pallet_places": 0}, "Pallet places is 1 to 70, not 0"),
        ({"pallet_places": 100000}, "Pallet places is 1 to 70, not 100000"),
        ({"loading_length_m": "136"}, "Loading length m is 1 to 25, not 136"),
    ],
)
def test_absurd_vehicle_figures_are_refused_and_nothing_is_written(
    convoy: Convoy, change: dict[str, object], message: str
) -> None:
    before = Vehicle.select().count()
    with pytest.raises(ValidationError, match=message):
        convoys.add_vehicle(convoy, **{"payload_kg": "24000", **change})  # type: ignore[arg-type]
    assert Vehicle.select().count() == before
    truck = convoys.add_vehicle(convoy, payload_kg="24000")
    with pytest.raises(ValidationError, match=message):
        convoys.set_vehicle(truck, **change)
    assert convoys.get_vehicle(convoy, truck.number) == truck


def test_a_departure_in_the_year_9999_is_a_typo(convoy: Convoy) -> None:
    with pytest.raises(ValidationError, match="more than two years ahead"):
        convoys.update_convoy(convoy, planned_departure=dt.date(9999, 1, 1))
    with pytest.raises(ValidationError, match="more than two years ahead"):
        convoys.create_convoy("K-9999", departure=dt.date(9999, 12, 1))
    assert not Convoy.select().where(Convoy.number == "K-9999").exists()
