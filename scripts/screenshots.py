"""Make the README's screenshots from the real app on a fresh small demo database.

QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument(
        "--signin-only", action="store_true", help="only the sign-in, first-admin and People shots"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HAFENLAGER_DATA_DIR"] = tmp
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWidgets import QApplication

        from ui.app import make_application
        from ui.context import AppContext
        from ui.main_window import MainWindow
        from warehouse_app.demo import load_demo
        from warehouse_app.services import signin, stock
        from warehouse_app.storage.opening import open_database

        app = make_application()

        def settle() -> None:
            for _ in range(5):
                QCoreApplication.processEvents()

        _first_admin(Path(tmp), args.out, settle)  # before the demo: a hall with nobody
        opened = open_database(str(Path(tmp) / "demo.sqlite"))
        load_demo("small")
        # The admin works through every screen (a volunteer sees only intake, scan, stock).
        volunteer = signin.sign_in("Katrin Vogel", "1111", "Halle-PC-1").id
        _signin_screens(opened, volunteer, args.out, settle)
        if args.signin_only:
            print(f"screenshots written to {args.out}")
            return
        expected = _a_drop_off_today()
        window = MainWindow(AppContext(opened, volunteer, "Katrin Vogel", "Halle-PC-1"))
        window.resize(1366, 768)  # the hall's screens
        window.show()
        settle()
        on_pallet = stock.box_ids(stock.BoxFilter(status=stock.BoxStatus.ON_PALLET))
        window.handle_scan(stock.box_rows(on_pallet[:1])[on_pallet[0]].code)
        settle()
        window.grab().save(str(args.out / "stock.png"))
        window.show_page(window.reports_view)
        settle()
        window.grab().save(str(args.out / "reports.png"))
        window.show_page(window.settings_view)
        settle()
        window.grab().save(str(args.out / "settings.png"))
        window.show_page(window._page("activity"))
        settle()
        window.grab().save(str(args.out / "activity.png"))
        window.show_page(window.settings_view)
        window.settings_view.setCurrentIndex(1)
        settle()
        window.grab().save(str(args.out / "categories.png"))
        intake = window.intake_view
        window.nav.setCurrentRow(0)
        intake.association.setCurrentIndex(1)
        starts = Qt.MatchFlag.MatchStartsWith
        intake.category.setCurrentIndex(intake.category.findText("Schlafsäcke", starts))
        intake.quantity.setText("6")
        intake.net_kg.setText("8,2")
        intake.box_count.setValue(10)
        intake.delivered_by.setText("Kirchengemeinde St. Reinoldi")
        intake.save_and_print()
        intake.category.setCurrentIndex(intake.category.findText("Medikamente", starts))
        intake.description_de.setText("Ibuprofen 400 mg, 20 Tabletten")
        intake.description_uk.setText("Ібупрофен 400 мг, 20 таблеток")
        intake.quantity.setText("120")
        intake.net_kg.setText("2,4")
        intake.expiry.setText("03.2026")
        intake.save_and_print()
        settle()
        window.grab().save(str(args.out / "intake.png"))
        intake.expected.refresh()
        intake.expected.choose(expected)
        settle()
        window.grab().save(str(args.out / "intake-expected.png"))
        from warehouse_app.kinds import BoxStatus as Status
        from warehouse_app.services.scanning import Control
        from warehouse_app.storage.models import Box as BoxModel

        window.show_page(window.scan_view)
        scan = window.scan_view
        scan.handle_scan(Control.NEW_PALLET.code)
        free = BoxModel.select().where(BoxModel.status == Status.IN_STOCK).limit(5)
        for box in free:
            scan.handle_scan(box.code)
        scan.handle_scan("4006381333931")
        settle()
        window.grab().save(str(args.out / "scan.png"))
        window.show_page(window.convoy_view)
        settle()
        convoy_list = window.convoy_view.list
        for row in range(convoy_list.count()):
            if convoy_list.item(row).text().startswith("2026-L"):
                convoy_list.setCurrentRow(row)
        window.convoy_view.tree.topLevelItem(0).child(0).setExpanded(True)
        settle()
        window.grab().save(str(args.out / "convoys.png"))
        _a_needs_list(args.out)
        window.show_page(window.needs_view)
        settle()
        window.grab().save(str(args.out / "needs.png"))
        _offers_and_dropoffs(window, settle, args.out, "")
        papers = window.convoy_view.papers_dialog()
        papers.show()
        settle()
        papers.grab().save(str(args.out / "print-papers.png"))
        papers.close()
        window.close()
        QApplication.processEvents()

        from PySide6.QtCore import QLocale

        from ui.translations import install_translations

        for language in ("de", "uk"):
            install_translations(app, QLocale(language))
            window = MainWindow(
                AppContext(opened, volunteer, "Katrin Vogel", "Halle-PC-1"), language=language
            )
            window.resize(1366, 768)  # the hall's screens
            window.show()
            window.intake_view.expected.refresh()
            window.intake_view.expected.choose(expected)  # the door: today's drop-off chosen
            settle()
            window.grab().save(str(args.out / f"intake-{language}.png"))
            window.show_page(window.scan_view)
            window.scan_view.handle_scan(Control.PUTAWAY.code)
            for box in BoxModel.select().where(BoxModel.status == Status.IN_STOCK).limit(3):
                window.scan_view.handle_scan(box.code)
            window.scan_view.handle_scan("4006381333931")
            settle()
            window.grab().save(str(args.out / f"scan-{language}.png"))
            # The scan page is putting away: a box scanned now would be refused there.
            window.show_page(window.stock_view)
            window.stock_view.show_box(on_pallet[0])
            settle()
            window.grab().save(str(args.out / f"stock-{language}.png"))
            window.show_page(window.convoy_view)
            convoy_list = window.convoy_view.list
            for row in range(convoy_list.count()):
                if convoy_list.item(row).text().startswith("2026-P"):
                    convoy_list.setCurrentRow(row)
            window.convoy_view.tabs.setCurrentIndex(2)  # the readiness list
            settle()
            window.grab().save(str(args.out / f"convoys-{language}.png"))
            window.show_page(window.needs_view)
            settle()
            window.grab().save(str(args.out / f"needs-{language}.png"))
            _offers_and_dropoffs(window, settle, args.out, f"-{language}")
            window.show_page(window.reports_view)
            settle()
            window.grab().save(str(args.out / f"reports-{language}.png"))
            window.show_page(window.settings_view)
            settle()
            window.grab().save(str(args.out / f"settings-{language}.png"))
            assert window.settings_view.people is not None
            window.settings_view.setCurrentWidget(window.settings_view.people)
            window.settings_view.people.select("Iryna Koval")
            settle()
            window.grab().save(str(args.out / f"people-{language}.png"))
            window.show_page(window._page("activity"))
            settle()
            window.grab().save(str(args.out / f"activity-{language}.png"))
            _sign_in_dialog(args.out / f"sign-in-{language}.png", settle)
            papers = window.convoy_view.papers_dialog()
            papers.show()
            settle()
            papers.grab().save(str(args.out / f"print-papers-{language}.png"))
            papers.close()
            window.close()
            QApplication.processEvents()
        _receiving(args.out, settle)
        render_label_pages(args.out.parent / "labels")
        print(f"screenshots written to {args.out}")


def _sign_in_dialog(path: Path, settle: Any) -> None:
    """The sign-in after a wrong PIN, in the language installed."""
    from ui.signin.dialog import SignInDialog

    dialog = SignInDialog("Olena Shevchenko", "Halle-PC-1")
    dialog.resize(640, dialog.sizeHint().height())
    dialog.show()
    dialog.pin.setText("3334")
    dialog.accept()
    settle()
    dialog.grab().save(str(path))
    dialog.close()


def _first_admin(folder: Path, out: Path, settle: Any) -> None:
    """The first start of a new hall: it asks for its admin (a PIN mistyped once)."""
    from ui.signin.first_admin import FirstAdminDialog
    from warehouse_app.storage import engine
    from warehouse_app.storage.opening import open_database

    open_database(str(folder / "new-hall.sqlite"))
    dialog = FirstAdminDialog("Halle-PC-1")
    dialog.resize(640, dialog.sizeHint().height())
    dialog.show()
    dialog.name.setText("Katrin Vogel")
    dialog.pin.setText("1111")
    dialog.pin_again.setText("1112")
    dialog.accept()
    dialog.pin.setText("1111")
    settle()
    dialog.grab().save(str(out / "first-admin.png"))
    dialog.close()
    engine.close()


def _signin_screens(opened: Any, person: int, out: Path, settle: Any) -> None:
    """The sign-in after a wrong PIN, the lock over the window, and Settings > People."""
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.signin.dialog import SignInDialog

    dialog = SignInDialog("Olena Shevchenko", "Halle-PC-1")
    dialog.resize(640, dialog.sizeHint().height())
    dialog.show()
    dialog.pin.setText("3334")
    dialog.accept()  # a wrong PIN: said in red, the PIN to type again
    dialog.pin.setText("33")
    settle()
    dialog.grab().save(str(out / "sign-in.png"))
    dialog.close()
    window = MainWindow(AppContext(opened, person, "Katrin Vogel", "Halle-PC-1"))
    window.resize(1366, 768)
    window.show()
    window.show_page(window.settings_view)
    assert window.settings_view.people is not None
    window.settings_view.setCurrentWidget(window.settings_view.people)
    window.settings_view.people.select("Iryna Koval")
    settle()
    window.grab().save(str(out / "people.png"))
    edit = window.settings_view.people.edit_dialog()
    assert edit is not None
    edit.show()
    settle()
    edit.grab().save(str(out / "person-dialog.png"))
    edit.close()
    window.lock()
    settle()
    # The dialog is a window of its own: drawn where it stands over the locked window.
    from PySide6.QtGui import QPainter

    shot = window.grab()
    lock = window.station_lock.dialog
    assert lock is not None
    painter = QPainter(shot)
    painter.drawPixmap((shot.width() - lock.width()) // 2, 200, lock.grab())
    painter.end()
    shot.save(str(out / "locked.png"))
    window.close()
    settle()


def _offers_and_dropoffs(window: Any, settle: Any, folder: Path, suffix: str) -> None:
    """The offers tab, and the drop-offs tab on the demo's busiest day of the coming week."""
    import datetime as dt

    from PySide6.QtCore import QDate

    from warehouse_app.services import appointments

    page = window.coordination_page
    window.show_page(page.offers)
    settle()
    window.grab().save(str(folder / f"offers{suffix}.png"))
    window.show_page(page.dropoffs)
    days = [dt.date.today() + dt.timedelta(days=n) for n in range(8)]
    busiest = max(days, key=lambda d: len(appointments.appointments(d)))
    page.dropoffs.day.setDate(QDate(busiest))
    page.dropoffs.table.selectRow(0)
    settle()
    window.grab().save(str(folder / f"dropoffs{suffix}.png"))
    window.show_page(window.intake_view)
    settle()


