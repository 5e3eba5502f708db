"""A recipient's needs list from the spreadsheet it sends (XLSX or CSV): headings in German,
English or Ukrainian, every line checked, all saved as one list or, with a problem, none."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from warehouse_app.access.roles import Permission
from warehouse_app.errors import HafenlagerError, NotFound
from warehouse_app.imports.columns import columns_by
from warehouse_app.imports.sheets import Cell, read_table
from warehouse_app.kinds import Priority, Unit
from warehouse_app.services import activity_log
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.guard import guarded
from warehouse_app.services.needs import find_recipient
from warehouse_app.storage.models import Category, NeedLine, NeedsList, Recipient
from warehouse_app.storage.transactions import locked, run_in_transaction
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, say

HEADINGS: dict[str, tuple[str, ...]] = {
    "category": ("kategorie", "category", "категорія", "warengruppe"),
    "hs_code": ("hs", "hs-code", "hs code", "уктзед", "код hs"),
    "description": (
        "beschreibung", "bezeichnung", "artikel", "description", "item", "опис",
        "найменування", "назва",
    ),
    "quantity": ("menge", "anzahl", "quantity", "qty", "кількість"),
    "unit": ("einheit", "unit", "одиниця", "од."),
    "priority": ("priorität", "dringlichkeit", "priority", "пріоритет", "терміновість"),
    "needed_by": ("benötigt bis", "bis", "needed by", "потрібно до", "термін"),
    "notes": ("bemerkung", "bemerkungen", "notes", "note", "примітки", "примітка"),
}  # fmt: skip
_PRIORITIES = {
    "urgent": Priority.URGENT, "dringend": Priority.URGENT, "терміново": Priority.URGENT,
    "1": Priority.URGENT, "normal": Priority.NORMAL, "звичайно": Priority.NORMAL,
    "звичайний": Priority.NORMAL, "2": Priority.NORMAL, "": Priority.NORMAL,
    "nice to have": Priority.NICE, "nice": Priority.NICE, "wünschenswert": Priority.NICE,
    "бажано": Priority.NICE, "3": Priority.NICE,
}  # fmt: skip


@dataclass(frozen=True)
class LineProblem:
    row: int
    column: str
    message: Text


@dataclass(frozen=True)
class ImportedNeeds:
    list_id: int | None  # None: a dry run, or problems
    lines: int
    problems: tuple[LineProblem, ...]


@guarded(Permission.NEEDS)
def import_needs(
    path: Path, recipient: str, *, title: str = "", dry_run: bool = False
) -> ImportedNeeds:
    """A recipient's needs list from XLSX or CSV: every line or, with a problem, none."""
    from warehouse_app.imports.donations import Categories, parse_date, parse_number

    found = find_recipient(recipient)
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "service",
                "No recipient is called '{recipient}' (hafenlager recipient list). Nothing was "
                "imported.",
            ),
            recipient=recipient,
        )
    table = read_table(path)
    columns = columns_by(table.headers, HEADINGS)
    if "quantity" not in columns or not ({"category", "hs_code", "description"} & set(columns)):
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "The needs list has no column for the quantity and the goods (Kategorie or "
                "Beschreibung, Menge). Nothing was imported.",
            )
        )
    categories = Categories()
    heading = {name: table.headers[i] for name, i in columns.items()}
    rows: list[dict[str, object]] = []
    problems: list[LineProblem] = []
    for index, cells in enumerate(table.rows):
        number = table.row_number(index)
        values = {name: cells[i] for name, i in columns.items()}
        said: list[LineProblem] = []
        problem = _Problems(number, heading, said)

        category = None
        if values.get("category") not in (None, "") or values.get("hs_code") not in (None, ""):
            match = categories.find(values.get("category"), values.get("hs_code"))
            if isinstance(match, Text):
                problem("category" if "category" in heading else "hs_code", match)
            else:
                category = match
        quantity = parse_number(values.get("quantity"), "quantity", problem)
        if quantity is not None and quantity <= 0:
            problem("quantity", say(QT_TRANSLATE_NOOP("service", "A quantity is more than 0.")))
        elif quantity is None and not said:
            problem("quantity", say(QT_TRANSLATE_NOOP("service", "The quantity is missing.")))
        priority = _PRIORITIES.get(_text(values.get("priority")).casefold())
        if priority is None:
            problem(
                "priority",
                say(
                    QT_TRANSLATE_NOOP(
                        "service", "Priority '{value}': write urgent, normal or nice to have."
                    ),
                    value=_text(values.get("priority")),
                ),
            )
        needed_by = parse_date(values.get("needed_by"), problem.about("needed_by"))
        description = _text(values.get("description")) or (
            str(category.name_de) if category is not None else ""
        )
        if not description and not said:
            problem("description", say(QT_TRANSLATE_NOOP("service", "Say what is needed.")))
        problems.extend(said)
        if not said:
            rows.append(
                {
                    "line_number": len(rows) + 1,
                    "category": category.id if category is not None else None,
                    "description": description[:300],
                    "quantity": quantity,
                    "unit": _unit(values.get("unit"), category),
                    "priority": (priority or Priority.NORMAL).value,
                    "needed_by": needed_by,
                    "notes": _text(values.get("notes")),
                }
            )
    if problems or dry_run:
        return ImportedNeeds(None, len(rows), tuple(problems))

    def save() -> int:
        # Decided on rows read again inside the transaction: a category retired at another
        # desk since the rows were checked refuses the whole list.
        used = {int(str(row["category"])) for row in rows if row["category"] is not None}
        still = {
            int(c)
            for (c,) in locked(
                Category.select(Category.id).where(
                    Category.id.in_(sorted(used)), Category.active == True
                )
            ).tuples()
        }
        if used - still:
            raise HafenlagerError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "A category of the list was retired meanwhile at another desk. Nothing was "
                    "imported: import the list again.",
                )
            )
        if Recipient.get_or_none(Recipient.id == found.id) is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "service", "The recipient was removed meanwhile. Nothing was imported."
                )
            )
        needs = NeedsList.create(recipient=found.id, title=title or path.stem)
        NeedLine.insert_many([{**row, "needs_list": needs.id} for row in rows]).execute()
        activity_log.record_signed_in(
            ActivityKind.NEEDS,
            say(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Needs list {list} of {recipient} imported from {file}: {lines} lines.",
                ),
                list=needs.id,
                recipient=found.name,
                file=path.name,
                lines=len(rows),
            ),
            subject="needs list",
        )
        return int(needs.id)

    return ImportedNeeds(run_in_transaction(save), len(rows), ())


@dataclass(frozen=True)
class _Problems:
    """Collects one row's problems, each with its heading (called as the importer's rules call
    theirs: with the field and the problem)."""

    row: int
    heading: dict[str, str]
    said: list[LineProblem]

    def __call__(self, name: str, message: Text) -> None:
        self.said.append(LineProblem(self.row, self.heading.get(name, ""), message))

    def about(self, name: str) -> Callable[[str, Text], None]:
        return lambda _field, message: self(name, message)


def _text(cell: Cell | object) -> str:
    return "" if cell is None else str(cell).strip()


def _unit(cell: object, category: Category | None) -> str:
    from warehouse_app.imports.donations import UNITS

    text = _text(cell).casefold()
    if text in UNITS:
        return UNITS[text].value
    if text in {u.value for u in Unit}:
        return text
    return str(category.default_unit) if category is not None else Unit.PIECES.value
