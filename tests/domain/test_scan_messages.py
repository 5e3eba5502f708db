"""Every answer of the scan loop is written once, in scanning/messages.py, marked for lupdate."""

from __future__ import annotations

import ast
from pathlib import Path

from warehouse_app.services.scanning import messages

SCANNING = Path(__file__).resolve().parents[2] / "warehouse_app" / "services" / "scanning"


def answer_like_literals(path: Path) -> set[str]:
    """String constants that read like an answer: a space and a placeholder or a sentence end.
    Docstrings and f-strings (movement notes) are not answers."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skip.update(id(part) for part in node.values)
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            text = node.value
            if " " in text.strip() and ("{" in text or text.rstrip().endswith((".", "!", "?"))):
                found.add(text)
    return found


def test_no_answer_is_written_outside_the_messages_module() -> None:
    # controls.py holds the control sheet's titles: a document with its own three languages.
    outside = {
        path.name: answer_like_literals(path)
        for path in SCANNING.glob("*.py")
        if path.name not in ("messages.py", "controls.py")
    }
    assert {name: texts for name, texts in outside.items() if texts} == {}
    assert len(answer_like_literals(SCANNING / "messages.py")) > 50


def test_every_message_is_marked_for_translation() -> None:
    tree = ast.parse((SCANNING / "messages.py").read_text(encoding="utf-8"))
    unmarked = [
        node.targets[0].id  # type: ignore[attr-defined]
        for node in tree.body
        if isinstance(node, ast.Assign)
        and not (
            isinstance(node.value, ast.Call)
            and getattr(node.value.func, "id", "") == "QT_TRANSLATE_NOOP"
            and isinstance(node.value.args[0], ast.Constant)
            and node.value.args[0].value == "scan"
        )
    ]
    # Only the pass-through for the convoy services' own (English) refusals stays unmarked.
    assert unmarked == ["SERVICE_REFUSAL"]


def test_endings_are_messages_of_their_own() -> None:
    endings = (messages.EXPIRED, messages.EXPIRES_SOON, messages.OVER_PALLET_LIMIT, messages.OWNERS)
    assert all(ending.startswith(" ") for ending in endings)
