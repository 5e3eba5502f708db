"""Every answer of the scan loop can be translated: ui/scan_messages.py lists each template."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def service_templates() -> set[str]:
    """The English answers in the scanning service: every string constant (adjacent literals
    are one constant) with a space and a placeholder or a sentence ending. Docstrings, control
    sheet titles (no ending) and movement notes (f-strings) are not answers."""
    source = (ROOT / "warehouse_app" / "services" / "scanning.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for part in node.values:
                docstrings.add(id(part))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        text = node.value
        if id(node) in docstrings or " " not in text.strip():
            continue
        if "{" in text or text.rstrip().endswith((".", "!", "?")):
            found.add(text)
    return found


def listed_templates() -> set[str]:
    source = (ROOT / "ui" / "scan_messages.py").read_text(encoding="utf-8")
    return {
        "".join(re.findall(r'"([^"\n]*)"', m.group(1)))
        for m in re.finditer(r'QT_TRANSLATE_NOOP\(\s*"scan",\s*((?:"[^"\n]*"\s*)+),?\s*\)', source)
    }


def test_every_scan_answer_is_listed_for_translation() -> None:
    missing = service_templates() - listed_templates()
    assert not missing, f"add to ui/scan_messages.py (and translate): {sorted(missing)}"
    assert len(service_templates()) > 50


def test_suffixes_are_translated_separately() -> None:
    from ui.scan_messages import SUFFIXES

    assert {
        " Expired on {expiry}!",
        " Expires soon: {expiry}.",
        " Over the pallet limit of {limit} kg!",
        " Owners: {owners}.",
    } == set(SUFFIXES)
