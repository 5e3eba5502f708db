"""Realistic demo data: donations of the hall's associations, boxes, pallets and their history.

Deterministic (seeded), written with bulk inserts in one transaction, so the large set (50,000
boxes, 1,500 pallets, about 200,000 movements) is made in seconds and is the same every time;
benchmarks and screenshots rely on that.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from warehouse_app.demo.sizes import SIZES, DemoSize
from warehouse_app.errors import HafenlagerError
from warehouse_app.storage.models import Box
from warehouse_app.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from warehouse_app.services.convoys.archive import PapersRenderer


def load_demo(
    size: str = "small",
    *,
    today: dt.date | None = None,
    seed: int = 2026,
    papers: PapersRenderer | None = None,
) -> DemoSize:
    """Fill an empty database with the demo hall. With papers (the final papers' renderer,
    which the domain cannot draw itself), the departed and delivered convoys carry their
    archived papers, as real ones do."""
    if size not in SIZES:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "Unknown demo size '{size}': use small, large or xl."),
            size=size,
        )
    if Box.select().exists():
        count = Box.select().count()
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "The database already holds {count} boxes; demo data goes only into an empty "
                "database. Start with --db on a new file to try the demo.",
            ),
            count=count,
        )
    spec = SIZES[size]
    from warehouse_app.services import station_session
    from warehouse_app.services.movements import Actor

    with Box._meta.database.atomic(), station_session.acting_as(Actor(None, "Demo")):
        from warehouse_app.demo.builder import Builder

        Builder(spec, random.Random(seed), today or dt.date.today(), papers).build()
    return spec


def load_demo_if_empty(
    size: str = "small", papers: PapersRenderer | None = None
) -> DemoSize | None:
    """The demo, for `hafenlager --demo`: only into a database without boxes, else nothing."""
    if Box.select().exists():
        return None
    return load_demo(size, papers=papers)


__all__ = ["SIZES", "DemoSize", "load_demo", "load_demo_if_empty"]
