"""Refresh the translation files from the code and compile them.

    python scripts/update_translations.py [--folder DIR] [--check]

resources/translations/hafenlager_<language>.ts are the translators' source of truth: edit
them in Qt Linguist, any XML editor or Weblate, then run this script. It runs pyside6-lupdate
over ui/, warehouse_app/ and reports/ (new texts come in unfinished, removed ones go, every
translation stays), compiles the .qm files the app loads with pyside6-lrelease, and lists each
text still unfinished per language (it shows in English); it exits 1 if there is any. --check only
reports: it refreshes a temporary copy and writes nothing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "uk")
SOURCE_FOLDERS = ("ui", "warehouse_app", "reports")


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name) or name


def run(*command: str) -> None:
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"{Path(command[0]).name} failed:\n{done.stdout}{done.stderr}")


def sources() -> list[str]:
    return sorted(
        path.relative_to(ROOT).as_posix()
        for folder in SOURCE_FOLDERS
        for path in (ROOT / folder).rglob("*.py")
    )


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished, non-empty translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not "".join(translation.itertext()).strip()
            ):
                missing.append((name, message.findtext("source") or ""))
    return missing


def refresh(folder: Path, *, compile_qm: bool) -> int:
    """Update every .ts in folder from the code, compile it, and return the unfinished count."""
    files = sources()
    count = 0
    for language in LANGUAGES:
        ts = folder / f"hafenlager_{language}.ts"
        run(
            tool("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-target-language",
            language,
            "-ts",
            str(ts),
        )
        found = ET.parse(ts).getroot().get("language")
        if found != language:
            sys.exit(f"{ts}: the TS root says language={found!r}, expected {language!r}")
        if compile_qm:
            qm = ts.with_suffix(".qm")
            run(tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm))
        missing = unfinished(ts)
        count += len(missing)
        for context, source in missing:
            print(f"{language}: unfinished [{context}] {source!r}")
        print(f"{language}: {len(missing)} unfinished")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--folder",
        type=Path,
        default=FOLDER,
        help="folder with the hafenlager_<language>.ts files (default: resources/translations)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="only report the unfinished texts: refresh a temporary copy, write nothing",
    )
    args = parser.parse_args(argv)
    folder = args.folder.resolve()
    if not args.check:
        return 1 if refresh(folder, compile_qm=True) else 0
    with tempfile.TemporaryDirectory() as copy:
        for language in LANGUAGES:
            shutil.copy2(folder / f"hafenlager_{language}.ts", copy)
        return 1 if refresh(Path(copy), compile_qm=False) else 0


if __name__ == "__main__":
    sys.exit(main())
