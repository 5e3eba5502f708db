"""The scan loop's rules, mode by mode; every accepted scan is committed with its movement."""

from __future__ import annotations

import datetime as dt

import pytest

from warehouse_app.codes import CodeKind, make_code
from warehouse_app.kinds import BoxStatus, PalletStatus
from warehouse_app.services.movements import Actor
from warehouse_app.services.scanning import Control, Mode, Outcome, ScanSession
from warehouse_app.storage.checks import run_checks
from warehouse_app.storage.models import Box, Location, Movement, Pallet
from warehouse_app.storage.opening import OpenedDatabase


@pytest.fixture
def session(demo: OpenedDatabase, actor: Actor) -> ScanSession:
    return ScanSession(actor)


def shelf(name: str = "Regal A-01") -> Location:
    return Location.get(Location.name == name)


def free_box(**where: object) -> Box:
    query = Box.select().where(Box.status == BoxStatus.IN_STOCK)
    for key, value in where.items():
        query = query.where(getattr(Box, key) == value)
    return query.order_by(Box.id).first()


def moves() -> int:
    return Movement.select().count()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", "Empty scan"),
        ("4006381333931", "product barcode"),
        ("ÖÄ#!!x", "not a Hafenlager code"),
        ("10000010", "wrong check digit"),
        (make_code(CodeKind.BOX, 999_999), "No box has the code"),
    ],
)
def test_bad_scans_are_red_and_change_nothing(
    session: ScanSession, raw: str, expected: str
) -> None:
    before = moves()
    result = session.scan(raw)
    assert result.outcome is Outcome.ERROR and expected in result.message
    assert moves() == before


def test_scanner_prefixes_and_line_ends_are_ignored(session: ScanSession) -> None:
    box = free_box()
    assert session.scan(f"]C0{box.code}\r\n").outcome is Outcome.OK


def test_put_away_moves_boxes_and_pallets_to_the_scanned_location(
    session: ScanSession, demo: OpenedDatabase
) -> None:
    session.set_mode(Mode.PUTAWAY)
    box, pallet, target = free_box(), Pallet.get(), shelf("Sperrlager")
    assert session.scan(box.code).outcome is Outcome.ERROR  # location first
    assert session.scan(target.code).outcome is Outcome.OK
    result = session.scan(box.code)
    assert result.changed and result.message.startswith(f"Box {box.code} → Sperrlager")
    assert Box.get_by_id(box.id).location_id == target.id
    assert session.scan(pallet.code).changed
    assert Pallet.get_by_id(pallet.id).location_id == target.id
    assert run_checks(demo.db) == []


def test_the_same_box_twice_is_a_notice_not_a_second_movement(session: ScanSession) -> None:
    session.set_mode(Mode.PUTAWAY)
    session.scan(shelf("Sperrlager").code)
    box = free_box()
    session.scan(box.code)
    before = moves()
    again = session.scan(box.code)
    assert again.outcome is Outcome.WARNING and not again.changed
    assert moves() == before


def test_a_box_on_another_pallet_asks_first(session: ScanSession, demo: OpenedDatabase) -> None:
    on_pallet = Box.get(Box.status == BoxStatus.ON_PALLET)
    other = Pallet.get(Pallet.id != on_pallet.pallet_id)
    session.set_mode(Mode.PACK)
    session.scan(other.code)
    before = moves()
    question = session.scan(on_pallet.code)
    assert question.needs_confirmation and moves() == before
    assert f"on another pallet ({on_pallet.pallet.code})" in question.message
    assert session.scan(Control.YES.code).changed
    assert Box.get_by_id(on_pallet.id).pallet_id == other.id
    # Anything but "yes" drops the question.
    second = Box.get((Box.status == BoxStatus.ON_PALLET) & (Box.pallet != other.id))
    session.scan(second.code)
    session.scan(free_box().code)
    assert Box.get_by_id(second.id).pallet_id != other.id
    assert run_checks(demo.db) == []


