"""Master data edits: validated, and a refusal changes nothing."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.services import masterdata
from warehouse_app.services.masterdata import AssociationInfo
from warehouse_app.storage.models import Association, Category
from warehouse_app.storage.opening import OpenedDatabase


def test_a_category_can_be_edited_and_created(opened: OpenedDatabase) -> None:
    meds = masterdata.find_category("Medicines")
    masterdata.save_category(dataclasses.replace(meds, min_shelf_life_days=200, hs_code="3004.90"))
    assert Category.get_by_id(meds.id).min_shelf_life_days == 200
    new_id = masterdata.save_category(
        dataclasses.replace(
            meds,
            id=0,
            name_de="Rollatoren",
            name_en="Rollators",
            name_uk="Ходунки",
            hs_code="8716.80",
            default_value_eur=Decimal("40"),
            expiry_required=False,
        )
    )
    assert masterdata.find_category("rollators").id == new_id
    assert masterdata.find_category("8716.80").name_uk == "Ходунки"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"hs_code": "94-04"}, "not an HS code"),
        ({"name_uk": ""}, "Ukrainian name is empty"),
        ({"default_unit": "box"}, "Unknown unit"),
        ({"default_value_eur": "-2"}, "cannot be negative"),
        ({"min_shelf_life_days": -1}, "cannot be negative"),
    ],
)
def test_bad_category_values_are_refused(
    opened: OpenedDatabase, change: dict[str, object], message: str
) -> None:
    meds = masterdata.find_category("Medicines")
    with pytest.raises(ValidationError, match=message):
        masterdata.save_category(dataclasses.replace(meds, **change))
    assert masterdata.find_category("Medicines") == meds


def test_associations_are_unique_by_name_and_short_code(opened: OpenedDatabase) -> None:
    new_id = masterdata.save_association(
        AssociationInfo(0, "Hilfe für Charkiw e.V.", "hfc", "#00aa55", "info@example.org", True)
    )
    stored = Association.get_by_id(new_id)
    assert (stored.short_code, stored.colour) == ("HFC", "#00AA55")
    with pytest.raises(ValidationError, match="already has this name or short code"):
        masterdata.save_association(AssociationInfo(0, "Andere", "GW", "#000000", "", True))
    with pytest.raises(ValidationError, match="1 to 4 letters"):
        masterdata.save_association(AssociationInfo(0, "Andere", "ABCDE", "#000000", "", True))
    with pytest.raises(ValidationError, match="colour"):
        masterdata.save_association(AssociationInfo(0, "Andere", "AND", "red", "", True))
    assert Association.select().count() == 5


def test_lookups_explain_what_is_known(opened: OpenedDatabase) -> None:
    assert masterdata.find_association("cuk").name == "Cukurova e.V."
    with pytest.raises(NotFound, match="Known short codes: BGH, CUK, GW, WLA"):
        masterdata.find_association("XX")
    assert masterdata.find_location("verladerampe").kind == "dock"


def test_volunteers_are_found_by_name_regardless_of_case(opened: OpenedDatabase) -> None:
    first = masterdata.volunteer_by_name("Oksana Kovalenko")
    assert masterdata.volunteer_by_name("  oksana   KOVALENKO ") == first
    with pytest.raises(ValidationError):
        masterdata.volunteer_by_name("   ")


def test_hall_settings_round_trip(opened: OpenedDatabase) -> None:
    masterdata.save_settings({"hall.sender_street": " Hafenstraße 1 ", "hall.new_key": "x"})
    values = masterdata.settings()
    assert values["hall.sender_street"] == "Hafenstraße 1"
    assert values["hall.new_key"] == "x"
    assert values["hall.sender_name"] == "Grenzenlose Wärme e.V."
