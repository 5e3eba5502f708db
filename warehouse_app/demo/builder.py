"""Builds the demo hall with bulk inserts: donations, boxes, pallets and their history."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from warehouse_app.codes import CodeKind
from warehouse_app.demo import coordination, people
from warehouse_app.demo.convoys import DemoConvoys
from warehouse_app.demo.goods import DONORS, GOODS, STATIONS, VOLUNTEERS
from warehouse_app.demo.sizes import DemoSize
from warehouse_app.kinds import BoxStatus, LocationKind, MovementKind, PalletStatus
from warehouse_app.services import masterdata
from warehouse_app.services.convoys.archive import PapersRenderer
from warehouse_app.storage.models import (
    Association,
    Box,
    Category,
    Donation,
    Location,
    Movement,
    Pallet,
    Volunteer,
    box_search_text,
)
from warehouse_app.storage.numbering import allocate_codes
from warehouse_app.storage.seed import add_locations


class Builder:
    def __init__(
        self,
        spec: DemoSize,
        rng: random.Random,
        today: dt.date,
        papers: PapersRenderer | None = None,
    ) -> None:
        self.spec = spec
        self.papers = papers
        self.rng = rng
        self.today = today
        self.start = dt.datetime.combine(today, dt.time(9)) - dt.timedelta(days=540)
        self.movements: list[dict[str, Any]] = []

    def build(self) -> None:
        # The demo hall's own address: the papers refuse a sender without street and postcode.
        masterdata.save_settings(
            {
                "hall.sender_street": "Speicherstraße 10",
                "hall.sender_postcode": "44147",
                "hall.phone": "0231 9876 5432",
                "hall.email": "annahme@grenzenlose-waerme.example",
            }
        )
        Volunteer.insert_many(
            [{"name": n, "role": r} for n, r in VOLUNTEERS]
        ).on_conflict_ignore().execute()
        shelves = tuple(
            (f"Regal {chr(ord('A') + i // 12)}-{i % 12 + 1:02d}", LocationKind.SHELF)
            for i in range(self.spec.shelves)
        )
        add_locations(shelves)
        self.volunteer_ids = [v.id for v in Volunteer.select(Volunteer.id)]
        locations = {loc.name: loc.id for loc in Location.select()}
        self.receiving = locations["Wareneingang"]
        self.shelf_ids = [locations[name] for name, _ in shelves]
        self.floor_ids = [v for k, v in locations.items() if k.startswith("Bodenfläche")]
        associations = [a.id for a in Association.select().order_by(Association.id)]
        categories = {c.name_en: c for c in Category.select()}
        donations = self._donations(associations)
        pallets = self._pallets()
        self._boxes(donations, categories, pallets)
        self._flush_movements(force=True)
        DemoConvoys(self.spec, self.today, self.papers).build()
        coordination.build(self.today)
        # Last: the random history above chooses among the volunteers there were before.
        people.build()
        people.demo_day(("Rampe", "Halle-PC-1"))

    # --- helpers -------------------------------------------------------------------------
    def _moment(self, fraction: float) -> dt.datetime:
        return self.start + dt.timedelta(minutes=int(fraction * 540 * 24 * 60))

    def _actor(self) -> dict[str, Any]:
        return {
            "volunteer": self.rng.choice(self.volunteer_ids),
            "station": self.rng.choice(STATIONS),
        }

    def _movement(self, **values: Any) -> None:
        row = {
            "box": None,
            "pallet": None,
            "from_location": None,
            "to_location": None,
            "from_pallet": None,
            "to_pallet": None,
            "from_status": "",
            "note": "",
        }
        row.update(self._actor())
        row.update(values)
        self.movements.append(row)
        self._flush_movements()

    def _flush_movements(self, force: bool = False) -> None:
        if len(self.movements) >= 5000 or (force and self.movements):
            for chunk in _chunks(self.movements, 500):
                Movement.insert_many(chunk).execute()
            self.movements.clear()

    # --- objects -------------------------------------------------------------------------
    def _donations(self, associations: Sequence[int]) -> list[tuple[int, int, dt.datetime]]:
        weights = [5, 3, 2, 1][: len(associations)] + [1] * max(0, len(associations) - 4)
        rows = []
        for i in range(self.spec.donations):
            rows.append(
                {
                    "association": self.rng.choices(associations, weights)[0],
                    "received_at": self._moment(i / self.spec.donations),
                    "delivered_by": self.rng.choice(DONORS),
                    "volunteer": self.rng.choice(self.volunteer_ids),
                    "station": "Halle-PC-1",
                }
            )
        for chunk in _chunks(rows, 500):
            Donation.insert_many(chunk).execute()
        return list(
            Donation.select(Donation.id, Donation.association, Donation.received_at)
            .order_by(Donation.id)
            .tuples()
        )

    def _pallets(self) -> list[tuple[int, int, dt.datetime]]:
        codes = allocate_codes(CodeKind.PALLET, self.spec.pallets)
        rows = []
        for i, code in enumerate(codes):
            created = self._moment(0.3 + 0.69 * i / max(1, self.spec.pallets))
            rows.append(
                {
                    "code": code,
                    "tare_kg": Decimal("25"),
                    "created_at": created,
                    "location": self.rng.choice(self.floor_ids),
                    "status": PalletStatus.IN_STOCK.value,
                }
            )
        for chunk in _chunks(rows, 500):
            Pallet.insert_many(chunk).execute()
        pallets = list(
            Pallet.select(Pallet.id, Pallet.location, Pallet.created_at)
            .order_by(Pallet.id)
            .tuples()
        )
        for pid, loc, created in pallets:
            self._movement(
                at=created,
                kind=MovementKind.CREATED.value,
                pallet=pid,
                to_status=PalletStatus.IN_STOCK.value,
                to_location=loc,
            )
        return pallets

    def _boxes(
        self,
        donations: Sequence[tuple[int, int, dt.datetime]],
        categories: dict[str, Category],
        pallets: Sequence[tuple[int, int, dt.datetime]],
    ) -> None:
        spec, rng = self.spec, self.rng
        codes = allocate_codes(CodeKind.BOX, spec.boxes)
        # Spread boxes over donations in runs of identical boxes ("3/10").
        plan: list[tuple[int, int, dt.datetime, int, int, int]] = []
        d = 0
        while len(plan) < spec.boxes:
            donation_id, owner, at = donations[d % len(donations)]
            goods = rng.randrange(len(GOODS))
            count = min(rng.choice((1, 1, 2, 3, 5, 10)), spec.boxes - len(plan))
            for n in range(count):
                plan.append((donation_id, owner, at, goods, n + 1, count))
            d += 1
        # Boxes to pack: about 20 per pallet; the rest stays on shelves; 1 % disposed.
        on_pallet = min(spec.boxes * 6 // 10, spec.pallets * 20)
        packed_idx = set(rng.sample(range(spec.boxes), on_pallet))
        rows: list[dict[str, Any]] = []
        for i, (donation_id, owner, at, goods, number, count) in enumerate(plan):
            cat_name, de, uk, en, (qmin, qmax), kg_unit = GOODS[goods]
            category = categories[cat_name]
            qty = rng.randint(qmin, qmax)
            net = Decimal(str(round(qty * kg_unit, 3))) or Decimal("0.1")
            expiry = None
            if category.expiry_required:
                expiry = self.today + dt.timedelta(days=rng.randint(-60, 900))
            rows.append(
                {
                    "code": codes[i],
                    "donation": donation_id,
                    "owner": owner,
                    "category": category.id,
                    "description_de": de,
                    "description_uk": uk,
                    "description_en": en,
                    "quantity": Decimal(qty),
                    "unit": category.default_unit,
                    "net_kg": net,
                    "gross_kg": net + Decimal("0.5"),
                    "value_per_unit_eur": category.default_value_eur,
                    "used": cat_name in ("Used clothing", "Wheelchairs", "Hospital beds"),
                    "wear_percent": 30
                    if cat_name in ("Used clothing", "Wheelchairs", "Hospital beds")
                    else 0,
                    "expiry_date": expiry,
                    "origin_country": "DE",
                    "box_number": number,
                    "box_count": count,
                    "created_at": at,
                    "search_text": box_search_text(codes[i], de, uk, en),
                    "status": BoxStatus.IN_STOCK.value,
                    "location": None,
                    "pallet": None,
                }
            )
        # Decide every box's history, then write boxes in their final state.
        extra_moves = max(0, spec.movements - spec.pallets - spec.boxes * 2 - on_pallet)
        packed_so_far = 0
        for i, row in enumerate(rows):
            at = row["created_at"]
            history: list[dict[str, Any]] = [
                {
                    "kind": MovementKind.RECEIVED,
                    "to_status": BoxStatus.IN_STOCK,
                    "to_location": self.receiving,
                },
            ]
            shelf = rng.choice(self.shelf_ids)
            history.append(
                {
                    "kind": MovementKind.MOVED,
                    "from_location": self.receiving,
                    "to_location": shelf,
                    "from_status": BoxStatus.IN_STOCK,
                    "to_status": BoxStatus.IN_STOCK,
                }
            )
            for _ in range(_share(extra_moves, spec.boxes, i)):
                new_shelf = rng.choice(self.shelf_ids)
                history.append(
                    {
                        "kind": MovementKind.MOVED,
                        "from_location": shelf,
                        "to_location": new_shelf,
                        "from_status": BoxStatus.IN_STOCK,
                        "to_status": BoxStatus.IN_STOCK,
                    }
                )
                shelf = new_shelf
            status, location, pallet = BoxStatus.IN_STOCK, shelf, None
            if i in packed_idx:
                # The big convoy's pallets are packed full (40 boxes); the rest at random.
                full = spec.convoy_trucks * 33
                if packed_so_far < full * 40:
                    pallet = pallets[packed_so_far // 40][0]
                else:
                    pallet = pallets[full + rng.randrange(len(pallets) - full)][0]
                packed_so_far += 1
                history.append(
                    {
                        "kind": MovementKind.PACKED,
                        "from_location": shelf,
                        "to_pallet": pallet,
                        "from_status": BoxStatus.IN_STOCK,
                        "to_status": BoxStatus.ON_PALLET,
                    }
                )
                status, location = BoxStatus.ON_PALLET, None
            elif i % 50 == 7:  # about one box in a hundred was spoiled
                history.append(
                    {
                        "kind": MovementKind.DISPOSED,
                        "from_location": shelf,
                        "from_status": BoxStatus.IN_STOCK,
                        "to_status": BoxStatus.DISPOSED,
                        "note": "Beschädigt / пошкоджено",
                    }
                )
                status, location = BoxStatus.DISPOSED, None
            row.update(status=status.value, location=location, pallet=pallet)
            row["_history"] = history
        histories = [row.pop("_history") for row in rows]
        for chunk in _chunks(rows, 500):
            Box.insert_many(chunk).execute()
        ids = dict(Box.select(Box.code, Box.id).tuples())
        for row, history in zip(rows, histories, strict=True):
            at = row["created_at"]
            for step, move in enumerate(history):
                move = {k: (v.value if hasattr(v, "value") else v) for k, v in move.items()}
                self._movement(at=at + dt.timedelta(hours=step * 3), box=ids[row["code"]], **move)


def _share(total: int, parts: int, index: int) -> int:
    """Split total over parts as evenly as whole numbers allow."""
    return total // parts + (1 if index < total % parts else 0)


def _chunks(rows: Sequence[dict[str, Any]], size: int) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]
