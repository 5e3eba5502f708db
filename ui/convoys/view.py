"""The convoy screen: vehicles → pallets → boxes, capacity gauges, readiness, and actions.

Boxes of a pallet are read when the pallet is opened in the tree, so the large convoy (165
pallets, 6,600 boxes) opens at once. The screen follows every change announced on the change
signal: a load scan at the dock shows here without a reload by hand.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
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

from ui.changes import Change, Kind
from ui.context import AppContext
from ui.convoys import readiness_list
from ui.convoys.acts_dialog import ActsButton
from ui.convoys.confirmations import DeliveryConfirmations
from ui.convoys.corrections import GOODS_ROLE, ConvoyCorrections
from ui.convoys.coverage_panel import CoveragePanel
from ui.convoys.gauges import CapacityGauges
from ui.formatting import number
from ui.operations import Failure, Operation
from ui.service_texts import error_text
from ui.status_names import status_label
from warehouse_app.errors import HafenlagerError
from warehouse_app.kinds import ConvoyStatus
from warehouse_app.services import convoys
from warehouse_app.services.convoys import ConvoyOverview, ConvoyRecord, Problem

PALLET_ROLE = Qt.ItemDataRole.UserRole
# What a change must touch for this screen to read its convoy again.
WATCHED = (Kind.CONVOYS, Kind.BOXES, Kind.PALLETS, Kind.MASTER_DATA, Kind.SETTINGS)


class ConvoyView(QWidget):
    # Emitted on the GUI thread when a departure has ended, with what the screen said.
    departure_finished = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("convoyView")
        self.context = context
        self.convoy: ConvoyRecord | None = None

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
        self.capacity = CapacityGauges()
        self.gauges = self.capacity.bars
        self.coverage = CoveragePanel()  # how much of each needs list it covers

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
        # Right-click (or the menu key) on pallets and loose boxes, several at once with Ctrl
        # or Shift; Delete takes the chosen ones off the convoy.
        self.corrections = ConvoyCorrections(self, self)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self.corrections.show_menu)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.corrections.remove_selected)
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
        self.confirmations = DeliveryConfirmations(self, self)  # per association, once delivered
        self.acts = ActsButton(self)  # the signed acts, once the convoy has left
        # Planning on the first row, the convoy's steps on the second: seven in one row needed
        # 1,430 px in Ukrainian.
        actions = QGridLayout()
        for n, button in enumerate(
            (
                self.vehicle_button,
                self.goods_button,
                self.papers_button,
                self.loading_button,
                self.ready_button,
                self.depart_button,
                self.deliver_button,
                self.confirmations.button,
                self.acts.button,
            )
        ):
            actions.addWidget(button, n // 4, n % 4)
        self.message = QLabel(objectName="convoyMessage")
        self.message.setWordWrap(True)

        right = QVBoxLayout()
        right.addWidget(self.header)
        right.addWidget(self.coverage)
        right.addWidget(self.capacity)
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
        self.problems.itemDoubleClicked.connect(self._problem_chosen)
        self.vehicle_button.clicked.connect(self.add_vehicle)
        self.goods_button.clicked.connect(self.choose_goods)
        self.loading_button.clicked.connect(lambda: self._status(ConvoyStatus.LOADING))
        self.ready_button.clicked.connect(lambda: self._status(ConvoyStatus.READY))
        self.depart_button.clicked.connect(self.depart)
        self.deliver_button.clicked.connect(self.deliver)
        self.papers_button.clicked.connect(self.print_papers)
        context.changes.changed.connect(self._changed)
        self._loaded = False
        self._stale = False
        self._departing = ""
        self._departure: Operation | None = None

    # --- following changes ----------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded or self._stale:
            self._loaded, self._stale = True, False
            self.reload_list()

    def _changed(self, change: Change) -> None:
        if not change.touches(*WATCHED) or not self._loaded:
            return
        if self.isVisible():
            self.reload_list()
        else:
            self._stale = True  # read again when shown: a scan must not wait for this screen

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
        self.tree.clear()
        self.capacity.clear()
        if self.convoy is None:
            self.coverage.show_coverage([])
            self.header.setText(self.tr("No convoy yet: create one."))
            return
        seen = convoys.overview(self.convoy.number)
        convoy = self.convoy = seen.convoy
        dates = " → ".join(
            d.strftime("%d.%m.%Y") for d in (convoy.planned_departure, convoy.planned_arrival) if d
        )
        self.header.setText(
            f"{convoy.number} {convoy.name} · {status_label(convoy.status)} · "
            f"{convoy.recipient or '–'} · {dates} · {convoy.aid_code or '–'}"
        )
        for button in (
            self.vehicle_button,
            self.goods_button,
            self.loading_button,
            self.ready_button,
        ):
            button.setEnabled(not convoy.locked)
        # Ready, and still nothing blocks: another station may have loaded or changed goods.
        clear = not any(p.blocking for p in seen.problems)
        self.depart_button.setEnabled(
            convoy.status == ConvoyStatus.READY and clear and not self._departing
        )
        self.deliver_button.setEnabled(convoy.status == ConvoyStatus.DEPARTED)
        self.confirmations.follow(convoy)
        self.acts.follow(convoy)
        self.papers_button.setEnabled(convoy.status != ConvoyStatus.CANCELLED)
        self.capacity.show_gauges(seen.gauges)
        self.coverage.show_coverage(convoys.coverage(convoy))
        self._fill_tree(seen)
        self._fill_breakdown(seen)
        self._fill_problems(seen.problems)

    def _fill_tree(self, seen: ConvoyOverview) -> None:
        self.tree.clear()
        entries: list[tuple[str, int | None, int | None]] = [
            (f"{v.number}: {v.truck_plate} {v.trailer_plate} · {v.code}", v.id, v.number)
            for v in seen.vehicles
        ]
        if seen.tree.get(None):
            entries.append((self.tr("not on a vehicle yet"), None, None))
        for title, vehicle_id, vehicle_number in entries:
            pallets = seen.tree.get(vehicle_id, [])
            total_boxes = sum(p.boxes for p in pallets)
            total_kg = sum((p.gross_kg for p in pallets), Decimal(0))
            loaded = sum(1 for p in pallets if p.loaded)
            top = QTreeWidgetItem(
                [title, str(total_boxes), number(total_kg), f"{loaded}/{len(pallets)}"]
            )
            top.setData(0, PALLET_ROLE, ("vehicle", vehicle_id, vehicle_number))
            self.tree.addTopLevelItem(top)
            for pallet in pallets:
                child = QTreeWidgetItem(
                    [
                        pallet.code if pallet.id else self.tr("loose boxes"),
                        str(pallet.boxes),
                        number(pallet.gross_kg),
                        self.tr("yes") if pallet.loaded else "",
                    ]
                )
                child.setData(0, PALLET_ROLE, ("pallet", vehicle_id, pallet.id))
                if pallet.id:
                    child.setData(0, GOODS_ROLE, ("pallet", pallet.code))
                child.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                top.addChild(child)
            top.setExpanded(True)

    def _expand(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, PALLET_ROLE)
        if not data or data[0] != "pallet" or item.childCount() or self.convoy is None:
            return
        _, vehicle_id, pallet_id = data
        for box in convoys.tree_boxes(self.convoy, vehicle_id, pallet_id):
            child = QTreeWidgetItem(
                [
                    f"{box.code} {box.description}",
                    "1",
                    number(box.gross_kg),
                    self.tr("yes") if box.loaded else "",
                    box.owner,
                    box.expiry.strftime("%d.%m.%Y") if box.expiry else "",
                ]
            )
            if pallet_id is None:  # a loose box goes on its own; one on a pallet with it
                child.setData(0, GOODS_ROLE, ("box", box.code))
            item.addChild(child)

    def _fill_breakdown(self, seen: ConvoyOverview) -> None:
        titles = {"association": self.tr("Association"), "category": self.tr("Category")}
        lines = []
        for group, values in seen.breakdown.items():
            for key, (n, kg) in sorted(values.items()):
                lines.append((f"{titles[group]}: {key}", str(n), number(kg)))
        self.breakdown.setRowCount(len(lines))
        for row, cells in enumerate(lines):
            for column, text in enumerate(cells):
                self.breakdown.setItem(row, column, QTableWidgetItem(text))

    def _fill_problems(self, problems: tuple[Problem, ...]) -> None:
        readiness_list.fill(self.problems, problems)
        self.tabs.setTabText(2, self.tr("Readiness (%1)").replace("%1", str(len(problems))))

    # --- actions --------------------------------------------------------------------
    def say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(f"color: {'#1e7d32' if ok else '#b00020'}; font-weight: bold;")
        self.message.setText(text)

    def announce(self, *kinds: Kind) -> None:
        """Tell every screen (this one included: it reads its convoy again)."""
        self.context.changes.announce(*kinds, origin=self)

    def _status(self, status: ConvoyStatus) -> None:
        assert self.convoy is not None
        convoy = self.convoy
        try:
            convoys.set_status(convoy, status)
        except HafenlagerError as exc:
            self.say(error_text(exc), ok=False)
            return
        self.announce(Kind.CONVOYS)
        self.say(
            self.tr("Convoy %1: %2")
            .replace("%1", convoy.number)
            .replace("%2", status_label(status.value)),
            ok=True,
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

    def start_departure(self, number: str) -> Operation:
        """Depart on a worker thread: the final papers of a large convoy take seconds to
        render, and they are archived in the departure's own transaction."""
        actor = self.context.actor

        def work(_report: object) -> int:
            from reports.papers_set import final_papers  # reportlab loads on first use

            return convoys.depart(convoys.get_convoy(number), actor, papers=final_papers)

        self.depart_button.setEnabled(False)
        self.say(
            self.tr("Convoy %1 departs: its papers are being made and archived…").replace(
                "%1", number
            ),
            ok=True,
        )
        self._departing = number
        self._departure = Operation(
            self,
            work,
            hub=self.context.changes,
            changes=(Kind.CONVOYS, Kind.BOXES, Kind.PALLETS),
            on_success=self._departed,
            on_failure=self._departure_failed,
            name=f"departure of convoy {number}",
        ).start()
        return self._departure

    def _departed(self, _shipped: object) -> None:
        message = self.tr("Convoy %1 departed; its papers are archived.").replace(
            "%1", self._departing
        )
        self._departing = ""
        self.reload_list()
        self.say(message, ok=True)
        self.departure_finished.emit(message)

    def _departure_failed(self, failure: Failure) -> None:
        self._departing = ""
        self.reload_list()
        self.say(failure.message, ok=False)
        self.departure_finished.emit(failure.message)

    def print_papers(self) -> None:
        assert self.convoy is not None
        self.papers_dialog().exec()

    def papers_dialog(self) -> QDialog:
        """The Print papers dialog, on the vehicle chosen in the tree (or the whole convoy)."""
        from ui.convoys.papers_dialog import PapersDialog  # reportlab loads on first use

        assert self.convoy is not None
        vehicle_number = None
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        data = item.data(0, PALLET_ROLE) if item is not None else None
        if data and data[0] == "vehicle":
            vehicle_number = data[2]
        return PapersDialog(self.convoy, vehicle_number, self)

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        """A double-click on a problem: its fix, where it has one."""
        problem = item.data(readiness_list.PROBLEM_ROLE)
        if isinstance(problem, Problem) and problem.has_release:
            self.corrections.fix(problem)
        else:
            self.acknowledge(item)

    def acknowledge(self, item: QListWidgetItem) -> None:
        category_id = item.data(Qt.ItemDataRole.UserRole)
        if category_id is None or self.convoy is None:
            return
        reference, ok = QInputDialog.getText(
            self,
            self.tr("Acknowledge"),
            self.tr("Licence number or MRN for:\n%1").replace("%1", item.text().strip()),
        )
        if not ok:
            return
        try:
            convoys.acknowledge(self.convoy, category_id, reference)
        except HafenlagerError as exc:
            self.say(error_text(exc), ok=False)
            return
        self.announce(Kind.CONVOYS)
        self.say(self.tr("Acknowledged."), ok=True)
        self.tabs.setCurrentWidget(self.problems)

    def edit_convoy(self) -> None:
        from ui.convoys.convoy_dialog import ConvoyDialog

        assert self.convoy is not None
        if ConvoyDialog(self, editing=self.convoy).exec():
            self.announce(Kind.CONVOYS)

    def new_convoy(self) -> None:
        from ui.convoys.convoy_dialog import ConvoyDialog

        dialog = ConvoyDialog(self)
        if dialog.exec():
            self.convoy = convoys.get_convoy(dialog.number)
            self.announce(Kind.CONVOYS)

    def add_vehicle(self) -> None:
        from ui.convoys.vehicle_dialog import VehicleDialog

        assert self.convoy is not None
        if VehicleDialog(self.convoy, self).exec():
            self.announce(Kind.CONVOYS)

    def choose_goods(self) -> None:
        from ui.convoys.goods_dialog import GoodsDialog

        assert self.convoy is not None
        GoodsDialog(self.convoy, self.context.changes, self).exec()

    def deliver(self) -> None:
        from ui.convoys.delivery_dialog import DeliveryDialog

        assert self.convoy is not None
        if DeliveryDialog(self.convoy, self.context.actor, self).exec():
            self.announce(Kind.CONVOYS, Kind.BOXES, Kind.PALLETS)
