"""A board member (a lead who belongs to Blau-Gelbes-Herz): the screens of their own goods,
not the hall's work; the stock browser and the reports hold BGH's goods only."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.gui.test_roles_gui import context_for, shown_pages, window_for
from warehouse_app.services import masterdata, signin, stock
from warehouse_app.storage.models import Box
from warehouse_app.storage.opening import OpenedDatabase


def test_a_board_member_sees_their_associations_goods_and_no_hall_work(
    qtbot: QtBot, demo: OpenedDatabase
) -> None:
    signin.sign_in("Iryna Koval", "4444", "Vorstand-PC")  # the services' person, as at start
    win = window_for(qtbot, context_for(demo, "Iryna Koval"))
    assert shown_pages(win) == ["intake", "scan", "stock", "reports"]
    bgh = masterdata.find_association("BGH").id
    view = win.stock_view
    win.show_page(view)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    first = view.model.box_id_at(0)
    assert first is not None and Box.get_by_id(first).owner_id == bgh
    shown = stock.box_ids(view.model.current_filter)
    assert view.model.rowCount() == len(shown)
    assert {Box.get_by_id(i).owner_id for i in shown} == {bgh}
    assert view.model.rowCount() < Box.select().count()  # the others' goods are not there
    reports = win.reports_view
    win.show_page(reports)
    reports.reload()
    assert reports.model.table is not None
    assert {row[0] for row in reports.model.table.rows} == {"BGH"}
