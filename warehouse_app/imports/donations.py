"""A donation list from a spreadsheet: every row checked as the intake form checks it, then all
rows saved in one transaction as one donation, or nothing.

One row is one kind of box: its category (by name in any language, or by HS code), contents,
quantity and weights per box, and how many such boxes (as on the intake form). Every problem of
every row is listed, by row and column, before anything is written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from warehouse_app.errors import HafenlagerError, ValidationError
from warehouse_app.imports.columns import HEADINGS, map_columns
from warehouse_app.imports.sheets import Cell, Table, read_table
from warehouse_app.kinds import Unit
from warehouse_app.services import intake
from warehouse_app.services.intake import IntakeEntry, NeedsConfirmation
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import Association, Category
from warehouse_app.storage.transactions import run_in_transaction
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, say
from warehouse_app.validation import parse_expiry

REQUIRED = ("quantity", "net_kg")
UNITS = {
    "stk": Unit.PIECES, "stk.": Unit.PIECES, "stück": Unit.PIECES, "pcs": Unit.PIECES,
    "pc": Unit.PIECES, "шт": Unit.PIECES, "шт.": Unit.PIECES, "kg": Unit.KG, "кг": Unit.KG,
    "l": Unit.LITRES, "liter": Unit.LITRES, "л": Unit.LITRES, "set": Unit.SETS,
    "satz": Unit.SETS, "компл.": Unit.SETS, "комплект": Unit.SETS,
}  # fmt: skip
_Say = Callable[[str, Text], None]  # (the field a problem is about, the problem)
_NUMBER_WITH_UNIT = re.compile(r"^\s*[-+]?\d[\d.,\s]*\s*[^\d\s.,]+\.?\s*$")


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it
    column: str  # the heading, or "" for the row as a whole
    message: Text


@dataclass(frozen=True)
class ImportPlan:
    """What an import would save: the entries (one per row) and every problem found."""

    entries: tuple[IntakeEntry, ...]
    problems: tuple[RowProblem, ...]
    ignored_columns: tuple[str, ...]
    boxes: int
    rows: tuple[int, ...] = ()  # each entry's row in the sheet

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Imported:
    donation_id: int
    box_ids: tuple[int, ...]
    codes: tuple[str, ...]


@dataclass
class _Row:
    number: int
    values: dict[str, Cell]
    problems: list[RowProblem] = field(default_factory=list)


def plan(
    path: Path,
    association: str,
    *,
    columns: dict[str, str] | None = None,
    accept_unusual: bool = False,
    today: dt.date | None = None,
) -> ImportPlan:
    """Read path and check every row; nothing is written."""
    return plan_table(
        read_table(path),
        association,
        columns=columns or {},
        accept_unusual=accept_unusual,
        today=today or dt.date.today(),
    )


def plan_table(
    table: Table,
    association: str | int,
    *,
    columns: dict[str, str],
    accept_unusual: bool,
    today: dt.date,
) -> ImportPlan:
    owner = _association(association)
    mapped = map_columns(table.headers, columns)
    missing = [name for name in REQUIRED if name not in mapped]
    if "category" not in mapped and "hs_code" not in mapped:
        missing.insert(0, "category")
    if missing:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "The list has no column for {missing}. Name the columns like the template "
                "(Kategorie, Beschreibung, Menge, Gewicht (kg), Anzahl Kartons, MHD) or map "
                "them by hand. Nothing was imported.",
            ),
            missing=", ".join(missing),
        )
    used = set(mapped.values())
    ignored = tuple(h for i, h in enumerate(table.headers) if h and i not in used)
    categories = Categories()
    lookups = intake.new_lookups()
    entries: list[IntakeEntry] = []
    rows: list[int] = []
    problems: list[RowProblem] = []
    heading = {name: table.headers[index] for name, index in mapped.items()}
    for index, cells in enumerate(table.rows):
        row = _Row(table.row_number(index), {name: cells[i] for name, i in mapped.items()})
        entry = _entry(row, owner, categories, heading, accept_unusual)
        if entry is not None and not row.problems:
            _check(row, entry, heading, today, lookups)
        problems.extend(row.problems)
        if entry is not None and not row.problems:
            entries.append(entry)
            rows.append(row.number)
    return ImportPlan(
        entries=tuple(entries) if not problems else (),
        problems=tuple(problems),
        ignored_columns=ignored,
        boxes=sum(e.box_count for e in entries) if not problems else 0,
        rows=tuple(rows) if not problems else (),
    )


def save(plan: ImportPlan, actor: Actor, *, delivered_by: str = "") -> Imported:
    """Save a plan without problems as one donation, in one transaction: all rows or none."""
    if not plan.ok or not plan.entries:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "The list has problems: nothing was imported.")
        )

    entries = [replace(entry, delivered_by=delivered_by) for entry in plan.entries]
    try:
        received = run_in_transaction(lambda: intake.receive_many(entries, actor))
    except intake.EntryRefused as exc:  # changed by another station since the list was checked
        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "Row {row}: {refusal} Nothing was imported."),
            row=plan.rows[exc.index],
            refusal=exc.refusal.text,
        ) from exc
    return Imported(received.donation_id, received.box_ids, received.codes)


# --- one row --------------------------------------------------------------------------------
def _association(code: str | int) -> int:
    """The owner's id, from its short code or name (the command line) or its id (the GUI)."""
    wanted = str(code).strip().casefold()
    for a in Association.select().where(Association.active == True):
        if code == a.id or wanted in (str(a.short_code).casefold(), str(a.name).casefold()):
            return int(a.id)
    raise HafenlagerError(
        QT_TRANSLATE_NOOP(
            "service",
            "No association is called '{code}': give its short code (hafenlager list "
            "associations). Nothing was imported.",
        ),
        code=code,
    )


