"""A convoy filled from a needs list: urgent first, within payload and places, FEFO, keeping
long enough, never more than a line needs; all or nothing when another station got there first;
and how much of each list the convoy covers."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from tests.domain.needs_setup import (
    ARRIVAL,
    categories,
    loose_boxes,
    needs_list,
    other_recipient,
    pallet_of,
    recipient_id,
    truck,
)
from warehouse_app.errors import ValidationError
from warehouse_app.services import convoys
from warehouse_app.services.convoys import ConvoyRecord, coverage, fill, propose
from warehouse_app.storage.models import Box, Convoy, ConvoyItem, NeedLine, Pallet
from warehouse_app.storage.opening import OpenedDatabase

DAY = dt.timedelta(days=1)


def reserved_codes(convoy: ConvoyRecord) -> set[str]:
    items = ConvoyItem.select().where(ConvoyItem.convoy == convoy.id)
    return {(i.pallet.code if i.pallet_id else i.box.code) for i in items}


def test_urgent_lines_are_served_first_within_the_payload(convoy: ConvoyRecord) -> None:
    bandages, blankets = categories()
    truck(convoy, payload_kg="100")  # 100 kg: 20 boxes of 5 kg
    loose_boxes(blankets, 30, quantity=1)
    loose_boxes(bandages, 10, quantity=1, expiry=ARRIVAL + 400 * DAY)
    list_id = needs_list(
        recipient_id(convoy),
        [(blankets, 25, "pcs", "normal"), (bandages, 10, "pcs", "urgent")],
    )
    proposal = propose(convoy, list_id)
    normal, urgent = proposal.lines
    assert urgent.taken == 10 and urgent.missing == 0  # urgent first, though listed second
    assert normal.taken == 10 and normal.missing == 15 and normal.room_ran_out
    assert proposal.gross_kg == 100 and proposal.kg_after == 100 == proposal.payload_kg
    assert all(t.vehicle_number == 1 and t.kind == "box" for t in proposal.takes)

    fill(convoy, list_id, expected=proposal)
    assert len(reserved_codes(convoy)) == 20
    (gauge, _) = convoys.gauges(convoy)
    assert gauge.gross_kg == 100 and not gauge.over_payload


def test_pallet_places_are_respected_and_whole_pallets_taken(convoy: ConvoyRecord) -> None:
    _, blankets = categories()
    truck(convoy, places=2)
    pallets = [pallet_of(blankets, quantity=2) for _ in range(3)]
    wanted = sum(boxes * 2 for _, boxes in pallets)
    list_id = needs_list(recipient_id(convoy), [(blankets, wanted, "pcs", "urgent")])
    proposal = propose(convoy, list_id)
    assert proposal.pallets == 2 and proposal.places_after == 2 == proposal.pallet_places
    assert {t.code for t in proposal.takes} < {code for code, _ in pallets}
    (line,) = proposal.lines
    assert line.room_ran_out and line.missing == line.requested - line.taken > 0


def test_fefo_within_a_line_and_only_goods_keeping_past_the_arrival(
    convoy: ConvoyRecord,
) -> None:
    bandages, _ = categories()
    truck(convoy)
    too_short = loose_boxes(bandages, 1, quantity=1, expiry=ARRIVAL + 100 * DAY)  # needs 180
    late = loose_boxes(bandages, 1, quantity=1, expiry=ARRIVAL + 600 * DAY)
    forever = loose_boxes(bandages, 1, quantity=1, expiry=None)
    first = loose_boxes(bandages, 1, quantity=1, expiry=ARRIVAL + 181 * DAY)
    second = loose_boxes(bandages, 1, quantity=1, expiry=ARRIVAL + 300 * DAY)
    list_id = needs_list(recipient_id(convoy), [(bandages, 2, "pcs", "normal")])
    (line,) = propose(convoy, list_id).lines
    assert line.codes == (*first, *second)  # the earliest that keep, in that order
    assert not set(line.codes) & {*too_short, *late, *forever}

    list_all = needs_list(recipient_id(convoy), [(bandages, 10, "pcs", "normal")], "All")
    (line,) = propose(convoy, list_all).lines
    assert line.codes == (*first, *second, *late, *forever) and line.missing == 6


def test_never_more_than_a_line_still_needs(convoy: ConvoyRecord) -> None:
    _, blankets = categories()
    truck(convoy)
    big_pallet, boxes = pallet_of(blankets, quantity=10)  # more than the line asks for
    loose = loose_boxes(blankets, 4, quantity=10)
    list_id = needs_list(recipient_id(convoy), [(blankets, 25, "pcs", "normal")])
    proposal = propose(convoy, list_id)
    (line,) = proposal.lines
    assert boxes * 10 > 25 and big_pallet not in line.codes
    assert line.taken == 20 and line.missing == 5 and set(line.codes) <= set(loose)
    fill(convoy, list_id)
    # What the convoy carries now counts: a second fill finds nothing more to add.
    again = propose(convoy, list_id)
    assert again.takes == () and again.lines[0].carried == 20
    with pytest.raises(ValidationError, match="Nothing was reserved"):
        fill(convoy, list_id)
    (listed,) = coverage(convoy)
    (covered,) = listed.lines
    assert covered.carried == 20 <= covered.requested


def test_a_mixed_pallet_goes_when_all_of_it_serves_the_list(convoy: ConvoyRecord) -> None:
    bandages, blankets = categories()
    truck(convoy)
    code, _ = pallet_of(blankets, quantity=1, boxes=4)
    on = list(Box.select().join(Pallet, on=(Box.pallet == Pallet.id)).where(Pallet.code == code))
    Box.update(category=bandages.id, expiry_date=None).where(Box.id == on[0].id).execute()
    list_id = needs_list(
        recipient_id(convoy), [(blankets, 3, "pcs", "normal"), (bandages, 1, "pcs", "urgent")]
    )
    proposal = propose(convoy, list_id)
    assert [t.code for t in proposal.takes] == [code]
    assert [line.taken for line in proposal.lines] == [3, 1]
    one_short = needs_list(
        recipient_id(convoy), [(blankets, 2, "pcs", "normal"), (bandages, 1, "pcs", "urgent")]
    )
    short = propose(convoy, one_short)
    assert short.takes == ()  # a box of it nobody asked for: it stays
    blanket_line = next(line for line in short.lines if line.taken == 0 and line.requested == 2)
    assert blanket_line.on_mixed_pallets == 3  # and the lead is told where the blankets are


def test_the_recipient_is_respected(convoy: ConvoyRecord) -> None:
    _, blankets = categories()
    truck(convoy)
    loose_boxes(blankets, 2, quantity=1)
    foreign = needs_list(other_recipient(), [(blankets, 2, "pcs", "urgent")])
    with pytest.raises(
        ValidationError, match=r"Needs list \d+ belongs to Berdychiv.*goes to Zhytomyr"
    ):
        propose(convoy, foreign)
    with pytest.raises(ValidationError, match="Choose a list of Zhytomyr City Council"):
        fill(convoy, foreign)
    assert reserved_codes(convoy) == set()

    convoys.create_convoy("K-02", arrival=ARRIVAL, departure=ARRIVAL - 2 * DAY)
    open_convoy = convoys.get_convoy("K-02")
    truck(open_convoy)
    proposal = propose(open_convoy, foreign)
    assert proposal.sets_recipient and proposal.lines[0].taken == 2
    fill(open_convoy, foreign, expected=proposal)
    assert Convoy.get_by_id(open_convoy.id).recipient_id == other_recipient()


def test_a_convoy_without_a_vehicle_is_told_to_add_one(convoy: ConvoyRecord) -> None:
    _, blankets = categories()
    list_id = needs_list(recipient_id(convoy), [(blankets, 2, "pcs", "urgent")])
    with pytest.raises(ValidationError, match="has no vehicle yet: add one first"):
        propose(convoy, list_id)


def test_a_box_reserved_by_another_station_meanwhile_refuses_the_whole_fill(
    convoy: ConvoyRecord, demo: OpenedDatabase, tmp_path: Path
) -> None:
    bandages, blankets = categories()
    truck(convoy)
    pallet, _ = pallet_of(blankets, quantity=1)
    loose = loose_boxes(bandages, 3, quantity=1, expiry=ARRIVAL + 400 * DAY)
    list_id = needs_list(
        recipient_id(convoy), [(blankets, 100, "pcs", "normal"), (bandages, 3, "pcs", "urgent")]
    )
    proposal = propose(convoy, list_id)
    assert {t.code for t in proposal.takes} == {pallet, *loose}
    # Another station reserves one of the proposed boxes for the planning demo convoy.
    env = {**os.environ, "HAFENLAGER_DATA_DIR": str(tmp_path / "other")}
    command = ["convoy", "assign", "2026-P", "--boxes", loose[1]]
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--db", demo.target, *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    before = ConvoyItem.select().count()
    with pytest.raises(ValidationError) as refused:
        fill(convoy, list_id, expected=proposal)
    said = str(refused.value)
    assert f"Box {loose[1]} is reserved for convoy 2026-P already." in said
    assert "Nothing of needs list" in said and "Look at the new proposal" in said
    assert ConvoyItem.select().count() == before and reserved_codes(convoy) == set()
    # The new proposal leaves that box out, and goes through.
    again = propose(convoy, list_id)
    assert loose[1] not in {t.code for t in again.takes}
    fill(convoy, list_id, expected=again)
    assert reserved_codes(convoy) == {t.code for t in again.takes}


def test_coverage_counts_each_box_once_urgent_first(convoy: ConvoyRecord) -> None:
    bandages, blankets = categories()
    truck(convoy)
    blanket_boxes = loose_boxes(blankets, 3, quantity=10)
    bandage_boxes = loose_boxes(bandages, 2, quantity=5, expiry=ARRIVAL + 400 * DAY)
    first = needs_list(
        recipient_id(convoy),
        [
            (blankets, 40, "pcs", "normal"),
            (bandages, 10, "pcs", "urgent"),
            (None, 1, "pcs", "nice"),
        ],
        "Hospital",
    )
    second = needs_list(recipient_id(convoy), [(blankets, 20, "pcs", "urgent")], "School")
    convoys.assign(convoy, vehicle=None, boxes=blanket_boxes + bandage_boxes)
    hospital, school = coverage(convoy)
    assert (hospital.list_id, school.list_id) == (first, second)
    # 30 blankets on board: the school's urgent 20 first, then 10 of the hospital's 40.
    assert [c.carried for c in school.lines] == [20]
    assert [c.carried for c in hospital.lines] == [10, 10, 0]
    assert [c.missing for c in hospital.lines] == [30, 0, 1]
    assert hospital.covered == (Decimal("0.25") + 1 + 0) / 3
    assert hospital.urgent_covered == 1 and school.covered == 1
    NeedLine.update(status="withdrawn").where(NeedLine.needs_list == second).execute()
    hospital, school = coverage(convoy)
    assert [c.carried for c in hospital.lines] == [30, 10, 0] and school.lines == ()


def test_kilogram_lines_count_the_net_weight(convoy: ConvoyRecord) -> None:
    _, blankets = categories()
    truck(convoy)
    loose_boxes(blankets, 4, quantity=3, gross_kg="10.5")  # 10 kg net each
    list_id = needs_list(recipient_id(convoy), [(blankets, 25, "kg", "normal")])
    (line,) = propose(convoy, list_id).lines
    assert line.taken == 20 and line.missing == 5
