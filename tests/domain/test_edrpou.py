"""An EDRPOU code with a mistyped digit is refused before it reaches a CMR or a letter."""

from __future__ import annotations

import pytest

from warehouse_app.errors import ValidationError
from warehouse_app.services import recipients
from warehouse_app.storage.models import Recipient
from warehouse_app.storage.opening import OpenedDatabase
from warehouse_app.validation import edrpou_check_digit_ok

# Codes of real organisations: the city councils of Zhytomyr and Kyiv region, Oschadbank,
# and a code from 30,000,000 to 60,000,000 (the other weights), valid by the rule.
REAL = ("04053625", "01999135", "00032129", "32855961")


@pytest.mark.parametrize("code", REAL)
def test_real_codes_pass(code: str) -> None:
    assert edrpou_check_digit_ok(code)


@pytest.mark.parametrize("code", REAL)
def test_one_mistyped_digit_is_caught(code: str) -> None:
    for position in range(8):
        wrong = code[:position] + str((int(code[position]) + 1) % 10) + code[position + 1 :]
        assert not edrpou_check_digit_ok(wrong), wrong


def test_a_recipient_with_a_wrong_check_digit_is_refused_and_not_saved(
    opened: OpenedDatabase,
) -> None:
    with pytest.raises(ValidationError, match="04053626 has a wrong check digit"):
        recipients.save_recipient("Zhytomyr Hospital", edrpou="04053626", city="Zhytomyr")
    assert not Recipient.select().where(Recipient.name == "Zhytomyr Hospital").exists()
    recipients.save_recipient("Zhytomyr Hospital", edrpou="04053625", city="Zhytomyr")
    assert Recipient.get(Recipient.name == "Zhytomyr Hospital").edrpou == "04053625"
