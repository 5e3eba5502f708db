"""Commodity codes: the seeded ones checked in review, 10-digit UKTZED codes held by a category,
and the goods list's heading saying which kind of code it lists."""

from __future__ import annotations

import dataclasses

from warehouse_app.papers.goods_list import code_heading, goods_lines
from warehouse_app.papers.vehicle import vehicle_papers
from warehouse_app.services import convoys, masterdata
from warehouse_app.storage.models import Category
from warehouse_app.storage.opening import OpenedDatabase


def test_the_seeded_codes_are_the_right_headings(papers_db: OpenedDatabase) -> None:
    codes = dict(Category.select(Category.name_en, Category.hs_code).tuples())
    assert codes["Blankets"] == "6301.20"  # wool
    assert codes["Synthetic blankets"] == "6301.40"
    assert codes["Canned tuna"] == "1604.14"
    assert codes["Cool boxes"] == "3924.90"  # plastic household articles, not tableware


def test_a_category_with_a_ten_digit_uktzed_code_heads_the_goods_list_so(
    papers_db: OpenedDatabase,
) -> None:
    convoy = convoys.get_convoy("2026-P")
    papers = vehicle_papers(convoy, convoys.get_vehicle(convoy, 1))
    assert code_heading(goods_lines(papers)) == "Код HS / HS code"
    for info in masterdata.categories():
        digits = info.hs_code.replace(".", "").ljust(10, "0")
        masterdata.save_category(dataclasses.replace(info, hs_code=digits))
    papers = vehicle_papers(convoy, convoys.get_vehicle(convoy, 1))
    lines = goods_lines(papers)
    assert {len(line.code) for line in lines} == {10}
    assert code_heading(lines) == "Код УКТЗЕД / UKTZED code"


def test_a_un_number_needs_its_shipping_name_and_a_known_transport_category(
    papers_db: OpenedDatabase,
) -> None:
    from warehouse_app.errors import ValidationError

    battery = masterdata.find_category("Battery power stations")
    assert (battery.adr_name, battery.adr_transport_category) == ("LITHIUM ION BATTERIES", 2)
    for wrong, field in (
        ({"adr_name": ""}, "adr_name"),
        ({"adr_transport_category": "7"}, "adr_transport_category"),
    ):
        try:
            masterdata.save_category(dataclasses.replace(battery, **wrong))
        except ValidationError as exc:
            assert exc.field == field
        else:
            raise AssertionError(f"{wrong} was saved")
    assert masterdata.find_category("Battery power stations") == battery  # nothing written
    masterdata.save_category(dataclasses.replace(battery, adr_transport_category="3"))
    assert masterdata.find_category("Battery power stations").adr_transport_category == 3
