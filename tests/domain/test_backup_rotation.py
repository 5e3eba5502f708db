"""Rotation of the automatic backups: 14 days, 8 weeks, 12 months; never anything else.

Rotation reads only file names, so these tests use files named for many dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from warehouse_app.storage import backup


def auto(folder: Path, day: dt.date, at: str = "080000") -> Path:
    path = folder / f"hafenlager-auto-{day:%Y%m%d}-{at}.sqlite"
    path.write_bytes(b"backup")
    return path


def days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(n) for n in range((last - first).days + 1)]


def kept_dates(folder: Path) -> list[dt.date]:
    return [when.date() for when, _ in backup.auto_backups(folder)]


def test_daily_backups_over_fourteen_months(tmp_path: Path) -> None:
    for day in days(dt.date(2025, 10, 1), dt.date(2026, 11, 22)):  # the last is a Sunday
        auto(tmp_path, day)
    backup.rotate(tmp_path)
    d = dt.date
    daily = days(d(2026, 11, 9), d(2026, 11, 22))
    # The newest (the Sunday) of the six weeks before those two.
    weekly = [d(2026, 10, 4), d(2026, 10, 11), d(2026, 10, 18), d(2026, 10, 25), d(2026, 11, 1)]
    weekly.append(d(2026, 11, 8))
    # The last day of each month from December 2025; November 2026 is among the daily ones.
    monthly = [d(2025, 12, 31), d(2026, 1, 31), d(2026, 2, 28), d(2026, 3, 31), d(2026, 4, 30)]
    monthly += [d(2026, 5, 31), d(2026, 6, 30), d(2026, 7, 31), d(2026, 8, 31), d(2026, 9, 30)]
    monthly.append(d(2026, 10, 31))
    assert kept_dates(tmp_path) == sorted({*daily, *weekly, *monthly})


def test_several_backups_a_day_keep_the_newest_of_a_week(tmp_path: Path) -> None:
    # A week of the hall open only on Saturdays, with two backups (two stations) each time.
    for day in (dt.date(2026, 1, 3) + dt.timedelta(weeks=n) for n in range(20)):
        auto(tmp_path, day, "080000")
        auto(tmp_path, day, "080005")
    backup.rotate(tmp_path)
    kept = [p.name for _, p in backup.auto_backups(tmp_path)]
    # The newest 14 files (7 Saturdays from 4 April), the eighth week's newest (28 March) and
    # January's and February's newest.
    assert len(kept) == 14 + 1 + 2
    older = [name for name in kept if name < "hafenlager-auto-20260404"]
    assert older == [f"hafenlager-auto-2026{md}-080005.sqlite" for md in ("0131", "0228", "0328")]


def test_a_long_pause_loses_none_of_the_last_backups(tmp_path: Path) -> None:
    # The hall was closed from April to November: the clock says months passed, the backups
    # before the pause are still the last good ones.
    for day in days(dt.date(2026, 3, 1), dt.date(2026, 3, 31)):
        auto(tmp_path, day)
    auto(tmp_path, dt.date(2026, 11, 22))
    backup.rotate(tmp_path)
    assert kept_dates(tmp_path) == [
        *days(dt.date(2026, 3, 19), dt.date(2026, 3, 31)),
        dt.date(2026, 11, 22),
    ]


def test_only_automatic_backups_are_ever_deleted(tmp_path: Path) -> None:
    others = [
        tmp_path / "hafenlager-manual-20250101-080000.sqlite",
        tmp_path / "hafenlager-before-schema-4-20250101-080000.sqlite",
        tmp_path / "hafenlager-before-restore-20250101-080000.sqlite",
        tmp_path / "hafenlager-damaged-auto-20250101-080000.sqlite",
        tmp_path / "hafenlager-auto-copy-of-monday.sqlite",  # a name auto_backup never writes
        tmp_path / "hafenlager-auto-20250101-080000.sqlite.bak",
        tmp_path / "notes.txt",
    ]
    for path in others:
        path.write_bytes(b"keep me")
    (tmp_path / "hafenlager-auto-20230601-080000.sqlite").mkdir()  # a folder, not a backup
    for day in days(dt.date(2024, 1, 1), dt.date(2025, 12, 31)):
        auto(tmp_path, day)
    removed = backup.rotate(tmp_path)
    assert removed and all(backup.AUTO_PREFIX in p.name for p in removed)
    assert all(path.exists() for path in others)
    assert (tmp_path / "hafenlager-auto-20230601-080000.sqlite").is_dir()


def test_rotation_of_an_empty_or_missing_folder_does_nothing(tmp_path: Path) -> None:
    assert backup.rotate(tmp_path) == []
    assert backup.rotate(tmp_path / "missing") == []
