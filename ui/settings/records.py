"""The master data tables of the settings: categories, associations, recipients. Each row
opens in a RecordDialog; a refusal is shown at its field."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.changes import ChangeHub, Kind
from ui.settings.record_dialog import FieldSpec, RecordDialog
from warehouse_app.kinds import Unit
from warehouse_app.services import masterdata, recipients
from warehouse_app.services.masterdata import AssociationInfo, CategoryInfo


class RecordSource(Protocol):
    """What a RecordTable shows and edits: one kind of master data record."""

    @property
    def headers(self) -> tuple[str, ...]: ...

    def load(self) -> list[Any]: ...
    def cells(self, record: Any) -> list[str]: ...
    def colour(self, record: Any) -> str | None: ...
    def fields(self) -> list[FieldSpec]: ...
    def defaults(self) -> dict[str, Any]: ...
    def title(self, record: Any) -> str: ...
    def save(self, values: dict[str, Any]) -> object: ...


class RecordTable(QWidget):
    """A read-only table of records with New and Edit buttons opening a RecordDialog."""

    def __init__(
        self,
        source: RecordSource,
        object_name: str,
        changes: ChangeHub,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.changes = changes
        self.setObjectName(object_name)
        self.table = QTableWidget(0, len(source.headers), objectName=f"{object_name}Table")
        self.table.setHorizontalHeaderLabels(list(source.headers))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_current)
        self.new_button = QPushButton(self.tr("&New…"), objectName=f"{object_name}New")
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName=f"{object_name}Edit")
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.records: list[Any] = []
        self.reload()

    def reload(self) -> None:
        self.records = self.source.load()
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            for column, text in enumerate(self.source.cells(record)):
                item = QTableWidgetItem(text)
                colour = self.source.colour(record) if column == 0 else None
                if colour:
                    item.setBackground(QColor(colour))
                    item.setForeground(QColor("white"))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def edit_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.records):
            self.open_dialog(self.records[row])

    def new_record(self) -> None:
        self.open_dialog(None)

    def open_dialog(self, record: Any) -> RecordDialog:
        values = dataclasses.asdict(record) if record is not None else self.source.defaults()
        dialog = RecordDialog(
            self.source.title(record),
            self.source.fields(),
            values,
            lambda v: self.source.save({**values, **v}),
            self,
        )
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.reload()
        # The filters of the stock screen, the intake's choices, the convoy's recipient.
        self.changes.announce(Kind.MASTER_DATA, origin=self)


class CategorySource(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("German"),
            self.tr("English"),
            self.tr("Ukrainian"),
            self.tr("HS code"),
            self.tr("Unit"),
            self.tr("Value EUR"),
            self.tr("Min. shelf life (days)"),
            self.tr("Vehicle"),
            self.tr("UN number"),
            self.tr("Export note"),
        )

    def load(self) -> list[CategoryInfo]:
        return masterdata.categories()

    def cells(self, c: CategoryInfo) -> list[str]:
        return [
            c.name_de,
            c.name_en,
            c.name_uk,
            c.hs_code,
            c.default_unit,
            f"{c.default_value_eur:.2f}",
            str(c.min_shelf_life_days) if c.expiry_required else "–",
            self.tr("yes") if c.is_vehicle else "",
            c.un_number,
            c.export_note,
        ]

    def colour(self, record: CategoryInfo) -> str | None:
        return None

    def fields(self) -> list[FieldSpec]:
        units = [(u.value, u.value) for u in Unit]
        return [
            FieldSpec("name_de", self.tr("German name")),
            FieldSpec("name_en", self.tr("English name")),
            FieldSpec("name_uk", self.tr("Ukrainian name")),
            FieldSpec("hs_code", self.tr("HS code (6 digits) or UKTZED (10)")),
            FieldSpec("default_unit", self.tr("Default unit"), "choice", units),
            FieldSpec("default_value_eur", self.tr("Default value per unit (EUR)")),
            FieldSpec("expiry_required", self.tr("Expiry date required"), "bool"),
            FieldSpec(
                "min_shelf_life_days", self.tr("Minimum shelf life at departure (days)"), "int"
            ),
            FieldSpec("is_vehicle", self.tr("Vehicle (needs a VIN)"), "bool"),
            FieldSpec("un_number", self.tr("UN number (dangerous goods)")),
            FieldSpec("adr_name", self.tr("Proper shipping name (ADR)")),
            FieldSpec("adr_class", self.tr("ADR class")),
            FieldSpec("adr_packing_group", self.tr("Packing group")),
            FieldSpec(
                "adr_transport_category",
                self.tr("ADR transport category"),
                "choice",
                [("", self.tr("not known")), *((str(n), str(n)) for n in range(5))],
            ),
            FieldSpec("ahars_category", self.tr("AHARS goods category")),
            FieldSpec("export_note", self.tr("Export attention note")),
            FieldSpec("active", self.tr("In use"), "bool"),
        ]

    def defaults(self) -> dict[str, Any]:
        return dataclasses.asdict(
            CategoryInfo(
                0, "", "", "", "", Unit.PIECES.value, Decimal(0), False, 0, False, "", "", True
            )
        ) | {"adr_transport_category": ""}

    def title(self, record: CategoryInfo | None) -> str:
        if record is None:
            return self.tr("New category")
        return self.tr("Category %1").replace("%1", record.name_de)

    def save(self, values: dict[str, Any]) -> object:
        return masterdata.save_category(CategoryInfo(**values))


@dataclasses.dataclass(frozen=True)
class AssociationRecord:
    """An association with its tax exemption, as one row of the table and one form."""

    id: int
    name: str
    short_code: str
    colour: str
    contact: str
    active: bool
    address: str = ""  # the association's own, printed on its donors' receipts
    tax_office: str = ""
    tax_number: str = ""
    exemption_date: str = ""  # dd.mm.yyyy
    assessment_period: str = ""
    purpose: str = ""


class AssociationSource(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("Short code"),
            self.tr("Name"),
            self.tr("Colour"),
            self.tr("Contact"),
            self.tr("Active"),
            self.tr("Tax exemption"),
        )

    def load(self) -> list[AssociationRecord]:
        from warehouse_app.services import donor_receipts

        records = []
        for a in masterdata.associations():
            tax = donor_receipts.tax_data(a.short_code)
            if tax["exemption_date"]:
                tax["exemption_date"] = f"{dt.date.fromisoformat(tax['exemption_date']):%d.%m.%Y}"
            records.append(
                AssociationRecord(
                    a.id, a.name, a.short_code, a.colour, a.contact, a.active, tax["address"],
                    tax["tax_office"], tax["tax_number"], tax["exemption_date"],
                    tax["assessment_period"], tax["purpose"],
                )
            )  # fmt: skip
        return records

    def cells(self, a: AssociationRecord) -> list[str]:
        exemption = f"{a.tax_office}, {a.exemption_date}" if a.tax_office else ""
        return [
            a.short_code,
            a.name,
            a.colour,
            a.contact,
            self.tr("yes") if a.active else "",
            exemption,
        ]

    def colour(self, record: AssociationRecord) -> str | None:
        return record.colour

    def fields(self) -> list[FieldSpec]:
        return [
            FieldSpec("name", self.tr("Name")),
            FieldSpec("short_code", self.tr("Short code (1–4 letters, printed on labels)")),
            FieldSpec("colour", self.tr("Colour (#RRGGBB, the band on labels)")),
            FieldSpec("contact", self.tr("Contact")),
            FieldSpec("active", self.tr("Active"), "bool"),
            # For the donors' receipts (Bestätigung über Sachzuwendungen), as the notice says.
            FieldSpec("address", self.tr("Address (on donors' receipts)")),
            FieldSpec("tax_office", self.tr("Tax office (for donors' receipts)")),
            FieldSpec("tax_number", self.tr("Tax number")),
            FieldSpec("exemption_date", self.tr("Date of the exemption notice (dd.mm.yyyy)")),
            FieldSpec("assessment_period", self.tr("Assessment period (year)")),
            FieldSpec("purpose", self.tr("Purpose, as the statute names it")),
        ]

    def defaults(self) -> dict[str, Any]:
        return dataclasses.asdict(AssociationRecord(0, "", "", "#555555", "", True))

    def title(self, record: AssociationRecord | None) -> str:
        return self.tr("New association") if record is None else record.name

    def save(self, values: dict[str, Any]) -> object:
        from warehouse_app.services import donor_receipts

        plain = {f.name: values[f.name] for f in dataclasses.fields(AssociationInfo)}
        tax = {name: str(values.get(name, "")) for name in donor_receipts.TAX_FIELDS}
        return donor_receipts.save_association(AssociationInfo(**plain), tax)


class RecipientSource(QObject):
    """Receiving organisations (EDRPOU, register number, whether they may receive vehicles)."""

    FIELDS = (
        "name",
        "address",
        "city",
        "oblast",
        "country",
        "edrpou",
        "register_number",
        "may_receive_vehicles",
        "contact",
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("Name"),
            self.tr("City"),
            self.tr("EDRPOU"),
            self.tr("Register number"),
            self.tr("Vehicles"),
            self.tr("Address"),
        )

    def load(self) -> list[Any]:
        return [
            _RecipientRecord(**{f: getattr(r, f) for f in self.FIELDS})
            for r in recipients.recipients()
        ]

    def cells(self, r: Any) -> list[str]:
        return [
            r.name,
            r.city,
            r.edrpou,
            r.register_number,
            self.tr("yes") if r.may_receive_vehicles else "",
            r.address,
        ]

    def colour(self, record: Any) -> str | None:
        return None

    def fields(self) -> list[FieldSpec]:
        return [
            FieldSpec("name", self.tr("Name")),
            FieldSpec("address", self.tr("Address")),
            FieldSpec("city", self.tr("City")),
            FieldSpec("oblast", self.tr("Oblast")),
            FieldSpec("country", self.tr("Country code")),
            FieldSpec("edrpou", self.tr("EDRPOU (8 digits)")),
            FieldSpec("register_number", self.tr("Register number (humanitarian aid)")),
            FieldSpec("may_receive_vehicles", self.tr("May receive vehicles"), "bool"),
            FieldSpec("contact", self.tr("Contact")),
        ]

    def defaults(self) -> dict[str, Any]:
        return dataclasses.asdict(_RecipientRecord("", "", "", "", "UA", "", "", False, ""))

    def title(self, record: Any) -> str:
        return self.tr("New recipient") if record is None else record.name

    def save(self, values: dict[str, Any]) -> object:
        return recipients.save_recipient(**{k: values[k] for k in self.FIELDS})


@dataclasses.dataclass(frozen=True)
class _RecipientRecord:
    name: str
    address: str
    city: str
    oblast: str
    country: str
    edrpou: str
    register_number: str
    may_receive_vehicles: bool
    contact: str
