from __future__ import annotations

import pytest

from warehouse_app.codes import CodeKind, damm_digit, make_code, parse_code
from warehouse_app.errors import CodeError

# What a keyboard-wedge scanner produces for the digit keys 0-9 on the PCs of the hall:
# the unshifted top row, as typed through each layout, with and without Caps Lock.
TOP_ROW = {
    "de": "1234567890",
    "us": "1234567890",
    "uk_UA": "1234567890",
}
SHIFTED_TOP_ROW = {"de": '!"§$%&/()=', "us": "!@#$%^&*()", "uk_UA": '!"№;%:?*()'}


def test_code_round_trip_for_every_kind() -> None:
    for kind in CodeKind:
        code = make_code(kind, 42)
        parsed = parse_code(code)
        assert parsed.kind is kind
        assert parsed.serial == 42
        assert code.isdigit() and len(code) == 8


def test_codes_are_digits_that_no_layout_or_caps_lock_changes() -> None:
    code = make_code(CodeKind.BOX, 123456)
    for layout, row in TOP_ROW.items():
        typed = "".join(row[(int(ch) - 1) % 10] for ch in code)
        assert typed == code, layout
        # Caps Lock inverts letters only; digits have no case.
        assert typed.swapcase() == code
    # Shift (a scanner set to the wrong layout) would give symbols, which are refused.
    with pytest.raises(CodeError, match="digits only"):
        parse_code("".join(SHIFTED_TOP_ROW["de"][(int(ch) - 1) % 10] for ch in code))


def test_every_single_digit_error_is_caught() -> None:
    code = make_code(CodeKind.PALLET, 987)
    for pos in range(len(code)):
        for digit in "0123456789":
            if digit == code[pos]:
                continue
            typo = code[:pos] + digit + code[pos + 1 :]
            with pytest.raises(CodeError):
                parse_code(typo)


def test_every_swap_of_neighbouring_digits_is_caught() -> None:
    for serial in (1, 12, 905, 123456, 909090):
        code = make_code(CodeKind.BOX, serial)
        for pos in range(len(code) - 1):
            if code[pos] == code[pos + 1]:
                continue
            swapped = code[:pos] + code[pos + 1] + code[pos] + code[pos + 2 :]
            with pytest.raises(CodeError):
                parse_code(swapped)


def test_stray_spaces_and_line_ends_are_ignored() -> None:
    code = make_code(CodeKind.LOCATION, 7)
    assert parse_code(f"  {code[:4]} {code[4:]}\r\n").text == code


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("ABC123", "digits only"),
        ("1234", "too short"),
        ("50000010", "start with 1"),
        ("10000011", "wrong check digit"),
        ("１０００００４２", "digits only"),  # full-width digits from an IME
    ],
)
def test_invalid_codes_are_refused_with_a_reason(raw: str, message: str) -> None:
    with pytest.raises(CodeError, match=message):
        parse_code(raw)


def test_damm_digit_of_a_full_code_is_zero() -> None:
    assert damm_digit(make_code(CodeKind.BOX, 555)) == "0"
    assert damm_digit("572") == "4"  # the textbook example
