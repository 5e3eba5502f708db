"""A new hall's first start, at three stations at once, each a real `hafenlager` process with
its own name: exactly one becomes the admin; the others are told, and nothing else changes.
Then a volunteer's departure from the command line is refused in one line, and logged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from warehouse_app.access.roles import Role
from warehouse_app.kinds import ConvoyStatus
from warehouse_app.services import people
from warehouse_app.storage.activity_models import Activity
from warehouse_app.storage.models import Convoy
from warehouse_app.storage.opening import OpenedDatabase


def hafenlager(
    target: str, tmp_path: Path, name: str, pin: str, *argv: str
) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "HAFENLAGER_DATA_DIR": str(tmp_path / name),
        "HAFENLAGER_USER": name,
        "HAFENLAGER_PIN": pin,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "ui", "--db", target, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_one_of_three_first_starts_becomes_the_admin(
    new_hall: OpenedDatabase, tmp_path: Path
) -> None:
    names = ("Erste", "Zweite", "Dritte")
    # `activity` needs a lead: the first sign-in of a new hall makes its admin, who may.
    runs = [hafenlager(new_hall.target, tmp_path, n, "2468", "activity", "--json") for n in names]
    said = [run.communicate(timeout=120) for run in runs]
    codes = [run.returncode for run in runs]
    assert sorted(codes) == [0, 1, 1], said
    assert all("Traceback" not in err for _, err in said), said
    admins = [p for p in people.people() if p.role is Role.ADMIN]
    assert [a.name for a in admins] == [names[codes.index(0)]]
    # A station that lost the race for the admin is told so; one that came after it signed
    # up as a volunteer, whom the log refuses to a lead's eyes.
    refused = [err for (_, err), code in zip(said, codes, strict=True) if code]
    assert all("has an admin already" in err or "needs a lead" in err for err in refused), refused
    assert all(p.role is Role.VOLUNTEER for p in people.people() if p.name != admins[0].name)


def test_a_volunteer_cannot_depart_from_the_command_line(
    demo: OpenedDatabase, tmp_path: Path
) -> None:
    run = hafenlager(
        demo.target, tmp_path, "Olena Shevchenko", "3333", "convoy", "depart", "2026-R"
    )
    out, err = run.communicate(timeout=120)
    assert run.returncode == 1 and out == ""
    assert err == ("hafenlager: error: Departure needs a lead: ask one, or sign in as lead.\n"), err
    assert Convoy.get(Convoy.number == "2026-R").status == ConvoyStatus.READY
    last = Activity.select().order_by(Activity.id.desc()).first()
    assert last.kind == "refused" and "Olena Shevchenko" in last.summary
    wrong = hafenlager(
        demo.target, tmp_path, "Mykola Petrenko", "0000", "convoy", "depart", "2026-R"
    )
    _, err = wrong.communicate(timeout=120)
    assert wrong.returncode == 1 and "Wrong PIN" in err and "Traceback" not in err
    assert Convoy.get(Convoy.number == "2026-R").status == ConvoyStatus.READY