class Categories:
    """The categories by every name and by HS code, read once for the whole list."""

    def __init__(self) -> None:
        self.by_name: dict[str, Category] = {}
        self.by_code: dict[str, list[Category]] = {}
        for c in Category.select().where(Category.active == True):
            for name in (c.name_de, c.name_en, c.name_uk):
                if name:
                    self.by_name.setdefault(str(name).casefold().strip(), c)
            digits = re.sub(r"\D", "", str(c.hs_code))
            if digits:
                self.by_code.setdefault(digits, []).append(c)

    def find(self, name: Cell, code: Cell) -> Category | Text:
        if name not in (None, ""):
            found = self.by_name.get(str(name).casefold().strip())
            if found is not None:
                return found
        if code not in (None, ""):
            matches = self.by_code.get(re.sub(r"\D", "", str(code)), [])
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                return say(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "HS code {code} belongs to several categories: name the category.",
                    ),
                    code=str(code),
                )
        return say(
            QT_TRANSLATE_NOOP(
                "service",
                "No category is called '{name}'{code_part}: use a category's name in German, "
                "English or Ukrainian (hafenlager list categories).",
            ),
            name=str(name or ""),
            code_part=f" (HS {code})" if code not in (None, "") else "",
        )


def _entry(
    row: _Row,
    owner: int,
    categories: Categories,
    heading: dict[str, str],
    accept_unusual: bool,
) -> IntakeEntry | None:
    v = row.values

    def problem(name: str, message: Text) -> None:
        row.problems.append(RowProblem(row.number, heading.get(name, ""), message))

    found = categories.find(v.get("category"), v.get("hs_code"))
    if isinstance(found, Text):
        problem("category" if "category" in heading else "hs_code", found)
        return None
    numbers: dict[str, Decimal | None] = {}
    for name in ("quantity", "net_kg", "gross_kg", "value"):
        numbers[name] = parse_number(v.get(name), name, problem)
    count = parse_number(v.get("box_count"), "box_count", problem)
    unit = _unit(v.get("unit"), found, problem)
    expiry = parse_date(v.get("expiry"), problem)
    if row.problems or unit is None:
        return None
    if count is not None and count != count.to_integral_value():
        problem("box_count", say(QT_TRANSLATE_NOOP("service", "A number of boxes is whole.")))
        return None
    return IntakeEntry(
        association_id=owner,
        category_id=int(found.id),
        description_de=_text(v.get("description_de")) or str(found.name_de),
        description_uk=_text(v.get("description_uk")) or str(found.name_uk),
        description_en=_text(v.get("description_en")),
        quantity=numbers["quantity"] if numbers["quantity"] is not None else "",
        unit=unit.value,
        net_kg=numbers["net_kg"] if numbers["net_kg"] is not None else "",
        gross_kg=numbers["gross_kg"],
        value_per_unit_eur=numbers["value"],
        expiry_date=expiry,
        origin_country=_text(v.get("origin")) or "DE",
        serial_or_vin=_text(v.get("serial")),
        box_count=int(count) if count is not None else 1,
        heavy_confirmed=accept_unusual,
    )


