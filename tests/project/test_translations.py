"""The .ts files translate every GUI text, a translator's edit survives the refresh, and the
shipped .qm files carry what the .ts files say."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
SCRIPT = ROOT / "scripts" / "update_translations.py"
LANGUAGES = ("de", "uk")
# (context, source) the app shows on its first screens.
KNOWN = (
    ("MainWindow", "Stock"),
    ("MainWindow", "Intake"),
    ("IntakeView", "Save and print labels (F9)"),
    ("scan", "Empty scan: scan the label again."),
)


def shipped_copy(folder: Path) -> Path:
    for language in LANGUAGES:
        shutil.copy2(FOLDER / f"hafenlager_{language}.ts", folder)
    return folder


def refresh(folder: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--folder", str(folder), *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def find(tree: ET.ElementTree, context: str, source: str) -> ET.Element:
    for element in tree.getroot().iter("context"):
        if element.findtext("name") == context:
            for message in element.iter("message"):
                if message.findtext("source") == source:
                    translation = message.find("translation")
                    assert translation is not None
                    return translation
    raise AssertionError(f"no message [{context}] {source!r}")


def translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): translation
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
    }


def is_finished(translation: ET.Element) -> bool:
    return translation.get("type") is None and bool("".join(translation.itertext()).strip())


def test_every_gui_text_is_translated(tmp_path: Path) -> None:
    done = refresh(shipped_copy(tmp_path))
    missing = {
        language: sorted(
            f"[{context}] {source}"
            for (context, source), translation in translations(
                tmp_path / f"hafenlager_{language}.ts"
            ).items()
            if not is_finished(translation)
        )
        for language in LANGUAGES
    }
    assert not any(missing.values()), (
        f"translate these in resources/translations/*.ts (Qt Linguist or any XML editor), "
        f"then run scripts/update_translations.py: {missing}"
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_untranslated_text_fails_the_refresh(tmp_path: Path) -> None:
    ts = shipped_copy(tmp_path) / "hafenlager_de.ts"
    tree = ET.parse(ts)
    find(tree, "MainWindow", "Stock").text = ""
    tree.write(ts, encoding="utf-8", xml_declaration=True)

    checked = refresh(tmp_path, "--check")
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "de: unfinished [MainWindow] 'Stock'" in checked.stdout
    assert "uk: 0 unfinished" in checked.stdout
    assert not list(tmp_path.glob("*.qm")), "--check writes nothing"

    done = refresh(tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "de: unfinished [MainWindow] 'Stock'" in done.stdout
    translation = find(ET.parse(ts), "MainWindow", "Stock")
    assert not is_finished(translation)


def test_a_translators_edit_survives_the_refresh(tmp_path: Path) -> None:
    ts = shipped_copy(tmp_path) / "hafenlager_de.ts"
    tree = ET.parse(ts)
    find(tree, "MainWindow", "Stock").text = "Lagerbestand (geprüft)"
    tree.write(ts, encoding="utf-8", xml_declaration=True)

    done = refresh(tmp_path)

    # 1 would only mean some other text is unfinished: the completeness test names those.
    assert done.returncode in (0, 1), done.stdout + done.stderr
    assert "[MainWindow] 'Stock'" not in done.stdout
    refreshed = ET.parse(ts)
    assert refreshed.getroot().get("language") == "de"
    translation = find(refreshed, "MainWindow", "Stock")
    assert translation.text == "Lagerbestand (geprüft)"
    assert is_finished(translation)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "hafenlager_de.qm"))
    assert translator.translate("MainWindow", "Stock") == "Lagerbestand (geprüft)"


def test_the_shipped_qm_files_carry_the_ts_translations() -> None:
    for language in LANGUAGES:
        ts = FOLDER / f"hafenlager_{language}.ts"
        assert ET.parse(ts).getroot().get("language") == language
        expected = translations(ts)
        translator = QTranslator()
        assert translator.load(str(FOLDER / f"hafenlager_{language}.qm"))
        for key in KNOWN:
            assert key in expected and is_finished(expected[key]), (language, key)
        stale = [
            key
            for key, translation in expected.items()
            if is_finished(translation) and translator.translate(*key) != translation.text
        ]
        assert not stale, (
            f"hafenlager_{language}.qm is older than its .ts: run "
            f"scripts/update_translations.py ({stale[:5]})"
        )


def placeholders(text: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_translation_keeps_the_placeholders_of_its_template() -> None:
    """The scan answers and the services' messages are filled in after translation: a
    placeholder lost or misspelt in a translation would drop a code or a weight."""
    checked = 0
    for language in LANGUAGES:
        for (context, source), translation in translations(
            FOLDER / f"hafenlager_{language}.ts"
        ).items():
            if context not in ("scan", "service") or "{" not in source:
                continue
            text = "".join(translation.itertext())
            assert placeholders(text) == placeholders(source), (language, source, text)
            checked += 1
    assert checked > 200


def test_every_marked_text_reaches_the_translators() -> None:
    """Each QT_TRANSLATE_NOOP(context, text) in the code is in the .ts files: lupdate skips a
    text it cannot read (a parenthesised concatenation, a folder it is not given), and that
    text would stay English on every screen without any test noticing."""
    import ast

    marked = set()
    for folder in ("ui", "warehouse_app", "reports"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP"
                    and all(isinstance(a, ast.Constant) for a in node.args)
                ):
                    marked.add((node.args[0].value, node.args[1].value))
    assert len(marked) > 400
    for language in LANGUAGES:
        known = set(translations(FOLDER / f"hafenlager_{language}.ts"))
        assert marked - known == set(), language