def _a_drop_off_today() -> int:
    """A citizen's drop-off booked for today, whatever the weekday (the intake screen shows
    what the door expects)."""
    import datetime as dt

    from warehouse_app.services import appointments, offers
    from warehouse_app.services.dropoff_hours import opening_hours, save_opening_hours

    hours = opening_hours()
    today = dt.date.today()
    save_opening_hours(
        f"{hours.text()}, {today.isoweekday()} 08:00-18:00",
        hours.slot_minutes,
        hours.capacity,
        hours.unit,
    )
    (erika,) = [o for o in offers.offers("open") if o.offered_by == "Erika Muster"]
    booked = appointments.accept_and_book(
        erika.id,
        None,
        dt.datetime.combine(today, dt.time(9)),
        now=dt.datetime.combine(today, dt.time()),
    )
    return booked.id


def _a_needs_list(folder: Path) -> None:
    """The city council's winter list, as its spreadsheet would come (for the needs page)."""
    from warehouse_app.imports.needs_list import import_needs

    sheet = folder / "needs-list.csv"
    sheet.write_text(
        "Kategorie;Menge;Priorität;Benötigt bis\n"
        "Schlafsäcke;400;dringend;20.12.2026\nWolldecken;600;dringend;\n"
        "Medikamente;2000;normal;31.01.2027\nReis;500;normal;\n"
        "Stromerzeuger (Diesel);12;dringend;\nSpielzeug;100;nice to have;\n",
        encoding="utf-8",
    )
    try:
        import_needs(sheet, "Zhytomyr City Council", title="Winter 2026")
    finally:
        sheet.unlink()


