"""A polite client for ``mgWebService.asmx``: an honest User-Agent, a pause between requests,
retries with exponential backoff on time-outs and server errors, and dates as dd/mm/yyyy
(the service ignores ISO dates and returns everything)."""

from __future__ import annotations

import time
from datetime import date

import httpx
from django.conf import settings


class ServiceError(Exception):
    """The service could not be reached or kept failing; the message names the request."""


class ServiceClient:
    def __init__(
        self,
        base_url: str,
        *,
        min_interval: float = 0.5,
        retries: int = 3,
        backoff: float = 1.0,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
        sleep=time.sleep,
    ):
        self.base_url = base_url.rstrip("/")
        if self.base_url.lower().endswith(".asmx"):
            self.service_url = self.base_url
            self.site_url = self.base_url.rsplit("/", 1)[0]
        else:
            self.service_url = f"{self.base_url}/mgWebService.asmx"
            self.site_url = self.base_url
        self.min_interval = min_interval
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self._last = 0.0
        self.requests = 0
        self.client = httpx.Client(
            headers={"User-Agent": settings.USER_AGENT},
            timeout=timeout,
            follow_redirects=True,
            transport=transport,
        )

    def close(self) -> None:
        self.client.close()

    def _wait_turn(self) -> None:
        wait = self.min_interval - (time.monotonic() - self._last)
        if wait > 0:
            self.sleep(wait)
        self._last = time.monotonic()

    def get(self, url: str, params: dict | None = None, *, what: str) -> bytes:
        """GET with retries; returns the body. Raises ServiceError naming ``what``."""
        attempt = 0
        while True:
            self._wait_turn()
            self.requests += 1
            try:
                response = self.client.get(url, params=params)
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                # Not an address at all (a control character, no scheme): asking again
                # cannot help.
                raise ServiceError(f"{what}: not a web address ({exc})") from exc
            except httpx.HTTPError as exc:
                problem = f"no answer ({exc.__class__.__name__})"
            else:
                if response.status_code == 200:
                    return response.content
                problem = f"the server answered {response.status_code}"
                if response.status_code < 500 and response.status_code != 429:
                    raise ServiceError(f"{what}: {problem}")
            attempt += 1
            if attempt > self.retries:
                raise ServiceError(f"{what}: {problem} after {self.retries + 1} tries")
            self.sleep(self.backoff * 2 ** (attempt - 1))

    def operation(self, name: str, **params) -> bytes:
        query = {
            k: (v.strftime("%d/%m/%Y") if isinstance(v, date) else v) for k, v in params.items()
        }
        label = name + "".join(f" {k}={v}" for k, v in query.items())
        return self.get(f"{self.service_url}/{name}", query, what=label)

    def committees(self) -> bytes:
        return self.operation("GetCommittees")

    def meetings(self, committee_id: str, start: date, end: date) -> bytes:
        return self.operation(
            "GetMeetings", lCommitteeId=committee_id, sFromDate=start, sToDate=end
        )

    def meeting(self, meeting_id: str) -> bytes:
        return self.operation("GetMeeting", lMeetingId=meeting_id)

    def document(self, url: str, *, what: str) -> bytes:
        return self.get(url, what=what)
