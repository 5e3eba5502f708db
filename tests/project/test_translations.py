"""Every GUI string has its German and Ukrainian text, and the shipped .qm files carry them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from translations_table import TEXTS  # noqa: E402


def test_every_gui_string_is_in_the_translation_table(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    ts = tmp_path / "check.ts"
    sources = sorted(
        str(p) for p in [*(ROOT / "ui").rglob("*.py"), *(ROOT / "warehouse_app").rglob("*.py")]
    )
    subprocess.run([lupdate, *sources, "-ts", str(ts)], check=True, capture_output=True)
    found = {m.findtext("source") for m in ET.parse(ts).iter("message")}
    missing = sorted(s for s in found if s not in TEXTS)
    assert not missing, f"add these to scripts/translations_table.py: {missing}"


def test_the_compiled_translations_carry_the_table() -> None:
    for language, column in (("de", 0), ("uk", 1)):
        translator = QTranslator()
        assert translator.load(str(ROOT / "resources" / "translations" / f"hafenlager_{language}"))
        context_free = [
            (source, texts[column])
            for source, texts in TEXTS.items()
            if source in ("Stock", "Intake", "Save and print labels (F9)")
        ]
        contexts = {
            "Stock": "MainWindow",
            "Intake": "MainWindow",
            "Save and print labels (F9)": "IntakeView",
        }
        for source, expected in context_free:
            assert translator.translate(contexts[source], source) == expected, (language, source)
