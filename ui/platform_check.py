"""Before Qt starts on Linux: the libraries its xcb platform plugin loads, which desktops do not
always install. Without them Qt aborts the program (exit 134) with a page of plugin messages;
this says in one line which packages to install instead."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

SKIP = "HAFENLAGER_SKIP_LIBRARY_CHECK"
# soname (what the plugin loads) -> (Debian/Ubuntu package, Fedora package)
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
}


def loadable(soname: str) -> bool:
    """The dynamic loader finds soname, as Qt's plugin will (a millisecond; ctypes's
    find_library ran ldconfig for each and cost the start 40 ms)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_gui_libraries(
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    found: Callable[[str], bool] | None = None,
) -> str:
    """One line naming the packages to install, or "" when the GUI can start."""
    if not platform.startswith("linux") or env.get(SKIP):
        return ""
    plugin = env.get("QT_QPA_PLATFORM", "")
    if plugin and not plugin.startswith("xcb"):
        return ""  # offscreen, wayland, vnc: not the xcb plugin
    if not plugin and env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY"):
        return ""
    found = found or loadable
    missing = [packages for soname, packages in XCB_LIBRARIES.items() if not found(soname)]
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