def test_packing_shows_live_totals_owners_and_the_weight_limit(session: ScanSession) -> None:
    result = session.scan(Control.NEW_PALLET.code)
    assert result.outcome is Outcome.OK and result.pallet is not None
    assert session.mode is Mode.PACK
    first = free_box(owner=1)
    second = free_box(owner=2)
    session.scan(first.code)
    packed = session.scan(second.code)
    assert packed.pallet is not None and packed.pallet.boxes == 2
    assert packed.message.startswith(f"Box {second.code} on pallet {packed.pallet.code}: 2 boxes")
    assert packed.pallet.gross_kg == first.gross_kg + second.gross_kg + 25
    assert "Owners:" in packed.message and len(packed.pallet.owners) == 2
    heavy = free_box()
    Box.update(gross_kg=990, net_kg=980).where(Box.id == heavy.id).execute()
    over = session.scan(heavy.code)
    assert over.outcome is Outcome.WARNING and "Over the pallet limit" in over.message
    closed = session.scan(Control.CLOSE_PALLET.code)
    assert closed.pallet is not None and closed.pallet.boxes == 3


def test_shipped_disposed_and_expired_boxes(session: ScanSession) -> None:
    session.set_mode(Mode.PUTAWAY)
    session.scan(shelf().code)
    disposed = Box.get(Box.status == BoxStatus.DISPOSED)
    assert session.scan(disposed.code).outcome is Outcome.ERROR
    expired = free_box()
    Box.update(expiry_date=dt.date.today() - dt.timedelta(days=3)).where(
        Box.id == expired.id
    ).execute()
    result = session.scan(expired.code)
    assert result.outcome is Outcome.WARNING and "Expired" in result.message and result.changed


def test_unpack_takes_a_box_off_its_pallet_to_the_pallets_place(
    session: ScanSession, demo: OpenedDatabase
) -> None:
    box = Box.get(Box.status == BoxStatus.ON_PALLET)
    place = box.pallet.location_id
    session.set_mode(Mode.UNPACK)
    result = session.scan(box.code)
    assert result.changed and f"off pallet {box.pallet.code}" in result.message
    box = Box.get_by_id(box.id)
    assert (box.status, box.pallet_id, box.location_id) == ("in_stock", None, place)
    assert session.scan(box.code).outcome is Outcome.WARNING
    assert run_checks(demo.db) == []


def test_undo_restores_the_last_scan_with_a_logged_correction(
    session: ScanSession, demo: OpenedDatabase
) -> None:
    session.set_mode(Mode.PUTAWAY)
    session.scan(shelf("Sperrlager").code)
    box = free_box()
    origin = box.location_id
    session.scan(box.code)
    assert session.scan(Control.UNDO.code).changed
    assert Box.get_by_id(box.id).location_id == origin
    last = Movement.select().where(Movement.box == box.id).order_by(Movement.id.desc()).get()
    assert last.kind == "corrected" and "undo" in last.note
    assert session.undo().outcome is Outcome.WARNING  # only once
    assert run_checks(demo.db) == []


def test_undo_of_a_new_pallet_dissolves_it(session: ScanSession) -> None:
    created = session.scan(Control.NEW_PALLET.code)
    undone = session.undo()
    pallet = Pallet.get(Pallet.code == created.params["code"])
    assert pallet.status == PalletStatus.DISSOLVED
    # The answer names the pallet whose labels were just printed for nothing.
    assert undone.message == (
        f"Undone: the new pallet {pallet.code} is dissolved; throw its labels away."
    )


