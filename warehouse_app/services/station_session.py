"""Who is signed in at this station: the person every sign-in names, for the services that are
not handed an actor (master data, settings, convoy planning) to check and log.

One person works at a station at a time, in one process: the GUI's sign-in and switch of
person, and the command line's --user, each set it through services.signin; the screens'
worker threads act for the same person. A process where nobody signed in is refused."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

from warehouse_app.services.movements import Actor

_lock = threading.Lock()
_current: list[Actor] = []
# How this process signs a person in when a service first needs one (the command line asks
# for the PIN only then: a look-up signs nobody in).
_sign_in: list[Callable[[], Actor]] = []


def begin(actor: Actor) -> None:
    with _lock:
        _current[:] = [actor]


def end() -> None:
    with _lock:
        _current.clear()


def current() -> Actor | None:
    with _lock:
        return _current[0] if _current else None


def sign_in_when_needed(sign_in: Callable[[], Actor] | None) -> None:
    with _lock:
        _sign_in[:] = [sign_in] if sign_in is not None else []


def current_or_sign_in() -> Actor | None:
    """The signed-in person; if nobody is, the one this process signs in now (if it can)."""
    found = current()
    if found is not None:
        return found
    with _lock:
        sign_in = _sign_in[0] if _sign_in else None
    if sign_in is None:
        return None
    actor = sign_in()
    begin(actor)
    return actor


@contextlib.contextmanager
def acting_as(actor: Actor) -> Iterator[None]:
    """actor for the duration (the demo loader acts as nobody in particular), then whoever
    was signed in before."""
    before = current()
    begin(actor)
    try:
        yield
    finally:
        if before is None:
            end()
        else:
            begin(before)
