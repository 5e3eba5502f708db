"""The list templates an association, a recipient or the city fills in: an XLSX per kind
(donations, needs, offers), each heading in German and Ukrainian ("Kategorie / Категорія", which
the imports read by either half), a sheet of the categories' names and a sheet that says how to
fill it in, in both languages. No example row: one left in would be imported."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from warehouse_app.errors import HafenlagerError
from warehouse_app.storage.models import Category
from warehouse_app.texts import QT_TRANSLATE_NOOP

Kind = Literal["donations", "needs", "offers"]
# (German heading, Ukrainian heading, width)
Columns = tuple[tuple[str, str, int], ...]


@dataclass(frozen=True)
class _Template:
    sheet: str  # the first sheet's title: what the list is, in both languages
    columns: Columns
    hints: tuple[str, ...]  # German and Ukrainian, alternating


_DATA_ONLY = (
    "Nur Werte, keine Formeln, keine verbundenen Zellen. Zahlen ohne Einheit (8,2, nicht 8,2 kg).",
    "Лише значення, без формул і об'єднаних клітинок. Числа без одиниць (8,2, а не 8,2 кг).",
)
_UNITS = (
    "Einheit: Stk., kg, l oder Satz (leer: die übliche Einheit der Kategorie).",
    "Одиниця: шт., кг, л або компл. (порожньо: звичайна одиниця категорії).",
)

DONATIONS = _Template(
    "Spenden – пожертви",
    (
        ("Kategorie", "Категорія", 30),
        ("Beschreibung", "Опис німецькою", 30),
        ("Beschreibung ukrainisch", "Опис українською", 30),
        ("Menge", "Кількість", 14),
        ("Einheit", "Одиниця", 14),
        ("Gewicht (kg)", "Вага нетто", 16),
        ("Anzahl Kartons", "Кількість ящиків", 18),
        ("MHD", "Придатний до", 16),
    ),
    (
        "Eine Zeile je Kartonsorte: Menge und Gewicht je Karton, dazu die Anzahl solcher Kartons.",
        "Один рядок на вид ящика: кількість і вага на один ящик, плюс кількість таких ящиків.",
        "Kategorie: ein Name aus dem Blatt „Kategorien“. MHD: 31.12.2027 oder 12.2027.",
        "Категорія: назва з аркуша «Kategorien». Придатний до: 31.12.2027 або 12.2027.",
        *_DATA_ONLY,
    ),
)
# The headings imports.needs_list.HEADINGS reads.
NEEDS = _Template(
    "Bedarf – потреби",
    (
        ("Kategorie", "Категорія", 30),
        ("Beschreibung", "Опис", 36),
        ("Menge", "Кількість", 14),
        ("Einheit", "Одиниця", 14),
        ("Priorität", "Пріоритет", 16),
        ("Benötigt bis", "Потрібно до", 16),
        ("Bemerkung", "Примітка", 36),
    ),
    (
        "Eine Zeile je benötigter Sache. Kategorie: ein Name aus dem Blatt „Kategorien“; "
        "Beschreibung, wenn die Kategorie allein nicht sagt, was gebraucht wird.",
        "Один рядок на кожну потрібну річ. Категорія: назва з аркуша «Kategorien»; опис, якщо "
        "самої категорії замало, щоб сказати, що потрібно.",
        "Priorität: dringend, normal oder wünschenswert (leer: normal).",
        "Пріоритет: терміново, звичайно або бажано (порожньо: звичайно).",
        *_UNITS,
        "Benötigt bis: das Datum, bis zu dem es ankommen soll, z. B. 31.12.2027.",
        "Потрібно до: дата, до якої це має надійти, напр. 31.12.2027.",
        *_DATA_ONLY,
    ),
)
# The German headings the offers import reads (the Ukrainian half is for the reader).
OFFERS = _Template(
    "Angebote – пропозиції",
    (
        ("Name", "Ім'я", 24),
        ("Kontakt", "Контакт", 24),
        ("Verein", "Організація", 20),
        ("Kategorie", "Категорія", 26),
        ("Beschreibung", "Опис", 32),
        ("Menge", "Кількість", 12),
        ("Einheit", "Одиниця", 12),
        ("Gewicht (kg)", "Вага (кг)", 14),
        ("Anzahl Kartons", "Кількість ящиків", 18),
        ("FIN", "VIN-код", 20),
        ("Verfügbar ab", "Доступно з", 15),
        ("Verfügbar bis", "Доступно до", 15),
        ("Bemerkung", "Примітка", 30),
    ),
    (
        "Eine Zeile je Angebot: wer anbietet (Name, Telefon oder E-Mail, Verein falls einer), "
        "was und wie viel.",
        "Один рядок на пропозицію: хто пропонує (ім'я, телефон або e-mail, організація, якщо є), "
        "що і скільки.",
        "Kategorie: ein Name aus dem Blatt „Kategorien“. Menge und Gewicht dürfen geschätzt sein.",
        "Категорія: назва з аркуша «Kategorien». Кількість і вагу можна вказати приблизно.",
        *_UNITS,
        "Fahrzeuge: je Fahrzeug eine Zeile mit seiner FIN (17 Zeichen).",
        "Транспортні засоби: по рядку на кожен, з його VIN-кодом (17 знаків).",
        "Verfügbar ab / bis: ab wann und bis wann es abgegeben werden kann, z. B. 31.12.2027.",
        "Доступно з / до: з якого і до якого дня це можна передати, напр. 31.12.2027.",
        *_DATA_ONLY,
    ),
)
TEMPLATES: dict[str, _Template] = {"donations": DONATIONS, "needs": NEEDS, "offers": OFFERS}
KINDS: tuple[Kind, ...] = ("donations", "needs", "offers")
COLUMNS = DONATIONS.columns  # as before the kinds: the donation list's columns


def headings(kind: Kind) -> list[str]:
    """The first row of the kind's template: 'Kategorie / Категорія', …"""
    return [f"{german} / {ukrainian}" for german, ukrainian, _ in _template(kind).columns]


def write_template(kind: Kind, path: Path) -> None:
    """The kind's template at path (.xlsx)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    template = _template(kind)
    book = Workbook()
    sheet = book.active
    sheet.title = template.sheet
    sheet.append(headings(kind))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, (_, _, width) in enumerate(template.columns, start=1):
        sheet.column_dimensions[sheet.cell(1, column).column_letter].width = width
    sheet.freeze_panes = "A2"  # the headings stay in view down a long list
    names = book.create_sheet("Kategorien – категорії")
    names.append(["Deutsch", "Українська", "English", "HS"])
    for cell in names[1]:
        cell.font = Font(bold=True)
    for c in Category.select().where(Category.active == True).order_by(Category.name_de):
        names.append([c.name_de, c.name_uk, c.name_en, c.hs_code])
    for letter, width in zip("ABCD", (34, 34, 34, 12), strict=True):
        names.column_dimensions[letter].width = width
    hints = book.create_sheet("Hinweise – примітки")
    for line in template.hints:
        hints.append([line])
    hints.column_dimensions["A"].width = 120
    book.save(path)


def _template(kind: str) -> _Template:
    try:
        return TEMPLATES[kind]
    except KeyError:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service", "There is no '{kind}' template: choose donations, needs or offers."
            ),
            kind=kind,
        ) from None