def test_stocktake_lists_missing_and_unexpected_and_books_them(
    session: ScanSession, demo: OpenedDatabase
) -> None:
    place = Location.get(Location.id == free_box().location_id)
    here = list(Box.select().where(Box.location == place.id, Box.status == BoxStatus.IN_STOCK))
    stranger = Box.get((Box.status == BoxStatus.IN_STOCK) & (Box.location != place.id))
    session.set_mode(Mode.STOCKTAKE)
    session.scan(place.code)
    for box in here[1:]:
        assert session.scan(box.code).outcome is Outcome.OK
    assert session.scan(stranger.code).outcome is Outcome.WARNING
    report = session.stocktake_report()
    assert report.missing == (here[0].code,) and report.unexpected == (stranger.code,)
    finish = session.scan(Control.FINISH_STOCKTAKE.code)
    assert "1 missing, 1 unexpected" in finish.message
    session.apply_stocktake()
    assert Box.get_by_id(stranger.id).location_id == place.id
    assert Location.get_by_id(Box.get_by_id(here[0].id).location_id).name == "Sperrlager"
    assert run_checks(demo.db) == []


def test_every_message_formats(session: ScanSession) -> None:
    """A template whose placeholders are not all given would crash the screen."""
    on_pallet = Box.get(Box.status == BoxStatus.ON_PALLET)
    session.set_mode(Mode.PUTAWAY)
    session.scan(shelf().code)
    assert f"is on pallet {on_pallet.pallet.code}" in session.scan(on_pallet.code).message
    assert session.confirm().message.startswith(f"Box {on_pallet.code} →")


def test_lookup_describes_without_changing(session: ScanSession) -> None:
    box, pallet = Box.get(Box.status == BoxStatus.ON_PALLET), Pallet.get()
    before = moves()
    assert box.code in session.scan(box.code).message
    assert "boxes" in session.scan(pallet.code).message
    assert "Location" in session.scan(shelf().code).message
    assert moves() == before


def test_terminal_mode_prints_one_line_per_scan(
    demo: OpenedDatabase,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: object,
) -> None:
    import io

    from ui.cli.main import main

    box = free_box()
    lines = [
        shelf("Sperrlager").code,
        box.code,
        box.code,
        "garbage!!",
        Control.LOOKUP.code,
        box.code,
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["--db", demo.target, "scan", "--mode", "putaway", "--station", "T"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == ["OK", "OK", "WARNING", "ERROR", "OK", "OK"]
    assert "Sperrlager" in out[-1]


def test_the_control_sheet_holds_every_control_code(
    demo: OpenedDatabase, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    import pypdfium2 as pdfium
    import zxingcpp

    from ui.cli.main import main

    out = Path(str(tmp_path)) / "control.pdf"
    assert (
        main(
            [
                "--db",
                demo.target,
                "labels",
                "--control-sheet",
                "--format",
                "a4-3424",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    image = pdfium.PdfDocument(out.read_bytes())[0].render(scale=300 / 72).to_pil()
    assert sorted(r.text for r in zxingcpp.read_barcodes(image)) == sorted(c.code for c in Control)


def test_put_away_and_look_up_name_contents_quantity_and_expiry(
    demo: OpenedDatabase, actor: Actor
) -> None:
    from warehouse_app.storage.models import Location

    box = Box.get(Box.status == BoxStatus.IN_STOCK, Box.expiry_date.is_null(False))
    Box.update(expiry_date=dt.date.today() + dt.timedelta(days=900)).where(
        Box.id == box.id
    ).execute()
    box = Box.get_by_id(box.id)
    keeps = f"{box.expiry_date:%d.%m.%Y}"
    amount = f"{box.quantity.normalize():f} {box.unit}"
    session = ScanSession(actor, Mode.PUTAWAY)
    session.scan(Location.get(Location.name == "Sperrlager").code)
    put = session.scan(box.code)
    assert put.outcome is Outcome.OK  # a date that keeps is said, not warned about
    assert put.message == (
        f"Box {box.code} → Sperrlager · {box.description_de} · {amount} Best before {keeps}."
    )
    found = ScanSession(actor, Mode.LOOKUP).scan(box.code)
    assert f"{box.description_de} · {amount}" in found.message and keeps in found.message
