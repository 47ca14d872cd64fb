"""A local stand-in for a council's ModernGov site, serving the real recorded responses in
tests/fixtures/moderngov (with the council's host name replaced by the local address)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlparse

from tests.samples import MODERNGOV
from tests.unanswered import Unanswered

SAMPLES = MODERNGOV
RECORDED_HOST = "https://democracy.manchester.gov.uk"


def recorded(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


class Site:
    """Routes: (path, frozenset of query items) → (status, body, unanswered). An unanswered
    route holds each request until ``unanswered.release()``."""

    def __init__(self):
        self.routes: dict[tuple[str, frozenset], tuple[int, bytes, bool]] = {}
        self.unanswered = Unanswered()
        self.requests: list[str] = []
        self.user_agents: list[str] = []
        self.base = ""

    def add(
        self, path: str, body: bytes, status: int = 200, unanswered: bool = False, **query
    ) -> None:
        body = body.replace(RECORDED_HOST.encode(), self.base.encode())
        self.routes[(path, frozenset((k, str(v)) for k, v in query.items()))] = (
            status,
            body,
            unanswered,
        )

    def service(self, operation: str, body: bytes, **kw) -> None:
        self.add(
            f"/mgWebService.asmx/{operation}",
            body,
            **{k: v for k, v in kw.items() if k in ("status", "unanswered")},
            **{k: v for k, v in kw.items() if k not in ("status", "unanswered")},
        )


def serve(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            url = urlparse(self.path)
            site.requests.append(self.path)
            site.user_agents.append(self.headers.get("User-Agent", ""))
            route = site.routes.get((url.path, frozenset(parse_qsl(url.query))))
            if route is None:
                route = (404, b"not found", False)
            status, body, unanswered = route
            if unanswered:
                site.unanswered.hold()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "text/xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server
