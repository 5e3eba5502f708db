"""The domain and the documents never load Qt: scripts and the CLI run without a display."""

from __future__ import annotations

import subprocess
import sys

import pytest

MODULES = [
    "warehouse_app",
    "warehouse_app.storage.opening",
    "warehouse_app.demo",
    "warehouse_app.storage.checks",
    "warehouse_app.exports",
    "warehouse_app.services.stock",
    "warehouse_app.services.corrections",
    "warehouse_app.services.masterdata",
    "reports",
    "ui.cli.main",
    "ui.cli.database",
    "ui.cli.stock",
    "ui.cli.scan",
    "ui.cli.convoy",
    "ui.cli.documents",
]


@pytest.mark.parametrize("module", MODULES)
def test_module_does_not_load_qt_or_reportlab_where_it_must_not(module: str) -> None:
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = done.stdout.strip()
    assert "PySide6" not in loaded, f"{module} loads Qt: {loaded}"
    if module.startswith("warehouse_app"):
        assert "reportlab" not in loaded, f"{module} loads reportlab: {loaded}"


def test_importing_does_no_work() -> None:
    # No database opened, no folder created, no file written at import time.
    code = (
        "import os, tempfile; d = tempfile.mkdtemp(); os.environ['HAFENLAGER_DATA_DIR'] = d + '/x';"
        "import warehouse_app.storage.opening, warehouse_app.demo, ui.cli.main;"
        "print(os.path.exists(d + '/x'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"


def test_starting_the_gui_does_not_load_the_document_engine() -> None:
    # reportlab costs a third of the start-up; it is loaded on the first print.
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "import ui.cli.main, ui.app, ui.main_window;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
