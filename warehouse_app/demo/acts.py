"""The demo's signed acceptance acts and what the recipient found at the handovers.

An act is a "scan": a real PNG (a white A4 page at 50 dpi with the dark bars of a printed act,
its table, a signature and a stamp), made with zlib and struct, since the domain draws no
pictures. The findings are the ones a hall meets: a box missing, a box damaged, part of a box
missing; both go in through the real handover (acts.deliver_with_act), in its transaction.
"""

from __future__ import annotations

import random
import struct
import zlib
from decimal import Decimal

from warehouse_app.kinds import Unit
from warehouse_app.services.convoys.acts import ActFile
from warehouse_app.services.convoys.discrepancies import Finding
from warehouse_app.services.convoys.records import VehicleRecord
from warehouse_app.storage.models import Box, ConvoyItem, Pallet

WIDTH, HEIGHT = 413, 585  # A4 at 50 dpi: small enough for a demo, big enough to look at
_INK, _PAPER = 0x30, 0xFF

# Which past month's handover found what (month 1 is last month): a few, as in a real year.
FINDINGS_BY_MONTH = {
    2: ("missing",),
    4: ("damaged",),
    6: ("part",),
    9: ("missing", "damaged"),
}
_NOTES = {
    "missing": "Karton fehlte beim Abladen / коробку не виявлено при розвантаженні",
    "damaged": "Karton eingedrückt, Inhalt nass / коробка пошкоджена, вміст мокрий",
    "part": "Karton offen, ein Teil fehlte / коробка відкрита, частини бракує",
}


def act_scan(seed: int) -> bytes:
    """A PNG of a signed act; each seed gives its own page (and so its own SHA-256)."""
    rng = random.Random(seed)
    bars: list[tuple[int, int, int, int]] = [(40, 36, 373, 50)]  # the heading, x0 y0 x1 y1
    y = 70
    for _ in range(6):  # the act's text
        bars.append((40, y, 40 + rng.randrange(180, 333), y + 4))
        y += 12
    y += 8
    for row in range(9):  # its table of goods: a ruled grid with figures
        bars.append((40, y + row * 16, 373, y + row * 16 + 1))
        bars.append((48, y + row * 16 + 6, 48 + rng.randrange(60, 170), y + row * 16 + 10))
        bars.append((300, y + row * 16 + 6, 300 + rng.randrange(20, 60), y + row * 16 + 10))
    bars.append((40, y + 9 * 16, 373, y + 9 * 16 + 1))  # the table's foot
    for x in (40, 290, 372):
        bars.append((x, y, x + 1, y + 9 * 16 + 1))
    y += 9 * 16 + 40
    for n in range(2):  # two signatures on their lines
        x = 40 + n * 190
        bars.append((x, y + 30, x + 140, y + 31))
        for stroke in range(5):
            left = x + 10 + stroke * 22 + rng.randrange(0, 8)
            top = y + 12 + rng.randrange(0, 10)
            bars.append((left, top, left + rng.randrange(12, 26), top + 3))
    stamp = (250, y + 60, 350, y + 130)  # the recipient's stamp, an outlined box
    x0, y0, x1, y1 = stamp
    bars += [(x0, y0, x1, y0 + 3), (x0, y1 - 3, x1, y1), (x0, y0, x0 + 3, y1), (x1 - 3, y0, x1, y1)]
    rows = []
    for line in range(HEIGHT):
        pixels = bytearray([_PAPER]) * WIDTH
        for left, top, right, bottom in bars:
            if top <= line < bottom:
                pixels[left:right] = bytes([_INK]) * (right - left)
        rows.append(b"\x00" + bytes(pixels))  # filter type 0 for every row
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 0, 0, 0, 0)  # 8-bit grey
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + _chunk(b"IEND", b"")
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def demo_act(convoy_number: str, seed: int) -> ActFile:
    return ActFile(f"Akt-{convoy_number}.png", "image/png", act_scan(seed))


def demo_findings(vehicle: VehicleRecord, month: int) -> list[Finding]:
    """What the recipient found on that month's truck (nothing on most): boxes of its pallets,
    each named once, chosen by code so the demo is the same every time."""
    wanted = FINDINGS_BY_MONTH.get(month, ())
    if not wanted:
        return []
    boxes = list(
        Box.select(Box.code, Box.quantity, Box.unit)
        .join(Pallet, on=(Box.pallet == Pallet.id))
        .join(ConvoyItem, on=(ConvoyItem.pallet == Pallet.id))
        .where(ConvoyItem.vehicle == vehicle.id)
        .order_by(Box.code)
        .tuples()
    )
    findings: list[Finding] = []
    used: set[str] = set()
    for n, kind in enumerate(wanted):
        for code, quantity, unit in boxes[n * 7 :] + boxes[: n * 7]:
            if code in used:
                continue
            if kind == "part":
                pieces = Decimal(quantity)
                if unit != Unit.PIECES.value or pieces < 2:
                    continue  # a part of a box: some of its pieces
                findings.append(
                    Finding(code, "missing", _NOTES[kind], quantity=(pieces / 2).to_integral())
                )
            else:
                findings.append(Finding(code, kind, _NOTES[kind]))
            used.add(code)
            break
    return findings
