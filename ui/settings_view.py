"""Settings: the hall's own data for documents, categories, associations, backups."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.record_dialog import FieldSpec, RecordDialog
from warehouse_app.config import StationConfig
from warehouse_app.errors import HafenlagerError
from warehouse_app.kinds import Unit
from warehouse_app.papers import languages as document_languages
from warehouse_app.papers.vehicle import CMR_FILE_COPY
from warehouse_app.services import masterdata
from warehouse_app.services.masterdata import AssociationInfo, CategoryInfo
from warehouse_app.storage import backup
from warehouse_app.storage.models import database_proxy


class SettingsView(QTabWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        self.hall = HallSettings()
        self.categories = RecordTable(CategorySource(self), "categories")
        self.associations = RecordTable(AssociationSource(self), "associations")
        self.data = DataSettings(context)
        self.station = StationSettings(context)
        self.locations = LocationLabels(context)
        self.recipients = RecordTable(RecipientSource(self), "recipients")
        self.addTab(self.hall, self.tr("Hall and sender"))
        self.addTab(self.categories, self.tr("Categories"))
        self.addTab(self.associations, self.tr("Associations"))
        self.addTab(self.recipients, self.tr("Recipients"))
        self.addTab(self.locations, self.tr("Locations"))
        self.addTab(self.station, self.tr("This station"))
        self.addTab(self.data, self.tr("Data and backups"))


class HallSettings(QWidget):
    """The sender on every document: name and address of the association running the hall."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hallSettings")
        labels = {
            "hall.sender_name": self.tr("Sender (association)"),
            "hall.sender_street": self.tr("Street and number"),
            "hall.sender_postcode": self.tr("Postcode"),
            "hall.sender_city": self.tr("City"),
            "hall.sender_country": self.tr("Country code"),
            "hall.phone": self.tr("Phone"),
            "hall.email": self.tr("E-mail"),
            "hall.register": self.tr("Register entry (Vereinsregister)"),
        }
        current = masterdata.settings()
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label in labels.items():
            edit = QLineEdit(current.get(key, ""), objectName=key)
            self.fields[key] = edit
            form.addRow(label, edit)
        # The papers' languages, per destination country: Ukrainian and English are required on
        # customs documents; German can be added.
        self.papers_country = QComboBox(objectName="papersCountry")
        self.papers_country.setEditable(True)
        countries = sorted({"UA", *document_languages.all_settings()})
        self.papers_country.addItems(countries)
        self.papers_country.setCurrentText("UA")
        self.language_boxes = {
            "uk": QCheckBox(self.tr("Ukrainian"), objectName="papersUk"),
            "en": QCheckBox(self.tr("English"), objectName="papersEn"),
            "de": QCheckBox(self.tr("German"), objectName="papersDe"),
        }
        languages_row = QHBoxLayout()
        languages_row.addWidget(self.papers_country)
        for code, box in self.language_boxes.items():
            box.setEnabled(code not in document_languages.REQUIRED)
            languages_row.addWidget(box)
        languages_row.addStretch(1)
        form.addRow(self.tr("Convoy papers for destination"), languages_row)
        self.cmr_file_copy = QCheckBox(
            self.tr("Print a fourth CMR copy for the files"), objectName="cmrFileCopy"
        )
        self.cmr_file_copy.setChecked(current.get(CMR_FILE_COPY) == "yes")
        form.addRow("CMR", self.cmr_file_copy)
        self.papers_country.currentTextChanged.connect(self._show_languages)
        self._show_languages()
        self.save_button = QPushButton(self.tr("&Save"), objectName="saveHall")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(objectName="hallMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("These details are printed as the sender on labels and convoy documents.")
            )
        )
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        layout.addStretch(1)

    def save(self) -> None:
        if not self.fields["hall.sender_name"].text().strip():
            self.message.setStyleSheet("color: #b00020; font-weight: bold;")
            self.message.setText(self.tr("The sender's name cannot be empty."))
            return
        chosen = ",".join(c for c, box in self.language_boxes.items() if box.isChecked())
        try:
            document_languages.parse_languages(chosen)
            country = self.papers_country.currentText()
            if len(country.strip()) != 2 or not country.strip().isalpha():
                raise HafenlagerError(country)
        except HafenlagerError:
            self.message.setStyleSheet("color: #b00020; font-weight: bold;")
            self.message.setText(self.tr("Destination country: two letters, such as UA or MD."))
            return
        with database_proxy.atomic():
            masterdata.save_settings({k: w.text() for k, w in self.fields.items()})
            masterdata.save_settings(
                {CMR_FILE_COPY: "yes" if self.cmr_file_copy.isChecked() else "no"}
            )
            document_languages.set_languages(country, chosen)
        self.message.setStyleSheet("color: #1e7d32; font-weight: bold;")
        self.message.setText(self.tr("Saved."))

    def _show_languages(self) -> None:
        country = self.papers_country.currentText().strip().upper()
        languages = (
            document_languages.languages_for(country)
            if len(country) == 2
            else document_languages.DEFAULT
        )
        for code, box in self.language_boxes.items():
            box.setChecked(code in languages)


