"""How much the demo hall holds: the small set for trying and tests, large and xl for benchmarks."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoSize:
    boxes: int
    pallets: int
    movements: int
    donations: int
    shelves: int
    convoy_trucks: int = 0  # the big convoy: this many semitrailers of 33 full pallets
    past_convoys: int = 0  # delivered convoys, one a month back: a year of figures to report


SIZES = {
    "small": DemoSize(boxes=500, pallets=15, movements=2_000, donations=60, shelves=24),
    "large": DemoSize(
        boxes=50_000,
        pallets=1_500,
        movements=200_000,
        donations=5_000,
        shelves=96,
        convoy_trucks=5,
        past_convoys=12,
    ),
    # Four times the large hall: the speed targets at 200,000 boxes.
    "xl": DemoSize(
        boxes=200_000,
        pallets=6_000,
        movements=800_000,
        donations=20_000,
        shelves=200,
        convoy_trucks=5,
        past_convoys=12,
    ),
}
