"""`hafenlager convoy confirmations CONVOY --out DIR`, on both engines: one PDF per association
of a delivered convoy, named and listed; a convoy still on the road is refused in one line and
nothing is written."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from ui.cli.main import main
from warehouse_app.storage.models import Association
from warehouse_app.storage.opening import OpenedDatabase


def run(capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, *argv: str) -> tuple[int, str]:
    code = main(["--db", demo.target, *argv])
    out, err = capsys.readouterr()
    return code, out + err


def test_confirmations_of_a_delivered_convoy(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    out = tmp_path / "confirmations"
    code, said = run(capsys, demo, "convoy", "confirmations", "2026-V", "--out", str(out))
    assert code == 0, said
    written = sorted(p.name for p in out.iterdir())
    assert written and all(n.startswith("2026-V-") and n.endswith(".pdf") for n in written)
    assert f"Convoy 2026-V: {len(written)} delivery confirmation(s) in {out}:" in said
    names = dict(Association.select(Association.short_code, Association.name).tuples())
    for name in written:
        assert f"  {name}" in said
        code_of = name.removeprefix("2026-V-").removesuffix(".pdf")
        text = pdfium.PdfDocument(out / name)[0].get_textpage().get_text_range()
        assert names[code_of] in text  # each file is that association's


def test_a_convoy_not_delivered_is_refused(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    out = tmp_path / "confirmations"
    code, said = run(capsys, demo, "convoy", "confirmations", "2026-D", "--out", str(out))
    assert code == 1
    assert said.strip() == (
        "hafenlager: error: Convoy 2026-D is departed: delivery confirmations are made once "
        "all its vehicles are delivered ('hafenlager convoy deliver')."
    )
    assert not out.exists()
