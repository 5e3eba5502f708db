"""Figures that are possible but unusual at the door: the volunteer is asked "really?" before
anything is saved (a mistyped 100000 pieces, a value with three zeros too many)."""

from __future__ import annotations

from decimal import Decimal

from warehouse_app import validation
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, say

LIGHTEST_PIECE_KG = Decimal("0.001")  # a gram: lighter pieces are a mistyped count
DEAREST_BOX_EUR = Decimal(10000)
DEAREST_ENTRY_EUR = Decimal(50000)
BOXES_WITHOUT_ASKING = 20


def unusual(
    *,
    quantity: Decimal,
    unit: str,
    net_kg: Decimal,
    gross_kg: Decimal,
    value_per_unit: Decimal,
    box_count: int,
    is_vehicle: bool,
) -> list[tuple[Text, str]]:
    """(what is unusual, the field it concerns), in the order of the form."""
    found = []
    if unit == "pcs" and not is_vehicle and net_kg / quantity < LIGHTEST_PIECE_KG:
        grams = (net_kg / quantity * 1000).quantize(Decimal("0.001"))
        found.append(
            (
                say(
                    QT_TRANSLATE_NOOP(
                        "service", "{quantity} pieces in {net_kg} kg is {grams} g a piece."
                    ),
                    quantity=_n(quantity),
                    net_kg=_n(net_kg),
                    grams=_n(grams),
                ),
                "quantity",
            )
        )
    if gross_kg > validation.MAX_BOX_KG:
        found.append(
            (
                say(
                    QT_TRANSLATE_NOOP(
                        "service", "{gross_kg} kg for one box is unusual (over {max_box_kg} kg)."
                    ),
                    gross_kg=_n(gross_kg),
                    max_box_kg=validation.MAX_BOX_KG,
                ),
                "net_kg",
            )
        )
    per_box = quantity * value_per_unit
    if not is_vehicle and per_box > DEAREST_BOX_EUR:
        found.append(
            (
                say(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "{per_box} EUR for one box is unusual (over {dearest_box_eur} EUR).",
                    ),
                    per_box=_n(per_box),
                    dearest_box_eur=_n(DEAREST_BOX_EUR),
                ),
                "value_per_unit_eur",
            )
        )
    elif not is_vehicle and per_box * box_count > DEAREST_ENTRY_EUR:
        found.append(
            (
                say(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "{per_box} EUR for this entry is unusual (over {dearest_entry_eur} EUR).",
                    ),
                    per_box=_n(per_box * box_count),
                    dearest_entry_eur=_n(DEAREST_ENTRY_EUR),
                ),
                "value_per_unit_eur",
            )
        )
    if box_count > BOXES_WITHOUT_ASKING:
        found.append(
            (
                say(
                    QT_TRANSLATE_NOOP(
                        "service", "{box_count} boxes at once: {box_count} labels print."
                    ),
                    box_count=box_count,
                ),
                "box_count",
            )
        )
    return found


def _n(value: Decimal) -> str:
    return f"{value.normalize():f}"
