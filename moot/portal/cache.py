"""Whole-page caching of public pages, safe for take-downs.

A page is cached only for anonymous visitors, under a key that includes the current
``ContentVersion``. Every change the domain announces (``moot.meetings.events.changed``, once
per committed transaction) moves the version on, so no process can serve a page rendered
before a change — a withdrawn item disappears from cached pages at once. Reading the version
costs one small query per request.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db.models import F

from moot.meetings import events
from moot.site import site_url

from .models import ContentVersion


def current(request: object = None) -> int:
    """The content version; read once per request when ``request`` is given (an ETag and the
    page cache of one request share it)."""
    known = getattr(request, "_moot_content_version", None)
    if known is not None:
        return int(known)
    row = ContentVersion.objects.filter(pk=1).values_list("value", flat=True).first()
    if request is not None:
        request._moot_content_version = row or 0  # type: ignore[attr-defined]
    return row or 0


def bump() -> None:
    """Move the version on (creating the row the first time)."""
    if not ContentVersion.objects.filter(pk=1).update(value=F("value") + 1):
        ContentVersion.objects.get_or_create(pk=1, defaults={"value": 1})


def _changed(sender: object, change: events.Change, **kwargs: object) -> None:
    bump()


def connect() -> None:
    """Move the version on once after every transaction that changed the domain."""
    events.changed.connect(_changed, dispatch_uid="moot-content-version")


def public_page(view):
    """Cache ``view``'s response for anonymous GETs, keyed by content version, the site's
    address and the path."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        user = getattr(request, "user", None)
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or request.method != "GET" or (user is not None and user.is_authenticated):
            return view(request, *args, **kwargs)
        # Pages carry absolute links on the address they were asked on (moot.site): one
        # host's copy is never served to another.
        key = f"moot:page:{current(request)}:{site_url(request)}{request.get_full_path()}"
        cached = cache.get(key)
        if cached is not None:
            return cached
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            cache.set(key, response, seconds)
        return response

    return wrapper
