"""`hafenlager people`: an admin adds a lead with a PIN, who then signs in; makes a volunteer a
board member; resets a PIN; a lead is refused, in one line, and nothing changes."""

from __future__ import annotations

import json

import pytest

from ui.cli.main import main
from warehouse_app.access.roles import Role
from warehouse_app.services import people, signin, station_session
from warehouse_app.storage.opening import OpenedDatabase


def run(capsys: pytest.CaptureFixture[str], db: OpenedDatabase, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", db.target, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_admin_keeps_the_people_from_the_command_line(
    demo: OpenedDatabase, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    station_session.end()  # each command signs in as HAFENLAGER_USER, the admin
    monkeypatch.setenv("HAFENLAGER_NEW_PIN", "8642")
    code, out, err = run(capsys, demo, "people", "add", "Lena Lager", "--role", "lead")
    assert code == 0 and out == "Lena Lager works here now as lead.\n", err
    assert signin.sign_in("Lena Lager", "8642", "Rampe").role is Role.LEAD
    station_session.end()
    code, out, _ = run(capsys, demo, "people", "edit", "Olena Shevchenko", "--association", "BGH")
    assert code == 0 and out == "Olena Shevchenko: volunteer, BGH.\n"
    monkeypatch.setenv("HAFENLAGER_NEW_PIN", "1357")
    assert run(capsys, demo, "people", "pin", "Olena Shevchenko")[0] == 0
    assert signin.sign_in("Olena Shevchenko", "1357", "Rampe").association == "BGH"
    station_session.end()
    code, out, _ = run(capsys, demo, "people", "list", "--json")
    listed = {p["name"]: p for p in json.loads(out)}
    assert listed["Lena Lager"] == {
        "name": "Lena Lager",
        "role": "lead",
        "association": "",
        "pin": True,
        "works_here": True,
    }
    # The hall keeps its admin.
    code, _, err = run(capsys, demo, "people", "edit", "Katrin Vogel", "--role", "lead")
    assert code == 1 and "last admin" in err and err.count("\n") == 1


def test_a_lead_keeps_no_people(
    demo: OpenedDatabase, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    station_session.end()
    monkeypatch.setenv("HAFENLAGER_PIN", "2222")
    code, out, err = run(
        capsys, demo, "--user", "Mykola Petrenko", "people", "edit", "Olena Shevchenko",
        "--role", "admin",
    )  # fmt: skip
    assert code == 1 and out == "" and "Managing people needs an admin" in err
    assert people.find_person("Olena Shevchenko").role is Role.VOLUNTEER  # type: ignore[union-attr]
