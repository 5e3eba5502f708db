"""Statements built once per engine answer exactly as the peewee query they were built from."""

from __future__ import annotations

import peewee as pw

from warehouse_app.kinds import BoxStatus
from warehouse_app.storage.models import Association, Box, Category
from warehouse_app.storage.opening import OpenedDatabase
from warehouse_app.storage.statements import Statement, slot


def test_a_statement_is_built_once_and_binds_each_run_s_values(demo: OpenedDatabase) -> None:
    builds: list[int] = []

    def build() -> pw.ModelSelect:
        builds.append(1)
        return (
            Box.select(Box, Category, Association)
            .join(Category, on=(Box.category == Category.id))
            .switch(Box)
            .join(Association, on=(Box.owner == Association.id))
            .where(Box.code == slot(Box.code), Box.status == slot(Box.status))
            .limit(1)
        )

    statement = Statement(build)
    for box in Box.select().where(Box.status == BoxStatus.ON_PALLET).limit(3):
        found = statement.first(code=box.code, status=BoxStatus.ON_PALLET)
        assert found is not None and found.id == box.id
        # The joined rows come along, as from peewee's own query: no query per attribute.
        assert found.category.name_de == Category.get_by_id(box.category_id).name_de
        assert found.owner.short_code == Association.get_by_id(box.owner_id).short_code
    assert statement.first(code="no such code", status=BoxStatus.ON_PALLET) is None
    assert len(builds) == 1


def test_an_update_statement_writes_the_values_given(demo: OpenedDatabase) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    update = Statement(
        lambda: Box.update({Box.description_en: slot(Box.description_en)}).where(
            Box.id == slot(Box.id)
        )
    )
    update.execute(description_en="Blankets, wool", id=box.id)
    assert Box.get_by_id(box.id).description_en == "Blankets, wool"
    assert Box.get_by_id(box.id).status == BoxStatus.IN_STOCK
