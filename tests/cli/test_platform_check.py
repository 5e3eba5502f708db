"""Without the xcb libraries Qt aborts the program; Hafenlager says which packages to install."""

from __future__ import annotations

import pytest

from ui.cli.main import main
from ui.platform_check import missing_gui_libraries


def test_a_missing_xcb_cursor_library_names_the_packages() -> None:
    def found(soname: str) -> bool:
        return soname != "libxcb-cursor.so.0"

    line = missing_gui_libraries({"DISPLAY": ":0"}, "linux", found)
    assert "sudo apt install libxcb-cursor0'" in line
    assert "sudo dnf install xcb-util-cursor'" in line
    assert "\n" not in line


def test_the_loader_is_asked_as_qt_will_ask_it() -> None:
    from ui.platform_check import loadable

    assert loadable("libc.so.6") and not loadable("libnot-a-library.so.9")


def test_nothing_is_said_when_the_gui_can_start() -> None:
    assert missing_gui_libraries({"DISPLAY": ":0"}, "linux", lambda soname: True) == ""
    for env in ({"QT_QPA_PLATFORM": "offscreen"}, {"WAYLAND_DISPLAY": "wayland-0"}):
        assert missing_gui_libraries(env, "linux", lambda soname: False) == ""
    assert missing_gui_libraries({}, "win32", lambda soname: False) == ""
    skip = {"DISPLAY": ":0", "HAFENLAGER_SKIP_LIBRARY_CHECK": "1"}
    assert missing_gui_libraries(skip, "linux", lambda soname: False) == ""


def test_the_gui_start_stops_with_one_line_instead_of_qts_abort(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr("ui.platform_check.loadable", lambda soname: False)
    assert main(["--smoke-test"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "sudo apt install libxcb-cursor0" in err[0]
