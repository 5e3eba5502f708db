"""The detail panel of one box: every field, and its full movement history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import number, short_datetime
from ui.status_names import movement_label, status_label, unit_label
from ui.translations import local_name
from warehouse_app.services.stock import BoxDetail
from warehouse_app.texts import QT_TRANSLATE_NOOP


class BoxDetailPanel(QWidget):
    FIELDS = (
        ("code", QT_TRANSLATE_NOOP("BoxDetailPanel", "Code")),
        ("owner", QT_TRANSLATE_NOOP("BoxDetailPanel", "Owner")),
        ("category", QT_TRANSLATE_NOOP("BoxDetailPanel", "Category")),
        ("contents_de", QT_TRANSLATE_NOOP("BoxDetailPanel", "Contents (German)")),
        ("contents_uk", QT_TRANSLATE_NOOP("BoxDetailPanel", "Contents (Ukrainian)")),
        ("contents_en", QT_TRANSLATE_NOOP("BoxDetailPanel", "Contents (English)")),
        ("quantity", QT_TRANSLATE_NOOP("BoxDetailPanel", "Quantity")),
        ("weight", QT_TRANSLATE_NOOP("BoxDetailPanel", "Net / gross kg")),
        ("value", QT_TRANSLATE_NOOP("BoxDetailPanel", "Value per unit")),
        ("condition", QT_TRANSLATE_NOOP("BoxDetailPanel", "Condition")),
        ("expiry", QT_TRANSLATE_NOOP("BoxDetailPanel", "Expiry")),
        ("origin", QT_TRANSLATE_NOOP("BoxDetailPanel", "Origin")),
        ("serial", QT_TRANSLATE_NOOP("BoxDetailPanel", "Serial / VIN")),
        ("place", QT_TRANSLATE_NOOP("BoxDetailPanel", "Place")),
        ("status", QT_TRANSLATE_NOOP("BoxDetailPanel", "Status")),
        ("intake", QT_TRANSLATE_NOOP("BoxDetailPanel", "Intake")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boxDetail")
        self.title = QLabel(self.tr("Select a box or scan its label"))
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.title.setWordWrap(True)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in self.FIELDS:
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            self.values[key] = value
            form.addRow(self.tr(label), value)
        self.history = QTableWidget(0, 5, objectName="boxHistory")
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("From → to"),
                self.tr("Who"),
                self.tr("Note"),
            ]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        fields = QWidget()
        top = QVBoxLayout(fields)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addLayout(form)
        bottom = QWidget()
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(QLabel(self.tr("History")))
        lower.addWidget(self.history, 1)
        # Wrapped field texts need their height: scroll rather than clip them.
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def clear(self) -> None:
        self.title.setText(self.tr("Select a box or scan its label"))
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        for value in self.values.values():
            value.clear()
        self.history.setRowCount(0)

    def show_detail(self, d: BoxDetail) -> None:
        r = d.row
        self.title.setText(f"{r.code} · {r.owner_code} · {d.box_number}/{d.box_count}")
        self.title.setStyleSheet(
            f"font-size: 16pt; font-weight: bold; border-left: 12px solid {r.owner_colour};"
            " padding-left: 8px;"
        )
        used = self.tr("used, %1 % wear").replace("%1", str(d.wear_percent))
        texts = {
            "code": r.code,
            "owner": d.owner_name,
            "category": f"{local_name(r.category, d.category_en, d.category_uk)} (HS {d.hs_code})",
            "contents_de": r.description_de,
            "contents_uk": r.description_uk,
            "contents_en": d.description_en,
            "quantity": f"{number(r.quantity)} {unit_label(r.unit)}",
            "weight": f"{number(r.net_kg)} / {number(r.gross_kg)}",
            "value": f"{number(d.value_per_unit_eur)} EUR",
            "condition": used if d.used else self.tr("new"),
            "expiry": r.expiry_date.strftime("%d.%m.%Y") if r.expiry_date else "–",
            "origin": d.origin_country,
            "serial": d.serial_or_vin or "–",
            "place": self.tr("pallet %1 at %2").replace("%1", r.pallet).replace("%2", r.location)
            if r.pallet and r.location
            else (r.location or "–"),
            "status": status_label(r.status),
            "intake": self.tr("donation %1, %2")
            .replace("%1", str(d.donation_id))
            .replace("%2", short_datetime(r.received_at)),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self.history.setRowCount(len(d.movements))
        for row, m in enumerate(d.movements):
            source = m.from_pallet or m.from_location
            target = m.to_pallet or m.to_location
            cells = (
                short_datetime(m.at),
                movement_label(m.kind),
                f"{source} → {target}" if source or target else "",
                f"{m.volunteer} ({m.station})" if m.station else m.volunteer,
                m.note,
            )
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
