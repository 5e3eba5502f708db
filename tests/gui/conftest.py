"""Fixtures of the GUI tests; every test in this folder carries the gui marker."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from warehouse_app.services.movements import Actor
from warehouse_app.storage.opening import OpenedDatabase


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_on_the_gui_thread(qapp: Any) -> None:
    """As the app does (ui.gc_guard): no collection on a worker thread frees a Qt object."""
    from ui import gc_guard

    gc_guard.install(qapp)


def smoke_test(db: Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """`hafenlager --db DB --smoke-test`: the real program, started until it is ready."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HAFENLAGER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "ui", "--db", str(db), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.fixture
def convoy_view(qtbot: Any, demo: OpenedDatabase, actor: Actor) -> Any:
    """The convoy screen on the small demo, shown and filled."""
    from ui.context import AppContext  # Qt loads only for the GUI tests
    from ui.convoys.view import ConvoyView

    widget = ConvoyView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitUntil(lambda: widget.list.count() > 0)
    return widget
