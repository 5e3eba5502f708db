"""Realistic demo data: donations of the hall's associations, boxes, pallets and their history.

Deterministic (seeded), written with bulk inserts in one transaction, so the large set (50,000
boxes, 1,500 pallets, about 200,000 movements) is made in seconds and is the same every time;
benchmarks and screenshots rely on that.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from warehouse_app.codes import CodeKind
from warehouse_app.errors import HafenlagerError
from warehouse_app.kinds import BoxStatus, ConvoyStatus, LocationKind, MovementKind, PalletStatus
from warehouse_app.services.numbering import allocate_codes
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
from warehouse_app.storage.seed import add_locations


@dataclass(frozen=True)
class DemoSize:
    boxes: int
    pallets: int
    movements: int
    donations: int
    shelves: int
    convoy_trucks: int = 0  # the big convoy: this many semitrailers of 33 full pallets


SIZES = {
    "small": DemoSize(boxes=500, pallets=15, movements=2_000, donations=60, shelves=24),
    "large": DemoSize(
        boxes=50_000,
        pallets=1_500,
        movements=200_000,
        donations=5_000,
        shelves=96,
        convoy_trucks=5,
    ),
}

# (category English name, German description, Ukrainian description, English description,
#  quantity range, net kg per unit)
_GOODS: tuple[tuple[str, str, str, str, tuple[int, int], float], ...] = (
    (
        "Canned meat",
        "Rindfleisch in Dosen, 400 g",
        "Яловичина консервована, 400 г",
        "Canned beef, 400 g",
        (12, 24),
        0.4,
    ),
    (
        "Canned fish",
        "Thunfisch in Öl, 185 g",
        "Тунець в олії, 185 г",
        "Tuna in oil, 185 g",
        (24, 48),
        0.185,
    ),
    (
        "Pasta",
        "Spaghetti, 500 g Packungen",
        "Спагеті, пачки по 500 г",
        "Spaghetti, 500 g packs",
        (10, 20),
        1.0,
    ),
    (
        "Rice",
        "Langkornreis, 1 kg Beutel",
        "Рис довгозернистий, пакети 1 кг",
        "Long-grain rice, 1 kg bags",
        (8, 15),
        1.0,
    ),
    ("Flour", "Weizenmehl Type 405", "Борошно пшеничне", "Wheat flour", (10, 20), 1.0),
    ("Sugar", "Zucker, 1 kg", "Цукор, 1 кг", "Sugar, 1 kg", (10, 20), 1.0),
    (
        "Sunflower oil",
        "Sonnenblumenöl, 1 l Flaschen",
        "Соняшникова олія, пляшки 1 л",
        "Sunflower oil, 1 l bottles",
        (6, 12),
        0.92,
    ),
    (
        "Infant formula",
        "Säuglingsmilch Pre, 800 g",
        "Дитяча суміш, 800 г",
        "Infant formula, 800 g",
        (6, 12),
        0.8,
    ),
    (
        "Bandages and dressings",
        "Mullbinden, steril",
        "Марлеві бинти, стерильні",
        "Gauze bandages, sterile",
        (50, 200),
        0.02,
    ),
    (
        "First-aid kits",
        "KFZ-Verbandkasten DIN 13164",
        "Автомобільна аптечка DIN 13164",
        "Car first-aid kit DIN 13164",
        (5, 20),
        0.6,
    ),
    (
        "Medicines",
        "Paracetamol 500 mg, 20 Tabletten",
        "Парацетамол 500 мг, 20 таблеток",
        "Paracetamol 500 mg, 20 tablets",
        (50, 200),
        0.02,
    ),
    (
        "Examination gloves",
        "Nitrilhandschuhe Gr. M, 100 Stück",
        "Нітрилові рукавички M, 100 шт.",
        "Nitrile gloves size M, 100 pcs",
        (10, 20),
        0.5,
    ),
    (
        "Syringes",
        "Einmalspritzen 5 ml",
        "Шприци одноразові 5 мл",
        "Disposable syringes 5 ml",
        (100, 400),
        0.005,
    ),
    (
        "Wheelchairs",
        "Rollstuhl, faltbar",
        "Інвалідний візок, складаний",
        "Folding wheelchair",
        (1, 1),
        15.0,
    ),
    (
        "Hospital beds",
        "Pflegebett, elektrisch",
        "Ліжко медичне функціональне",
        "Electric care bed",
        (1, 1),
        80.0,
    ),
    (
        "Sleeping bags",
        "Schlafsack, Winter",
        "Спальний мішок, зимовий",
        "Winter sleeping bag",
        (4, 8),
        1.8,
    ),
    ("Blankets", "Wolldecken", "Пледи вовняні", "Wool blankets", (5, 10), 1.2),
    ("Pillows", "Kopfkissen 80 × 80", "Подушки 80 × 80", "Pillows 80 × 80", (4, 8), 0.9),
    (
        "Foam mattresses",
        "Schaumstoffmatratze 90 × 200",
        "Матрац поролоновий 90 × 200",
        "Foam mattress 90 × 200",
        (1, 2),
        8.0,
    ),
    ("Diapers", "Windeln Gr. 4", "Підгузки розмір 4", "Diapers size 4", (4, 8), 1.5),
    (
        "Toys",
        "Kuscheltiere und Spiele",
        "М'які іграшки та ігри",
        "Soft toys and games",
        (10, 30),
        0.2,
    ),
    (
        "Used clothing",
        "Winterjacken, Erwachsene",
        "Зимові куртки, дорослі",
        "Winter jackets, adults",
        (8, 15),
        1.0,
    ),
    ("Cool boxes", "Kühlbox 24 l", "Сумка-холодильник 24 л", "Cool box 24 l", (2, 4), 2.5),
    (
        "Generators (petrol)",
        "Stromerzeuger 3 kW, Benzin, ohne Kraftstoff",
        "Генератор 3 кВт бензиновий, без пального",
        "Generator 3 kW petrol, no fuel",
        (1, 1),
        45.0,
    ),
    (
        "Battery power stations",
        "Powerstation 1 kWh",
        "Зарядна станція 1 кВт·год",
        "Power station 1 kWh",
        (1, 2),
        12.0,
    ),
)

_VOLUNTEERS = (
    ("Anna Schmidt", "lead"),
    ("Oksana Kovalenko", "volunteer"),
    ("Mehmet Yılmaz", "volunteer"),
    ("Klaus Becker", "volunteer"),
    ("Iryna Melnyk", "logistics"),
    ("Jonas Weber", "volunteer"),
    ("Olena Shevchenko", "volunteer"),
    ("Sabine Hoffmann", "volunteer"),
    ("Andrii Bondarenko", "volunteer"),
    ("Fatma Demir", "volunteer"),
)
_DONORS = (
    "",
    "",
    "Kirchengemeinde St. Reinoldi",
    "Apotheke am Markt",
    "Edeka Hombruch",
    "Grundschule Aplerbeck",
    "Familie Wagner",
    "Klinikum Nord",
    "Feuerwehr Lünen",
)
_STATIONS = ("Halle-PC-1", "Halle-PC-2", "Rampe")


def load_demo(size: str = "small", *, today: dt.date | None = None, seed: int = 2026) -> DemoSize:
    if size not in SIZES:
        raise HafenlagerError(f"Unknown demo size '{size}': use small or large.")
    if Box.select().exists():
        count = Box.select().count()
        raise HafenlagerError(
            f"The database already holds {count} boxes; demo data goes only into an empty "
            "database. Start with --db on a new file to try the demo."
        )
    spec = SIZES[size]
    with Box._meta.database.atomic():
        _Builder(spec, random.Random(seed), today or dt.date.today()).build()
    return spec


class _Builder:
    def __init__(self, spec: DemoSize, rng: random.Random, today: dt.date) -> None:
        self.spec = spec
        self.rng = rng
        self.today = today
        self.start = dt.datetime.combine(today, dt.time(9)) - dt.timedelta(days=540)
        self.movements: list[dict[str, Any]] = []

    def build(self) -> None:
        Volunteer.insert_many(
            [{"name": n, "role": r} for n, r in _VOLUNTEERS]
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
        _Convoys(self.spec, self.today).build()

    # --- helpers -------------------------------------------------------------------------
    def _moment(self, fraction: float) -> dt.datetime:
        return self.start + dt.timedelta(minutes=int(fraction * 540 * 24 * 60))

    def _actor(self) -> dict[str, Any]:
        return {
            "volunteer": self.rng.choice(self.volunteer_ids),
            "station": self.rng.choice(_STATIONS),
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
                    "delivered_by": self.rng.choice(_DONORS),
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
            goods = rng.randrange(len(_GOODS))
            count = min(rng.choice((1, 1, 2, 3, 5, 10)), spec.boxes - len(plan))
            for n in range(count):
                plan.append((donation_id, owner, at, goods, n + 1, count))
            d += 1
        # Boxes to pack: about 20 per pallet; the rest stays on shelves; 1 % disposed.
        on_pallet = min(spec.boxes * 6 // 10, spec.pallets * 20)
        packed_idx = set(rng.sample(range(spec.boxes), on_pallet))
        rows: list[dict[str, Any]] = []
        for i, (donation_id, owner, at, goods, number, count) in enumerate(plan):
            cat_name, de, uk, en, (qmin, qmax), kg_unit = _GOODS[goods]
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


class _Convoys:
    """Recipients and a convoy in every status, made through the convoy services."""

    def __init__(self, spec: DemoSize, today: dt.date) -> None:
        self.spec = spec
        self.today = today

    def build(self) -> None:
        from warehouse_app.services import convoys
        from warehouse_app.services.movements import Actor

        convoys.save_recipient(
            "Zhytomyr City Council / Житомирська міська рада",
            address="майдан Корольова, 4/2",
            city="10014 Житомир / Zhytomyr",
            oblast="Житомирська обл. / Zhytomyr Oblast",
            edrpou="04053625",
            register_number="UA-GD-2026-0412",
            may_receive_vehicles=True,
            contact="Humanitarian department",
        )
        convoys.save_recipient(
            "Berdychiv Central Hospital / Бердичівська лікарня",
            city="Бердичів / Berdychiv",
            oblast="Житомирська обл. / Zhytomyr Oblast",
            edrpou="01999135",
        )
        actor = Actor(None, "Demo")
        zhytomyr = "Zhytomyr City Council / Житомирська міська рада"
        free = iter(
            list(
                Pallet.select(Pallet.code)
                .where(Pallet.status == "in_stock")
                .order_by(Pallet.id.desc())
                .tuples()
            )
        )
        day = dt.timedelta(days=1)
        plans = [
            ("2026-P", "planning"),
            ("2026-L", "loading"),
            ("2026-R", "ready"),
            ("2026-D", "departed"),
            ("2026-V", "delivered"),
            ("2026-C", "cancelled"),
        ]
        for n, (number, status) in enumerate(plans):
            convoys.create_convoy(
                number,
                name=f"Demo convoy {status}",
                recipient=zhytomyr,
                delivery_place="Zhytomyr, municipal warehouse",
                border_crossing="Korczowa",
                departure=self.today + (n + 2) * day,
                arrival=self.today + (n + 4) * day,
                aid_code=f"AHD-{number}",
                aid_code_valid_until=self.today + 80 * day,
            )
            convoy = convoys.get_convoy(number)
            truck = convoys.add_vehicle(
                convoy,
                payload_kg="24000",
                pallet_places=33,
                carrier="Spedition Ruhr GmbH",
                truck_plate=f"DO-HL {100 + n}",
                trailer_plate=f"DO-HL {200 + n}",
                drivers=f"Driver {n}: FX{700000 + n}",
            )
            codes = [next(free)[0] for _ in range(2)]
            convoys.assign(convoy, vehicle=truck, pallets=codes, check_expiry=False)
            if status in ("loading", "ready", "departed", "delivered"):
                convoy.status = "loading"
                convoy.save()
                for code in codes[: 1 if status == "loading" else 2]:
                    convoys.load(truck, pallet=Pallet.get(Pallet.code == code), actor=actor)
            if status in ("ready", "departed", "delivered"):
                convoy.status = "ready"  # demo data: the readiness decision is taken as made
                convoy.save()
            if status in ("departed", "delivered"):
                convoys.depart(convoy, actor)
            if status == "delivered":
                convoys.deliver(truck, receipt_reference="Act of acceptance 1/2026", actor=actor)
            if status == "cancelled":
                convoys.set_status(convoy, ConvoyStatus.CANCELLED)
        if self.spec.convoy_trucks:
            self._big_convoy(zhytomyr)

    def _big_convoy(self, recipient: str) -> None:
        from warehouse_app.services import convoys

        convoys.create_convoy(
            "2026-XL",
            name="Winter convoy to Zhytomyr",
            recipient=recipient,
            delivery_place="Zhytomyr, municipal warehouse",
            border_crossing="Korczowa",
            departure=self.today + dt.timedelta(days=10),
            arrival=self.today + dt.timedelta(days=12),
            aid_code="AHD-2026-XL",
            aid_code_valid_until=self.today + dt.timedelta(days=85),
        )
        convoy = convoys.get_convoy("2026-XL")
        full = list(
            Pallet.select(Pallet.code)
            .order_by(Pallet.id)
            .limit(self.spec.convoy_trucks * 33)
            .tuples()
        )
        for truck in range(self.spec.convoy_trucks):
            vehicle = convoys.add_vehicle(
                convoy,
                payload_kg="24000",
                pallet_places=33,
                carrier="Spedition Ruhr GmbH",
                truck_plate=f"DO-XL {truck + 1}",
                trailer_plate=f"DO-XT {truck + 1}",
                drivers=f"Driver XL{truck + 1}: FY{800000 + truck}",
            )
            codes = [code for (code,) in full[truck * 33 : (truck + 1) * 33]]
            convoys.assign(convoy, vehicle=vehicle, pallets=codes, check_expiry=False)


def _share(total: int, parts: int, index: int) -> int:
    """Split total over parts as evenly as whole numbers allow."""
    return total // parts + (1 if index < total % parts else 0)


def _chunks(rows: Sequence[dict[str, Any]], size: int) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


__all__ = ["SIZES", "DemoSize", "load_demo"]
