"""The demo's delivered convoys come with proof: each past convoy of the large demo has its
signed act (a real PNG scan) attached through the handover, a few name what the recipient
found, and the delivery confirmations and the shipped report account for it; the small demo's
delivered convoy has its act too."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

from PIL import Image

from reports.papers_set import final_papers
from warehouse_app.demo import load_demo
from warehouse_app.demo.acts import FINDINGS_BY_MONTH, HEIGHT, WIDTH
from warehouse_app.papers.delivery_confirmation import confirmations
from warehouse_app.papers.vehicle import convoy_papers, summed
from warehouse_app.services import convoys
from warehouse_app.services.convoys import acts
from warehouse_app.services.convoys.discrepancies import discrepancies
from warehouse_app.services.reporting import GroupBy, shipped
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage.checks import run_checks
from warehouse_app.storage.models import Box, Convoy
from warehouse_app.storage.opening import OpenedDatabase, open_database


def _scan(act_id: int) -> Image.Image:
    name, data = acts.act_file(act_id)  # its SHA-256 checked on the way out
    assert name.endswith(".png") and data.startswith(b"\x89PNG")
    picture = Image.open(io.BytesIO(data))
    picture.load()  # every chunk read and its CRC checked: a real file
    return picture


def test_the_small_demos_delivered_convoy_has_its_act(demo: OpenedDatabase) -> None:
    (act,) = acts.acts("2026-V")
    assert act.media_type == "image/png" and act.vehicle_number == 1
    assert _scan(act.id).size == (WIDTH, HEIGHT)
    assert discrepancies("2026-V") == []  # a clean handover: its confirmations count it all


def test_the_large_demos_past_convoys_have_acts_and_findings(db_path: Path) -> None:
    opened = open_database(str(db_path), daily_backup=False)
    try:
        load_demo("large", papers=final_papers)
        _check_the_large_demo(opened)
    finally:
        dbmod.close()


def _check_the_large_demo(opened: OpenedDatabase) -> None:
    past = [
        str(n)
        for (n,) in Convoy.select(Convoy.number)
        .where(Convoy.number.startswith("H"))
        .order_by(Convoy.departed_at.desc())
        .tuples()
    ]
    assert len(past) == 12
    hashes = set()
    for number in past:
        (act,) = acts.acts(number)
        assert _scan(act.id).mode == "L"
        hashes.add(act.sha256)
        convoy = convoys.get_convoy(number)
        # Dated with its handover, as the delivery itself was dated back.
        assert act.attached_at.date() > convoy.departed_at.date()  # type: ignore[union-attr]
    assert len(hashes) == 12  # each act its own scan

    found = {number: discrepancies(number) for number in past}
    with_findings = [past[month - 1] for month in FINDINGS_BY_MONTH]
    assert [n for n in past if found[n]] == sorted(with_findings, reverse=True)
    kinds = {(d.kind, d.quantity is not None) for n in past for d in found[n]}
    assert kinds == {("missing", False), ("damaged", False), ("missing", True)}

    per_convoy = {row.keys[0]: row for row in shipped([GroupBy.CONVOY]).rows}
    for number in with_findings:
        papers = summed(convoy_papers(convoys.get_convoy(number)))
        confirmed = confirmations(number)
        # The shipped report counts what left with the convoy, as its papers say ...
        assert per_convoy[number].boxes == papers.packages
        assert per_convoy[number].net_kg == papers.net_kg
        missing = [d for d in found[number] if d.kind == "missing" and d.quantity is None]
        part = [d for d in found[number] if d.kind == "missing" and d.quantity is not None]
        damaged = [d for d in found[number] if d.kind == "damaged"]
        # ... the confirmations what arrived: a missing box left out and named, a damaged one
        # counted and named, a part missing taken off the pieces and named with its quantity.
        assert sum(c.boxes + c.vehicles for c in confirmed) == papers.packages - len(missing)
        named_missing = [m for c in confirmed for m in c.missing]
        assert sorted(m.split(" ")[0] for m in named_missing) == sorted(
            d.code for d in missing + part
        )
        assert sorted(m for c in confirmed for m in c.damaged) == sorted(d.code for d in damaged)
        lost = sum((d.quantity for d in part if d.quantity is not None), Decimal(0))
        whole = sum((Box.get(Box.code == d.code).quantity for d in missing), Decimal(0))
        assert sum((c.pieces for c in confirmed), Decimal(0)) == papers.pieces - lost - whole
        for d in part:
            assert d.quantity is not None
            assert f"{d.code} ({d.quantity.normalize():f})" in named_missing
    assert run_checks(opened.db) == []  # `hafenlager check` passes on it
