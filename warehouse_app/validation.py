"""Field rules shared by every service that writes boxes (intake, correction, import)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from warehouse_app.errors import ValidationError
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, say

MAX_BOX_KG = Decimal("1500")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_HS = re.compile(r"^\d{4}(\.?\d{2}){0,3}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def decimal_field(value: object, field: str, label: str) -> Decimal:
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{label}: '{value}' is not a number."),
            field,
            label=Text(label),
            value=value,
        ) from None
    if not number.is_finite():
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{label}: '{value}' is not a number."),
            field,
            label=Text(label),
            value=value,
        )
    if abs(number) >= FAR_TOO_LARGE:
        # 1e309 is a finite Decimal, but the database would keep it as Infinity.
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{label}: {value} is far too large; check the number."),
            field,
            label=Text(label),
            value=value,
        )
    return number


def in_range(value: object, field: str, label: str, low: Decimal, high: Decimal) -> Decimal:
    """A figure between low and high, else refused with the range: a typo of a few zeros."""
    number = decimal_field(value, field, label)
    if not low <= number <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{label} is {low} to {high}, not {number}."),
            field,
            label=Text(label),
            low=_plain(low),
            high=_plain(high),
            number=_plain(number),
        )
    return number


def _plain(number: Decimal) -> str:
    return f"{number.normalize():f}"


def whole_number(value: object, field: str, label: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{label} is a whole number, not {value!r}."),
            field,
            label=Text(label),
            value=value,
        ) from None
    if not low <= number <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{label} is {low} to {high}, not {number}."),
            field,
            label=Text(label),
            low=low,
            high=high,
            number=number,
        )
    return number


def travel_date(date: dt.date, field: str, label: str, today: dt.date) -> dt.date:
    """A convoy's date within the next two years (an aid code lasts 90 days; 9999 is a typo)."""
    if date > today + dt.timedelta(days=2 * 366):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "{label} {date:%d.%m.%Y} is more than two years ahead: check the year."
            ),
            field,
            label=Text(label),
            date=date,
        )
    return date


FAR_TOO_LARGE = Decimal("1e9")
# What a vehicle of a convoy can be (a road train carries 40 t, an articulated 13.6 m trailer
# holds 33 euro pallets, a low-loader more): beyond these a figure is a typo.
PAYLOAD_KG = (Decimal(100), Decimal(60000))
LOADING_LENGTH_M = (Decimal(1), Decimal(25))
LOADING_HEIGHT_M = (Decimal("0.5"), Decimal(5))
PALLET_PLACES = (1, 70)


def positive(value: object, field: str, label: str) -> Decimal:
    number = decimal_field(value, field, label)
    if number <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{label} must be more than 0."), field, label=Text(label)
        )
    return number


def not_negative(value: object, field: str, label: str) -> Decimal:
    number = decimal_field(value, field, label)
    if number < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{label} cannot be negative."), field, label=Text(label)
        )
    return number


def weights(net: object, gross: object) -> tuple[Decimal, Decimal]:
    net_kg = positive(net, "net_kg", "Net weight")
    gross_kg = positive(gross, "gross_kg", "Gross weight")
    if gross_kg < net_kg:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "Gross weight (with packaging) cannot be less than net weight."
            ),
            "gross_kg",
        )
    return net_kg, gross_kg


def wear(used: bool, percent: object) -> int:
    try:
        value = int(str(percent))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Wear: '{percent}' is not a whole number."),
            "wear_percent",
            percent=percent,
        ) from None
    if not 0 <= value <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Wear is a percentage from 0 to 100."), "wear_percent"
        )
    if not used and value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "New goods have 0 % wear; mark the goods as used."),
            "wear_percent",
        )
    return value


def text(value: str, field: str, label: str, *, required: bool, max_length: int = 300) -> str:
    cleaned = " ".join(value.split())
    if required and not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{label} is empty."), field, label=Text(label)
        )
    if len(cleaned) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{label} is longer than {max_length} characters."),
            field,
            label=Text(label),
            max_length=max_length,
        )
    return cleaned


def expiry(
    value: dt.date | None, *, required: bool, today: dt.date | None = None
) -> dt.date | None:
    if value is None:
        if required:
            raise ValidationError(
                QT_TRANSLATE_NOOP("service", "This category needs an expiry date."), "expiry_date"
            )
        return None
    if value < (today or dt.date.today()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "The expiry date {value:%d.%m.%Y} is in the past: such goods cannot be shipped.",
            ),
            "expiry_date",
            value=value,
        )
    return value


def colour(value: str) -> str:
    if not _COLOUR.match(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "'{value}' is not a colour like #C0392B."),
            "colour",
            value=value,
        )
    return value.upper()


def hs_code(value: str) -> str:
    cleaned = value.strip()
    if not _HS.match(cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "'{value}' is not an HS code: 4 to 10 digits, for example 9404.30."
            ),
            "hs_code",
            value=value,
        )
    return cleaned


