"""The donor's receipt for an in-kind gift: a *Bestätigung über Sachzuwendungen* following the
official German template (BMF, Anlage for associations exempt under § 5 Abs. 1 Nr. 9 KStG),
made from an intake when the donor asks for one. Plain data; reports.donor_receipt draws it.

The template asks for the donor's name and address, the value in figures and in words, the
day of the gift, the exact description of the goods (age, condition, price), where the goods
came from (private or business property) and how their value was set, the association's tax
exemption (tax office, number, date of the notice) and the purpose the gift serves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

ORIGINS = ("private", "business", "unknown")


@dataclass(frozen=True)
class GiftLine:
    description: str  # German, as received
    quantity: Decimal
    unit: str
    condition: str  # "neu" or "gebraucht (30 % Abnutzung)"
    value_eur: Decimal  # quantity × value per unit, all boxes of the line


@dataclass(frozen=True)
class DonorReceipt:
    number: str  # "GW-2026-0007": per association and year
    issuer_name: str
    issuer_address: str
    donor_name: str
    donor_address: str
    gift_date: dt.date
    lines: tuple[GiftLine, ...]
    origin: str  # one of ORIGINS
    documents: bool  # documents that set the value (invoice, appraisal) are at hand
    valuation: str  # how the value was set
    tax_office: str
    tax_number: str
    exemption_date: dt.date
    assessment_period: str  # "2024"
    purpose: str  # the tax-privileged purpose the gift serves
    place: str
    issued_on: dt.date
    duplicate: bool = False  # printed again for the same donor: a Zweitschrift

    @property
    def value_eur(self) -> Decimal:
        return sum((line.value_eur for line in self.lines), Decimal(0)).quantize(Decimal("0.01"))

    @property
    def value_in_words(self) -> str:
        return euro_in_words(self.value_eur)


_ONES = (
    "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
    "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
    "neunzehn",
)  # fmt: skip
_TENS = ("", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
         "neunzig")  # fmt: skip


def number_in_words(n: int) -> str:
    """A whole number in German words, as a cheque writes it ("eintausendzweihundertvierzig")."""
    if n < 0:
        raise ValueError("no negative amounts on a receipt")
    if n < 20:
        return _ONES[n]
    if n < 100:
        ones, tens = n % 10, n // 10
        if not ones:
            return _TENS[tens]
        return ("ein" if ones == 1 else _ONES[ones]) + "und" + _TENS[tens]
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = ("ein" if hundreds == 1 else _ONES[hundreds]) + "hundert"
        return head + (number_in_words(rest) if rest else "")
    if n < 1_000_000:
        thousands, rest = divmod(n, 1000)
        head = ("ein" if thousands == 1 else number_in_words(thousands)) + "tausend"
        return head + (number_in_words(rest) if rest else "")
    millions, rest = divmod(n, 1_000_000)
    head = "eine Million" if millions == 1 else number_in_words(millions) + " Millionen"
    return head + (" " + number_in_words(rest) if rest else "")


def euro_in_words(amount: Decimal) -> str:
    """The amount as a cheque writes it: "zweihundertvierzig Euro und fünfzig Cent"; before a
    noun "eins" is "ein" ("ein Euro", "dreihundertein Euro")."""
    cents_total = int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    euros, cents = divmod(cents_total, 100)
    words = f"{_before_noun(number_in_words(euros))} Euro"
    return words + (f" und {_before_noun(number_in_words(cents))} Cent" if cents else "")


def _before_noun(words: str) -> str:
    return words[:-1] if words.endswith("eins") else words
