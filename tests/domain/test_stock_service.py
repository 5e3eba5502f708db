"""The stock queries agree with the data, however they are filtered and sorted."""

from __future__ import annotations

import datetime as dt

import pytest

from warehouse_app.codes import CodeKind, make_code
from warehouse_app.errors import CodeError, NotFound
from warehouse_app.kinds import BoxStatus
from warehouse_app.services import stock
from warehouse_app.services.stock import BoxFilter, SortColumn
from warehouse_app.storage.models import Association, Box, Category, Location, Pallet
from warehouse_app.storage.opening import OpenedDatabase


def all_rows() -> list[stock.BoxRow]:
    ids = [b.id for b in Box.select(Box.id)]
    return list(stock.box_rows(ids).values())


def test_filters_return_exactly_the_matching_boxes(demo: OpenedDatabase) -> None:
    rows = all_rows()
    bgh = Association.get(Association.short_code == "BGH")
    medicines = Category.get(Category.name_en == "Medicines")
    cutoff = dt.date.today() + dt.timedelta(days=200)
    cases = {
        BoxFilter(association_id=bgh.id): lambda r: r.owner_code == "BGH",
        BoxFilter(category_id=medicines.id): lambda r: r.category == "Medikamente",
        BoxFilter(status=BoxStatus.ON_PALLET): lambda r: r.status == "on_pallet",
        BoxFilter(expiry_before=cutoff): lambda r: (
            r.expiry_date is not None and r.expiry_date < cutoff
        ),
        BoxFilter(text="decken"): lambda r: "decken" in r.description_de.lower(),
        BoxFilter(association_id=bgh.id, status=BoxStatus.IN_STOCK): lambda r: (
            r.owner_code == "BGH" and r.status == "in_stock"
        ),
    }
    for flt, matches in cases.items():
        expected = {r.id for r in rows if matches(r)}
        assert expected, flt
        assert set(stock.box_ids(flt)) == expected, flt


def test_location_filter_includes_boxes_on_pallets_standing_there(demo: OpenedDatabase) -> None:
    pallet = Pallet.get()
    on_it = {b.id for b in Box.select().where(Box.pallet == pallet.id)}
    found = set(stock.box_ids(BoxFilter(location_id=pallet.location_id)))
    assert on_it and on_it <= found
    rows = stock.box_rows(found)
    location_name = Location.get_by_id(pallet.location_id).name
    assert {r.location for r in rows.values()} == {location_name}


@pytest.mark.parametrize("column", list(SortColumn))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_orders_the_rows(
    demo: OpenedDatabase, column: SortColumn, descending: bool
) -> None:
    ids = stock.box_ids(BoxFilter(), column, descending)
    assert len(ids) == len(set(ids)) == Box.select().count()
    rows = stock.box_rows(ids)
    key = {
        SortColumn.CODE: lambda r: r.code,
        SortColumn.OWNER: lambda r: r.owner_code,
        SortColumn.CATEGORY: lambda r: r.category,
        SortColumn.DESCRIPTION: lambda r: r.description_de,
        SortColumn.QUANTITY: lambda r: r.quantity,
        SortColumn.NET_KG: lambda r: r.net_kg,
        SortColumn.GROSS_KG: lambda r: r.gross_kg,
        SortColumn.EXPIRY: lambda r: (r.expiry_date is not None, r.expiry_date or dt.date.min),
        SortColumn.LOCATION: lambda r: (r.location != "", r.location),
        SortColumn.PALLET: lambda r: (r.pallet != "", r.pallet),
        SortColumn.STATUS: lambda r: r.status,
        SortColumn.RECEIVED: lambda r: r.id,
    }[column]
    values = [key(rows[i]) for i in ids]
    assert values == sorted(values, reverse=descending)


