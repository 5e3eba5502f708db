"""Refresh the translation files from the code and compile them.

    python scripts/update_translations.py

Runs pyside6-lupdate over ui/, fills every message from scripts/translations_table.py, marks
what the table lacks as unfinished (it shows in English), and compiles the .qm files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from translations_table import TEXTS

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"de": 0, "uk": 1}


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def main() -> int:
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in [*(ROOT / "ui").rglob("*.py"), *(ROOT / "warehouse_app").rglob("*.py")]
    )
    missing: set[str] = set()
    for language, column in LANGUAGES.items():
        ts = FOLDER / f"hafenlager_{language}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        tree = ET.parse(ts)
        tree.getroot().set("language", language)
        for message in tree.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if source in TEXTS:
                translation.text = TEXTS[source][column]
                translation.attrib.pop("type", None)
            else:
                missing.add(source)
                translation.set("type", "unfinished")
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(FOLDER / f"hafenlager_{language}.qm")],
            check=True,
            capture_output=True,
        )
    for source in sorted(missing):
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