def _receiving(folder: Path, settle: Any) -> None:
    """The receiving window at the other end, in Ukrainian, after a pallet and a stray code."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from ui.receiving.window import ReceivingWindow
    from ui.translations import install_translations
    from warehouse_app.papers.receiving_kit import kit_hash, read_kit
    from warehouse_app.services import convoys
    from warehouse_app.services.convoys import receipts

    text = receipts.issue_kit(convoys.get_convoy("2026-D"))
    kit = read_kit(text)
    install_translations(QApplication.instance(), QLocale("uk"))  # type: ignore[arg-type]
    window = ReceivingWindow(kit, kit_hash(text), "Olena Koval", folder / "receipt.json")
    window.resize(1366, 768)
    window.show()
    window.handle_scan(kit.pallets[0].code)
    window.handle_scan(kit.pallets[1].boxes[0].code)
    window.handle_scan("1999999")
    settle()
    window.grab().save(str(folder / "receiving-uk.png"))
    window.close()


def render_label_pages(folder: Path) -> None:
    """One rendered page per label format, at its printer's resolution (docs/labels/)."""
    import pypdfium2 as pdfium

    from reports.documents import labels_pdf
    from reports.geometry import FORMATS
    from warehouse_app.papers.print_jobs import labels_for
    from warehouse_app.storage.models import Box, Location, Pallet

    folder.mkdir(parents=True, exist_ok=True)
    boxes = [b.code for b in Box.select(Box.code).where(Box.expiry_date.is_null(False)).limit(2)]
    labels = [
        *labels_for("box_labels", boxes),
        *labels_for("pallet_labels", [Pallet.get().code]),
        *labels_for("location_labels", [Location.get(Location.name == "Regal A-01").code]),
    ]
    for name, fmt in FORMATS.items():
        pdf = labels_pdf(labels, name)
        page = pdfium.PdfDocument(pdf)[0]
        # Sheets at 100 dpi keep the files small; rolls at their printer's own resolution.
        dpi = 100 if fmt.is_sheet else fmt.dpi
        page.render(scale=dpi / 72).to_pil().save(folder / f"{name}.png")


if __name__ == "__main__":
    main()
