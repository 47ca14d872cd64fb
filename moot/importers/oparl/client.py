"""Fetching OParl objects and list pages politely.

The politeness is the ModernGov service client's (``ServiceClient.get``): Moot's User-Agent,
a pause between requests, retries with exponential backoff on time-outs, 429 and server
errors. This wrapper adds what OParl needs: clean URLs, JSON with errors naming the URL, and
list pages followed through ``links.next``.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from moot.importers.moderngov_service.client import ServiceClient, ServiceError

from .parser import OParlDataError, clean_url, load

__all__ = ["OParlClient", "OParlDataError", "ServiceError"]


def with_params(url: str, **params) -> str:
    """``url`` with the query parameters added or replaced."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query.update({k: v for k, v in params.items() if v is not None})
    return urlunsplit(parts._replace(query=urlencode(query)))


class OParlClient:
    def __init__(
        self,
        *,
        min_interval: float = 0.2,
        retries: int = 3,
        backoff: float = 1.0,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
        sleep=None,
    ):
        extra = {"sleep": sleep} if sleep else {}
        self.http = ServiceClient(
            "http://oparl.invalid",
            min_interval=min_interval,
            retries=retries,
            backoff=backoff,
            timeout=timeout,
            transport=transport,
            **extra,
        )

    @property
    def requests(self) -> int:
        return self.http.requests

    def close(self) -> None:
        self.http.close()

    def raw(self, url: str, *, what: str | None = None) -> bytes:
        url = clean_url(url)
        return self.http.get(url, what=what or f"GET {url}")

    def object(self, url: str) -> tuple[dict, bytes]:
        """One object and the body it came in."""
        url = clean_url(url)
        data = self.raw(url)
        return load(data, url), data

    def pages(self, url: str) -> Iterator[tuple[str, dict, bytes]]:
        """Every page of an external list from ``url`` on: (page URL, page, raw body).
        Stops at a page without ``links.next`` or one already seen (a server looping)."""
        seen = set()
        url = clean_url(url)
        while url and url not in seen:
            seen.add(url)
            data = self.raw(url)
            page = load(data, url)
            if not isinstance(page.get("data"), list):
                raise OParlDataError(f"{url}: a list page without a data list")
            yield url, page, data
            following = (page.get("links") or {}).get("next")
            url = clean_url(following) if isinstance(following, str) else ""
