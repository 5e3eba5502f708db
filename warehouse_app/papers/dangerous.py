"""Dangerous goods on a truck's papers: the ADR 5.4.1 entry of each category with a UN number,
and the statement that exempts the load, or says it is not exempt.

ADR 1.1.3.6 exempts a transport unit whose points stay at or below 1,000: each entry's
quantity (here its gross kg, as for articles) times 50, 3 or 1 for transport category 1, 2 or 3
(category 4: 0). The transport document entry is still required. What the lead acknowledged for
the category ("drained / not subject to ADR", a licence number) is printed with it. The ADR
data are category data to check against ADR Table A (the domain brief says the details are
unsure), never decided here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from warehouse_app.papers.lines import PaperLine
from warehouse_app.quantities import exact
from warehouse_app.storage.models import Category, ConvoyAcknowledgement

POINT_LIMIT = 1000
MULTIPLIERS = {1: 50, 2: 3, 3: 1, 4: 0}


@dataclass(frozen=True)
class DangerousEntry:
    """One UN number on one vehicle."""

    un_number: str
    shipping_name: str
    adr_class: str
    packing_group: str
    category_uk: str
    category_en: str
    category_de: str
    gross_kg: Decimal
    points: Decimal | None  # None: the transport category is unknown or 0 (no exemption)
    acknowledged: str  # the lead's text for the category on this convoy, "" when none

    @property
    def entry(self) -> str:
        """ADR 5.4.1: 'UN 3480 LITHIUM ION BATTERIES, 9' (with ', PG II' where one applies)."""
        parts = [f"{self.un_number} {self.shipping_name}".strip(), self.adr_class]
        if self.packing_group:
            parts.append(f"PG {self.packing_group}")
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class DangerousLoad:
    entries: tuple[DangerousEntry, ...]

    @property
    def points(self) -> Decimal | None:
        """The transport unit's points, or None when one entry has no multiplier."""
        if any(e.points is None for e in self.entries):
            return None
        # Rounded up, never down: 999.5 points are not "999".
        total = sum((e.points or Decimal(0) for e in self.entries), Decimal(0))
        return total.to_integral_value(rounding=ROUND_CEILING)

    @property
    def exempt(self) -> bool:
        points = self.points
        return points is not None and points <= POINT_LIMIT


NONE = DangerousLoad(())


def dangerous_load(convoy_id: int, lines: Iterable[PaperLine]) -> DangerousLoad:
    """The UN entries among a vehicle's lines, grouped by UN number and category."""
    gross: dict[tuple[str, str], Decimal] = {}
    for line in lines:
        if line.un_number:
            key = (line.un_number, line.category_en)
            gross[key] = gross.get(key, Decimal(0)) + line.shipped_gross_kg
    if not gross:
        return NONE
    categories = {
        (c.un_number, c.name_en): c
        for c in Category.select().where(Category.un_number.in_([k[0] for k in gross]))
    }
    acknowledged = dict(
        ConvoyAcknowledgement.select(
            ConvoyAcknowledgement.category, ConvoyAcknowledgement.reference
        )
        .where(ConvoyAcknowledgement.convoy == convoy_id)
        .tuples()
    )
    entries = []
    for (un_number, name_en), kg in sorted(gross.items()):
        category = categories[(un_number, name_en)]
        multiplier = MULTIPLIERS.get(category.adr_transport_category or 0)
        entries.append(
            DangerousEntry(
                un_number=un_number,
                shipping_name=category.adr_name,
                adr_class=category.adr_class,
                packing_group=category.adr_packing_group,
                category_uk=category.name_uk,
                category_en=category.name_en,
                category_de=category.name_de,
                gross_kg=exact(kg),
                points=kg * multiplier if multiplier is not None else None,
                acknowledged=str(acknowledged.get(category.id, "")),
            )
        )
    return DangerousLoad(tuple(entries))
