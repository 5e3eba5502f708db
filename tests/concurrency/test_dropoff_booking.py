"""Four desks book the last place of a drop-off slot at once, each a real `hafenlager` process:
one gets it, the others are told the slot is full, and the slot holds no more than it takes."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from warehouse_app.services import appointments, offers
from warehouse_app.services.dropoff_hours import save_opening_hours
from warehouse_app.storage.opening import OpenedDatabase

SLOT = dt.datetime(2027, 6, 1, 10, 0)  # a Tuesday, far from the demo's week


def test_only_one_desk_gets_the_last_place_of_a_slot(demo: OpenedDatabase, tmp_path: Path) -> None:
    save_opening_hours("2 10:00-11:00", 60, 1, "vehicles")
    ids = []
    for n in range(4):
        offer_id = offers.add_offer(offers.OfferInput(offered_by=f"Desk {n}", description="Decken"))
        offers.accept(offer_id)
        ids.append(offer_id)
    env = {**os.environ, "HAFENLAGER_DATA_DIR": str(tmp_path / "data")}
    desks = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ui",
                "--db",
                demo.target,
                "appointments",
                "book",
                str(offer_id),
                "--slot",
                f"{SLOT:%Y-%m-%d %H:%M}",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for offer_id in ids
    ]
    said = [desk.communicate(timeout=120) for desk in desks]
    codes = [desk.returncode for desk in desks]
    assert sorted(codes) == [0, 1, 1, 1], said
    refused = [err for (_, err), code in zip(said, codes, strict=True) if code]
    assert all("full" in err and "Traceback" not in err for err in refused), refused
    (slot,) = appointments.day_slots(SLOT.date())
    assert slot.booked == 1 and len(slot.appointments) == 1
    winner = ids[codes.index(0)]
    assert slot.appointments[0].offer_id == winner