def test_find_code_names_the_right_object(demo: OpenedDatabase) -> None:
    box, pallet, location = Box.get(), Pallet.get(), Location.get()
    assert stock.find_code(box.code) == stock.CodeTarget(CodeKind.BOX, box.id, box.code)
    assert stock.find_code(f" {pallet.code}\n").id == pallet.id
    assert stock.find_code(location.code).kind is CodeKind.LOCATION
    with pytest.raises(NotFound, match="No box has the code"):
        stock.find_code(make_code(CodeKind.BOX, 999_999))
    with pytest.raises(CodeError, match="check digit"):
        stock.find_code(box.code[:-1] + str((int(box.code[-1]) + 1) % 10))


def test_box_detail_holds_the_whole_history(demo: OpenedDatabase) -> None:
    box = Box.get(Box.status == BoxStatus.ON_PALLET)
    detail = stock.box_detail(box.id)
    kinds = [m.kind for m in detail.movements]
    assert kinds[0] == "received" and kinds[-1] == "packed"
    assert detail.movements[-1].to_pallet == box.pallet.code
    assert detail.row.location == box.pallet.location.name
    assert all(m.volunteer for m in detail.movements)


def test_pallet_rows_add_the_tare(demo: OpenedDatabase) -> None:
    pallet = Pallet.get()
    (row,) = stock.pallet_rows(pallet.id)
    boxes = list(Box.select().where(Box.pallet == pallet.id))
    assert row.boxes == len(boxes)
    assert row.gross_kg == sum(b.gross_kg for b in boxes) + pallet.tare_kg


def test_search_ignores_case_in_every_alphabet(demo: OpenedDatabase) -> None:
    exact_case = set(stock.box_ids(BoxFilter(text="Спальний")))
    assert exact_case
    assert set(stock.box_ids(BoxFilter(text="спальний"))) == exact_case
    assert set(stock.box_ids(BoxFilter(text="СПАЛЬНИЙ МІШОК"))) == exact_case
    assert set(stock.box_ids(BoxFilter(text="schlafsack"))) == set(
        stock.box_ids(BoxFilter(text="Schlafsack"))
    )


def test_a_stale_search_text_is_reported_by_check(demo: OpenedDatabase) -> None:
    from warehouse_app.storage.checks import run_checks

    box = Box.get()
    Box.update(search_text="").where(Box.id == box.id).execute()
    assert [p.rule for p in run_checks(demo.db)] == ["search"]


def test_search_finds_parts_of_words_and_category_names(demo: OpenedDatabase) -> None:
    tuna = Category.get(Category.name_en == "Canned tuna")
    of_tuna = set(stock.box_ids(BoxFilter(category_id=tuna.id)))
    assert of_tuna
    # "Konserven" is in no box's description ("Thunfisch in Öl"), but in its category's name.
    assert of_tuna <= set(stock.box_ids(BoxFilter(text="Konserven")))
    # The middle of a word: "unfisch" finds "Thunfisch".
    middle = set(stock.box_ids(BoxFilter(text="unfisch")))
    assert middle and middle <= of_tuna
    # Two letters are below a trigram: found by reading the boxes, the same way.
    assert set(stock.box_ids(BoxFilter(text="öl"))) >= middle


def test_the_search_goes_through_the_trigram_index_on_both_engines(
    demo: OpenedDatabase,
) -> None:
    import peewee as pw

    from warehouse_app.services.stock_query import conditions

    sql, params = Box.select(Box.id).where(*conditions(BoxFilter(text="unfisch"))).sql()
    assert "box_search" in sql
    if isinstance(demo.db, pw.PostgresqlDatabase):
        # The demo is small enough for a sequential scan to be cheaper: forbid it to see that
        # the trigram index can answer the search at all.
        with demo.db.atomic():
            demo.db.execute_sql("SET LOCAL enable_seqscan = off")
            plan = " ".join(r[0] for r in demo.db.execute_sql(f"EXPLAIN {sql}", params))
        assert "box_search_trigrams" in plan
        return
    rows = demo.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)
    plan = " ".join(str(r[-1]) for r in rows)
    assert "VIRTUAL TABLE INDEX" in plan and "box_search" in plan
