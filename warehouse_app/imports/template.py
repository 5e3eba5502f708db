"""The donation list template: an XLSX an association fills in, each heading in German and
Ukrainian ("Kategorie / Категорія", which the import reads), a sheet of the categories' names
and a sheet that says how to fill it in. No example row: one left in would be imported."""

from __future__ import annotations

from pathlib import Path

from warehouse_app.storage.models import Category

# (German heading, Ukrainian heading, width)
COLUMNS = (
    ("Kategorie", "Категорія", 30),
    ("Beschreibung", "Опис німецькою", 30),
    ("Beschreibung ukrainisch", "Опис українською", 30),
    ("Menge", "Кількість", 14),
    ("Einheit", "Одиниця", 14),
    ("Gewicht (kg)", "Вага нетто", 16),
    ("Anzahl Kartons", "Кількість ящиків", 18),
    ("MHD", "Придатний до", 16),
)
HINTS = (
    "Eine Zeile je Kartonsorte: Menge und Gewicht je Karton, dazu die Anzahl solcher Kartons.",
    "Один рядок на вид ящика: кількість і вага на один ящик, плюс кількість таких ящиків.",
    "Kategorie: ein Name aus dem Blatt „Kategorien“. MHD: 31.12.2027 oder 12.2027.",
    "Категорія: назва з аркуша «Kategorien». Придатний до: 31.12.2027 або 12.2027.",
    "Nur Werte, keine Formeln, keine verbundenen Zellen. Zahlen ohne Einheit (8,2, nicht 8,2 kg).",
    "Лише значення, без формул і об'єднаних клітинок. Числа без одиниць (8,2, а не 8,2 кг).",
)


def write_template(path: Path) -> None:
    """The template at path (.xlsx)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Spenden – пожертви"
    sheet.append([f"{german} / {ukrainian}" for german, ukrainian, _ in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, (_, _, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[sheet.cell(1, column).column_letter].width = width
    names = book.create_sheet("Kategorien – категорії")
    names.append(["Deutsch", "Українська", "English", "HS"])
    for cell in names[1]:
        cell.font = Font(bold=True)
    for c in Category.select().where(Category.active == True).order_by(Category.name_de):
        names.append([c.name_de, c.name_uk, c.name_en, c.hs_code])
    hints = book.create_sheet("Hinweise – примітки")
    for line in HINTS:
        hints.append([line])
    hints.column_dimensions["A"].width = 110
    book.save(path)
