"""Build Hafenlager as a one-folder desktop bundle with PyInstaller.

    python scripts/build_bundle.py [--dist DIR] [--portable]

The folder dist/Hafenlager holds the program (Hafenlager.exe on Windows), Python, Qt with its
plugins, the fonts and the compiled translations: copied to a PC, it runs without Python.
--portable adds an empty "data" folder beside the program: the database, its backups and the
station's settings then stay on the stick it was copied to. On Windows the script also writes
hafenlager.iss, an Inno Setup script for an installer with a start-menu shortcut; if Inno Setup's
ISCC.exe is installed, the installer is built too.

PyInstaller rather than Briefcase: it bundles the app as it is (no second project layout, no
template download at build time), it knows PySide6 and its Qt plugins, and the same script
builds the Linux bundle that the test suite starts with --smoke-test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "Hafenlager"
# Qt modules Hafenlager never imports: left out, the bundle is a third smaller.
EXCLUDED = ("tkinter", "PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick", "pytest")


def pyinstaller_arguments(dist: Path, work: Path) -> list[str]:
    separator = os.pathsep  # PyInstaller's SOURCE:DEST separator is ";" on Windows
    data = [
        (ROOT / "resources" / "fonts", "resources/fonts"),
        (ROOT / "resources" / "translations", "resources/translations"),
    ]
    arguments = [
        str(ROOT / "ui" / "__main__.py"),
        "--name",
        NAME,
        "--onedir",
        "--noconfirm",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--specpath",
        str(work),
        "--paths",
        str(ROOT),
        # The screens, the commands and the documents import most of their modules late
        # (start-up speed): name the packages so every module is inside.
        "--collect-submodules",
        "ui",
        "--collect-submodules",
        "warehouse_app",
        "--collect-submodules",
        "reports",
        "--collect-data",
        "reportlab",
        "--collect-data",
        "barcode",
        "--log-level",
        "WARN",
    ]
    for source, target in data:
        arguments += ["--add-data", f"{source}{separator}{target}"]
    for module in EXCLUDED:
        arguments += ["--exclude-module", module]
    if sys.platform == "win32":
        arguments.append("--windowed")  # no console window behind the app
    return arguments


def build(dist: Path, *, portable: bool) -> Path:
    from PyInstaller.__main__ import run as pyinstaller

    work = dist.parent / "build-bundle"
    pyinstaller(pyinstaller_arguments(dist, work))
    folder = dist / NAME
    # Only the compiled translations are needed at run time.
    for source in (folder / "_internal" / "resources" / "translations").glob("*.ts"):
        source.unlink()
    if portable:
        (folder / "data").mkdir(exist_ok=True)
    if sys.platform == "win32":
        installer_script(dist)
    shutil.rmtree(work, ignore_errors=True)
    return folder


def installer_script(dist: Path) -> Path:
    """An Inno Setup script: install for the user, a start-menu entry, an uninstaller."""
    from warehouse_app import __version__

    script = dist / "hafenlager.iss"
    script.write_text(
        f"""[Setup]
AppName={NAME}
AppVersion={__version__}
AppPublisher=Grenzenlose Wärme e.V.
DefaultDirName={{localappdata}}\\Programs\\{NAME}
DefaultGroupName={NAME}
PrivilegesRequired=lowest
OutputDir=.
OutputBaseFilename={NAME}-{__version__}-setup

[Files]
Source: "{NAME}\\*"; DestDir: "{{app}}"; Flags: recursesubdirs

[Icons]
Name: "{{group}}\\{NAME}"; Filename: "{{app}}\\{NAME}.exe"
Name: "{{group}}\\{NAME} (demo data)"; Filename: "{{app}}\\{NAME}.exe"; Parameters: "--demo"
Name: "{{group}}\\Uninstall {NAME}"; Filename: "{{uninstallexe}}"
""",
        encoding="utf-8",
    )
    compiler = shutil.which("ISCC") or shutil.which("iscc")
    if compiler:
        subprocess.run([compiler, str(script)], cwd=dist, check=True)
    return script


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--portable", action="store_true", help="keep the data beside it")
    options = parser.parse_args()
    folder = build(options.dist.resolve(), portable=options.portable)
    print(f"built {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
