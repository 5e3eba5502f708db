"""The command line: the documented commands, and one-line errors with non-zero exit codes."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ui.cli.main import main
from warehouse_app.codes import CodeKind, make_code
from warehouse_app.storage import engine as dbmod


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def hafenlager(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.fixture
def demo_file(small_demo_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "cli.sqlite"
    shutil.copyfile(small_demo_template, path)
    return str(path)


def test_demo_fills_an_empty_database_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = str(tmp_path / "new.sqlite")
    code, out, _ = run(capsys, "--db", target, "demo", "--size", "small")
    assert code == 0 and "500 boxes" in out
    code, _, err = run(capsys, "--db", target, "demo")
    assert code == 1
    assert err.count("\n") == 1 and "already holds 500 boxes" in err


def test_list_boxes_as_json_with_filters(
    capsys: pytest.CaptureFixture[str], demo_file: str
) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        demo_file,
        "list",
        "boxes",
        "--association",
        "bgh",
        "--status",
        "on_pallet",
        "--json",
    )
    assert code == 0
    rows = json.loads(out)
    assert rows and {r["owner_code"] for r in rows} == {"BGH"}
    assert {r["status"] for r in rows} == {"on_pallet"}
    assert all(r["pallet"] for r in rows)


def test_list_boxes_expiring_before_a_date_sorted(
    capsys: pytest.CaptureFixture[str], demo_file: str
) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        demo_file,
        "list",
        "boxes",
        "--expiry-before",
        "2027-01-01",
        "--sort",
        "expiry",
        "--ascending",
        "--json",
    )
    assert code == 0
    dates = [r["expiry_date"] for r in json.loads(out)]
    assert dates and dates == sorted(dates) and max(dates) < "2027-01-01"


def test_list_boxes_finds_ukrainian_words(
    capsys: pytest.CaptureFixture[str], demo_file: str
) -> None:
    code, out, _ = run(
        capsys, "--db", demo_file, "list", "boxes", "--search", "Спальний", "--limit", "5", "--json"
    )
    rows = json.loads(out)
    assert code == 0 and len(rows) == 5
    assert all("Спальний" in r["description_uk"] for r in rows)


def test_list_other_things_as_table(capsys: pytest.CaptureFixture[str], demo_file: str) -> None:
    code, out, _ = run(capsys, "--db", demo_file, "list", "associations")
    assert code == 0 and "Blau-Gelbes-Herz" in out and "short_code" in out
    code, out, _ = run(capsys, "--db", demo_file, "list", "pallets", "--json")
    pallets = json.loads(out)
    assert len(pallets) == 15 and all(p["code"].startswith("2") for p in pallets)
    assert sum(p["boxes"] for p in pallets) == 300
    code, out, _ = run(capsys, "--db", demo_file, "list", "locations", "--json")
    locations = {loc["name"]: loc for loc in json.loads(out)}
    conn = sqlite3.connect(demo_file)
    in_hall = conn.execute(
        "SELECT COUNT(*) FROM box WHERE status IN ('in_stock', 'on_pallet')"
    ).fetchone()[0]
    standing = conn.execute("SELECT COUNT(*) FROM pallet WHERE status = 'in_stock'").fetchone()[0]
    conn.close()
    assert 0 < in_hall < 500  # the demo disposes of a few boxes
    # Boxes on pallets count at their pallet's place, so every box in the hall is somewhere.
    assert sum(loc["boxes"] for loc in locations.values()) == in_hall
    assert sum(loc["pallets"] for loc in locations.values()) == standing > 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["list", "boxes", "--association", "XYZ"], "Unknown association 'XYZ'"),
        (["list", "boxes", "--status", "lost"], "Unknown status 'lost'"),
        (["list", "boxes", "--category", "Whisky"], "Unknown category"),
        (["list", "pallets", "--status", "in_stock"], "apply to 'list boxes' only"),
    ],
)
def test_bad_filters_give_one_line_and_exit_non_zero(
    capsys: pytest.CaptureFixture[str], demo_file: str, argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, "--db", demo_file, *argv)
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and message in err


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "trucks"],
        ["list", "boxes", "--expiry-before", "31.12.2026"],
        ["list", "boxes", "--limit", "-3"],
        ["demo", "--size", "huge"],
        ["frobnicate"],
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    _, err = capsys.readouterr()
    assert exc.value.code == 2
    assert err.count("\n") == 1 and err.startswith("hafenlager") and ": error: " in err


def test_check_passes_then_reports_damage(
    capsys: pytest.CaptureFixture[str], demo_file: str
) -> None:
    code, out, _ = run(capsys, "--db", demo_file, "check")
    assert code == 0 and out.startswith("OK:")
    conn = sqlite3.connect(demo_file)
    conn.execute(
        "UPDATE box SET status='shipped' WHERE status='in_stock' AND id=(SELECT MIN(id) "
        "FROM box WHERE status='in_stock')"
    )
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--db", demo_file, "check")
    assert code == 3
    assert "problem(s)" in out and "shipped-in-stock" in out


def test_backup_and_restore_round_trip(
    capsys: pytest.CaptureFixture[str], demo_file: str, tmp_path: Path
) -> None:
    out_file = tmp_path / "saved.sqlite"
    code, out, _ = run(capsys, "--db", demo_file, "backup", "--out", str(out_file))
    assert code == 0 and out_file.exists()
    conn = sqlite3.connect(demo_file)
    conn.execute("DELETE FROM movement")
    conn.execute("DELETE FROM box")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--db", demo_file, "restore", str(out_file))
    assert code == 0 and "previous database was saved" in out
    code, out, _ = run(capsys, "--db", demo_file, "list", "boxes", "--json")
    assert len(json.loads(out)) == 500
    saved = list((Path(demo_file).parent / "backups").glob("hafenlager-before-restore-*"))
    assert len(saved) == 1
    conn = sqlite3.connect(saved[0])
    assert conn.execute("SELECT COUNT(*) FROM box").fetchone()[0] == 0  # what was replaced
    conn.close()


def test_restore_refuses_a_file_that_is_not_a_backup(
    capsys: pytest.CaptureFixture[str], demo_file: str, tmp_path: Path
) -> None:
    bogus = tmp_path / "photo.jpg"
    bogus.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    before = Path(demo_file).read_bytes()
    code, _, err = run(capsys, "--db", demo_file, "restore", str(bogus))
    assert code == 1 and "not a Hafenlager database" in err and err.count("\n") == 1
    assert Path(demo_file).read_bytes() == before


def test_restore_repairs_a_database_that_no_longer_opens(
    capsys: pytest.CaptureFixture[str], demo_file: str, tmp_path: Path
) -> None:
    good = tmp_path / "good.sqlite"
    assert run(capsys, "--db", demo_file, "backup", "--out", str(good))[0] == 0
    dbmod.close()
    Path(demo_file).write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)  # wrecked
    code, _, err = run(capsys, "--db", demo_file, "check")
    assert code == 1 and "restore" in err
    code, _, _ = run(capsys, "--db", demo_file, "restore", str(good))
    assert code == 0
    assert run(capsys, "--db", demo_file, "check")[0] == 0


def test_unknown_codes_are_not_found(capsys: pytest.CaptureFixture[str], demo_file: str) -> None:
    # A valid code that this database never issued.
    code, out, _ = run(
        capsys,
        "--db",
        demo_file,
        "list",
        "boxes",
        "--search",
        make_code(CodeKind.BOX, 999_999),
        "--json",
    )
    assert code == 0 and json.loads(out) == []


def test_the_installed_program_runs_without_a_traceback(demo_file: str) -> None:
    done = hafenlager("--db", demo_file, "list", "boxes", "--association", "NOPE")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    done = hafenlager("--db", demo_file, "check")
    assert done.returncode == 0, done.stderr


def test_cli_choices_match_the_services() -> None:
    # The parser keeps its own copies (it must not load the demo or the scan service).
    from ui.cli.main import DEMO_SIZES
    from ui.cli.scan import SCAN_MODES
    from warehouse_app.demo import SIZES
    from warehouse_app.services.scanning import Mode

    assert set(DEMO_SIZES) == set(SIZES)
    assert set(SCAN_MODES) == {m.value for m in Mode}


@pytest.mark.parametrize(
    ("argv", "gui"),
    [
        ([], True),
        (["--db", "x.sqlite"], True),
        (["--db=x.sqlite", "--smoke-test"], True),
        (["--demo"], True),
        (["--demo", "large", "--db", "x"], True),
        (["--help"], False),
        (["--version"], False),
        (["check"], False),
        (["--db", "x.sqlite", "list", "boxes"], False),
    ],
)
def test_the_gui_fast_path_is_taken_only_without_a_command(argv: list[str], gui: bool) -> None:
    from ui.cli.main import gui_only as _gui_only

    assert _gui_only(argv) is gui


def test_a_reader_that_stops_early_gets_no_traceback(demo_file: str) -> None:
    # `hafenlager list boxes --json | head -3`: head closes the pipe after three lines.
    writer = subprocess.Popen(
        [sys.executable, "-m", "ui", "--db", demo_file, "list", "boxes", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    reader = subprocess.Popen(["head", "-3"], stdin=writer.stdout, stdout=subprocess.PIPE)
    assert writer.stdout is not None and writer.stderr is not None
    writer.stdout.close()  # only head reads the pipe now
    lines = reader.communicate(timeout=120)[0].decode().splitlines()
    err = writer.stderr.read().decode()
    writer.wait(timeout=120)
    assert len(lines) == 3 and lines[0] == "["
    assert err == "", err


def test_an_unexpected_failure_is_one_line_and_its_traceback_is_in_the_log(
    demo_file: str, data_dir: Path
) -> None:
    # A weight another program wrote as text: nothing a user typed, so no prepared message.
    with sqlite3.connect(demo_file) as raw:
        raw.execute("UPDATE box SET net_kg = 'heavy' WHERE id = (SELECT MIN(id) FROM box)")
    done = hafenlager(
        "--db",
        demo_file,
        "list",
        "boxes",
        "--sort",
        "code",
        "--ascending",
        "--limit",
        "5",
        env={"HAFENLAGER_DATA_DIR": str(data_dir)},
    )
    log_file = data_dir / "logs" / "hafenlager.log"
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and str(log_file) in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    logged = log_file.read_text(encoding="utf-8")
    assert "command list failed" in logged and "Traceback" in logged
