"""Codes for boxes, pallets and locations.

A code is digits only: one kind digit, a serial of at least six digits, one Damm check digit
(``1 000042 7``). Digits sit on the same keys in the German, Ukrainian and US layouts and are
untouched by Caps Lock, so a keyboard-wedge scanner types them the same on every PC of the hall,
and a volunteer can type one by hand. The Damm check digit catches every single wrong digit and
every swap of two neighbouring digits, the two mistakes people make when typing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from warehouse_app.errors import CodeError
from warehouse_app.texts import QT_TRANSLATE_NOOP

SERIAL_DIGITS = 6

# Damm's totally anti-symmetric quasigroup of order 10.
_DAMM_TABLE = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


class CodeKind(enum.Enum):
    """The first digit of a code says what it names."""

    BOX = "1"
    PALLET = "2"
    LOCATION = "3"
    VEHICLE = "4"  # a truck of a convoy: scanned first when loading
    CONTROL = "9"  # printed on the control sheet: switch mode, new pallet, undo, yes

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class ParsedCode:
    kind: CodeKind
    serial: int
    text: str


def damm_digit(digits: str) -> str:
    interim = 0
    for ch in digits:
        interim = _DAMM_TABLE[interim][int(ch)]
    return str(interim)


def make_code(kind: CodeKind, serial: int) -> str:
    if serial <= 0:
        raise ValueError("serial numbers start at 1")
    body = f"{kind.value}{serial:0{SERIAL_DIGITS}d}"
    return body + damm_digit(body)


def clean(raw: str) -> str:
    """Drop what a person or scanner adds around a code: spaces, dashes, line ends."""
    return "".join(ch for ch in raw if ch not in " \t\r\n-_.")


def parse_code(raw: str) -> ParsedCode:
    """Check a scanned or typed code; raise CodeError with a message the volunteer can act on."""
    text = clean(raw)
    if not text:
        raise CodeError(
            QT_TRANSLATE_NOOP(
                "service",
                "The code is empty: scan the label again or type the digits under the bars.",
            )
        )
    if len(text) >= 12 and is_gtin(text):
        # Retail codes are 12-14 digits; Hafenlager's stay far shorter for many years.
        raise CodeError(
            QT_TRANSLATE_NOOP(
                "service",
                "'{text}' is a product barcode from the packaging: scan the Hafenlager label.",
            ),
            text=text,
        )
    if not text.isdigit() or not text.isascii():
        raise CodeError(
            QT_TRANSLATE_NOOP(
                "service",
                "'{raw}' is not a Hafenlager code: codes are digits only, for example 10000427.",
            ),
            raw=raw.strip(),
        )
    if len(text) < SERIAL_DIGITS + 2:
        raise CodeError(
            QT_TRANSLATE_NOOP(
                "service",
                "'{text}' is too short: a Hafenlager code has at least {serial_digits} digits.",
            ),
            text=text,
            serial_digits=SERIAL_DIGITS + 2,
        )
    try:
        kind = CodeKind(text[0])
    except ValueError:
        raise CodeError(
            QT_TRANSLATE_NOOP(
                "service",
                "'{text}' is not a Hafenlager code: it should start with 1 (box), 2 (pallet), "
                "3 (location), 4 (vehicle) or 9 (control sheet).",
            ),
            text=text,
        ) from None
    if damm_digit(text) != "0":
        # An 8-digit EAN can look like a mistyped code of ours; only a first digit that no
        # Hafenlager code has makes it a product barcode.
        if is_gtin(text) and text[0] not in {k.value for k in CodeKind}:
            raise CodeError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "'{text}' is a product barcode from the packaging: scan the Hafenlager label.",
                ),
                text=text,
            )
        raise CodeError(
            QT_TRANSLATE_NOOP(
                "service",
                "'{text}' has a wrong check digit: a digit was mistyped or two were swapped. "
                "Check the code on the label and type it again.",
            ),
            text=text,
        )
    return ParsedCode(kind=kind, serial=int(text[1:-1]), text=text)


# What scanners put around a code: an AIM symbology identifier ("]C0" for Code 128),
# STX/ETX, tab or line ends. Configurable per scanner, so all are accepted.
_AIM_PREFIX_LENGTH = 3


def strip_scanner_noise(raw: str) -> str:
    text = "".join(ch for ch in raw if ch.isprintable()).strip()
    if text.startswith("]") and len(text) > _AIM_PREFIX_LENGTH:
        text = text[_AIM_PREFIX_LENGTH:]
    return text.strip()


def is_gtin(text: str) -> bool:
    """A retail product barcode (EAN-8, UPC-A, EAN-13, GTIN-14) with a valid check digit."""
    if len(text) not in (8, 12, 13, 14) or not text.isdigit() or not text.isascii():
        return False
    digits = [int(d) for d in text]
    body, check = digits[:-1], digits[-1]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def is_valid(raw: str) -> bool:
    try:
        parse_code(raw)
    except CodeError:
        return False
    return True
