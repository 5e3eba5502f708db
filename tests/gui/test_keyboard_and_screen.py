"""Every screen and dialog fits 1366×768 and works from the keyboard, in every language:
Alt shortcuts are unique on what is shown together, and date fields do not trap Tab."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.main_window import MainWindow
from ui.translations import install_translations
from warehouse_app.services.movements import Actor
from warehouse_app.storage.opening import OpenedDatabase

LANGUAGES = ["en", "de", "uk"]
# The window's frame, a title bar and the taskbar take about this much of 768 px.
USABLE = (1366, 700)


@pytest.fixture
def language_installed(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    language = str(request.param)
    install_translations(qapp, QLocale(language))
    yield language
    install_translations(qapp, QLocale("en"))


def mnemonic(text: str) -> str | None:
    """The letter after a single &, as Qt reads it ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def shortcut_texts(root: QWidget) -> list[str]:
    """The texts whose Alt shortcut is live while root is shown: visible buttons, labels with
    a buddy, group boxes and the tabs of visible tab widgets."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
    return texts


def clashes(texts: list[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        key = mnemonic(text)
        if key:
            seen[key].append(text)
    return {key: found for key, found in seen.items() if len(found) > 1}


def every_view(win: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Each page as it is shown, each tab of a page with tabs shown in turn."""
    for page in (win.intake_view, win.scan_view, win.stock_view, win.convoy_view, win.needs_view):
        win.show_page(page)
        yield type(page).__name__, page
    settings = win.settings_view
    win.show_page(settings)
    for tabs in settings.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"Settings/{tabs.tabText(index)}", settings


@pytest.mark.parametrize("language_installed", LANGUAGES, indirect=True)
def test_alt_shortcuts_are_unique_on_every_screen(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor, language_installed: str
) -> None:
    win = MainWindow(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(win)
    win.resize(*USABLE)
    win.show()
    found = {}
    for name, _page in every_view(win):
        qapp.processEvents()
        clash = clashes(shortcut_texts(win))
        if clash:
            found[name] = clash
    assert found == {}, f"{language_installed}: {found}"


def open_dialogs(win: MainWindow) -> Iterator[QDialog]:
    """The dialogs a volunteer and the lead open, built as the screens build them."""
    from ui.convoys.convoy_dialog import ConvoyDialog
    from ui.convoys.goods_dialog import GoodsDialog, NeedsFillDialog
    from ui.convoys.papers_dialog import PapersDialog
    from ui.convoys.vehicle_dialog import VehicleDialog
    from ui.needs.hours_dialog import HoursDialog
    from ui.needs.need_line_dialog import NeedLineDialog
    from ui.needs.offer_dialog import AcceptDialog, OfferDialog
    from ui.signin.dialog import SignInDialog
    from ui.stock.box_dialogs import CorrectBoxDialog, DisposeBoxDialog
    from ui.stock.pallet_dialog import PalletDialog
    from warehouse_app.services import convoys, need_lines, needs, offers, stock
    from warehouse_app.storage.models import Box, Pallet

    context = win.context
    convoy = convoys.get_convoy(convoys.convoys()[0].number)
    detail = stock.box_detail(Box.get().id)
    yield SignInDialog("Olena", "Halle-PC-1")
    yield PalletDialog(Pallet.get().id, context.station, context.changes, win)
    yield CorrectBoxDialog(detail, context.actor, win)
    yield DisposeBoxDialog(detail, context.actor, win)
    yield ConvoyDialog(win)
    yield ConvoyDialog(win, editing=convoy)
    yield VehicleDialog(convoy, win)
    yield GoodsDialog(convoy, context.changes, win)
    yield PapersDialog(convoy, None, win)
    yield NeedsFillDialog(convoy, None, context.changes, win)
    coming = offers.offers("coming")[0]  # the demo's offers
    yield OfferDialog(win)
    yield OfferDialog(win, editing=coming)
    yield AcceptDialog(coming, win)
    yield HoursDialog(win)
    listed = needs.needs_lists()[0]
    yield NeedLineDialog(listed.id, win)
    yield NeedLineDialog(listed.id, win, need_lines.lines(listed.id)[0])
    from ui.intake.donor_receipt_dialog import DonorReceiptDialog

    yield DonorReceiptDialog(Box.get().donation_id, "Erika Muster", win)
    from ui.convoys.acts_dialog import ActsDialog
    from ui.convoys.delivery_dialog import DeliveryDialog

    yield DeliveryDialog(convoys.get_convoy("2026-D"), context.actor, win)
    yield ActsDialog("2026-D", win)


@pytest.mark.parametrize("language_installed", LANGUAGES, indirect=True)
def test_every_dialog_and_the_window_fit_1366_by_768(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor, language_installed: str
) -> None:
    from ui.app import hall_font

    plain = qapp.font()
    qapp.setFont(hall_font(plain))  # the app's own type: a quarter larger than Qt's default
    try:
        too_big = _too_big(qtbot, qapp, demo, actor)
    finally:
        qapp.setFont(plain)
    assert too_big == {}, language_installed


def _too_big(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor
) -> dict[str, tuple[int, int]]:
    win = MainWindow(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(win)
    win.show()
    for _name, _page in every_view(win):
        qapp.processEvents()
    too_big = {}
    for dialog in open_dialogs(win):
        qtbot.addWidget(dialog)
        hint = dialog.minimumSizeHint()
        if hint.width() > USABLE[0] or hint.height() > USABLE[1]:
            too_big[type(dialog).__name__] = (hint.width(), hint.height())
    window = win.minimumSizeHint()
    if window.width() > USABLE[0] or window.height() > USABLE[1]:
        too_big["MainWindow"] = (window.width(), window.height())
    return too_big


def test_long_scan_answers_and_pallet_totals_never_widen_the_window(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor
) -> None:
    """A pallet of many owners, a long place name: the lines wrap, the window stays 1366 wide."""
    from warehouse_app.services.scanning import Mode

    win = MainWindow(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.show_page(win.scan_view)
    win.scan_view.set_mode(Mode.PACK)
    for label in (win.scan_view.totals, win.scan_view.target):
        label.setText(
            "Pallet 20000161: 26 boxes · 457 pieces · net 462.2 kg · gross 490.2 of 1000 kg · "
            "BGH, CUK, GWE, WLA, SOS, KIW, ZHY, DOH, AWO, DRK, CAR, MAL, JOH, TAF, HUM, ASB"
        )
    qapp.processEvents()
    assert win.scan_view.minimumSizeHint().width() <= USABLE[0] - win.nav.width()
    assert win.minimumSizeHint().width() <= USABLE[0]
    assert win.width() <= USABLE[0]


def test_a_date_field_lets_tab_move_on(qtbot: QtBot, demo: OpenedDatabase) -> None:
    """Tab leaves a date field at once (day, month and year are reached with the arrows)."""
    from ui.convoys.convoy_dialog import ConvoyDialog

    dialog = ConvoyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.departure.setFocus()
    assert dialog.focusWidget() is dialog.departure
    section = dialog.departure.currentSection()
    qtbot.keyClick(dialog.departure, Qt.Key.Key_Tab)
    # The next field has the focus, and the date kept its section: Tab went past it.
    assert dialog.focusWidget() is dialog.arrival
    assert dialog.departure.currentSection() == section
