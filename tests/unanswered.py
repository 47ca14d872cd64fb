"""A server that does not answer, and a client that soon stops waiting for it: a real read
time-out (httpx.ReadTimeout) in a hundredth of a second, without a server sleeping."""

from __future__ import annotations

import threading

import httpx


class Unanswered:
    """Requests the test server holds unanswered until ``release()`` (the fixture's teardown),
    so nothing answers late into another test."""

    def __init__(self):
        self._released = threading.Event()

    def hold(self) -> None:
        self._released.wait(timeout=30)

    def release(self) -> None:
        self._released.set()


class Impatient(httpx.HTTPTransport):
    """Waits ``patience`` seconds for the answer to a URL containing one of ``fragments``; every
    other request keeps the client's own time-outs."""

    def __init__(self, *fragments: str, patience: float = 0.01):
        super().__init__()
        self.fragments = fragments
        self.patience = patience

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if any(fragment in str(request.url) for fragment in self.fragments):
            timeout = dict(request.extensions.get("timeout", {}), read=self.patience)
            request.extensions["timeout"] = timeout
        return super().handle_request(request)