class RecordSource(Protocol):
    """What a RecordTable shows and edits: one kind of master data record."""

    headers: tuple[str, ...]

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
        self, source: RecordSource, object_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
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
        self.new_button.clicked.connect(self.create)
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

    def create(self) -> None:
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
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog


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
            FieldSpec("hs_code", self.tr("HS code (6 digits)")),
            FieldSpec("default_unit", self.tr("Default unit"), "choice", units),
            FieldSpec("default_value_eur", self.tr("Default value per unit (EUR)")),
            FieldSpec("expiry_required", self.tr("Expiry date required"), "bool"),
            FieldSpec(
                "min_shelf_life_days", self.tr("Minimum shelf life at departure (days)"), "int"
            ),
            FieldSpec("is_vehicle", self.tr("Vehicle (needs a VIN)"), "bool"),
            FieldSpec("un_number", self.tr("UN number (dangerous goods)")),
            FieldSpec("export_note", self.tr("Export attention note")),
            FieldSpec("active", self.tr("In use"), "bool"),
        ]

    def defaults(self) -> dict[str, Any]:
        return dataclasses.asdict(
            CategoryInfo(
                0, "", "", "", "", Unit.PIECES.value, Decimal(0), False, 0, False, "", "", True
            )
        )

    def title(self, record: CategoryInfo | None) -> str:
        if record is None:
            return self.tr("New category")
        return self.tr("Category %1").replace("%1", record.name_de)

    def save(self, values: dict[str, Any]) -> object:
        return masterdata.save_category(CategoryInfo(**values))


