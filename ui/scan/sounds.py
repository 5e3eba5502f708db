"""Three sounds a volunteer tells apart without looking: done, look again, refused.

Qt's sound module ships only in PySide6-Addons, so the tones are synthesised here as WAV files
and played by what the system has: winsound on Windows, afplay on macOS, PipeWire, PulseAudio
or ALSA players on Linux; a plain beep if none is found. Playing never blocks the scan loop.
"""

from __future__ import annotations

import io
import math
import shutil
import struct
import subprocess
import sys
import tempfile
import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from warehouse_app.services.scanning import Outcome

RATE = 22_050
# (frequency Hz, duration ms) steps: rising chirp = done; two falling notes = look again;
# one long low buzz = refused.
TONES: dict[Outcome, tuple[tuple[int, int], ...]] = {
    Outcome.OK: ((1320, 70), (1760, 90)),
    Outcome.WARNING: ((880, 150), (0, 40), (660, 150)),
    Outcome.ERROR: ((220, 450),),
}
LINUX_PLAYERS = ("pw-play", "paplay", "aplay")


def wav(steps: tuple[tuple[int, int], ...], volume: float = 0.6) -> bytes:
    frames = bytearray()
    for frequency, ms in steps:
        count = RATE * ms // 1000
        for n in range(count):
            fade = min(1.0, n / 200, (count - n) / 200)  # no clicks at the edges
            sample = math.sin(2 * math.pi * frequency * n / RATE) if frequency else 0.0
            frames += struct.pack("<h", int(32767 * volume * fade * sample))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return buffer.getvalue()


class SoundPlayer:
    def __init__(
        self, enabled: bool = True, which: Callable[[str], str | None] = shutil.which
    ) -> None:
        self.enabled = enabled and QGuiApplication.platformName() != "offscreen"
        self.backend = self._backend(which) if self.enabled else None
        self._files: dict[Outcome, Path] = {}

    @staticmethod
    def _backend(which: Callable[[str], str | None], platform: str = sys.platform) -> str | None:
        if platform == "win32":
            return "winsound"
        if platform == "darwin":
            return "afplay" if which("afplay") else None
        return next((player for player in LINUX_PLAYERS if which(player)), None)

    def file(self, outcome: Outcome) -> Path:
        if outcome not in self._files:
            folder = Path(tempfile.gettempdir()) / "hafenlager-sounds"
            folder.mkdir(exist_ok=True)
            path = folder / f"{outcome.value}.wav"
            path.write_bytes(wav(TONES[outcome]))
            self._files[outcome] = path
        return self._files[outcome]

    def play(self, outcome: Outcome) -> None:
        if not self.enabled:
            return
        if self.backend is None:
            QApplication.beep()
            return
        path = str(self.file(outcome))
        if self.backend == "winsound":
            import winsound

            winsound.PlaySound(  # type: ignore[attr-defined]  # Windows only
                path,
                winsound.SND_FILENAME | winsound.SND_ASYNC,  # type: ignore[attr-defined]
            )
        else:
            # subprocess starts the player with vfork: about 0.3 ms, where QProcess's fork of
            # the whole app (Qt and the database inside) took several on every scan. Its own
            # session: closing the app does not cut a sound off; the next start reaps the last.
            subprocess.Popen(
                [self.backend, path],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
