"""`hafenlager convoy fill CONVOY --needs LIST` and `hafenlager convoy coverage CONVOY`, on both
engines: the proposal as a dry run, the fill, what each list is covered by, and the refusals."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.domain.needs_setup import categories, loose_boxes, needs_list, other_recipient
from ui.cli.main import main
from warehouse_app.storage.models import Convoy
from warehouse_app.storage.opening import OpenedDatabase

ARRIVAL = dt.date.today() + dt.timedelta(days=4)  # the demo's planning convoy 2026-P


def run(capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, *argv: str) -> tuple[int, str]:
    code = main(["--db", demo.target, *argv])
    out, err = capsys.readouterr()
    return code, out + err


def test_fill_a_convoy_from_a_needs_list_and_see_its_coverage(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase
) -> None:
    bandages, blankets = categories()
    blanket_boxes = loose_boxes(blankets, 3, quantity=10)
    loose_boxes(bandages, 2, quantity=5, expiry=ARRIVAL + dt.timedelta(days=400))
    zhytomyr = Convoy.get(Convoy.number == "2026-P").recipient_id
    list_id = needs_list(
        zhytomyr,
        [(blankets, 40, "pcs", "normal"), (bandages, 10, "pcs", "urgent")],
        "Hospital",
    )
    foreign = needs_list(other_recipient(), [(blankets, 1, "pcs", "urgent")])

    code, said = run(capsys, demo, "convoy", "fill", "2026-P", "--needs", str(list_id), "--dry-run")
    assert code == 0, said
    assert "line   1 normal Testdecken" in said and "taken 30, missing 10" in said
    assert "Dry run: nothing was reserved." in said
    code, said = run(capsys, demo, "convoy", "coverage", "2026-P", "--json")
    (before,) = [c for c in json.loads(said) if c["list"] == list_id]
    assert before["covered_percent"] == 0

    code, said = run(
        capsys,
        demo,
        "convoy",
        "fill",
        "2026-P",
        "--needs",
        str(list_id),
        "--vehicle",
        "1",
        "--json",
    )
    assert code == 0, said
    filled = json.loads(said)
    assert filled["reserved"] and filled["boxes"] == 5 and filled["pallets"] == 0
    assert {t["code"] for t in filled["takes"]} >= set(blanket_boxes)
    assert [line["missing"] for line in filled["lines"]] == [10, 0]
    assert filled["kg_after"] == filled["kg_before"] + 25  # five boxes of 5 kg

    code, said = run(capsys, demo, "convoy", "coverage", "2026-P", "--json")
    (after,) = [c for c in json.loads(said) if c["list"] == list_id]
    assert [line["carried"] for line in after["lines"]] == [30, 10]
    assert after["covered_percent"] == 87 and after["urgent_covered_percent"] == 100  # (75+100)/2
    code, said = run(capsys, demo, "convoy", "coverage", "2026-P")
    assert "Zhytomyr City Council, list" in said and "(Hospital): 87 % covered" in said
    assert "urgent lines 100 %" in said

    code, said = run(capsys, demo, "convoy", "fill", "2026-P", "--needs", str(foreign))
    assert code == 1 and said.startswith("hafenlager: error: Needs list"), said
    assert "Nothing was reserved" in said and len(said.strip().splitlines()) == 1
    code, said = run(capsys, demo, "convoy", "fill", "2026-P", "--needs", str(list_id))
    assert code == 1 and "Nothing in the hall can go for needs list" in said
    code, said = run(
        capsys, demo, "convoy", "fill", "2026-P", "--needs", str(list_id), "--vehicle", "9"
    )
    assert code == 1 and "has no vehicle 9" in said
