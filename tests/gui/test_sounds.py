"""The three scan sounds differ in pitch and length, and the player finds what the PC has."""

from __future__ import annotations

import io
import itertools
import wave

from PySide6.QtWidgets import QApplication

from ui.scan.sounds import TONES, SoundPlayer, wav
from warehouse_app.services.scanning import Outcome


def crossings_per_second(data: bytes) -> float:
    with wave.open(io.BytesIO(data)) as sound:
        frames = sound.readframes(sound.getnframes())
        rate = sound.getframerate()
    samples = [
        int.from_bytes(frames[i : i + 2], "little", signed=True) for i in range(0, len(frames), 2)
    ]
    crossings = sum(1 for a, b in itertools.pairwise(samples) if a < 0 <= b)
    return crossings / (len(samples) / rate)


def duration_ms(data: bytes) -> float:
    with wave.open(io.BytesIO(data)) as sound:
        return sound.getnframes() / sound.getframerate() * 1000


def test_done_is_high_and_short_refused_is_low_and_long() -> None:
    ok, warning, error = (wav(TONES[o]) for o in (Outcome.OK, Outcome.WARNING, Outcome.ERROR))
    assert crossings_per_second(ok) > crossings_per_second(warning) > crossings_per_second(error)
    assert duration_ms(ok) < duration_ms(warning) < duration_ms(error)
    assert 200 < crossings_per_second(error) < 240  # 220 Hz


def test_the_player_finds_what_each_system_has(qapp: QApplication) -> None:
    found = {"paplay": "/usr/bin/paplay", "aplay": "/usr/bin/aplay"}
    assert SoundPlayer._backend(found.get, "linux") == "paplay"
    assert SoundPlayer._backend(lambda name: None, "linux") is None
    assert SoundPlayer._backend(lambda name: None, "win32") == "winsound"
    assert SoundPlayer._backend({"afplay": "/usr/bin/afplay"}.get, "darwin") == "afplay"


def test_no_sound_without_a_screen(qapp: QApplication) -> None:
    player = SoundPlayer()
    assert not player.enabled  # the tests run offscreen: nobody to hear it
    player.play(Outcome.ERROR)  # and it must not fail
