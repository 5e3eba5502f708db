"""The desktop bundle: built by one script, it starts without Python installed beside it, keeps
its data beside itself when portable, and makes labels a barcode reader decodes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("bundle") / "dist"
    built = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "build_bundle.py"),
            "--dist",
            str(dist),
            "--portable",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    program = dist / "Hafenlager" / ("Hafenlager.exe" if sys.platform == "win32" else "Hafenlager")
    assert program.is_file()
    return program


def run(program: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        # Neither the test's data folder nor its database: the bundle finds its own.
        if key not in ("HAFENLAGER_DATA_DIR", "HAFENLAGER_DB", "PYTHONPATH", "VIRTUAL_ENV")
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=program.parent,
        timeout=120,
    )


def test_the_bundle_starts_portable_and_prints_decodable_labels(bundle: Path) -> None:
    data = bundle.parent / "data"
    started = run(bundle, "--smoke-test", "--demo")
    assert started.returncode == 0, started.stderr
    assert "smoke test: main window ready" in started.stdout
    # Portable: the database and its folders are beside the program, not in the user's folder.
    assert (data / "hafenlager.sqlite").is_file() and (data / "logs").is_dir()

    checked = run(bundle, "check")
    assert checked.returncode == 0 and checked.stdout.startswith("OK:"), checked.stderr

    pdf = bundle.parent / "labels.pdf"
    listed = run(bundle, "list", "boxes", "--limit", "1")
    code = next(word for word in listed.stdout.split() if word.isdigit() and len(word) == 8)
    made = run(bundle, "labels", "--boxes", code, "--out", str(pdf))
    assert made.returncode == 0, made.stderr
    page = pdfium.PdfDocument(str(pdf))[0].render(scale=300 / 72).to_pil()
    assert code in {result.text for result in zxingcpp.read_barcodes(page)}
