"""The signed acceptance act: attached at the handover in the same transaction, stored with its
SHA-256, given back unchanged, refused when it is not what its name says or the convoy has not
left; on both engines, through the services and the command line."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ui.cli.main import main
from warehouse_app.errors import HafenlagerError, ValidationError
from warehouse_app.services import convoys
from warehouse_app.services.convoys import acts
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import DeliveryAct, Vehicle
from warehouse_app.storage.opening import OpenedDatabase

SCAN = b"%PDF-1.4\n% a scanned act\n" + bytes(range(256)) * 4


def _act(tmp_path: Path, name: str = "Akt-7.pdf", data: bytes = SCAN) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_the_act_is_attached_with_the_handover_and_given_back_unchanged(
    demo: OpenedDatabase, actor: Actor, tmp_path: Path
) -> None:
    convoy = convoys.get_convoy("2026-D")  # departed, on the road
    vehicle = convoys.vehicles(convoy, waiting_for_delivery=True)[0]
    act = acts.read_act(_act(tmp_path))
    acts.deliver_with_act(vehicle, act, receipt_reference="Akt 7/2026", actor=actor)
    (stored,) = acts.acts("2026-D")
    assert stored.vehicle_number == vehicle.number and stored.file_name == "Akt-7.pdf"
    assert stored.sha256 == hashlib.sha256(SCAN).hexdigest() and stored.size == len(SCAN)
    assert acts.act_file(stored.id) == ("Akt-7.pdf", SCAN)
    assert Vehicle.get_by_id(vehicle.id).delivered_at is not None


def test_a_refused_handover_stores_no_act_and_a_wrong_file_is_refused(
    demo: OpenedDatabase, actor: Actor, tmp_path: Path
) -> None:
    convoy = convoys.get_convoy("2026-D")
    vehicle = convoys.vehicles(convoy, waiting_for_delivery=True)[0]
    act = acts.read_act(_act(tmp_path))
    kept = DeliveryAct.select().count()  # the demo's delivered convoy has its act
    with pytest.raises(ValidationError, match="Receipt reference"):
        acts.deliver_with_act(vehicle, act, receipt_reference=" ", actor=actor)
    assert DeliveryAct.select().count() == kept  # both or neither
    with pytest.raises(ValidationError, match="PDF, JPG or PNG"):
        acts.read_act(_act(tmp_path, "Akt.docx"))
    with pytest.raises(ValidationError, match="not a readable JPG"):
        acts.read_act(_act(tmp_path, "Akt.jpg", b"just text"))
    planned = convoys.get_convoy("2026-P")
    with pytest.raises(ValidationError, match="has not left yet"):
        acts.attach_act(planned, act)
    assert DeliveryAct.select().count() == kept


def test_an_altered_act_is_refused_when_read_back(demo: OpenedDatabase, tmp_path: Path) -> None:
    convoy = convoys.get_convoy("2026-D")
    stored = acts.attach_act(convoy, acts.read_act(_act(tmp_path)))
    DeliveryAct.update(data=SCAN + b"tampered").where(DeliveryAct.id == stored.id).execute()
    with pytest.raises(HafenlagerError, match="does not match its SHA-256"):
        acts.act_file(stored.id)


def test_the_act_from_the_command_line(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    convoy = convoys.get_convoy("2026-D")
    number = convoys.vehicles(convoy, waiting_for_delivery=True)[0].number
    code = main(["--db", demo.target, "convoy", "deliver", "2026-D", "--vehicle", str(number),
                 "--receipt", "Akt 7/2026", "--act", str(_act(tmp_path))])  # fmt: skip
    said = capsys.readouterr()
    assert code == 0 and "act Akt-7.pdf attached" in said.out, said
    code = main(["--db", demo.target, "convoy", "acts", "2026-D", "--json"])
    assert code == 0 and "Akt-7.pdf" in capsys.readouterr().out
    copy = tmp_path / "copy.pdf"
    code = main(["--db", demo.target, "convoy", "act", "2026-D", "--out", str(copy)])
    assert code == 0 and copy.read_bytes() == SCAN


def _codes_on(vehicle_id: int) -> list[str]:
    from warehouse_app.storage.models import Box, ConvoyItem, Pallet

    loose = Box.select(Box.code).join(ConvoyItem, on=(ConvoyItem.box == Box.id))
    packed = (
        Box.select(Box.code)
        .join(Pallet, on=(Box.pallet == Pallet.id))
        .join(ConvoyItem, on=(ConvoyItem.pallet == Pallet.id))
    )
    return sorted(
        str(c)
        for query in (loose, packed)
        for (c,) in query.where(ConvoyItem.vehicle == vehicle_id).tuples()
    )


def test_what_the_recipient_found_is_recorded_with_the_handover(
    demo: OpenedDatabase, actor: Actor
) -> None:
    from warehouse_app.kinds import BoxStatus
    from warehouse_app.services.convoys.discrepancies import Finding, discrepancies
    from warehouse_app.services.masterdata import find_location
    from warehouse_app.storage.models import Box

    convoy = convoys.get_convoy("2026-D")
    vehicle = convoys.vehicles(convoy, waiting_for_delivery=True)[0]
    missing, damaged, refused = _codes_on(vehicle.id)[:3]
    stranger = Box.get(Box.status == BoxStatus.IN_STOCK).code
    dock = find_location("Wareneingang").id
    with pytest.raises(ValidationError, match=f"Box {stranger} is not on vehicle"):
        acts.deliver_with_act(
            vehicle, None, [Finding(stranger, "missing")], receipt_reference="Akt 7",
            actor=actor, return_location_id=dock,
        )  # fmt: skip
    assert Vehicle.get_by_id(vehicle.id).delivered_at is None  # nothing happened
    findings = [
        Finding(missing, "missing"),
        Finding(damaged, "damaged", "nass geworden"),
        Finding(refused, "refused"),
        Finding("2 Kartons Spielzeug", "extra"),
    ]
    delivered, back = acts.deliver_with_act(
        vehicle, None, findings, receipt_reference="Akt 7", actor=actor, return_location_id=dock
    )
    assert delivered > 0 and back == 1
    assert Box.get(Box.code == refused).status == BoxStatus.IN_STOCK
    found = {(d.code, d.kind) for d in discrepancies("2026-D")}
    assert found == {
        (missing, "missing"),
        (damaged, "damaged"),
        (refused, "refused"),
        ("2 Kartons Spielzeug", "extra"),
    }
    (wet,) = [d for d in discrepancies("2026-D") if d.kind == "damaged"]
    assert wet.note == "nass geworden" and wet.description  # the box's contents


def test_findings_from_the_command_line(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase
) -> None:
    convoy = convoys.get_convoy("2026-D")
    vehicle = convoys.vehicles(convoy, waiting_for_delivery=True)[0]
    first = _codes_on(vehicle.id)[0]
    code = main(["--db", demo.target, "convoy", "deliver", "2026-D", "--vehicle",
                 str(vehicle.number), "--receipt", "Akt 9", "--missing", first, "--extra",
                 "ein Rollstuhl"])  # fmt: skip
    said = capsys.readouterr()
    assert code == 0 and "2 finding(s) recorded" in said.out, said
    code = main(["--db", demo.target, "convoy", "discrepancies", "2026-D", "--json"])
    out = capsys.readouterr().out
    assert code == 0 and first in out and "ein Rollstuhl" in out


def test_a_box_reported_missing_is_not_confirmed_to_its_association(
    demo: OpenedDatabase, actor: Actor
) -> None:
    from warehouse_app.papers.delivery_confirmation import confirmations
    from warehouse_app.services.convoys.discrepancies import Finding
    from warehouse_app.storage.models import Association, Box

    convoy = convoys.get_convoy("2026-D")
    vehicle = convoys.vehicles(convoy, waiting_for_delivery=True)[0]
    missing, damaged = _codes_on(vehicle.id)[:2]
    owner = str(Association.get_by_id(Box.get(Box.code == missing).owner_id).short_code)
    acts.deliver_with_act(
        vehicle, None, [Finding(missing, "missing"), Finding(damaged, "damaged")],
        receipt_reference="Akt 7", actor=actor,
    )  # fmt: skip
    by_owner = {c.short_code: c for c in confirmations("2026-D")}
    mine = by_owner[owner]
    assert missing in mine.missing and missing not in {
        code for c in by_owner.values() for code in c.damaged
    }
    counted = sum(c.boxes for c in by_owner.values())
    assert counted == len(_codes_on(vehicle.id)) - 1  # the missing box is not confirmed
    damaged_owner = str(Association.get_by_id(Box.get(Box.code == damaged).owner_id).short_code)
    assert damaged in by_owner[damaged_owner].damaged


def test_part_of_a_box_missing_is_recorded_and_named_but_the_box_confirmed(
    demo: OpenedDatabase, actor: Actor
) -> None:
    from warehouse_app.papers.delivery_confirmation import confirmations
    from warehouse_app.services.convoys.discrepancies import discrepancies, parse_finding
    from warehouse_app.storage.models import Association, Box

    convoy = convoys.get_convoy("2026-D")
    vehicle = convoys.vehicles(convoy, waiting_for_delivery=True)[0]
    code = _codes_on(vehicle.id)[0]
    with pytest.raises(ValidationError, match="more than 0"):
        acts.deliver_with_act(
            vehicle, None, [parse_finding(f"{code}:0", "missing")], receipt_reference="Akt",
            actor=actor,
        )  # fmt: skip
    acts.deliver_with_act(
        vehicle, None, [parse_finding(f"{code}:2", "missing")], receipt_reference="Akt",
        actor=actor,
    )  # fmt: skip
    (found,) = discrepancies("2026-D")
    assert (found.code, found.kind, found.quantity) == (code, "missing", 2)
    owner = str(Association.get_by_id(Box.get(Box.code == code).owner_id).short_code)
    mine = {c.short_code: c for c in confirmations("2026-D")}[owner]
    assert mine.missing == (f"{code} (2)",)
    assert sum(c.boxes for c in confirmations("2026-D")) == len(_codes_on(vehicle.id))
    box = Box.get(Box.code == code)
    owned = [
        b
        for b in Box.select().where(Box.code.in_(_codes_on(vehicle.id)))
        if b.owner_id == box.owner_id
    ]
    assert mine.pieces == sum((b.quantity for b in owned), box.quantity * 0) - 2  # what arrived
