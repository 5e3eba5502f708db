"""What the services say reaches the volunteer in their language, and the language changes
without a restart."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.test_intake import fill
from ui.context import AppContext
from ui.convoys.view import ConvoyView
from ui.intake.view import IntakeView
from ui.main_window import MainWindow
from ui.translations import install_translations
from warehouse_app.services import masterdata
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import Box, Convoy, Movement, Pallet
from warehouse_app.storage.opening import OpenedDatabase


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[object]:
    """install(language) loads a language for the test; English again afterwards."""
    installed: list[object] = []

    def install(language: str) -> None:
        found = install_translations(qapp, QLocale(language))
        assert found, f"no compiled translation for {language}"
        installed.extend(found)

    yield install
    install_translations(qapp, QLocale("en"))


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "Menge muss größer als 0 sein."), ("uk", "Кількість: значення має бути більше 0.")],
)
def test_an_intake_refusal_is_in_the_volunteers_language(
    qtbot: QtBot,
    opened: OpenedDatabase,
    actor: Actor,
    speaking: object,
    language: str,
    expected: str,
) -> None:
    speaking(language)  # type: ignore[operator]
    view = IntakeView(AppContext(opened, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(view)
    view.show()
    fill(qtbot, view)
    view.quantity.setText("0")
    assert view.save_and_print() == []
    # The field's name is translated inside the sentence, not left in English.
    assert view.message.text() == expected
    assert Box.select().count() == 0 and Movement.select().count() == 0


def test_the_readiness_list_is_in_ukrainian(
    qtbot: QtBot, demo: OpenedDatabase, actor: Actor, speaking: object
) -> None:
    speaking("uk")  # type: ignore[operator]
    view = ConvoyView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.list.count() > 0)
    convoy = Convoy.create(number="2026-UA", destination="Zhytomyr")
    view.reload_list(select=convoy.number)
    lines = [view.problems.item(r).text() for r in range(view.problems.count())]
    assert any(line.startswith("Отримувач (1) — Виберіть отримувача.") for line in lines), lines
    assert "    Отримувача не вказано." in lines
    assert "    У конвої немає транспортного засобу." in lines
    assert not any("No recipient" in line or "has no vehicle" in line for line in lines)


def test_a_scan_refused_by_the_convoy_service_is_in_german(
    qtbot: QtBot, demo: OpenedDatabase, actor: Actor, speaking: object
) -> None:
    from warehouse_app.services.scanning import Mode

    speaking("de")  # type: ignore[operator]
    win = MainWindow(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(win)
    win.show_page(win.scan_view)
    view = win.scan_view
    loading = Convoy.get(Convoy.status == "loading")
    vehicle = loading.vehicles.get()
    view.mode_buttons[Mode.LOAD].click()
    view.handle_scan(vehicle.code)
    # A pallet reserved for another convoy: the convoy service refuses it.
    other = Pallet.create(code="20099996")
    from warehouse_app.services import convoys

    planning = convoys.get_convoy(Convoy.get(Convoy.status == "planning").number)
    convoys.assign(planning, vehicle=None, pallets=[other.code])
    result = view.handle_scan(other.code)
    assert result.outcome.value == "error"
    assert f"Palette {other.code}" in view.result_panel.text()
    assert "reserved for convoy" not in view.result_panel.text()


def test_the_language_changes_without_a_restart(
    qtbot: QtBot, demo: OpenedDatabase, actor: Actor, speaking: object
) -> None:
    win = MainWindow(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(win)
    win.show()
    win.nav.setCurrentRow(2)
    assert win.nav.item(2).text() == "Stock"
    win.language_box.setCurrentIndex(win.language_box.findData("uk"))
    successor = win.switch_language("uk")
    assert successor is not None
    qtbot.addWidget(successor)
    try:
        assert successor.isVisible() and not win.isVisible()
        assert successor.nav.item(2).text() == "Запаси"
        assert successor.nav.currentRow() == 2  # the same screen, now in Ukrainian
        assert successor.language_box.currentData() == "uk"
        assert actor.volunteer_id is not None
        assert masterdata.volunteer_language(actor.volunteer_id) == "uk"  # kept for next time
        back = successor.switch_language("en")
        assert back is not None
        qtbot.addWidget(back)
        assert back.nav.item(2).text() == "Stock"
    finally:
        install_translations(QApplication.instance(), QLocale("en"))  # type: ignore[arg-type]


def test_a_half_typed_intake_survives_the_change_of_language(
    qtbot: QtBot, demo: OpenedDatabase, actor: Actor, speaking: object
) -> None:
    win = MainWindow(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(win)
    win.show()
    fill(qtbot, win.intake_view)
    win.intake_view.description_de.setText("Schlafsäcke, Winter, -20 °C")
    win.intake_view.continue_donation(7)  # a donation still open from the last save
    typed = {
        name: getattr(win.intake_view, name).text()
        for name in ("description_de", "description_uk", "quantity", "net_kg")
    }
    try:
        successor = win.switch_language("de")
        assert successor is not None
        qtbot.addWidget(successor)
        form = successor.intake_view
        assert {name: getattr(form, name).text() for name in typed} == typed
        assert form.association.currentData() == win.intake_view.association.currentData()
        assert form.category.currentData() == win.intake_view.category.currentData()
        assert form.box_count.value() == 4
        assert form.donation_id == 7 and "7" in form.donation_label.text()
    finally:
        install_translations(QApplication.instance(), QLocale("en"))  # type: ignore[arg-type]


def test_a_locked_database_keeps_the_language_and_says_so_in_red(
    qtbot: QtBot, demo: OpenedDatabase, actor: Actor, speaking: object
) -> None:
    from tests.locking import write_lock_held

    win = MainWindow(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(win)
    win.show()
    assert actor.volunteer_id is not None
    before = masterdata.volunteer_language(actor.volunteer_id)
    with write_lock_held(demo.target):
        win.language_box.setCurrentIndex(win.language_box.findData("uk"))
        assert win.switch_language("uk") is None
    assert win.isVisible() and win.nav.item(2).text() == "Stock"  # nothing was rebuilt
    assert masterdata.volunteer_language(actor.volunteer_id) == before
    assert win.language_box.currentIndex() == win.language_box.findData(before)
    assert "busy" in win.scan_feedback.text()
    assert "#b00020" in win.scan_feedback.styleSheet()  # in red


def test_the_stock_screen_names_categories_in_the_volunteers_language(
    qtbot: QtBot, demo: OpenedDatabase, actor: Actor, speaking: object
) -> None:
    from ui.stock.view import StockView
    from warehouse_app.storage.models import Category

    speaking("uk")  # type: ignore[operator]
    view = StockView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(view)
    view.show()
    box = Box.get()
    category = Category.get_by_id(box.category_id)
    assert category.name_uk != category.name_de
    view.show_box(box.id)
    row = view.model.row_of(box.id)
    assert view.model.index(row, view.model.CATEGORY_COLUMN).data() == category.name_uk
    assert view.detail.values["category"].text().startswith(category.name_uk)
    # The unit too: "шт." where the box keeps "pcs".
    counted = Box.get(Box.unit == "pcs")
    view.show_box(counted.id)
    row = view.model.row_of(counted.id)
    assert view.model.index(row, 5).data().endswith(" шт.")
    assert view.detail.values["quantity"].text().endswith(" шт.")


def test_the_missing_printer_is_named_in_german(
    qtbot: QtBot, opened: OpenedDatabase, actor: Actor, speaking: object
) -> None:
    speaking("de")  # type: ignore[operator]
    view = IntakeView(AppContext(opened, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(view)
    view.show()
    fill(qtbot, view)
    assert len(view.save_and_print()) == 4  # the boxes are saved; their labels wait
    said = view.message.text()
    assert "Für diesen Arbeitsplatz ist kein Drucker eingestellt" in said, said
    assert "No printer" not in said
    # The reprint list names the reason in the language of whoever reads it, on any station.
    reason = view.reprints.table.item(0, 1).text()
    assert "kein Drucker eingestellt" in reason, reason
    speaking("uk")  # type: ignore[operator]
    view.reprints.refresh()
    reason = view.reprints.table.item(0, 1).text()
    assert "No printer" not in reason and "kein Drucker" not in reason, reason


def test_a_seeded_export_note_reads_in_the_leads_language(
    demo: OpenedDatabase, speaking: object
) -> None:
    from ui.service_texts import translated
    from warehouse_app.services.convoys.readiness import readiness
    from warehouse_app.services.convoys.records import convoy_record
    from warehouse_app.storage.models import ConvoyAcknowledgement

    ConvoyAcknowledgement.delete().execute()  # the demo acknowledged its notes
    notes = [
        problem
        for convoy in Convoy.select()
        for problem in readiness(convoy_record(convoy))
        if problem.group == "export"
    ]
    assert notes
    speaking("uk")  # type: ignore[operator]
    shown = {translated(problem.message) for problem in notes}
    assert any("злийте бак" in line or "Літій-іонні" in line for line in shown), shown
    assert not any("drain the tank" in line or "Lithium-ion" in line for line in shown), shown
