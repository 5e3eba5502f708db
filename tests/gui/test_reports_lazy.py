"""The Reports table is lazy like the stock browser's: a long expiring list formats only the
pages the view paints, in a bounded cache; sorting orders figures as numbers, keeps the total
last and in bold, and the figures read as the volunteer's language writes them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.reports.model import MAX_CACHED_PAGES, PAGE
from ui.reports.view import ReportsView
from ui.translations import install_translations
from warehouse_app.kinds import BoxStatus
from warehouse_app.services.movements import Actor
from warehouse_app.services.reporting import GroupBy, ReportKind, received
from warehouse_app.storage.models import Box
from warehouse_app.storage.opening import OpenedDatabase

EXTRA = 4_000


def _more_expiring_boxes(count: int) -> None:
    """count more boxes in the hall, copies of the demo's loose boxes, all expiring within
    the week: a hall after a large food drive."""
    loose = list(
        Box.select()
        .where(Box.status == BoxStatus.IN_STOCK.value, Box.location.is_null(False))
        .limit(50)
        .dicts()
    )
    soon = dt.date.today() + dt.timedelta(days=5)
    rows = []
    for n in range(count):
        row = dict(loose[n % len(loose)])
        del row["id"]
        rows.append({**row, "code": f"X{n:07d}", "expiry_date": soon, "pallet": None})
    with Box._meta.database.atomic():
        for start in range(0, count, 400):
            Box.insert_many(rows[start : start + 400]).execute()


def _figure(text: str) -> Decimal:
    """A German figure ('1.234,5') read back."""
    return Decimal(text.replace(".", "").replace(",", "."))


def test_a_long_expiring_list_formats_only_the_pages_painted(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor
) -> None:
    install_translations(qapp, QLocale("en"))
    _more_expiring_boxes(EXTRA)
    view = ReportsView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    view.kind.setCurrentIndex(view.kind.findData(ReportKind.EXPIRING.value))
    view.days.setValue(30)
    model = view.model
    rows = model.rowCount()
    assert rows >= EXTRA  # no total under a list of boxes
    view.table.viewport().grab()  # paint what a volunteer sees
    assert model.cached_pages() == {0}  # sizing the columns and the first screen
    assert model.index(0, 0).data()  # the first rows are there to read

    view.table.scrollToBottom()
    view.table.viewport().grab()
    last = (rows - 1) // PAGE
    assert last in model.cached_pages() and len(model.cached_pages()) <= 3
    assert model.pages_formatted <= 3  # not the ~60 pages in between

    for row in range(0, rows, PAGE):  # scrolling through everything, page by page
        assert model.index(row, 0).data()
    assert len(model.cached_pages()) <= MAX_CACHED_PAGES

    days_left = model.table.columns.index("Days left")  # type: ignore[union-attr]
    view.table.sortByColumn(days_left, Qt.SortOrder.AscendingOrder)
    assert model.cached_pages() <= {0, last}  # the sort let go of the old order's texts
    shown = [int(model.index(r, days_left).data()) for r in range(rows)]
    assert shown == sorted(shown)
    assert model.index(0, days_left).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None
    status = model.table.columns.index("Status")  # type: ignore[union-attr]
    assert {model.index(r, status).data() for r in range(rows)} <= {
        "in stock",
        "on pallet",
        "loaded",
    }


def test_sorting_orders_figures_as_numbers_with_the_total_last_in_german_style(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor
) -> None:
    install_translations(qapp, QLocale("de"))
    try:
        view = ReportsView(AppContext(demo, actor.volunteer_id, "T", "PC"))
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        view.kind.setCurrentIndex(view.kind.findData(ReportKind.RECEIVED.value))
        view.start.setDate(view.start.date().addYears(-5))
        for group, box in view.groups.items():
            box.setChecked(group in (GroupBy.ASSOCIATION, GroupBy.MONTH))
        model = view.model
        total = model.rowCount() - 1
        assert total >= 10, "the demo has months of intakes"
        gross = model.table.columns.index("Gross kg")  # type: ignore[union-attr]
        expected = received([GroupBy.ASSOCIATION, GroupBy.MONTH], view.start.date().toPython())
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            view.table.sortByColumn(gross, order)
            texts = [model.index(r, gross).data() for r in range(total)]
            figures = [_figure(t) for t in texts]
            # As numbers: '1.000' after '999,5' going up, which text order would not give.
            assert figures == sorted(figures, reverse=order == Qt.SortOrder.DescendingOrder)
            assert model.index(total, 0).data() == "Summe"
            assert model.index(total, 0).data(Qt.ItemDataRole.FontRole).bold()
            assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
        assert sorted(figures) == sorted(r.gross_kg.normalize() for r in expected.rows)
        assert any("," in t for t in texts), "the demo's weights have decimals: a comma"
        total_text = model.index(total, gross).data()
        assert _figure(total_text) == expected.totals.gross_kg
        assert expected.totals.gross_kg >= 1000 and "." in total_text  # 12.345,6
        assert model.headerData(gross, Qt.Orientation.Horizontal) == "Brutto kg"
    finally:
        install_translations(qapp, QLocale("en"))


def test_the_figures_read_as_the_volunteers_language_writes_them(qapp: Any) -> None:
    from ui.formatting import local_number, number_marks

    value = Decimal("1234.500")
    assert local_number(value, number_marks("de")) == "1.234,5"
    assert local_number(value, number_marks("uk")) == "1\u00a0234,5"
    assert local_number(value, number_marks("en")) == "1,234.5"
    assert local_number(Decimal("-1234567"), number_marks("de")) == "-1.234.567"
    assert local_number(value) == "1234.5"  # no marks: as ui.formatting.number writes it
