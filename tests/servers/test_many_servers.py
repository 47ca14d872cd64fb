"""Two app servers (gunicorn, production settings) on one PostgreSQL database, one Redis and
one S3-compatible store: what a clerk does on one (a take-down, a publication, a restriction of a
published item) is what every reader sees on both, at once — pages, search, feeds and papers —
and a take-down leaves no cached copy on either.

Runs where the suite runs on PostgreSQL (``.ci/run`` does); on SQLite each test database is
the test process's own, so it is skipped there."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
import pytest
from django.db import connection

from moot.meetings.services import publishing, reports, scheduling
from tests.clerk.personas import PASSWORD, make_clerk
from tests.factories import local, make_body, make_committee, make_item
from tests.portal.pdf import one_page_pdf
from tests.servers.redis import free_port, redis_server
from tests.servers.s3 import KEY, REGION, SECRET, make_bucket, s3_server, storage

pytestmark = pytest.mark.django_db(transaction=True)

BIN = Path(sys.executable).parent
BUCKET = "moot-shared"
SECRET_TITLE = "Disposal of the Eastgate depot"
# A take-down rebuilds the meeting's printed papers before it answers (the servers run their
# tasks in the request): on a machine busy with the rest of the suite that can take longer
# than httpx's default five seconds.
TIMEOUT = 60


def _database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@contextmanager
def _app_server(env: dict[str, str], var: Path) -> Iterator[str]:
    env = {**env, "MOOT_VAR_DIR": str(var)}
    subprocess.run(
        [str(BIN / "moot"), "collectstatic", "--no-input", "-v", "0"], env=env, check=True
    )
    port = free_port()
    env["MOOT_BIND"] = f"127.0.0.1:{port}"
    process = subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", "python:moot.gunicorn_conf", "moot.wsgi"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/robots.txt", timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    error = process.stderr.read().decode() if process.stderr else ""
                    raise RuntimeError(f"an app server did not start:\n{error}") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def _words(page: str) -> str:
    """The text of a page without its tags (search results mark the words found)."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page))


def _papers_text(reader: Browser, meeting_id: int) -> str:
    """The text of every PDF the meeting page links to (the agenda pack among them)."""
    from io import BytesIO

    from pypdf import PdfReader

    page = reader.get(f"/meetings/{meeting_id}/").text
    links = set(re.findall(r'href="(/documents/[^"]+)"', page))
    assert links
    text = []
    for link in sorted(links):
        response = reader.get(link)
        assert response.status_code == 200, link
        if response.content.startswith(b"%PDF"):
            pdf = PdfReader(BytesIO(response.content))
            text.extend(p.extract_text() for p in pdf.pages)
    return " ".join(" ".join(text).split())


