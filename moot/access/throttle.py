"""Sign-in rate limiting: failed attempts counted per username and address in the cache.

After ``LIMIT`` failures within ``LOCK_SECONDS`` the pair is locked out for the rest of that
window, even with the right password, so guessing is slow without letting anyone lock a
clerk out from every address. Each attempt is counted (``reserve``) before its password is
checked, atomically, so concurrent guesses cannot all be checked against one stale count. The cache is Django's default one; on several app servers it
must be a shared cache (Redis or the database cache) for the count to be shared.
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache

LIMIT = 5
LOCK_SECONDS = 15 * 60


def _key(username: str, address: str) -> str:
    raw = f"{(username or '').strip().lower()}\x00{address or ''}".encode()
    return "moot:signin:" + hashlib.sha256(raw).hexdigest()


def client_address(request) -> str:
    """The address the request came from. Only REMOTE_ADDR: forwarded headers can be forged
    (a proxy in front should set REMOTE_ADDR itself)."""
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


def failures(username: str, address: str) -> int:
    """Attempts counted in the current window that were not followed by a success."""
    return int(cache.get(_key(username, address), 0))


def is_locked(username: str, address: str) -> bool:
    return failures(username, address) >= LIMIT


def reserve(username: str, address: str) -> int:
    """Count an attempt before its password is checked, atomically, and return its number in
    the window. An attempt numbered above ``LIMIT`` must be refused unchecked: however many
    arrive at once, each gets its own number (``add`` then ``incr``: atomic in the local
    cache and in Redis), so no more than ``LIMIT`` passwords are ever checked per window."""
    key = _key(username, address)
    for _ in range(3):
        cache.add(key, 0, LOCK_SECONDS)
        try:
            return cache.incr(key)
        except ValueError:  # the window ended between add and incr: start the next one
            continue
    return LIMIT + 1  # the cache keeps dropping the key: refuse rather than check unlimited


def record_failure(username: str, address: str) -> None:
    """The reserved attempt failed: it stays counted, and the window restarts from now."""
    cache.touch(_key(username, address), LOCK_SECONDS)


def clear(username: str, address: str) -> None:
    cache.delete(_key(username, address))
