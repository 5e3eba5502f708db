"""'Who is working?': asked at start so every movement names a volunteer and a station."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.language_chooser import language_chooser
from warehouse_app.errors import ValidationError
from warehouse_app.services import masterdata


class VolunteerDialog(QDialog):
    def __init__(self, last_volunteer: str, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is working?"))
        self.setObjectName("volunteerDialog")
        self.setMinimumWidth(480)
        self.names = QComboBox()
        self.names.setObjectName("volunteerName")
        self.names.setEditable(True)
        self.names.addItems([name for _, name, _ in masterdata.volunteers()])
        self.names.setCurrentText(last_volunteer)
        line = self.names.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("Your name"))
        # The last volunteer's name is selected: the next one types theirs over it.
        line.selectAll()
        self.language = language_chooser("")
        self.names.currentTextChanged.connect(self._preselect_language)
        self._preselect_language(last_volunteer)
        self.station = QLineEdit(station)
        self.station.setObjectName("stationName")
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.names)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Station"), self.station)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Pick your name or type a new one.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.volunteer_id: int | None = None

    def accept(self) -> None:
        station = " ".join(self.station.text().split())
        if not station:
            self._show_error(self.tr("Give this workstation a name, for example Halle-PC-1."))
            return
        try:
            self.volunteer_id = masterdata.volunteer_by_name(self.names.currentText())
        except ValidationError:
            self._show_error(self.tr("Type your name, so your work is recorded under it."))
            return
        masterdata.set_volunteer_language(self.volunteer_id, self.language_code)
        super().accept()

    def _preselect_language(self, name: str) -> None:
        known = masterdata.language_of(name) if name.strip() else None
        if known is not None:  # a new name keeps whatever is chosen
            self.language.setCurrentIndex(max(0, self.language.findData(known)))

    @property
    def language_code(self) -> str:
        return str(self.language.currentData() or "")

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    @property
    def volunteer_name(self) -> str:
        return " ".join(self.names.currentText().split())

    @property
    def station_name(self) -> str:
        return " ".join(self.station.text().split())
