"""Before Qt starts on Linux: the libraries its xcb platform plugin loads, which desktops do not
always install. Without them Qt aborts the program (exit 134) with a page of plugin messages;
this says in one line which packages to install instead."""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

SKIP = "HAFENLAGER_SKIP_LIBRARY_CHECK"
# library (as ctypes finds it) -> (Debian/Ubuntu package, Fedora package)
XCB_LIBRARIES = {
    "xcb-cursor": ("libxcb-cursor0", "xcb-util-cursor"),
    "xkbcommon-x11": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "xcb-icccm": ("libxcb-icccm4", "xcb-util-wm"),
    "xcb-image": ("libxcb-image0", "xcb-util-image"),
    "xcb-keysyms": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "xcb-render-util": ("libxcb-render-util0", "xcb-util-renderutil"),
    "xcb-shape": ("libxcb-shape0", "libxcb"),
    "xcb-xkb": ("libxcb-xkb1", "libxcb"),
}


def missing_gui_libraries(
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    find: Callable[[str], str | None] | None = None,
) -> str:
    """One line naming the packages to install, or "" when the GUI can start."""
    find = find or ctypes.util.find_library
    if not platform.startswith("linux") or env.get(SKIP):
        return ""
    plugin = env.get("QT_QPA_PLATFORM", "")
    if plugin and not plugin.startswith("xcb"):
        return ""  # offscreen, wayland, vnc: not the xcb plugin
    if not plugin and env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY"):
        return ""
    missing = [packages for library, packages in XCB_LIBRARIES.items() if find(library) is None]
    if not missing:
        return ""
    debian = " ".join(dict.fromkeys(p[0] for p in missing))
    fedora = " ".join(dict.fromkeys(p[1] for p in missing))
    return (
        f"the window needs system libraries this PC lacks: install them with "
        f"'sudo apt install {debian}' (Debian, Ubuntu) or 'sudo dnf install {fedora}' (Fedora), "
        f"then start Hafenlager again (if they are installed where this check does not look, "
        f"set {SKIP}=1)"
    )
