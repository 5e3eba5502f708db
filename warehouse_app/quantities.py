"""Exact totals from SQL sums.

SQLite keeps DECIMAL columns as numbers and SUM() returns a float, so a sum of 0.1 kg steps
comes back as 190.06000000000003. Every stored weight has at most 3 decimals and every price 2,
so rounding the sum back to that scale is exact for any stock the hall will hold (float error
stays far below half a gram even over millions of rows). PostgreSQL returns Decimals already.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

KG = Decimal("0.001")
EUR = Decimal("0.01")


def exact(value: object, scale: Decimal = KG) -> Decimal:
    if value is None:
        return Decimal(0).quantize(scale)
    return Decimal(str(value)).quantize(scale, rounding=ROUND_HALF_EVEN)
