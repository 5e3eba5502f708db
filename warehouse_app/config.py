"""Where Hafenlager keeps its files, and the per-workstation settings.

The database holds what all workstations share; this module holds what belongs to one PC:
the station name and the last volunteer. Both live in the user's folders (platformdirs).
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Hafenlager"
APP_AUTHOR = "GrenzenloseWaerme"
DB_ENV_VAR = "HAFENLAGER_DB"
DATA_DIR_ENV_VAR = "HAFENLAGER_DATA_DIR"


PORTABLE_FOLDER = "data"


def data_dir() -> Path:
    """The folder for the default database, its backups and the station's settings.

    HAFENLAGER_DATA_DIR overrides it (tests); a bundle with a folder "data" beside its program
    is portable (a USB stick) and keeps everything there; else the user's data folder.
    """
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override)
    portable = portable_dir()
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def portable_dir() -> Path | None:
    """The "data" folder beside a bundled program, when there is one; None otherwise."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent / PORTABLE_FOLDER
    return folder if folder.is_dir() else None


def default_database_path() -> Path:
    return data_dir() / "hafenlager.sqlite"


def backup_dir_for(database_path: Path) -> Path:
    """Backups sit next to the database they belong to, so a copied folder keeps both."""
    return database_path.parent / "backups"


def database_target(cli_value: str | None) -> str:
    """The database to open: --db, else HAFENLAGER_DB, else the default file."""
    if cli_value:
        return cli_value
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return env
    return str(default_database_path())


@dataclass
class StationConfig:
    """What one workstation remembers between starts."""

    station: str
    last_volunteer: str = ""
    label_printer: str = ""  # "" = none set: labels wait in the reprint list
    label_format: str = "a4-3424"
    pallet_format: str = "a4-3483"
    sheet_printer: str = ""  # A4 printer for receipts and sheets
    sheet_position: str = "1"  # next free label on the A4 sheet in the printer
    sounds: str = "on"  # "off" silences the scan screen
    # "on": a volunteer terminal, showing only the volunteers' screens whoever signs in (a PC
    # by the door where a lead may sign in to help must not open the convoys there).
    terminal_mode: str = "off"

    @classmethod
    def path(cls) -> Path:
        return data_dir() / "station.json"

    @classmethod
    def load(cls) -> StationConfig:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
            defaults = cls(station=default_station_name())
            return cls(
                **{
                    name: str(raw.get(name) or getattr(defaults, name))
                    for name in cls.__dataclass_fields__
                }
            )
        except (OSError, ValueError):
            # A missing or damaged file only loses two remembered names: start with defaults.
            return cls(station=default_station_name())

    def save(self) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)


def default_station_name() -> str:
    return socket.gethostname() or "PC"
