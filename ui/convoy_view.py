"""The convoy screen: vehicles → pallets → boxes, capacity gauges, readiness, and actions.

Boxes of a pallet are read when the pallet is opened in the tree, so the large convoy (165
pallets, 6,600 boxes) opens at once.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import tasks
from ui.context import AppContext
from ui.labels import status_label
from warehouse_app.errors import HafenlagerError
from warehouse_app.kinds import ConvoyStatus
from warehouse_app.services import convoys, masterdata
from warehouse_app.storage.models import Convoy, Recipient, Vehicle

PALLET_ROLE = Qt.ItemDataRole.UserRole
LOADED_ROLE = Qt.ItemDataRole.UserRole + 1


def _kg(value: Decimal) -> str:
    return f"{value.normalize():f}"


class ConvoyView(QWidget):
    # Emitted on the GUI thread when a departure has ended, with what the screen said.
    departure_finished = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("convoyView")
        self.context = context
        self.convoy: Convoy | None = None

        self.list = QListWidget(objectName="convoyList")
        self.list.setStyleSheet("font-size: 13pt;")
        self.new_button = QPushButton(self.tr("New convoy…"), objectName="newConvoy")
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        left_box = QWidget()
        left_box.setLayout(left)

        self.header = QLabel(objectName="convoyHeader")
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.gauges = QVBoxLayout()
        gauges_box = QGroupBox(self.tr("Capacity"))
        gauges_box.setLayout(self.gauges)

        self.tree = QTreeWidget(objectName="convoyTree")
        self.tree.setHeaderLabels(
            [
                self.tr("Vehicle / pallet / box"),
                self.tr("Boxes"),
                self.tr("Gross kg"),
                self.tr("Loaded"),
                self.tr("Owner"),
                self.tr("Expiry"),
            ]
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemExpanded.connect(self._expand)
        self.breakdown = QTableWidget(0, 3, objectName="convoyBreakdown")
        self.breakdown.setHorizontalHeaderLabels(
            [self.tr("Association / category"), self.tr("Boxes"), self.tr("Gross kg")]
        )
        self.breakdown.verticalHeader().setVisible(False)
        self.breakdown.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breakdown.horizontalHeader().setStretchLastSection(True)
        self.problems = QListWidget(objectName="convoyProblems")
        self.problems.setWordWrap(True)
        tabs = QTabWidget()
        tabs.addTab(self.tree, self.tr("Vehicles"))
        tabs.addTab(self.breakdown, self.tr("Per association and category"))
        tabs.addTab(self.problems, self.tr("Readiness"))
        self.tabs = tabs

        self.edit_button = QPushButton(self.tr("Edit…"), objectName="editConvoy")
        self.vehicle_button = QPushButton(self.tr("Add vehicle…"), objectName="addVehicle")
        self.goods_button = QPushButton(self.tr("Choose goods…"), objectName="chooseGoods")
        self.loading_button = QPushButton(self.tr("Start loading"), objectName="startLoading")
        self.ready_button = QPushButton(self.tr("Mark ready"), objectName="markReady")
        self.depart_button = QPushButton(self.tr("Depart"), objectName="depart")
        self.deliver_button = QPushButton(self.tr("Confirm delivery…"), objectName="deliver")
        self.papers_button = QPushButton(self.tr("Print papers…"), objectName="printPapers")
        actions = QHBoxLayout()
        for button in (
            self.vehicle_button,
            self.goods_button,
            self.loading_button,
            self.ready_button,
            self.depart_button,
            self.deliver_button,
            self.papers_button,
        ):
            actions.addWidget(button)
        self.message = QLabel(objectName="convoyMessage")
        self.message.setWordWrap(True)

        right = QVBoxLayout()
        right.addWidget(self.header)
        right.addWidget(gauges_box)
        right.addLayout(actions)
        right.addWidget(self.message)
        right.addWidget(tabs, 1)
        right_box = QWidget()
        right_box.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(left_box)
        splitter.addWidget(right_box)
        splitter.setSizes([280, 1100])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

        self.list.currentRowChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.new_convoy)
        self.edit_button.clicked.connect(self.edit_convoy)
        self.problems.itemDoubleClicked.connect(self.acknowledge)
        self.vehicle_button.clicked.connect(self.add_vehicle)
        self.goods_button.clicked.connect(self.choose_goods)
        self.loading_button.clicked.connect(lambda: self._status(ConvoyStatus.LOADING))
        self.ready_button.clicked.connect(lambda: self._status(ConvoyStatus.READY))
        self.depart_button.clicked.connect(self.depart)
        self.deliver_button.clicked.connect(self.deliver)
        self.papers_button.clicked.connect(self.print_papers)
        self._loaded = False
        self._departing = ""
        self._departure_task: tasks.Task | None = None

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._loaded:
            self._loaded = True
            self.reload_list()

    # --- the list -------------------------------------------------------------------
    def reload_list(self, select: str | None = None) -> None:
        current = select or (self.convoy.number if self.convoy else None)
        self.list.blockSignals(True)
        self.list.clear()
        for info in convoys.convoys():
            item = QListWidgetItem(
                f"{info.number} · {status_label(info.status)}\n{info.recipient[:40]}"
            )
            item.setData(Qt.ItemDataRole.UserRole, info.number)
            self.list.addItem(item)
            if info.number == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._chosen()

    def _chosen(self) -> None:
        item = self.list.currentItem()
        self.convoy = convoys.get_convoy(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self.show_convoy()

    # --- one convoy -----------------------------------------------------------------
    def show_convoy(self) -> None:
        convoy = self.convoy
        self.tree.clear()
        while self.gauges.count():
            widget = self.gauges.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if convoy is None:
            self.header.setText(self.tr("No convoy yet: create one."))
            return
        convoy = self.convoy = Convoy.get_by_id(convoy.id)
        recipient = convoy.recipient.name if convoy.recipient_id else "–"
        dates = " → ".join(
            d.strftime("%d.%m.%Y") for d in (convoy.planned_departure, convoy.planned_arrival) if d
        )
        self.header.setText(
            f"{convoy.number} {convoy.name} · {status_label(convoy.status)} · "
            f"{recipient} · {dates} · {convoy.aid_code or '–'}"
        )
        locked = convoy.status in convoys.LOCKED
        for button in (
            self.vehicle_button,
            self.goods_button,
            self.loading_button,
            self.ready_button,
        ):
            button.setEnabled(not locked)
        self.depart_button.setEnabled(convoy.status == ConvoyStatus.READY)
        self.deliver_button.setEnabled(convoy.status == ConvoyStatus.DEPARTED)
        self.papers_button.setEnabled(convoy.status != ConvoyStatus.CANCELLED)
        rows = convoys.rows_of(convoy)  # read once, shared by every part of the screen
        self.refresh_gauges(rows)
        self._fill_tree(rows)
        self._fill_breakdown(rows)
        self._fill_problems(rows)

    def refresh_gauges(self, rows: list[object] | None = None) -> None:
        assert self.convoy is not None
        while self.gauges.count():
            widget = self.gauges.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for gauge in convoys.gauges(self.convoy, rows):  # type: ignore[arg-type]
            bar = QProgressBar(objectName=f"gauge_{gauge.label}")
            bar.setRange(0, 1000)
            bar.setValue(min(1000, int(gauge.kg_share * 1000)))
            places = (
                (f" · {gauge.pallets}/{gauge.pallet_places} " + self.tr("pallet places"))
                if gauge.pallet_places
                else ""
            )
            bar.setFormat(
                f"{gauge.label}: {_kg(gauge.gross_kg)} / {_kg(gauge.payload_kg)} kg"
                f"{places} · {gauge.boxes} " + self.tr("boxes")
            )
            over = gauge.over_payload or gauge.over_places
            near = gauge.kg_share > 0.9 or (
                gauge.pallet_places and gauge.pallets > 0.9 * gauge.pallet_places
            )
            colour = "#c62828" if over else ("#f9a825" if near else "#2e7d32")
            bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
            self.gauges.addWidget(bar)

    def _fill_tree(self, rows: list[object]) -> None:
        assert self.convoy is not None
        self.tree.clear()
        per_vehicle = convoys.tree_pallets(self.convoy, rows)  # type: ignore[arg-type]
        vehicles = list(
            Vehicle.select().where(Vehicle.convoy == self.convoy.id).order_by(Vehicle.number)
        )
        entries: list[tuple[str, int | None]] = [
            (f"{v.number}: {v.truck_plate} {v.trailer_plate} · {v.code}", v.id) for v in vehicles
        ]
        if per_vehicle.get(None):
            entries.append((self.tr("not on a vehicle yet"), None))
        for title, vehicle_id in entries:
            pallets = per_vehicle.get(vehicle_id, [])
            total_boxes = sum(p.boxes for p in pallets)
            total_kg = sum((p.gross_kg for p in pallets), Decimal(0))
            loaded = sum(1 for p in pallets if p.loaded)
            top = QTreeWidgetItem(
                [title, str(total_boxes), _kg(total_kg), f"{loaded}/{len(pallets)}"]
            )
            top.setData(0, PALLET_ROLE, ("vehicle", vehicle_id))
            self.tree.addTopLevelItem(top)
            for pallet in pallets:
                child = QTreeWidgetItem(
                    [
                        pallet.code if pallet.id else self.tr("loose boxes"),
                        str(pallet.boxes),
                        _kg(pallet.gross_kg),
                        self.tr("yes") if pallet.loaded else "",
                    ]
                )
                child.setData(0, PALLET_ROLE, ("pallet", vehicle_id, pallet.id))
                child.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                top.addChild(child)
            top.setExpanded(True)

    def _expand(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, PALLET_ROLE)
        if not data or data[0] != "pallet" or item.childCount() or self.convoy is None:
            return
        _, vehicle_id, pallet_id = data
        for box in convoys.tree_boxes(self.convoy, vehicle_id, pallet_id):
            item.addChild(
                QTreeWidgetItem(
                    [
                        f"{box.code} {box.description}",
                        "1",
                        _kg(box.gross_kg),
                        self.tr("yes") if box.loaded else "",
                        box.owner,
                        box.expiry.strftime("%d.%m.%Y") if box.expiry else "",
                    ]
                )
            )

    def _fill_breakdown(self, rows: list[object]) -> None:
        assert self.convoy is not None
        titles = {"association": self.tr("Association"), "category": self.tr("Category")}
        lines = []
        for group, values in convoys.breakdown(self.convoy, rows).items():  # type: ignore[arg-type]
            for key, (n, kg) in sorted(values.items()):
                lines.append((f"{titles[group]}: {key}", str(n), _kg(kg)))
        self.breakdown.setRowCount(len(lines))
        for row, cells in enumerate(lines):
            for column, text in enumerate(cells):
                self.breakdown.setItem(row, column, QTableWidgetItem(text))

    def _fill_problems(self, rows: list[object]) -> None:
        assert self.convoy is not None
        self.problems.clear()
        problems = convoys.readiness(self.convoy, rows=rows)  # type: ignore[arg-type]
        groups: dict[str, list[convoys.Problem]] = {}
        for problem in problems:
            groups.setdefault(problem.group, []).append(problem)
        if not problems:
            self.problems.addItem(self.tr("Nothing blocks departure."))
        for group, items in groups.items():
            head = QListWidgetItem(f"{group} ({len(items)}) — {items[0].action}")
            head.setForeground(Qt.GlobalColor.darkRed)
            self.problems.addItem(head)
            for problem in items[:50]:
                line = QListWidgetItem(f"    {problem.message}")
                line.setData(Qt.ItemDataRole.UserRole, problem.category_id)
                if problem.category_id is not None:
                    line.setToolTip(self.tr("Double-click to acknowledge with the licence or MRN"))
                self.problems.addItem(line)
            if len(items) > 50:
                self.problems.addItem(f"    … +{len(items) - 50}")
        self.tabs.setTabText(2, self.tr("Readiness (%1)").replace("%1", str(len(problems))))

    # --- actions --------------------------------------------------------------------
    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(f"color: {'#1e7d32' if ok else '#b00020'}; font-weight: bold;")
        self.message.setText(text)

    def _run(self, action: object, done: str) -> bool:
        try:
            action()  # type: ignore[operator]
        except HafenlagerError as exc:
            self._say(str(exc), ok=False)
            return False
        self._say(done, ok=True)
        self.reload_list()
        return True

    def _status(self, status: ConvoyStatus) -> None:
        assert self.convoy is not None
        convoy = self.convoy
        self._run(
            lambda: convoys.set_status(convoy, status),
            self.tr("Convoy %1: %2")
            .replace("%1", convoy.number)
            .replace("%2", status_label(status.value)),
        )

    def depart(self) -> None:
        assert self.convoy is not None
        convoy = self.convoy
        answer = QMessageBox.question(
            self,
            self.tr("Depart"),
            self.tr(
                "Convoy %1 departs now: everything loaded is shipped and nothing of it can change "
                "any more. Go ahead?"
            ).replace("%1", convoy.number),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start_departure(convoy.number)

    def start_departure(self, number: str) -> tasks.Task:
        """Depart on a worker thread: the final papers of a large convoy take seconds to
        render, and they are archived in the departure's own transaction."""
        actor = self.context.actor

        def work(_report: object) -> int:
            from reports.papers_set import final_papers  # reportlab loads on first use

            return convoys.depart(convoys.get_convoy(number), actor, papers=final_papers)

        self.depart_button.setEnabled(False)
        self._say(
            self.tr("Convoy %1 departs: its papers are being made and archived…").replace(
                "%1", number
            ),
            ok=True,
        )
        self._departing = number
        task = tasks.Task(work)
        # Bound methods of this QObject: the slots run on the GUI thread, not the worker's.
        task.signals.finished.connect(self._departed)
        task.signals.failed.connect(self._departure_failed)
        self._departure_task = tasks.start(task)
        return task

    def _departed(self, _shipped: object) -> None:
        message = self.tr("Convoy %1 departed; its papers are archived.").replace(
            "%1", self._departing
        )
        self.reload_list()
        self._say(message, ok=True)
        self.departure_finished.emit(message)

    def _departure_failed(self, message: str) -> None:
        self.reload_list()
        self._say(message, ok=False)
        self.departure_finished.emit(message)

    def print_papers(self) -> None:
        assert self.convoy is not None
        self.papers_dialog().exec()

    def papers_dialog(self) -> QDialog:
        """The Print papers dialog, on the vehicle chosen in the tree (or the whole convoy)."""
        from ui.papers_dialog import PapersDialog  # reportlab loads on first use

        assert self.convoy is not None
        vehicle_number = None
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        data = item.data(0, PALLET_ROLE) if item is not None else None
        if data and data[0] == "vehicle" and data[1] is not None:
            vehicle_number = Vehicle.get_by_id(data[1]).number
        return PapersDialog(self.convoy, vehicle_number, self)

    def acknowledge(self, item: QListWidgetItem) -> None:
        category_id = item.data(Qt.ItemDataRole.UserRole)
        if category_id is None or self.convoy is None:
            return
        reference, ok = QInputDialog.getText(
            self,
            self.tr("Acknowledge"),
            self.tr("Licence number or MRN for:\n%1").replace("%1", item.text().strip()),
        )
        if ok:
            convoy = self.convoy
            if self._run(
                lambda: convoys.acknowledge(convoy, category_id, reference),
                self.tr("Acknowledged."),
            ):
                self.tabs.setCurrentWidget(self.problems)

    def edit_convoy(self) -> None:
        assert self.convoy is not None
        dialog = NewConvoyDialog(self, editing=self.convoy)
        if dialog.exec():
            self.reload_list()

    def new_convoy(self) -> None:
        dialog = NewConvoyDialog(self)
        if dialog.exec():
            self.reload_list(select=dialog.number)

    def add_vehicle(self) -> None:
        assert self.convoy is not None
        dialog = VehicleDialog(self.convoy, self)
        if dialog.exec():
            self.show_convoy()

    def choose_goods(self) -> None:
        assert self.convoy is not None
        dialog = GoodsDialog(self.convoy, self)
        if dialog.exec():
            self.show_convoy()

    def assign_pallets(self, codes: list[str], vehicle_number: int | None) -> bool:
        """Reserve pallets on a vehicle and update the gauges (used by the goods dialog)."""
        assert self.convoy is not None
        convoy = self.convoy
        vehicle = convoys.get_vehicle(convoy, vehicle_number) if vehicle_number else None
        try:
            convoys.assign(convoy, vehicle=vehicle, pallets=codes)
        except HafenlagerError as exc:
            self._say(str(exc), ok=False)
            return False
        self.refresh_gauges()
        return True

    def deliver(self) -> None:
        assert self.convoy is not None
        dialog = DeliveryDialog(self.convoy, self.context, self)
        if dialog.exec():
            self.reload_list()


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(objectName="errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _date(self, days: int) -> QDateEdit:
        edit = QDateEdit(dt.date.today() + dt.timedelta(days=days))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        return edit


class NewConvoyDialog(_FormDialog):
    """A new convoy, or (editing) the details of a planned one."""

    def __init__(self, parent: QWidget | None = None, editing: Convoy | None = None) -> None:
        super().__init__(self.tr("New convoy") if editing is None else editing.number, parent)
        self.editing = editing
        self.number_edit = QLineEdit(objectName="number")
        self.name = QLineEdit(objectName="name")
        self.recipient = QComboBox(objectName="recipient")
        for r in Recipient.select().where(Recipient.active == True).order_by(Recipient.name):
            self.recipient.addItem(r.name, r.name)
        self.place = QLineEdit(objectName="delivery_place")
        self.border = QLineEdit(objectName="border_crossing")
        self.departure = self._date(7)
        self.arrival = self._date(9)
        self.aid_code = QLineEdit(objectName="aid_code")
        self.aid_valid = self._date(60)
        for label, widget in (
            (self.tr("Number"), self.number_edit),
            (self.tr("Name"), self.name),
            (self.tr("Recipient"), self.recipient),
            (self.tr("Delivery place"), self.place),
            (self.tr("Border crossing"), self.border),
            (self.tr("Departure"), self.departure),
            (self.tr("Arrival"), self.arrival),
            (self.tr("Aid code"), self.aid_code),
            (self.tr("Aid code valid until"), self.aid_valid),
        ):
            self.form.addRow(label, widget)
        self.number = ""
        if editing is not None:
            self._fill(editing)

    def _fill(self, convoy: Convoy) -> None:
        self.number_edit.setText(convoy.number)
        self.number_edit.setReadOnly(True)
        self.name.setText(convoy.name)
        if convoy.recipient_id:
            self.recipient.setCurrentIndex(max(0, self.recipient.findData(convoy.recipient.name)))
        self.place.setText(convoy.delivery_place)
        self.border.setText(convoy.border_crossing)
        self.aid_code.setText(convoy.aid_code)
        for edit, value in (
            (self.departure, convoy.planned_departure),
            (self.arrival, convoy.planned_arrival),
            (self.aid_valid, convoy.aid_code_valid_until),
        ):
            if value is not None:
                edit.setDate(value)

    def accept(self) -> None:
        if self.editing is not None:
            try:
                convoys.update_convoy(
                    self.editing,
                    name=self.name.text(),
                    recipient=self.recipient.currentData() or "",
                    delivery_place=self.place.text(),
                    border_crossing=self.border.text(),
                    planned_departure=self.departure.date().toPython(),
                    planned_arrival=self.arrival.date().toPython(),
                    aid_code=self.aid_code.text(),
                    aid_code_valid_until=self.aid_valid.date().toPython(),
                )
            except HafenlagerError as exc:
                self.error.setText(str(exc))
                return
            self.number = self.editing.number
            super().accept()
            return
        try:
            convoys.create_convoy(
                self.number_edit.text(),
                name=self.name.text(),
                recipient=self.recipient.currentData() or "",
                delivery_place=self.place.text(),
                border_crossing=self.border.text(),
                departure=self.departure.date().toPython(),
                arrival=self.arrival.date().toPython(),
                aid_code=self.aid_code.text(),
                aid_code_valid_until=self.aid_valid.date().toPython(),
            )
        except HafenlagerError as exc:
            self.error.setText(str(exc))
            return
        self.number = " ".join(self.number_edit.text().split())
        super().accept()


class VehicleDialog(_FormDialog):
    def __init__(self, convoy: Convoy, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add vehicle to %1").replace("%1", convoy.number), parent)
        self.convoy = convoy
        self.carrier = QLineEdit(objectName="carrier")
        self.truck = QLineEdit(objectName="truck_plate")
        self.trailer = QLineEdit(objectName="trailer_plate")
        self.drivers = QLineEdit(objectName="drivers")
        self.drivers.setPlaceholderText(self.tr("Name: passport number; Name: passport number"))
        self.payload = QLineEdit("24000", objectName="payload_kg")
        self.places = QLineEdit("33", objectName="pallet_places")
        self.length = QLineEdit("13.6", objectName="loading_length_m")
        self.height = QLineEdit("2.7", objectName="loading_height_m")
        self.donated = QLineEdit(objectName="donated_box")
        self.donated.setPlaceholderText(self.tr("box code of a donated vehicle (optional)"))
        for label, widget in (
            (self.tr("Carrier"), self.carrier),
            (self.tr("Truck plate"), self.truck),
            (self.tr("Trailer plate"), self.trailer),
            (self.tr("Drivers"), self.drivers),
            (self.tr("Payload kg"), self.payload),
            (self.tr("Pallet places"), self.places),
            (self.tr("Donated vehicle"), self.donated),
        ):
            self.form.addRow(label, widget)

    def accept(self) -> None:
        try:
            places = int(self.places.text() or "0")
            convoys.add_vehicle(
                self.convoy,
                payload_kg=self.payload.text(),
                pallet_places=places,
                carrier=self.carrier.text(),
                truck_plate=self.truck.text(),
                trailer_plate=self.trailer.text(),
                drivers="\n".join(d.strip() for d in self.drivers.text().split(";") if d.strip()),
                donated_box=self.donated.text().strip(),
                loading_length_m=self.length.text(),
                loading_height_m=self.height.text(),
            )
        except ValueError:
            self.error.setText(self.tr("Pallet places is a whole number."))
            return
        except HafenlagerError as exc:
            self.error.setText(str(exc))
            return
        super().accept()


class GoodsDialog(QDialog):
    """Pallets in the hall, filtered, earliest expiry first; the chosen ones go on a vehicle."""

    def __init__(self, convoy: Convoy, view: ConvoyView) -> None:
        super().__init__(view)
        self.convoy = convoy
        self.setWindowTitle(self.tr("Choose goods for %1").replace("%1", convoy.number))
        self.resize(1100, 700)
        self.view = view
        self.association = QComboBox(objectName="goodsAssociation")
        self.association.addItem(self.tr("All owners"), None)
        for a in masterdata.associations():
            self.association.addItem(a.short_code, a.id)
        self.category = QComboBox(objectName="goodsCategory")
        self.category.addItem(self.tr("All categories"), None)
        for c in masterdata.categories():
            self.category.addItem(c.name_de, c.id)
        self.location = QComboBox(objectName="goodsLocation")
        self.location.addItem(self.tr("All locations"), None)
        for loc in masterdata.locations():
            self.location.addItem(loc.name, loc.id)
        self.expiring = QComboBox(objectName="goodsExpiry")
        self.expiring.addItem(self.tr("Any expiry"), None)
        for months in (3, 6, 12):
            self.expiring.addItem(
                self.tr("expiring within %1 months").replace("%1", str(months)), months
            )
        self.vehicle = QComboBox(objectName="goodsVehicle")
        self.vehicle.addItem(self.tr("no vehicle yet"), None)
        for v in Vehicle.select().where(Vehicle.convoy == convoy.id).order_by(Vehicle.number):
            self.vehicle.addItem(f"{v.number}: {v.truck_plate}", v.number)
        if self.vehicle.count() > 1:
            self.vehicle.setCurrentIndex(1)
        self.table = QTableWidget(0, 6, objectName="goodsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Pallet"),
                self.tr("Place"),
                self.tr("Boxes"),
                self.tr("Gross kg"),
                self.tr("Earliest expiry"),
                self.tr("Owners"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.assign_button = QPushButton(
            self.tr("Put the selected pallets on the vehicle"), objectName="assignSelected"
        )
        filters = QHBoxLayout()
        for widget in (self.association, self.category, QLabel(self.tr("Vehicle:")), self.vehicle):
            filters.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.assign_button)
        layout.addWidget(buttons)
        for combo in (self.association, self.category, self.location, self.expiring):
            combo.currentIndexChanged.connect(self.refresh)
        self.assign_button.clicked.connect(self.assign_selected)
        self.refresh()

    def refresh(self) -> None:
        months = self.expiring.currentData()
        self.candidates = convoys.available_pallets(
            association_id=self.association.currentData(),
            category_id=self.category.currentData(),
            location_id=self.location.currentData(),
            expiry_before=dt.date.today() + dt.timedelta(days=31 * months) if months else None,
            keeps_until=self.convoy.planned_arrival,
        )
        self.table.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            cells = (
                c.code,
                c.location,
                str(c.boxes),
                _kg(c.gross_kg),
                c.earliest_expiry.strftime("%d.%m.%Y") if c.earliest_expiry else "–",
                c.owners,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def assign_selected(self) -> bool:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        codes = [self.candidates[r].code for r in rows]
        if not codes:
            return False
        done = self.view.assign_pallets(codes, self.vehicle.currentData())
        if done:
            self.refresh()
        return done


class DeliveryDialog(_FormDialog):
    def __init__(self, convoy: Convoy, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Confirm delivery"), parent)
        self.convoy = convoy
        self.context = context
        self.vehicle = QComboBox(objectName="deliveryVehicle")
        for v in (
            Vehicle.select()
            .where(Vehicle.convoy == convoy.id, Vehicle.delivered_at.is_null())
            .order_by(Vehicle.number)
        ):
            self.vehicle.addItem(f"{v.number}: {v.truck_plate}", v.number)
        self.receipt = QLineEdit(objectName="receipt")
        self.receipt.setPlaceholderText(self.tr("number of the signed acceptance act"))
        self.returned = QLineEdit(objectName="returned")
        self.returned.setPlaceholderText(self.tr("codes of boxes that came back (optional)"))
        self.form.addRow(self.tr("Vehicle"), self.vehicle)
        self.form.addRow(self.tr("Receipt"), self.receipt)
        self.form.addRow(self.tr("Came back"), self.returned)

    def accept(self) -> None:
        try:
            vehicle = convoys.get_vehicle(self.convoy, self.vehicle.currentData() or 0)
            returned = self.returned.text().replace(",", " ").split()
            dock = masterdata.find_location("Wareneingang").id if returned else None
            convoys.deliver(
                vehicle,
                receipt_reference=self.receipt.text(),
                actor=self.context.actor,
                returned=returned,
                return_location_id=dock,
            )
        except HafenlagerError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
