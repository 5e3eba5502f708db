"""Without the xcb libraries Qt aborts the program; Hafenlager says which packages to install."""

from __future__ import annotations

import pytest

from ui.cli.main import main
from ui.platform_check import missing_gui_libraries


def test_a_missing_xcb_cursor_library_names_the_packages() -> None:
    def find(library: str) -> str | None:
        return None if library == "xcb-cursor" else f"lib{library}.so"

    line = missing_gui_libraries({"DISPLAY": ":0"}, "linux", find)
    assert "sudo apt install libxcb-cursor0'" in line
    assert "sudo dnf install xcb-util-cursor'" in line
    assert "\n" not in line


def test_nothing_is_said_when_the_gui_can_start() -> None:
    assert missing_gui_libraries({"DISPLAY": ":0"}, "linux", lambda lib: f"lib{lib}.so") == ""
    for env in ({"QT_QPA_PLATFORM": "offscreen"}, {"WAYLAND_DISPLAY": "wayland-0"}):
        assert missing_gui_libraries(env, "linux", lambda lib: None) == ""
    assert missing_gui_libraries({}, "win32", lambda lib: None) == ""
    skip = {"DISPLAY": ":0", "HAFENLAGER_SKIP_LIBRARY_CHECK": "1"}
    assert missing_gui_libraries(skip, "linux", lambda lib: None) == ""


def test_the_gui_start_stops_with_one_line_instead_of_qts_abort(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import ctypes.util

    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(ctypes.util, "find_library", lambda library: None)
    assert main(["--smoke-test"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "sudo apt install libxcb-cursor0" in err[0]
