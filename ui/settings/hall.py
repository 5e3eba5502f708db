"""The hall as sender on every document, and the languages of the convoy papers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.changes import ChangeHub, Kind
from warehouse_app.errors import HafenlagerError
from warehouse_app.papers import hall
from warehouse_app.papers import languages as paper_languages
from warehouse_app.papers.hall import CMR_FILE_COPY
from warehouse_app.services import masterdata


class HallSettings(QWidget):
    """The sender on every document: name and address of the association running the hall."""

    def __init__(self, changes: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hallSettings")
        self.changes = changes
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
        countries = sorted({"UA", *paper_languages.all_settings()})
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
            box.setEnabled(code not in paper_languages.REQUIRED)
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
        self.message = QLabel(objectName="hallMessage", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("These details are printed as the sender on labels and convoy documents."),
                wordWrap=True,
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
            self._say(self.tr("The sender's name cannot be empty."), ok=False)
            return
        chosen = ",".join(c for c, box in self.language_boxes.items() if box.isChecked())
        try:
            hall.save_hall_settings(
                {k: w.text() for k, w in self.fields.items()},
                cmr_file_copy=self.cmr_file_copy.isChecked(),
                country=self.papers_country.currentText(),
                languages=chosen,
            )
        except HafenlagerError:
            self._say(self.tr("Destination country: two letters, such as UA or MD."), ok=False)
            return
        self.changes.announce(Kind.SETTINGS, origin=self)
        self._say(self.tr("Saved."), ok=True)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet(f"color: {'#1e7d32' if ok else '#b00020'}; font-weight: bold;")
        self.message.setText(text)

    def _show_languages(self) -> None:
        country = self.papers_country.currentText().strip().upper()
        languages = (
            paper_languages.languages_for(country) if len(country) == 2 else paper_languages.DEFAULT
        )
        for code, box in self.language_boxes.items():
            box.setChecked(code in languages)
