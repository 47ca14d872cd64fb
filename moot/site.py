"""The address the site is served on, for absolute links (feeds, API ids, sitemap, papers, email).

One rule, asked through ``site_url()``:

1. ``MOOT_SITE_URL`` (``settings.SITE_URL``) when it is set: it wins everywhere;
2. else, during a request, the request's own scheme and host as Django sees them
   (``request.get_host()``, so only names in ``ALLOWED_HOSTS``) — ``RequestSiteMiddleware``
   keeps it in a context variable for the length of the request;
3. else (commands, alerts sent by ``moot send-alerts``, exports) the process's fallback:
   what ``use_site_url()`` set (``moot demo`` sets its ``--addr``), or ``DEFAULT``.

Builders call ``site_url()`` or ``absolute(path)``; nothing passes requests around for links.
Identifiers that must never change with the reader's address (iCalendar UIDs, Atom ids) use
``stable_host()``, which ignores the request.
"""

from __future__ import annotations

from contextvars import ContextVar
from urllib.parse import urlsplit

from django.conf import settings

DEFAULT = "http://127.0.0.1:8000"

_request_url: ContextVar[str | None] = ContextVar("moot_request_site_url", default=None)
_fallback: str | None = None


def use_site_url(url: str | None) -> None:
    """Set the address used outside requests, for this process, when ``MOOT_SITE_URL`` is
    unset (``None`` goes back to ``DEFAULT``)."""
    global _fallback
    _fallback = url.rstrip("/") if url else None


def request_url(request) -> str:
    """The scheme and host ``request`` was made to, e.g. ``http://localhost:8104``."""
    return f"{request.scheme}://{request.get_host()}"


def configured_url() -> str:
    """The address outside any request: ``MOOT_SITE_URL``, else the process fallback."""
    return (settings.SITE_URL or _fallback or DEFAULT).rstrip("/")


def site_url(request=None) -> str:
    """The site's address with no trailing slash: ``MOOT_SITE_URL`` when set, else that of
    ``request`` (or of the request being served), else ``configured_url()``."""
    if settings.SITE_URL:
        return settings.SITE_URL.rstrip("/")
    if request is not None:
        return request_url(request)
    return _request_url.get() or configured_url()


def absolute(path: str, request=None) -> str:
    """``path`` (starting with ``/``) on the site."""
    return site_url(request) + path


def stable_host() -> str:
    """The host for identifiers that must not change when a reader uses another address
    (calendar UIDs, Atom ids): that of ``MOOT_SITE_URL``, else of ``DEFAULT`` — never the
    request's, nor the address a demo happens to be served on."""
    return urlsplit(settings.SITE_URL or DEFAULT).hostname or "localhost"


class RequestSiteMiddleware:
    """Makes the request's address the one ``site_url()`` answers while it is served."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SITE_URL:
            return self.get_response(request)
        token = _request_url.set(request_url(request))
        try:
            return self.get_response(request)
        finally:
            _request_url.reset(token)
