"""Sign-in rate limiting: failed attempts counted per username and address in the cache.

After ``LIMIT`` failures within ``LOCK_SECONDS`` the pair is locked out for the rest of that
window, even with the right password, so guessing is slow without letting anyone lock a
clerk out from every address. The cache is Django's default one; on several app servers it
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
    return int(cache.get(_key(username, address), 0))


def is_locked(username: str, address: str) -> bool:
    return failures(username, address) >= LIMIT


def record_failure(username: str, address: str) -> int:
    """Count one failed attempt; the window restarts with each failure. The new count."""
    key = _key(username, address)
    count = failures(username, address) + 1
    cache.set(key, count, LOCK_SECONDS)
    return count


def clear(username: str, address: str) -> None:
    cache.delete(_key(username, address))
