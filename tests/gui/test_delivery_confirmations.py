"""'Delivery confirmations…' on the convoy screen: enabled for a delivered convoy only, saves one
PDF per association into the chosen folder and says so; a refusal is said in red."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.test_convoy import select
from ui.convoys.view import ConvoyView


def test_saves_the_confirmations_of_a_delivered_convoy(
    qtbot: QtBot, convoy_view: ConvoyView, tmp_path: Path
) -> None:
    view = convoy_view
    button = view.findChild(type(view.confirmations.button), "confirmations")
    assert button is view.confirmations.button and button.isVisible()
    select(view, "2026-D")
    assert not button.isEnabled()  # still on the road
    select(view, "2026-V")
    assert button.isEnabled()
    folder = tmp_path / "to the board"
    with qtbot.waitSignal(view.confirmations.finished, timeout=20000) as said:
        assert view.confirmations.save_to(folder) is not None
    written = sorted(p.name for p in folder.iterdir())
    assert written and all(n.startswith("2026-V-") for n in written)
    assert said.args[0] == (
        f"{len(written)} delivery confirmation(s) of convoy 2026-V saved in {folder}: "
        + ", ".join(written)
    )
    assert view.message.text() == said.args[0] and "#1e7d32" in view.message.styleSheet()
    assert button.isEnabled()


def test_a_refusal_is_shown(qtbot: QtBot, convoy_view: ConvoyView, tmp_path: Path) -> None:
    view = convoy_view
    select(view, "2026-D")
    folder = tmp_path / "out"
    # Named directly, as a convoy another station has not delivered yet would be.
    with qtbot.waitSignal(view.confirmations.finished, timeout=20000) as said:
        view.confirmations.save_to(folder, "2026-D")
    assert "Convoy 2026-D is departed" in said.args[0]
    assert view.message.text() == said.args[0] and "#b00020" in view.message.styleSheet()
    assert not folder.exists()
    assert not view.confirmations.button.isEnabled()
