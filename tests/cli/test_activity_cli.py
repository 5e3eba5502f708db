"""`hafenlager activity` on both engines: the log as JSON, a table or an Excel sheet, filtered
as on the screen; a volunteer signed in is refused, and the refusal is in the log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ADMIN, ADMIN_PIN
from ui.cli.main import main
from warehouse_app.access.roles import Role
from warehouse_app.services import activity_log, people
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.movements import Actor
from warehouse_app.storage.opening import OpenedDatabase
from warehouse_app.storage.transactions import run_in_transaction
from warehouse_app.texts import say


@pytest.fixture
def hall(opened: OpenedDatabase) -> OpenedDatabase:
    """A lead and a volunteer added by the admin; the volunteer's put-away scans."""
    admin = people.find_person(ADMIN)
    assert admin is not None
    office = Actor(admin.id, "Office")
    # The lead's PIN is the admin's, which the tests' HAFENLAGER_PIN gives: --user picks.
    people.add_person(office, "Mykola Petrenko", Role.LEAD, pin=ADMIN_PIN)
    volunteer = people.add_person(office, "Olena Shevchenko", "volunteer", pin="3333")
    at_scanner = Actor(volunteer.id, "Scan-1")

    def scans() -> None:
        for code in ("10000017", "10000024", "10000017"):
            activity_log.record(
                at_scanner,
                ActivityKind.MOVEMENT,
                say("Put away {code} on {place}.", code=code, place="A-01"),
                subject="box",
                code=code,
            )

    run_in_transaction(scans)
    return opened


def run(capsys: pytest.CaptureFixture[str], db: OpenedDatabase, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", db.target, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_log_as_json_filtered(capsys: pytest.CaptureFixture[str], hall: OpenedDatabase) -> None:
    code, out, err = run(capsys, hall, "--user", "Mykola Petrenko", "activity", "--json")
    assert code == 0, err
    entries = json.loads(out)
    # Newest first: the lead's own sign-in for this command, the scans, the two people added.
    assert [e["kind"] for e in entries] == ["sign-in", *["movement"] * 3, "person", "person"]
    assert entries[0]["person"] == "Mykola Petrenko" and entries[0]["at"].endswith("Z")
    added = entries[-1]
    assert added["summary"] == "Added Mykola Petrenko as lead." and added["station"] == "Office"
    assert {"field": "role", "before": None, "after": "lead"} in added["changes"]

    code, out, err = run(
        capsys, hall, "--user", "Mykola Petrenko", "activity", "--code", "10000017", "--json"
    )
    assert code == 0, err
    found = json.loads(out)
    assert len(found) == 2 and {e["person"] for e in found} == {"Olena Shevchenko"}

    code, out, err = run(
        capsys,
        hall,
        "--user",
        "Mykola Petrenko",
        "activity",
        "--person",
        "olena shevchenko",
        "--station",
        "Scan-1",
        "--kind",
        "Movement",
        "--limit",
        "2",
        "--json",
    )
    assert code == 0, err
    assert [e["code"] for e in json.loads(out)] == ["10000017", "10000024"]

    code, out, err = run(capsys, hall, "activity", "--kind", "person", "--kind", "sign-in")
    assert code == 0, err  # the tests' admin, from HAFENLAGER_USER and HAFENLAGER_PIN
    lines = out.splitlines()
    assert lines[0].split() == ["when", "person", "station", "kind", "code", "summary"]
    assert any("Added Olena Shevchenko as volunteer. (" in line for line in lines)
    assert "role: – → volunteer" in out
    assert len(lines) == 1 + 4 + 2  # the sign-ins of the four commands, two people added

    code, out, err = run(capsys, hall, "activity", "--from", "2020-01-01", "--to", "2020-12-31")
    assert code == 0 and out == "(nothing found)\n"
    code, out, err = run(capsys, hall, "activity", "--kind", "parties")
    assert code == 1 and "Unknown kind 'parties': use one of sign-in, " in err


def test_the_log_as_an_excel_sheet(
    capsys: pytest.CaptureFixture[str], hall: OpenedDatabase, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "activity.xlsx"
    code, out, err = run(capsys, hall, "activity", "--kind", "movement", "--xlsx", str(path))
    assert code == 0, err
    assert out == f"3 entries written to {path}\n"
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) == 4 and rows[1][2:5] == ("Olena Shevchenko", "Scan-1", "Movement")
    code, out, err = run(capsys, hall, "activity", "--xlsx", str(tmp_path / "activity.csv"))
    assert code == 1 and "should end in .xlsx" in err


def test_a_volunteer_is_refused_and_the_refusal_is_logged(
    capsys: pytest.CaptureFixture[str], hall: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HAFENLAGER_PIN", "3333")
    code, out, err = run(capsys, hall, "--user", "Olena Shevchenko", "activity", "--json")
    assert code == 1 and out == ""
    assert "Reading the activity log needs a lead: ask one, or sign in as lead." in err
    monkeypatch.setenv("HAFENLAGER_PIN", ADMIN_PIN)
    code, out, err = run(
        capsys, hall, "--user", "Mykola Petrenko", "activity", "--kind", "refused", "--json"
    )
    assert code == 0, err
    [refused] = json.loads(out)
    assert refused["person"] == "Olena Shevchenko"
    assert refused["summary"] == "Refused: Reading the activity log (volunteer Olena Shevchenko)."
