"""Fixtures of the GUI tests; every test in this folder carries the gui marker."""

from __future__ import annotations

from typing import Any

import pytest

from warehouse_app.services.movements import Actor
from warehouse_app.storage.opening import OpenedDatabase


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


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
