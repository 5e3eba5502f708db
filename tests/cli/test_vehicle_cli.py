"""`hafenlager vehicle show|set`: a donated vehicle's VIN and details from the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ui.cli.main import main
from warehouse_app.services import masterdata
from warehouse_app.services.intake import IntakeEntry, receive
from warehouse_app.services.movements import Actor
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage.opening import open_database


@pytest.fixture
def bus(small_demo_template: Path, tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "vehicles.sqlite"
    shutil.copyfile(small_demo_template, path)
    open_database(str(path), daily_backup=False)
    entry = IntakeEntry(
        association_id=masterdata.find_association("CUK").id,
        category_id=masterdata.find_category("Buses (diesel)").id,
        description_de="Stadtbus",
        description_uk="Міський автобус",
        quantity="1",
        unit="pcs",
        net_kg="11000",
        serial_or_vin="WMAA14ZZ7HM123456",
        heavy_confirmed=True,
    )
    code = receive(entry, Actor(None, "Test")).codes[0]
    dbmod.close()
    return str(path), code


def test_vehicle_details_are_set_and_shown(
    bus: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, code = bus
    argv = ["--db", db, "vehicle", "set", code, "--make", "MAN", "--model", "Lion's City"]
    assert main([*argv, "--year", "2009", "--fuel", "diesel", "--first-registered", "03.2009"]) == 0
    assert main(["--db", db, "vehicle", "show", code]) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        out[-1] == f"{code}: MAN Lion's City, 2009, diesel, 1st reg. 03.2009, VIN WMAA14ZZ7HM123456"
    )


def test_a_wrong_vin_or_fuel_is_one_line_and_nothing_changes(
    bus: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, code = bus
    assert main(["--db", db, "vehicle", "set", code, "--vin", "WMAA14ZZ7HMI23456"]) == 1
    assert main(["--db", db, "vehicle", "set", code, "--fuel", "coal"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert "never holds I" in err[0] and "Fuel is one of" in err[1] and len(err) == 2
    assert main(["--db", db, "vehicle", "show", code]) == 0
    assert capsys.readouterr().out.strip() == f"{code}: VIN WMAA14ZZ7HM123456"
