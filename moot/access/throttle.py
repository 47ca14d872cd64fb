"""Sign-in rate limiting: failed attempts counted per username and address in the cache.

After ``LIMIT`` failures within ``LOCK_SECONDS`` the pair is locked out for the rest of that
window, even with the right password, so guessing is slow without letting anyone lock a
clerk out from every address. Each attempt is counted (``reserve``) before its password is
checked, atomically, so concurrent guesses cannot all be checked against one stale count.
The cache is Django's default one; on several app servers it must be a shared cache (the
database cache or Redis) for the count to be shared.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from django.core.cache import cache

if TYPE_CHECKING:
    from django.http import HttpRequest

LIMIT = 5
LOCK_SECONDS = 15 * 60


def _key(username: str, address: str) -> str:
    raw = f"{(username or '').strip().lower()}\x00{address or ''}".encode()
    return "moot:signin:" + hashlib.sha256(raw).hexdigest()


def client_address(request: HttpRequest | None) -> str:
    """The address the request came from. Only REMOTE_ADDR: forwarded headers can be forged
    (a proxy in front should set REMOTE_ADDR itself)."""
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


def _places(username: str, address: str) -> list[str]:
    key = _key(username, address)
    return [f"{key}:{n}" for n in range(1, LIMIT + 1)]


def failures(username: str, address: str) -> int:
    """Attempts counted in the current window that were not followed by a success."""
    return len(cache.get_many(_places(username, address)))


def reserve(username: str, address: str) -> int:
    """Count an attempt before its password is checked and return its number in the window;
    an attempt numbered above ``LIMIT`` must be refused unchecked.

    The window has ``LIMIT`` numbered places and an attempt claims the first free one with
    ``cache.add``, which only one caller can win in every cache Django ships (a lock in the
    local cache, a primary key in the database cache, ``SET NX`` in Redis). However many
    attempts arrive at once, on one server or several, no more than ``LIMIT`` passwords are
    checked in a window. (An increment would not do: the database cache's reads, then writes.)
    """
    places = _places(username, address)
    taken = cache.get_many(places)  # the database cache drops expired places as it reads
    for number, place in enumerate(places, start=1):
        if place not in taken and cache.add(place, 1, LOCK_SECONDS):
            return number
    return LIMIT + 1


def record_failure(username: str, address: str) -> None:
    """The reserved attempt failed: it stays counted, and the window restarts from now."""
    for place in _places(username, address):
        cache.touch(place, LOCK_SECONDS)


def clear(username: str, address: str) -> None:
    cache.delete_many(_places(username, address))