def _check(
    row: _Row,
    entry: IntakeEntry,
    heading: dict[str, str],
    today: dt.date,
    lookups: intake.Lookups,
) -> None:
    """The intake form's own rules, on this row."""
    try:
        intake.check_entry(entry, today, lookups)
    except NeedsConfirmation as exc:
        row.problems.append(
            RowProblem(
                row.number,
                heading.get(exc.field or "", ""),
                say(
                    QT_TRANSLATE_NOOP(
                        "service", "{doubt} (import with 'accept unusual figures' if right)"
                    ),
                    doubt=exc.text,
                ),
            )
        )
    except ValidationError as exc:
        column = _FIELD_COLUMNS.get(exc.field or "", exc.field or "")
        row.problems.append(RowProblem(row.number, heading.get(column, ""), exc.text))


# intake's field names -> the list's fields, to name the column of a refusal
_FIELD_COLUMNS = {
    "value_per_unit_eur": "value",
    "expiry_date": "expiry",
    "origin_country": "origin",
    "serial_or_vin": "serial",
}


def _text(cell: Cell) -> str:
    return "" if cell is None else str(cell).strip()


def parse_number(cell: Cell, name: str, problem: _Say) -> Decimal | None:
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, bool | dt.date):
        problem(name, say(QT_TRANSLATE_NOOP("service", "'{value}' is not a number."), value=cell))
        return None
    if isinstance(cell, int | float):
        return Decimal(str(cell))
    text = str(cell).strip()
    if _NUMBER_WITH_UNIT.match(text) and not re.fullmatch(r"[-+]?[\d.,\s]+", text):
        problem(
            name,
            say(
                QT_TRANSLATE_NOOP(
                    "service",
                    "'{value}' has a unit in it: write the number alone, the unit in its own "
                    "column.",
                ),
                value=text,
            ),
        )
        return None
    cleaned = text.replace(" ", "").replace("\u00a0", "")
    if "," in cleaned and "." in cleaned:  # 1.234,5 or 1,234.5: the last mark is the decimal
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        cleaned = cleaned.replace(thousands, "")
    try:
        return Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        problem(name, say(QT_TRANSLATE_NOOP("service", "'{value}' is not a number."), value=text))
        return None


def _unit(cell: Cell, category: Category, problem: _Say) -> Unit | None:
    text = _text(cell).casefold()
    if not text:
        return Unit(category.default_unit)
    unit = UNITS.get(text)
    if unit is None:
        try:
            unit = Unit(text)
        except ValueError:
            problem(
                "unit",
                say(
                    QT_TRANSLATE_NOOP("service", "Unknown unit '{unit}': use Stk., kg, l or Satz."),
                    unit=_text(cell),
                ),
            )
            return None
    return unit


def parse_date(cell: Cell, problem: _Say, *, month_start: bool = False) -> dt.date | None:
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    text = str(cell).strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            pass
    try:
        return parse_expiry(text.replace("/", "."), month_start=month_start)
    except ValidationError as exc:
        problem("expiry", exc.text)
        return None


def known_fields() -> Sequence[str]:
    return tuple(HEADINGS)
