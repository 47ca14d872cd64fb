"""Whole-page caching of public pages, safe for take-downs.

A page is cached only for anonymous visitors, under a key that includes the current
``ContentVersion``. Every change the domain announces (``moot.meetings.events.changed``, once
per committed transaction) moves the version on, so no process can serve a page rendered
before a change — a withdrawn item disappears from cached pages at once. Reading the version
costs one small query per request.

A page is kept as its bytes, status and headers, not as a pickled response object: what is
kept does not depend on how Django pickles a response, and a hit costs a small unpickling
and one new ``HttpResponse`` (about 10 µs for a 30 kB feed, as unpickling a whole response
did). Keys are hashed: a long address or
query never makes a key longer than a cache accepts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache, wraps

from django.conf import settings
from django.core.cache import cache
from django.db import connections, router
from django.db.models import F
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.cache import set_response_etag
from django.utils.safestring import mark_safe

from moot.meetings import events
from moot.site import site_url

from .models import ContentVersion


def current(request: object = None) -> int:
    """The content version; read once per request when ``request`` is given (an ETag and the
    page cache of one request share it)."""
    known = getattr(request, "_moot_content_version", None)
    if known is not None:
        return int(known)
    alias = router.db_for_read(ContentVersion)
    sql, params = _version_sql(alias)
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    value = int(row[0]) if row else 0
    if request is not None:
        request._moot_content_version = value  # type: ignore[attr-defined]
    return value


@lru_cache(maxsize=4)
def _version_sql(alias: str) -> tuple[str, tuple]:
    """The one query every cached page makes, compiled once: building it through a queryset
    and its compiler took 0.2 ms a request, half of a cached page's time; running it takes
    11 µs."""
    query = ContentVersion.objects.using(alias).filter(pk=1).values_list("value").query
    sql, params = query.get_compiler(alias).as_sql()
    return sql, tuple(params)


def bump() -> None:
    """Move the version on (creating the row the first time)."""
    if not ContentVersion.objects.filter(pk=1).update(value=F("value") + 1):
        ContentVersion.objects.get_or_create(pk=1, defaults={"value": 1})


def _changed(sender: object, change: events.Change, **kwargs: object) -> None:
    bump()


def connect() -> None:
    """Move the version on once after every transaction that changed the domain."""
    events.changed.connect(_changed, dispatch_uid="moot-content-version")


# A cached page: status, headers and body.
Frozen = tuple[int, list[tuple[str, str]], bytes]


def _frozen(response: HttpResponse) -> Frozen:
    """The response as kept, with the ETag the conditional-GET middleware would give it, so
    that a hit is not hashed again on its way out."""
    if not response.has_header("ETag"):
        set_response_etag(response)
    return response.status_code, list(response.items()), response.content


def _thawed(entry: Frozen) -> HttpResponse:
    status, headers, content = entry
    return HttpResponse(content, status=status, headers=dict(headers))


def anonymous(request: HttpRequest) -> bool:
    """Whether ``request`` is a GET by someone not signed in, with the page cache on."""
    user = getattr(request, "user", None)
    return bool(
        settings.PAGE_CACHE_SECONDS
        and request.method == "GET"
        and not (user is not None and user.is_authenticated)
    )


def serve(
    request: HttpRequest,
    key: str,
    make: Callable[[], HttpResponseBase],
    *,
    storable: Callable[[], bool] | None = None,
) -> HttpResponseBase:
    """The page ``key`` names from the cache, or ``make()``'s response, kept for the next
    reader when it is a plain 200 with no cookies. The caller has checked that the reader may
    be given a shared copy (``anonymous``). ``storable``, asked before ``make()``, may say that
    the page about to be made must not be kept (its sources are behind the content version).
    A page that carries a form token (CSRF) is never kept: the token is the first reader's,
    and every later reader's post would be refused.

    Pages carry absolute links on the address they were asked on (moot.site): one host's copy
    is never served to another.
    """
    digest = hashlib.sha256(f"{site_url(request)}|{key}".encode()).hexdigest()
    full_key = f"moot:page:{current(request)}:{digest}"
    entry = cache.get(full_key)
    if entry is not None:
        return _thawed(entry)
    keep = storable() if storable is not None else True
    response = make()
    if (
        keep
        and isinstance(response, HttpResponse)
        and response.status_code == 200
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    ):
        cache.set(full_key, _frozen(response), settings.PAGE_CACHE_SECONDS)
    return response


def part(request: HttpRequest, key: str, make: Callable[[], str]) -> str:
    """A part of a page that is the same for every reader of one audience (``key`` names the
    part and the audience: see ``policy.audience``), from the cache or ``make()``, kept for the
    next reader of that audience. Keyed like whole pages by the content version and the site's
    address, so no change and no take-down is ever behind it. ``make()`` must render without
    the request: nothing of one reader (their name, a form token) may go into a shared part."""
    if not settings.PAGE_CACHE_SECONDS:
        return make()
    digest = hashlib.sha256(f"{site_url(request)}|{key}".encode()).hexdigest()
    full_key = f"moot:part:{current(request)}:{digest}"
    html = cache.get(full_key)
    if html is None:
        html = str(make())
        cache.set(full_key, html, settings.PAGE_CACHE_SECONDS)
    return mark_safe(html)  # rendered by our own templates, escaped there


def public_page(view):
    """Cache ``view``'s response for anonymous GETs, keyed by content version, the site's
    address and the path."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not anonymous(request):
            return view(request, *args, **kwargs)
        return serve(request, request.get_full_path(), lambda: view(request, *args, **kwargs))

    return wrapper
