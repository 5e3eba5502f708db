"""The demo tells the truth: its ready convoy passes its own check, and its departed and
delivered convoys carry archived papers, as real ones do."""

from __future__ import annotations

from pathlib import Path

from ui.cli.main import main
from warehouse_app.services import convoys
from warehouse_app.services.convoys import archive
from warehouse_app.services.convoys.readiness import readiness
from warehouse_app.storage.opening import OpenedDatabase


def test_the_demos_ready_convoy_passes_its_own_check(demo: OpenedDatabase) -> None:
    ready = convoys.get_convoy("2026-R")
    assert [p.message for p in readiness(ready, for_departure=True) if p.blocking] == []


def test_the_demos_departed_convoys_reprint_their_archived_papers(
    demo: OpenedDatabase, tmp_path: Path, capsys: object
) -> None:
    for number in ("2026-D", "2026-V"):
        convoy = convoys.get_convoy(number)
        files = archive.archived(convoy)
        names = {f.file_name for f in files}
        assert f"cmr-{number}-1.pdf" in names and f"goods-list-{number}-1.csv" in names
        assert not any("DRAFT" in name for name in names)
        out = tmp_path / number
        assert main(["--db", demo.target, "papers", number, "--out", str(out)]) == 0
        # The reprint is the archived bytes, not a new rendering.
        for f in files:
            assert (out / f.file_name).read_bytes() == f.data
