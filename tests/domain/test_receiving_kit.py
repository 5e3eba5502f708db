"""Receiving by scan at the other end: the kit a departed convoy's recipient checks the labels
against, offline; the receipt written there; and its import in Dortmund, which records the
delivery with what was missing or extra. Both engines; the receipt of another kit is refused."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from ui.cli.receive import _receive
from warehouse_app.errors import ValidationError
from warehouse_app.papers.receiving_kit import Check, kit_hash, read_kit
from warehouse_app.services import convoys
from warehouse_app.services.convoys import receipts
from warehouse_app.services.convoys.discrepancies import discrepancies
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import ArchivedPaper, Convoy, Vehicle
from warehouse_app.storage.opening import OpenedDatabase


def test_the_kit_holds_every_label_and_the_papers_hashes(demo: OpenedDatabase) -> None:
    convoy = convoys.get_convoy("2026-D")
    kit = read_kit(receipts.issue_kit(convoy))
    carried = {b.code for p in kit.pallets for b in p.boxes} | {b.code for _, b in kit.loose}
    assert len(carried) == sum(1 for _ in convoys.boxes_of(convoy.id))
    archived = {
        str(a.sha256) for a in ArchivedPaper.select().where(ArchivedPaper.convoy == convoy.id)
    }
    assert {sha for _, sha in kit.papers} == archived and archived
    assert all(b.category_uk and b.description_uk for p in kit.pallets for b in p.boxes)
    with pytest.raises(ValidationError, match="has not left yet"):
        receipts.issue_kit(convoys.get_convoy("2026-P"))


def test_a_check_at_the_other_end_and_its_import(
    demo: OpenedDatabase, actor: Actor, tmp_path: Path
) -> None:
    convoy = convoys.get_convoy("2026-D")
    text = receipts.issue_kit(convoy)
    kit = read_kit(text)
    first, second = kit.pallets[0], kit.pallets[1]
    lost = second.boxes[-1].code
    scans = [first.code, *[b.code for b in second.boxes[:-1]], first.code, "1999999"]
    kit_file = tmp_path / "kit.json"
    kit_file.write_text(text, encoding="utf-8")
    receipt_file = tmp_path / "receipt.json"
    said = io.StringIO()
    args = argparse.Namespace(kit=kit_file, by="Olena Koval", out=receipt_file)
    assert _receive(args, said, io.StringIO("\n".join(scans) + "\nкінець\n")) == 0
    answer = said.getvalue()
    assert f"✓ Піддон {first.code}" in answer and "уже відскановано" in answer
    assert f"Бракує: 1 — {lost}" in answer and "Зайве (немає в списку): 1 — 1999999" in answer
    receipt = json.loads(receipt_file.read_text(encoding="utf-8"))
    assert receipt["kit_sha256"] == kit_hash(text) and receipt["missing"] == [lost]

    forged = dict(receipt, kit_sha256="0" * 64)
    with pytest.raises(ValidationError, match="not issued for convoy 2026-D"):
        receipts.import_receipt(convoy, json.dumps(forged), actor)
    assert (
        Vehicle.select()
        .where(Vehicle.delivered_at.is_null(False), Vehicle.convoy == convoy.id)
        .count()
        == 0
    )

    done, missing, extra = receipts.import_receipt(convoy, receipt_file.read_text(), actor)
    assert (done, missing, extra) == (1, 1, 1)
    assert Convoy.get_by_id(convoy.id).status == "delivered"
    assert {(d.code, d.kind) for d in discrepancies("2026-D")} == {
        (lost, "missing"),
        ("1999999", "extra"),
    }


def test_a_check_counts_a_pallet_with_its_boxes() -> None:
    from warehouse_app.papers.receiving_kit import Kit, KitBox, KitPallet

    box = KitBox("1000017", "GW", "Пледи", "Wolldecken", "Пледи", "Decken", "10", "pcs", "8.000")
    kit = Kit(
        "K-1", "", "2026-12-04T10:00:00+00:00", (1,), (KitPallet("2000019", 1, (box,)),), (), ()
    )
    check = Check(kit, "x", "Olena")
    assert check.scan("2000019")[0] == "pallet" and check.missing() == []
    assert check.scan("1000017")[0] == "again"