class Browser:
    """A reader or clerk at one server, behind the TLS proxy (``X-Forwarded-Proto``), keeping
    the cookies a secure site sets."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.cookies: dict[str, str] = {}

    def _headers(self) -> dict[str, str]:
        headers = {"X-Forwarded-Proto": "https", "Origin": "https://" + self.base[7:]}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return headers

    def _keep(self, response: httpx.Response) -> httpx.Response:
        for name, value in response.cookies.items():
            self.cookies[name] = value
        return response

    def get(self, path: str) -> httpx.Response:
        return self._keep(httpx.get(self.base + path, headers=self._headers(), timeout=TIMEOUT))

    def post(self, path: str, data: dict[str, str], form_page: str) -> httpx.Response:
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.get(form_page).text)
        assert token, f"no form on {form_page}"
        return self._keep(
            httpx.post(
                self.base + path,
                data={"csrfmiddlewaretoken": token.group(1), **data},
                headers=self._headers(),
                timeout=TIMEOUT,
            )
        )


@pytest.fixture
def cluster(settings, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("two app servers share one PostgreSQL database (the suite's PostgreSQL run)")
    with ExitStack() as stack:
        redis_url = stack.enter_context(redis_server(tmp_path / "redis"))
        s3 = stack.enter_context(s3_server())
        make_bucket(s3, BUCKET)
        shared = {
            "MOOT_DATABASE_URL": _database_url(),
            "MOOT_SEARCH_ENGINE": "postgres",
            "MOOT_CACHE": "redis",
            "MOOT_REDIS_URL": redis_url,
            "MOOT_STORAGE": "s3",
            "MOOT_S3_BUCKET": BUCKET,
            "MOOT_S3_ENDPOINT_URL": s3,
            "MOOT_S3_REGION": REGION,
            "MOOT_S3_ACCESS_KEY": KEY,
            "MOOT_S3_SECRET_KEY": SECRET,
        }
        # This process writes what the clerk set up before: into the same store.
        settings.STORAGES = {**settings.STORAGES, "default": storage(s3, BUCKET)}
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MOOT_", "DJANGO_"))}
        env.update(
            shared,
            MOOT_DEBUG="false",
            MOOT_SECRET_KEY="one-secret-for-every-app-server-0123456789-abcdefghij",
            MOOT_ALLOWED_HOSTS="127.0.0.1",
            MOOT_TWO_FACTOR_REQUIRED="false",
            MOOT_PAGE_CACHE_SECONDS="600",
            MOOT_WORKERS="2",
            MOOT_ACCESS_LOG="off",
        )
        first = stack.enter_context(_app_server(env, tmp_path / "one"))
        second = stack.enter_context(_app_server(env, tmp_path / "two"))
        yield first, second


def test_a_take_down_on_one_server_is_seen_on_both_at_once_everywhere(cluster, settings):
    from moot.documents.papers.build import build_papers

    # The servers check passwords as production does (the suite's fast hasher is not theirs).
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    body = make_body(name="Example Borough Council", slug="example")
    committee = make_committee(body, name="Cabinet", slug="cabinet", reference_prefix="CAB")
    meeting = scheduling.schedule_meeting(committee, local(2030, 5, 15))
    item = make_item(meeting, title=SECRET_TITLE, agenda_text="<p>The depot will be sold.</p>")
    reports.attach_document(meeting, one_page_pdf(), filename="depot.pdf", title="Depot", item=item)
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    build_papers(meeting)
    make_clerk(body, "clerk")

    pages = [
        f"/meetings/{meeting.pk}/",
        "/search?q=Eastgate+depot",
        "/feeds/atom.xml",
        "/feeds/committees/cabinet.atom",
    ]
    readers = [Browser(base) for base in cluster]
    assert "Eastgate depot" in _papers_text(readers[1], meeting.pk)  # printed with the item
    for reader in readers:  # both servers have the item, and their caches hold it
        for page in pages:
            response = reader.get(page)
            assert response.status_code == 200, page
            assert SECRET_TITLE in _words(response.text), (reader.base, page)

    clerk = Browser(cluster[0])
    signed = clerk.post(
        "/accounts/login/", {"login": "clerk", "password": PASSWORD}, "/accounts/login/"
    )
    assert signed.status_code == 302, re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", signed.text))[
        :1500
    ]
    done = clerk.post(
        f"/clerk/items/{item.pk}/withdraw/",
        {"withdraw-reason": "Published in error: exempt business"},
        f"/clerk/items/{item.pk}/",
    )
    assert done.status_code == 302, done.text[:500]

    for reader in readers:  # at once, on both, on every way out
        for page in pages:
            response = reader.get(page)
            # (the search page repeats the words asked for: the item's title is what must go)
            assert SECRET_TITLE not in _words(response.text), (reader.base, page)
        assert "Eastgate" not in _papers_text(reader, meeting.pk)  # printed again without it


def test_a_publication_and_a_restriction_on_one_server_are_seen_on_both_at_once(cluster, settings):
    """The other two things a clerk does that change what readers see: publishing an agenda
    (it appears on both servers at once, though each had kept its pages from before) and
    making a published item exempt (its text leaves both at once, its title stays, as
    s.100C(2) allows)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    body = make_body(name="Example Borough Council", slug="example")
    committee = make_committee(body, name="Cabinet", slug="cabinet", reference_prefix="CAB")
    meeting = scheduling.schedule_meeting(committee, local(2030, 6, 19))
    item = make_item(
        meeting,
        title="Sale of the Westgate yard",
        agenda_text="<p>The preferred bidder is Quillfeather Holdings.</p>",
        published=False,  # written by the clerk, to go out with the agenda
    )
    make_clerk(body, "clerk")
    pages = ["/feeds/atom.xml", "/feeds/committees/cabinet.atom"]
    readers = [Browser(base) for base in cluster]
    for reader in readers:  # each server keeps these pages, made before the publication
        # (a scheduled meeting is listed, with its date, before its agenda is published)
        assert "Westgate yard" not in _words(reader.get(f"/meetings/{meeting.pk}/").text)
        assert "Quillfeather" not in _found(reader, "Quillfeather"), reader.base
        for page in pages:
            assert "Westgate yard" not in _words(reader.get(page).text), (reader.base, page)

    clerk = Browser(cluster[0])
    signed = clerk.post(
        "/accounts/login/", {"login": "clerk", "password": PASSWORD}, "/accounts/login/"
    )
    assert signed.status_code == 302
    form = f"/clerk/meetings/{meeting.pk}/publish/"
    published = clerk.post(form, {"accept_short_notice": "on"}, form)
    assert published.status_code == 302, _words(published.text)[:1500]

    for reader in readers:  # at once, on both
        page = reader.get(f"/meetings/{meeting.pk}/")
        assert page.status_code == 200, reader.base
        assert "Quillfeather Holdings" in _words(page.text), reader.base
        assert "Quillfeather" in _found(reader, "Quillfeather"), reader.base
        for path in pages:
            assert "Westgate yard" in _words(reader.get(path).text), (reader.base, path)

    restricted = clerk.post(
        f"/clerk/items/{item.pk}/restrict/",
        {
            "restrict-restriction": "exempt",
            "restrict-paragraphs": "3",
            "restrict-reason": "The bids are commercially sensitive.",
            "restrict-public_interest": "Disclosure would weaken the council's negotiation.",
            "restrict-public_summary": "Members considered the bids for the yard.",
        },
        f"/clerk/items/{item.pk}/",
    )
    assert restricted.status_code == 302, _words(restricted.text)[:1500]

    for reader in readers:  # at once, on both, on every way out
        page = _words(reader.get(f"/meetings/{meeting.pk}/").text)
        assert "Westgate yard" in page, reader.base  # the title of an exempt item stays
        assert "Quillfeather" not in page, reader.base
        assert "Members considered the bids for the yard." in page, reader.base
        assert "Quillfeather" not in _found(reader, "Quillfeather"), reader.base
        for path in pages:
            assert "Quillfeather" not in reader.get(path).text, (reader.base, path)


def _found(reader: Browser, words: str) -> str:
    """The text of a search's results (the page also repeats the words asked for)."""
    page = reader.get(f"/search?q={words}").text
    results = re.search(r'<ol class="search-results".*?</ol>', page, flags=re.S)
    return _words(results.group(0)) if results else ""
