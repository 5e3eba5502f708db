"""The needs page: a recipient's list imported, its lines with what the hall has and what is
missing, the shortage list saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.needs.view import NeedsView
from ui.translations import install_translations
from warehouse_app.services import needs
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import NeedsList
from warehouse_app.storage.opening import OpenedDatabase

LIST = "Kategorie;Menge;Priorität\nSchlafsäcke;100000;dringend\nMedikamente;1;normal\n"


def test_a_needs_list_is_imported_and_shown_with_what_is_missing(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor, tmp_path: Path
) -> None:
    install_translations(qapp, QLocale("en"))  # whatever an earlier test left installed
    view = NeedsView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(view)
    view.show()
    assert view.import_list(tmp_path / "none.csv") is None  # "All recipients": whose list?
    assert "Choose the recipient" in view.message.text()
    view.recipient.setCurrentIndex(
        view.recipient.findText("Zhytomyr", flags=Qt.MatchFlag.MatchStartsWith)
    )
    source = tmp_path / "Bedarf.csv"
    source.write_text(LIST, encoding="utf-8")
    list_id = view.import_list(source)
    assert list_id is not None and "2 lines imported" in view.message.text()
    assert view.lines.rowCount() == 2
    matched = {m.line_number: m for m in needs.match(list_id)}
    bags = view.lines
    assert bags.item(0, 1).text() == "Sleeping bags"  # the category, in the volunteer's language
    assert bags.item(0, 2).text() == "urgent"
    assert bags.item(0, 4).text().startswith(str(matched[1].missing.normalize()))
    assert bags.item(0, 4).foreground().color().name() == "#b00020"
    assert bags.item(1, 4).text() == ""  # the one box of pills the list asks for is there

    saved = view.save_shortage(tmp_path / "Mangel.xlsx")
    assert saved is not None and saved.exists() and "1 lines still short" in view.message.text()


def test_a_bad_needs_list_is_refused_on_the_page(
    qtbot: QtBot, demo: OpenedDatabase, actor: Actor, tmp_path: Path
) -> None:
    view = NeedsView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(view)
    view.show()
    view.recipient.setCurrentIndex(1)
    before = NeedsList.select().count()
    source = tmp_path / "Bedarf.csv"
    source.write_text("Kategorie;Menge\nRaumschiffe;3\n", encoding="utf-8")
    assert view.import_list(source) is None
    assert "Nothing was imported" in view.message.text() and "Row 2" in view.message.text()
    assert NeedsList.select().count() == before


def test_the_shortage_list_is_saved_as_pdf_or_excel_and_the_template_fills_a_list(
    qtbot: QtBot,
    qapp: QApplication,
    demo: OpenedDatabase,
    actor: Actor,
    tmp_path: Path,
) -> None:
    import pypdfium2 as pdfium
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    install_translations(qapp, QLocale("en"))
    view = NeedsView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(view)
    view.show()
    view.recipient.setCurrentIndex(
        view.recipient.findText("Zhytomyr", flags=Qt.MatchFlag.MatchStartsWith)
    )
    # The template, saved from the button next to "Import needs list…", filled and imported.
    assert view.template_button.text() == "Needs list template…"
    template = view.save_template(tmp_path / "Bedarfsliste.xlsx")
    assert template is not None and "Template saved" in view.message.text()
    book = load_workbook(template)
    assert book.worksheets[0]["E1"].value == "Priorität / Пріоритет"
    book.worksheets[0].append(["Schlafsäcke", None, 100000, None, "dringend", "31.12.2027", None])
    book.save(template)
    assert view.import_list(template) is not None and "1 lines imported" in view.message.text()

    saved = view.save_shortage(tmp_path / "Mangel.pdf")
    assert saved is not None and "1 lines still short" in view.message.text()
    text = pdfium.PdfDocument(saved.read_bytes())[0].get_textpage().get_text_range()
    assert "Was noch fehlt / Чого ще бракує" in text and "Спальні мішки" in text
    assert "Dringend / Терміново" in text and "31.12.2027" in text

    # In the dialog, the filter chooses the format of a name typed without a suffix.
    dialog = QFileDialog.getSaveFileName
    setattr(  # noqa: B010 (the dialog answers as a volunteer would, then is put back)
        QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "Aushang"), "Excel (*.xlsx)")
    )
    try:
        saved = view.save_shortage()
    finally:
        setattr(QFileDialog, "getSaveFileName", dialog)  # noqa: B010
    assert saved == tmp_path / "Aushang.xlsx"
    assert load_workbook(saved).active["D3"].value == "Schlafsäcke"

    assert view.save_shortage(tmp_path / "Mangel.docx") is None
    assert "should end in .pdf" in view.message.text()
    assert not (tmp_path / "Mangel.docx").exists()
