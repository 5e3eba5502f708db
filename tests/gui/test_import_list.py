"""Import… on the intake screen: the preview maps the columns, names every problem, and saves
the whole list as one donation with its labels, or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.locking import write_lock_held
from ui.context import AppContext
from ui.intake.import_dialog import ImportDialog
from ui.intake.view import IntakeView
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import Box, PrintJob
from warehouse_app.storage.opening import OpenedDatabase

LIST = (
    "Kategorie;Inhalt;Stückzahl;Kartons gesamt;Gewicht (kg)\n"
    "Schlafsäcke;Schlafsäcke Winter;6;4;8,2\n"
    "Wolldecken;Wolldecken, grau;10;2;6,5\n"
)


@pytest.fixture
def view(qtbot: QtBot, demo: OpenedDatabase, actor: Actor) -> IntakeView:
    widget = IntakeView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(widget)
    widget.show()
    widget.association.setCurrentIndex(
        widget.association.findText("BGH", Qt.MatchFlag.MatchStartsWith)
    )
    return widget


def opened(qtbot: QtBot, view: IntakeView, path: Path) -> ImportDialog:
    dialog = view.import_list(path)
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_an_unknown_heading_is_mapped_in_the_preview_then_the_list_imports(
    qtbot: QtBot, view: IntakeView, tmp_path: Path
) -> None:
    source = tmp_path / "liste.csv"
    source.write_text(LIST, encoding="utf-8")
    before = Box.select().count()
    dialog = opened(qtbot, view, source)
    # "Kartons gesamt" is no heading it knows: not imported, until the volunteer says so.
    kartons = dialog.choices[3]
    assert kartons.currentData() == ""
    assert dialog.choices[2].currentData() == "quantity"  # "Stückzahl" is known
    dialog.check()
    assert dialog.import_button.isEnabled()
    assert "2 rows, 2 boxes" in dialog.summary.text()  # one box a row, without the count
    kartons.setCurrentIndex(kartons.findData("box_count"))
    assert not dialog.import_button.isEnabled()  # changed: check again first
    dialog.check()
    assert "2 rows, 6 boxes" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert Box.select().count() == before + 6
    assert "Saved 6 box(es)" in view.message.text()  # and their labels went to the printer
    assert PrintJob.select().count() >= 1
    assert view.recent.table.rowCount() == 6


def test_problems_are_listed_by_row_and_nothing_is_saved(
    qtbot: QtBot, view: IntakeView, tmp_path: Path
) -> None:
    source = tmp_path / "liste.csv"
    source.write_text(LIST + "Raumschiffe;Enterprise;1;1;9\nWolldecken;Wolldecken;2;1;10 kg\n")
    before = Box.select().count()
    dialog = opened(qtbot, view, source)
    dialog.check()
    lines = [dialog.problems.item(r).text() for r in range(dialog.problems.count())]
    assert any(
        line.startswith("Row 4, Kategorie: No category is called 'Raumschiffe'") for line in lines
    ), lines
    assert any(line.startswith("Row 5, Gewicht (kg): '10 kg' has a unit") for line in lines), lines
    assert not dialog.import_button.isEnabled()
    assert "#b00020" in dialog.summary.styleSheet()
    dialog.do_import()
    assert Box.select().count() == before


def test_a_busy_database_is_said_in_red_and_the_dialog_stays(
    qtbot: QtBot, view: IntakeView, demo: OpenedDatabase, tmp_path: Path
) -> None:
    source = tmp_path / "liste.csv"
    source.write_text(LIST, encoding="utf-8")
    before = Box.select().count()
    dialog = opened(qtbot, view, source)
    dialog.check()
    with write_lock_held(demo.target):
        dialog.do_import()
    assert "busy" in dialog.summary.text() and "#b00020" in dialog.summary.styleSheet()
    assert dialog.isVisible() and Box.select().count() == before
    dialog.do_import()  # the other station is done
    assert Box.select().count() == before + 2 and not dialog.isVisible()


def test_a_file_that_is_no_list_is_refused_on_the_intake_screen(
    view: IntakeView, tmp_path: Path
) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"\xff\xd8\xff")
    assert view.import_list(source) is None
    assert "not a spreadsheet" in view.message.text()


def test_the_template_is_saved_from_the_intake_screen(view: IntakeView, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    saved = view.save_template(tmp_path / "Vorlage.xlsx")
    assert saved is not None and "Template saved" in view.message.text()
    assert load_workbook(saved).worksheets[0]["D1"].value == "Menge / Кількість"
    assert view.save_template(tmp_path / "no such folder" / "Vorlage.xlsx") is None
    assert "not saved" in view.message.text()