class AssociationSource(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("Short code"),
            self.tr("Name"),
            self.tr("Colour"),
            self.tr("Contact"),
            self.tr("Active"),
        )

    def load(self) -> list[AssociationInfo]:
        return masterdata.associations()

    def cells(self, a: AssociationInfo) -> list[str]:
        return [a.short_code, a.name, a.colour, a.contact, self.tr("yes") if a.active else ""]

    def colour(self, record: AssociationInfo) -> str | None:
        return record.colour

    def fields(self) -> list[FieldSpec]:
        return [
            FieldSpec("name", self.tr("Name")),
            FieldSpec("short_code", self.tr("Short code (1–4 letters, printed on labels)")),
            FieldSpec("colour", self.tr("Colour (#RRGGBB, the band on labels)")),
            FieldSpec("contact", self.tr("Contact")),
            FieldSpec("active", self.tr("Active"), "bool"),
        ]

    def defaults(self) -> dict[str, Any]:
        return dataclasses.asdict(AssociationInfo(0, "", "", "#555555", "", True))

    def title(self, record: AssociationInfo | None) -> str:
        return self.tr("New association") if record is None else record.name

    def save(self, values: dict[str, Any]) -> object:
        return masterdata.save_association(AssociationInfo(**values))


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
        from warehouse_app.storage.models import Recipient

        return [
            _RecipientRecord(**{f: getattr(r, f) for f in self.FIELDS})
            for r in Recipient.select().order_by(Recipient.name)
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
        from warehouse_app.services import convoys

        return convoys.save_recipient(**{k: values[k] for k in self.FIELDS})


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


class LocationLabels(QWidget):
    """The hall's places with their codes; labels for shelves are printed from here."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locationLabels")
        self.context = context
        self.records = masterdata.locations()
        self.table = QTableWidget(len(self.records), 3, objectName="locationsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Kind")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, loc in enumerate(self.records):
            for column, text in enumerate((loc.code, loc.name, loc.kind)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.print_button = QPushButton(
            self.tr("Print labels of the selected locations"), objectName="printLocationLabels"
        )
        self.print_button.clicked.connect(self.print_selected)
        self.message = QLabel(objectName="locationMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.print_button)
        layout.addWidget(self.message)

    def print_selected(self) -> str:
        from ui import label_printing

        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        codes = [self.records[row].code for row in rows]
        if not codes:
            self.message.setText(self.tr("Select one or more locations first."))
            return "nothing selected"
        job_id = label_printing.queue_labels(
            self.context.station, "location_labels", codes, StationConfig.load().label_format
        )
        problem = label_printing.print_job(job_id)
        self.message.setText(
            self.tr("The labels did not print: %1 They wait in the reprint list.").replace(
                "%1", problem
            )
            if problem
            else self.tr("Location labels printed.")
        )
        return problem


class StationSettings(QWidget):
    """This PC's printers and label formats (kept on the PC, not in the shared database)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationSettings")
        from reports.geometry import FORMATS
        from ui.printing import printer_names

        config = StationConfig.load()
        printers = printer_names()
        self.label_printer = self._printer_choice(printers, config.label_printer, "labelPrinter")
        self.sheet_printer = self._printer_choice(printers, config.sheet_printer, "sheetPrinter")
        self.label_format = QComboBox(objectName="labelFormat")
        self.pallet_format = QComboBox(objectName="palletFormat")
        for combo, chosen in (
            (self.label_format, config.label_format),
            (self.pallet_format, config.pallet_format),
        ):
            for name, fmt in FORMATS.items():
                combo.addItem(fmt.title, name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self.sheet_position = QSpinBox(objectName="sheetPosition")
        self.sheet_position.setRange(1, 24)
        self.sheet_position.setValue(int(config.sheet_position or 1))
        form = QFormLayout()
        form.addRow(self.tr("Station"), QLabel(context.station))
        form.addRow(self.tr("Label printer (rolls, thermal)"), self.label_printer)
        form.addRow(self.tr("A4 printer (sheets, receipts)"), self.sheet_printer)
        form.addRow(self.tr("Box labels"), self.label_format)
        form.addRow(self.tr("Pallet labels"), self.pallet_format)
        form.addRow(self.tr("Next free label on the A4 sheet"), self.sheet_position)
        self.sounds = QCheckBox(self.tr("Sounds on the scan screen"), objectName="sounds")
        self.sounds.setChecked(config.sounds != "off")
        form.addRow("", self.sounds)
        self.save_button = QPushButton(self.tr("&Save"), objectName="saveStation")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(objectName="stationMessage")
        layout = QVBoxLayout(self)
        if not printers:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "No printer is installed on this PC. Labels are still saved and wait "
                        "in the reprint list of the intake screen, where they can be saved "
                        "as PDF."
                    )
                )
            )
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _printer_choice(self, printers: list[str], chosen: str, name: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.addItem(self.tr("(none)"), "")
        for printer in printers:
            combo.addItem(printer, printer)
        if chosen and combo.findData(chosen) < 0:
            combo.addItem(self.tr("%1 (not connected)").replace("%1", chosen), chosen)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        return combo

    def save(self) -> None:
        config = StationConfig.load()
        config.label_printer = str(self.label_printer.currentData() or "")
        config.sheet_printer = str(self.sheet_printer.currentData() or "")
        config.label_format = str(self.label_format.currentData())
        config.pallet_format = str(self.pallet_format.currentData())
        config.sheet_position = str(self.sheet_position.value())
        config.sounds = "on" if self.sounds.isChecked() else "off"
        config.save()
        self.message.setText(self.tr("Saved."))


class DataSettings(QWidget):
    """Where the data lives, and a backup at the press of a button."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataSettings")
        self.context = context
        db = context.database
        form = QFormLayout()
        form.addRow(self.tr("Database"), QLabel(db.description))
        folder = str(db.backup_dir) if db.backup_dir else self.tr("(server: use pg_dump)")
        form.addRow(self.tr("Backups folder"), QLabel(folder))
        form.addRow(self.tr("This workstation"), QLabel(context.station))
        self.backup_button = QPushButton(self.tr("&Back up now"), objectName="backupNow")
        self.backup_button.setEnabled(db.backup_dir is not None)
        self.backup_button.clicked.connect(self.backup_now)
        self.message = QLabel(objectName="backupMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Hafenlager backs the database up once a day at start and keeps the last 14 "
                    "backups. To restore one, close Hafenlager and run: hafenlager restore FILE"
                )
            )
        )
        layout.addWidget(self.backup_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def backup_now(self) -> None:
        folder = self.context.database.backup_dir
        if folder is None:
            return
        dest = folder / f"hafenlager-manual-{backup.timestamp(dt.datetime.now())}.sqlite"
        try:
            backup.backup_to(self.context.database.db, dest)
        except HafenlagerError as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), str(exc))
            return
        self.message.setText(self.tr("Backup written to %1").replace("%1", str(dest)))
