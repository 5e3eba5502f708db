"""Offers and drop-offs on screen: an offer recorded, accepted with a slot, its confirmation saved
and copied; the door expects it on the intake screen, fills the form from it and compares what
arrived; a slot taken by another station meanwhile is refused in red."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.needs.offer_dialog import AcceptDialog, OfferDialog
from ui.needs.page import CoordinationPage
from ui.translations import install_translations
from warehouse_app.kinds import AppointmentStatus, OfferStatus
from warehouse_app.services import appointments, offers
from warehouse_app.services.dropoff_hours import save_opening_hours
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import Association, Category
from warehouse_app.storage.opening import OpenedDatabase


def _page(qtbot: QtBot, demo: OpenedDatabase, actor: Actor) -> CoordinationPage:
    page = CoordinationPage(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def _whole_day() -> None:
    """Slots all day long, every day: the test books for today whatever the time."""
    days = ", ".join(f"{d} 00:00-23:30" for d in range(1, 8))
    save_opening_hours(days, 30, 2, "vehicles")


def test_an_offer_is_recorded_accepted_booked_and_confirmed(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor, tmp_path: Path
) -> None:
    install_translations(qapp, QLocale("en"))
    _whole_day()
    page = _page(qtbot, demo, actor)
    page.setCurrentWidget(page.offers)
    dialog = OfferDialog(page.offers)
    qtbot.addWidget(dialog)
    dialog.offered_by.setText("Erika Muster")
    dialog.category.setCurrentIndex(dialog.category.findText("Sleeping bags"))
    dialog.boxes.setText("abc")
    before = len(offers.offers())
    dialog.accept()
    assert not dialog.error.isHidden() and "Boxes" in dialog.error.text()
    assert len(offers.offers()) == before  # refused: nothing written
    dialog.boxes.setText("4")
    dialog.weight.setText("60,5")
    dialog.accept()
    assert dialog.saved_id is not None
    page.offers.refresh()
    page.offers.select_offer(dialog.saved_id)
    assert page.offers.table.item(0, 1).text() == "Erika Muster"
    assert "4 boxes" in page.offers.table.item(0, 3).text()

    chosen = page.offers.selected()
    assert chosen is not None
    accept = AcceptDialog(chosen, page.offers)
    qtbot.addWidget(accept)
    assert accept.slot.currentData() is not None  # the next free slot, offered first
    accept.accept()
    assert accept.booked is not None
    assert offers.offer(chosen.id).status == OfferStatus.ACCEPTED

    dropoffs = page.dropoffs
    page.setCurrentWidget(dropoffs)
    dropoffs.day.setDate(QDate(accept.booked.starts_at.date()))
    dropoffs.refresh()
    dropoffs.select_appointment(accept.booked.number)
    assert dropoffs.selected() is not None
    assert dropoffs.pdf_button.isEnabled()
    dropoffs.language.setCurrentIndex(dropoffs.language.findData("tr"))
    saved = dropoffs.save_confirmation(tmp_path / "onay.pdf")
    assert saved is not None
    text = pypdfium2.PdfDocument(saved)[0].get_textpage().get_text_range()
    assert accept.booked.number in text and "Randevu" in text
    copied = dropoffs.copy_confirmation()
    assert accept.booked.number in copied and QApplication.clipboard().text() == copied


def test_a_slot_booked_full_by_another_station_is_refused_in_red(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor
) -> None:
    install_translations(qapp, QLocale("en"))
    every_day = ", ".join(f"{day} 10:00-11:00" for day in range(1, 8))
    save_opening_hours(every_day, 60, 1, "vehicles")
    mine = offers.add_offer(offers.OfferInput(offered_by="A", description="Decken"))
    theirs = offers.add_offer(offers.OfferInput(offered_by="B", description="Betten"))
    offers.accept(theirs)
    page = _page(qtbot, demo, actor)
    page.offers.refresh()
    page.offers.select_offer(mine)
    chosen = page.offers.selected()
    assert chosen is not None
    dialog = AcceptDialog(chosen, page.offers)
    qtbot.addWidget(dialog)
    slot = dialog.slot.currentData()
    assert isinstance(slot, dt.datetime)
    appointments.book(theirs, slot)  # the other desk takes the one place first
    dialog.accept()
    assert dialog.result() == 0  # still open: the coordinator picks another slot
    assert "full" in dialog.error.text() and "b00020" in dialog.error.styleSheet()
    taken = next(s for s in appointments.day_slots(slot.date()) if s.starts_at == slot)
    assert taken.free == 0 and offers.offer(mine).appointment == ""  # theirs, not mine


def test_the_door_receives_an_expected_drop_off_and_compares_it(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor
) -> None:
    from ui.intake.view import IntakeView

    install_translations(qapp, QLocale("en"))
    _whole_day()
    owner = Association.get(Association.short_code == "CUK")
    bags = Category.get(Category.name_de == "Schlafsäcke")
    offer_id = offers.add_offer(
        offers.OfferInput(
            offered_by="Ayşe Yılmaz",
            association_id=int(owner.id),
            category_id=int(bags.id),
            description="Schlafsäcke, Winter",
            boxes=5,
            weight_kg=Decimal(50),
        )
    )
    offers.accept(offer_id)
    today = dt.date.today()
    booked = appointments.book(
        offer_id, dt.datetime.combine(today, dt.time(1)), now=dt.datetime.combine(today, dt.time())
    )
    view = IntakeView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.expected.findData(booked.id) > 0)  # read after the window is up
    assert booked.number in view.expected.itemText(view.expected.findData(booked.id))
    expected = view.expected.count()
    view.expected.choose(booked.id)
    assert view.association.currentData() == owner.id
    assert view.category.currentData() == bags.id
    assert view.description_de.text() == "Schlafsäcke, Winter"
    assert view.delivered_by.text() == "Ayşe Yılmaz"
    view.quantity.setText("10")
    view.net_kg.setText("9.5")
    view.box_count.setValue(4)
    assert len(view.save_and_print()) == 4
    arrived = appointments.appointment(booked.id)
    assert arrived.status == AppointmentStatus.ARRIVED and arrived.arrived_boxes == 4
    assert "offered 5 boxes, 50.0 kg; arrived 4 boxes, 38.0 kg" in view.message.text()
    assert view.expected.count() == expected - 1 and view.expected.findData(booked.id) < 0


def test_a_needs_list_is_kept_by_hand_on_the_needs_tab(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor
) -> None:
    from PySide6.QtCore import Qt

    from ui.needs.need_line_dialog import NeedLineDialog

    install_translations(qapp, QLocale("en"))
    page = _page(qtbot, demo, actor)
    view = page.needs
    assert view.new_list("Telefon") is None and "Choose the recipient" in view.message.text()
    view.recipient.setCurrentIndex(
        view.recipient.findText("Berdychiv", flags=Qt.MatchFlag.MatchStartsWith)
    )
    list_id = view.new_list("Telefon 4.12.")
    assert list_id is not None and view.current_list() == list_id
    assert view.add_line_button.isEnabled() and not view.edit_line_button.isEnabled()
    dialog = NeedLineDialog(list_id, view)
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findText("Wheelchairs"))
    dialog.quantity.setText("zwanzig")
    dialog.accept()
    assert "Quantity" in dialog.error.text()
    dialog.quantity.setText("20")
    dialog.priority.setCurrentIndex(dialog.priority.findData("urgent"))
    dialog.accept()
    assert dialog.saved_id is not None
    view._written("saved")
    assert view.lines.rowCount() == 1
    assert view.lines.item(0, 1).text() == "Wheelchairs"
    assert view.lines.item(0, 9).text() == "open"
    view.lines.selectRow(0)
    assert view.edit_line_button.isEnabled()
    view.change_status("withdrawn")
    assert view.lines.item(0, 9).text() == "withdrawn"
    assert view.lines.item(0, 4).text() == ""  # no longer asks for stock
    assert view.lines.item(0, 1).foreground().color().name() == "#777777"


def test_an_offers_photo_is_added_and_shown(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor, QImage

    install_translations(qapp, QLocale("en"))
    offer_id = offers.add_offer(offers.OfferInput(offered_by="Jana", description="Betten"))
    page = _page(qtbot, demo, actor)
    view = page.offers
    view.refresh()
    view.select_offer(offer_id)
    assert view.photo_button.isEnabled() and not view.photos_button.isEnabled()
    broken = tmp_path / "bett.png"
    broken.write_text("no picture")
    view.add_photo(broken)
    assert "not a photo" in view.message.text() and offers.offer(offer_id).photos == 0
    image = QImage(1200, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fbf"))
    photo = tmp_path / "bett.jpg"
    assert image.save(str(photo), "JPG")
    view.add_photo(photo)
    assert offers.offer(offer_id).photos == 1 and view.photos_button.isEnabled()
    dialog = view.show_photos()
    assert dialog is not None
    qtbot.addWidget(dialog)
    (shown,) = dialog.pictures
    assert shown.pixmap().width() == 640  # scaled to fit the hall's screen


def test_a_citizens_drop_off_asks_whose_goods_they_are(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor
) -> None:
    from ui.intake.view import IntakeView

    install_translations(qapp, QLocale("en"))
    _whole_day()
    bags = Category.get(Category.name_de == "Schlafsäcke")
    offer_id = offers.add_offer(
        offers.OfferInput(offered_by="Ayşe Yılmaz", category_id=int(bags.id), boxes=6)
    )
    offers.accept(offer_id)
    today = dt.date.today()
    booked = appointments.book(
        offer_id, dt.datetime.combine(today, dt.time(2)), now=dt.datetime.combine(today, dt.time())
    )
    view = IntakeView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.expected.findData(booked.id) > 0)
    view.expected.choose(booked.id)
    assert view.association.currentIndex() == -1  # not the first association in the list
    assert "without an association" in view.message.text()
    view.quantity.setText("10")
    view.net_kg.setText("5")
    assert view.save_and_print() == []  # whose? nothing is saved before the volunteer says
    assert appointments.appointment(booked.id).status == AppointmentStatus.BOOKED
    view.association.setCurrentIndex(view.association.findData(Association.get(
        Association.short_code == "GW").id))  # fmt: skip
    assert view.appointment is not None  # choosing the owner keeps the drop-off
    view.quantity.setText("10")
    view.net_kg.setText("5")
    assert len(view.save_and_print()) == 1
    assert "Fewer boxes so far than were offered" in view.message.text()


def test_the_door_saves_a_donors_receipt(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor, tmp_path: Path
) -> None:
    from ui.intake.donor_receipt_dialog import DonorReceiptDialog
    from warehouse_app.services import donor_receipts
    from warehouse_app.storage.models import Donation

    install_translations(qapp, QLocale("en"))
    donation = Donation.select().order_by(Donation.id).first()
    dialog = DonorReceiptDialog(donation.id, "Erika Muster")
    qtbot.addWidget(dialog)
    dialog.address.setText("Hauptstr. 1, 44135 Dortmund")
    dialog.origin.setCurrentIndex(dialog.origin.findData("private"))  # as the donor said
    target = tmp_path / "receipt.pdf"
    assert not dialog.save_to(target) and "no tax exemption on record" in dialog.error.text()
    assert not target.exists()
    code = Association.get_by_id(donation.association_id).short_code
    donor_receipts.save_tax_data(
        code, address="Speicherstr. 10, 44147 Dortmund", tax_office="Finanzamt Dortmund-Ost",
        tax_number="317/5730/1234",
        exemption_date=dt.date(2024, 5, 14), assessment_period="2023", purpose="der Hilfe",
    )  # fmt: skip
    assert dialog.save_to(target) and dialog.number.startswith(f"{code}-")
    assert target.read_bytes().startswith(b"%PDF")


def test_a_busy_database_is_said_in_red_and_changes_nothing(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor
) -> None:
    """Another station holds the lock (a real process): declining an offer is refused in red
    with nothing written, and works once it lets go."""
    from tests.locking import write_lock_held

    install_translations(qapp, QLocale("en"))
    page = _page(qtbot, demo, actor)
    waiting = offers.offers("open")[0]
    page.offers.refresh()
    page.offers.select_offer(waiting.id)
    with write_lock_held(demo.target):
        page.offers.decline_offer("quality")
    assert "busy" in page.offers.message.text()
    assert "b00020" in page.offers.message.styleSheet()
    assert offers.offer(waiting.id).status == OfferStatus.OPEN
    page.offers.decline_offer("quality")  # the other station is done
    assert offers.offer(waiting.id).status == OfferStatus.DECLINED
