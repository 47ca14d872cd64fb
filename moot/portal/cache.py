"""Whole-page caching of public pages, safe for take-downs.

A page is cached only for anonymous visitors, under a key that includes the current
``ContentVersion``. Any committed write to the domain (meetings, documents, access, search
tasks aside) moves the version on, once per transaction, so no process can serve a page
rendered before a change — a withdrawn item disappears from cached pages at once. Reading the
version costs one small query per request.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save

from moot.site import site_url

from .models import ContentVersion

WATCHED_APPS = {"meetings", "documents", "access", "api", "quality"}


def current() -> int:
    row = ContentVersion.objects.filter(pk=1).values_list("value", flat=True).first()
    return row or 0


def bump() -> None:
    """Move the version on (creating the row the first time)."""
    if not ContentVersion.objects.filter(pk=1).update(value=F("value") + 1):
        ContentVersion.objects.get_or_create(pk=1, defaults={"value": 1})


def _after_commit() -> None:
    bump()


def changed(sender, **kwargs) -> None:
    if sender._meta.app_label not in WATCHED_APPS or kwargs.get("raw"):
        return
    connection = transaction.get_connection()
    # One bump per transaction: the callbacks waiting for this commit are the connection's
    # own list (emptied on rollback, so a rolled-back change leaves nothing behind).
    if any(entry[1] is _after_commit for entry in connection.run_on_commit):
        return
    transaction.on_commit(_after_commit)


def connect() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(changed, dispatch_uid=f"moot-content-version-{signal!r}")


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
        key = f"moot:page:{current()}:{site_url(request)}{request.get_full_path()}"
        cached = cache.get(key)
        if cached is not None:
            return cached
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            cache.set(key, response, seconds)
        return response

    return wrapper
