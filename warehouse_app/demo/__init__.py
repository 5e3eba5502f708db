"""Realistic demo data: donations of the hall's associations, boxes, pallets and their history.

Deterministic (seeded), written with bulk inserts in one transaction, so the large set (50,000
boxes, 1,500 pallets, about 200,000 movements) is made in seconds and is the same every time;
benchmarks and screenshots rely on that.
"""

from __future__ import annotations

import datetime as dt
import random

from warehouse_app.demo.sizes import SIZES, DemoSize
from warehouse_app.errors import HafenlagerError
from warehouse_app.storage.models import Box


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
        from warehouse_app.demo.builder import Builder

        Builder(spec, random.Random(seed), today or dt.date.today()).build()
    return spec


def load_demo_if_empty(size: str = "small") -> DemoSize | None:
    """The demo, for `hafenlager --demo`: only into a database without boxes, else nothing."""
    if Box.select().exists():
        return None
    return load_demo(size)


__all__ = ["SIZES", "DemoSize", "load_demo", "load_demo_if_empty"]
