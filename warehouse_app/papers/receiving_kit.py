"""Receiving by scan at the other end, with no connection to the hall.

The kit is one JSON file: the convoy, its vehicles' pallets and loose boxes with their codes and
contents (in Ukrainian and German), and the SHA-256 of the archived papers. A Hafenlager on a
laptop in Zhytomyr checks the labels against it (`hafenlager receive KIT`) and writes a receipt:
what was scanned, when, by whom, what is missing or extra, and the hash of the kit it checked.
Importing the receipt in Dortmund records the delivery vehicle by vehicle
(services.convoys.receipts). This module is pure data and reads no table: the kit is made by
services.convoys.receipts.kit().
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

FORMAT = "hafenlager-receiving-kit/1"
RECEIPT_FORMAT = "hafenlager-receipt/1"


@dataclass(frozen=True)
class KitBox:
    code: str
    owner: str
    category_uk: str
    category_de: str
    description_uk: str
    description_de: str
    quantity: str  # as the papers print it
    unit: str
    net_kg: str


@dataclass(frozen=True)
class KitPallet:
    code: str
    vehicle: int
    boxes: tuple[KitBox, ...]


@dataclass(frozen=True)
class Kit:
    convoy: str
    recipient: str
    made_at: str  # ISO time, UTC
    vehicles: tuple[int, ...]
    pallets: tuple[KitPallet, ...]
    loose: tuple[tuple[int, KitBox], ...]  # (vehicle number, box)
    papers: tuple[tuple[str, str], ...]  # (file name, SHA-256)

    def expected(self) -> dict[str, str]:
        """Every code the recipient should scan: pallets and boxes, with what each is."""
        found = {p.code: "pallet" for p in self.pallets}
        for pallet in self.pallets:
            found.update({b.code: "box" for b in pallet.boxes})
        found.update({b.code: "box" for _, b in self.loose})
        return found

    def box(self, code: str) -> KitBox | None:
        for pallet in self.pallets:
            for b in pallet.boxes:
                if b.code == code:
                    return b
        return next((b for _, b in self.loose if b.code == code), None)


def kit_json(kit: Kit) -> str:
    return json.dumps({"format": FORMAT, **asdict(kit)}, ensure_ascii=False, indent=1)


def kit_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class KitError(ValueError):
    """Not a receiving kit (or receipt) this Hafenlager reads."""


def read_kit(text: str) -> Kit:
    try:
        data = json.loads(text)
        if data.pop("format") != FORMAT:
            raise KitError("not a receiving kit")

        def box(b: dict[str, str]) -> KitBox:
            return KitBox(**b)

        return Kit(
            convoy=data["convoy"],
            recipient=data["recipient"],
            made_at=data["made_at"],
            vehicles=tuple(data["vehicles"]),
            pallets=tuple(
                KitPallet(p["code"], p["vehicle"], tuple(box(b) for b in p["boxes"]))
                for p in data["pallets"]
            ),
            loose=tuple((int(v), box(b)) for v, b in data["loose"]),
            papers=tuple((str(n), str(h)) for n, h in data["papers"]),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise KitError(f"not a Hafenlager receiving kit: {exc}") from exc


@dataclass
class Check:
    """One receiving in progress: what was scanned against the kit."""

    kit: Kit
    kit_sha256: str
    by: str
    scanned: list[tuple[str, str]] = field(default_factory=list)  # (code, ISO time)
    arrived: set[str] = field(default_factory=set)
    extra: list[str] = field(default_factory=list)

    def scan(self, code: str, when: dt.datetime | None = None) -> tuple[str, str]:
        """("pallet" | "box" | "again" | "extra", the code): a pallet brings its boxes."""
        code = code.strip()
        self.scanned.append((code, (when or dt.datetime.now(dt.UTC)).isoformat()))
        expected = self.kit.expected()
        if code not in expected:
            self.extra.append(code)
            return "extra", code
        if code in self.arrived:
            return "again", code
        self.arrived.add(code)
        if expected[code] == "pallet":
            pallet = next(p for p in self.kit.pallets if p.code == code)
            self.arrived.update(b.code for b in pallet.boxes)
            return "pallet", code
        return "box", code

    def missing(self) -> list[str]:
        return sorted(
            c for c, kind in self.kit.expected().items() if c not in self.arrived and kind == "box"
        )

    def receipt_json(self) -> str:
        return json.dumps(
            {
                "format": RECEIPT_FORMAT,
                "convoy": self.kit.convoy,
                "kit_sha256": self.kit_sha256,
                "by": self.by,
                "scanned": self.scanned,
                "missing": self.missing(),
                "extra": self.extra,
            },
            ensure_ascii=False,
            indent=1,
        )


@dataclass(frozen=True)
class Receipt:
    convoy: str
    kit_sha256: str
    by: str
    scanned: tuple[tuple[str, str], ...]
    missing: tuple[str, ...]
    extra: tuple[str, ...]


def read_receipt(text: str) -> Receipt:
    try:
        data = json.loads(text)
        if data.get("format") != RECEIPT_FORMAT:
            raise KitError("not a receipt")
        return Receipt(
            convoy=str(data["convoy"]),
            kit_sha256=str(data["kit_sha256"]),
            by=str(data["by"]),
            scanned=tuple((str(c), str(t)) for c, t in data["scanned"]),
            missing=tuple(str(c) for c in data["missing"]),
            extra=tuple(str(c) for c in data["extra"]),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise KitError(f"not a Hafenlager receipt: {exc}") from exc


def summary_uk(check: Check) -> Iterable[str]:
    """The end of a receiving, in Ukrainian: expected, arrived, missing, extra."""
    boxes = [c for c, kind in check.kit.expected().items() if kind == "box"]
    arrived = [c for c in boxes if c in check.arrived]
    yield f"Очікувалося ящиків: {len(boxes)}"
    yield f"Прибуло: {len(arrived)}"
    yield f"Бракує: {len(check.missing())}" + (
        " — " + ", ".join(check.missing()) if check.missing() else ""
    )
    yield f"Зайве (немає в списку): {len(check.extra)}" + (
        " — " + ", ".join(check.extra) if check.extra else ""
    )