def country(value: str) -> str:
    cleaned = value.strip().upper()
    if not _COUNTRY.match(cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "'{value}' is not a two-letter country code such as DE or UA."
            ),
            "origin_country",
            value=value,
        )
    return cleaned


def short_code(value: str) -> str:
    cleaned = value.strip().upper()
    if not (1 <= len(cleaned) <= 4 and cleaned.isalpha() and cleaned.isascii()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "The short code is 1 to 4 letters A-Z, for example GW."),
            "short_code",
        )
    return cleaned


_EXPIRY_FORMATS = ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y")
_MONTH_FORMATS = ("%m.%Y", "%m/%Y", "%m/%y", "%m.%y", "%Y-%m")


def parse_expiry(text: str, *, month_start: bool = False) -> dt.date | None:
    """An expiry date as volunteers type it from the package: 31.12.2027, 12.2027, 12/27.

    A month without a day means its last day ("best before end of 12/2027"), or with
    month_start its first (a donor "available from 12/2026").
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    for fmt in _EXPIRY_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            pass
    for fmt in _MONTH_FORMATS:
        try:
            first = dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        if month_start:
            return first
        next_month = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return next_month - dt.timedelta(days=1)
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "service", "'{cleaned}' is not a date: type it like 31.12.2027 or 12.2027."
        ),
        "expiry_date",
        cleaned=cleaned,
    )


def edrpou_check_digit_ok(code: str) -> bool:
    """The control digit of a Ukrainian EDRPOU code (8 digits), by the State Statistics
    Service's rule: weights 1-7 (7,1-6 for codes from 30,000,000 to 60,000,000); a remainder of
    10 is taken again with each weight raised by 2, and a second 10 counts as 0."""
    digits = [int(c) for c in code]
    weights = (7, 1, 2, 3, 4, 5, 6) if 30_000_000 <= int(code) <= 60_000_000 else range(1, 8)
    remainder = sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
    if remainder == 10:
        remainder = sum(d * (w + 2) for d, w in zip(digits, weights, strict=False)) % 11 % 10
    return remainder == digits[7]


def drivers(text: str) -> str:
    """'Name: passport number', one driver a line: a CMR names each driver with the passport
    the border police read, so a line without one is refused rather than printed."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    for line in lines:
        name, _, passport = line.partition(":")
        if not name.strip() or not passport.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Driver '{line}' needs a passport number: write 'Name: passport number', "
                    "one driver a line.",
                ),
                "drivers",
                line=line,
            )
    return "\n".join(f"{n.strip()}: {p.strip()}" for n, _, p in (x.partition(":") for x in lines))


def carrier(name: str, address: str) -> None:
    """A carrier is named with its address (CMR art. 6(1)(d)), or not at all yet: a name
    without an address, or an address without a name, is refused."""
    if name.strip() and not address.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "The carrier {name} needs its address (street, postcode, town, country): the "
                "CMR names both.",
            ),
            "carrier_address",
            name=name.strip(),
        )
    if address.strip() and not name.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Give the carrier's name with its address."), "carrier"
        )


_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_problem(vin: str) -> Text:
    """What is wrong with a 17-character VIN (ISO 3779), or "" when nothing is.

    I, O and Q never occur (they pass for 1 and 0). The check digit (position 9) is required
    for vehicles built for North America (a VIN starting 1-5); European makers need not use it,
    so there it is not checked."""
    if len(vin) != 17:
        return say(
            QT_TRANSLATE_NOOP("service", "A VIN has 17 characters; {vin} has {vin_count}."),
            vin=vin,
            vin_count=len(vin),
        )
    wrong = sorted({c for c in vin if c in "IOQ"})
    if wrong:
        return say(
            QT_TRANSLATE_NOOP(
                "service", "A VIN never holds {wrong} (they pass for 1 and 0): check {vin}."
            ),
            wrong=", ".join(wrong),
            vin=vin,
        )
    unknown = sorted({c for c in vin if c not in _VIN_VALUES})
    if unknown:
        return say(
            QT_TRANSLATE_NOOP(
                "service", "A VIN holds only letters and digits: {vin} has {unknown}."
            ),
            vin=vin,
            unknown="".join(unknown),
        )
    if vin[0] in "12345":
        total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True)) % 11
        expected = "X" if total == 10 else str(total)
        if vin[8] != expected:
            return say(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The check digit of {vin} (9th character) should be {expected}: a "
                    "character is mistyped.",
                ),
                vin=vin,
                expected=expected,
            )
    return Text("")


def vin(value: str) -> str:
    """A donated vehicle's VIN, upper case without spaces; refused with what is wrong."""
    cleaned = "".join(value.split()).upper()
    if not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "A donated vehicle needs its VIN (17 characters, on the registration papers).",
            ),
            "serial_or_vin",
        )
    problem = vin_problem(cleaned)
    if problem:
        raise ValidationError(problem, "serial_or_vin")
    return cleaned
