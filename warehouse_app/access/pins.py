"""PINs, kept only as scrypt hashes (standard library): a stolen database file gives no PIN
without the work of guessing each one, and a pause after a few misses slows that at a station."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from warehouse_app.errors import ValidationError
from warehouse_app.texts import QT_TRANSLATE_NOOP

MIN_DIGITS = 4
# Shorter than every label's code (8 digits): a scan into the PIN field of a locked station
# is told apart, and never counts as a wrong PIN against whoever was signed in.
MAX_DIGITS = 6
# About 40 ms on the hall's PCs: a sign-in stays well under its 300 ms, a guess at a copied
# file costs the same 40 ms each.
_N, _R, _P = 2**14, 8, 1
_SCHEME = "scrypt"


def check_pin(pin: str) -> str:
    """The PIN as given, or why it cannot be one."""
    if pin.isascii() and pin.isdigit() and len(pin) > MAX_DIGITS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "That was a label, not a PIN: this station is locked. Sign in first; the scan "
                "was not booked.",
            ),
            "pin",
        )
    if not (pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "A PIN is {low} to {high} digits, for example 4711; nothing else."
            ),
            "pin",
            low=MIN_DIGITS,
            high=MAX_DIGITS,
        )
    return pin


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = _digest(check_pin(pin), salt, _N, _R, _P)
    return "$".join((_SCHEME, str(_N), str(_R), str(_P), _b64(salt), _b64(digest)))


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != _SCHEME:
            return False
        expected = base64.b64decode(digest)
        actual = _digest(pin, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False  # no hash, or one this program did not write: no PIN matches it
    return hmac.compare_digest(actual, expected)


def _digest(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
