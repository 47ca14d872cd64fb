"""Nothing withheld leaks: a canary written by the clerk's own screens into every non-public
field and paper of an exempt item (and a restricted appendix of a public item) appears on no
page an anonymous visitor can reach — from the home page, the sitemap, search, feeds, the API
and the item's and documents' own addresses. A public item taken down after publication
disappears the same way."""

from __future__ import annotations

import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from moot.documents.papers.build import build_papers
from moot.meetings.choices import ItemKind
from moot.meetings.models import Document, Item
from moot.meetings.services import decisions, publishing, reports, scheduling
from tests.clerk.personas import make_user, signed_in
from tests.factories import make_committee, make_membership, make_person
from tests.portal.pdf import one_page_pdf

CANARY = "CANARY-clerk-5e1d0b"
TAKEN_DOWN = "CANARY-takedown-93ac"
REDACTED = "Redactedpublic"
LINK = re.compile(r"""(?:href|src)=["']([^"'#]+)""", re.I)
LOC = re.compile(r"<loc>\s*([^<\s]+)\s*</loc>")
JSON_URL = re.compile(r'"(https?://testserver/[^"]+|http://127\.0\.0\.1:8000/[^"]+)"')
SKIP = ("/admin/", "/accounts/", "/clerk/", "/static/", "/alerts/")


def crawl(client: Client, seeds: list[str], limit: int = 3000) -> dict[str, bytes]:
    """Every same-site page reachable from ``seeds``, following href/src, sitemap <loc> and
    URLs inside JSON; the body of each."""
    seen: dict[str, bytes] = {}
    queue = deque(seeds)
    while queue and len(seen) < limit:
        url = queue.popleft()
        parts = urlsplit(url)
        if parts.netloc and parts.netloc not in ("testserver", "127.0.0.1:8000"):
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path in seen or path.startswith(SKIP) or parts.scheme in ("mailto", "tel"):
            continue
        response = client.get(path, follow=True)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        seen[path] = body
        kind = response.get("Content-Type", "")
        if "html" in kind or "xml" in kind or "json" in kind:
            text = body.decode("utf-8", "replace")
            for found in (*LINK.findall(text), *LOC.findall(text), *JSON_URL.findall(text)):
                queue.append(urljoin(path, found.replace("&amp;", "&")))
    return seen


# Where each form of a clerk's screen posts, from the screen's own address.
ADDRESSES = {
    "item": "items/new/",
    "restrict": "restrict/",
    "document": "documents/new/",
    "redact": "redacted-version/",
    "withdraw": "withdraw/",
}


RECORD = {
    "minutes": "record/",
    "decision": "record/",
    "declaration": "record/",
    "action": "record/",
    "vote": "vote/",
}


def _form(client, url, form, item=None, **fields):
    """Post one of the screen at ``url``'s forms, as the clerk's browser would; an item's
    form of the record screen posts to the item's address."""
    if form in ("attendance", "attendee"):
        address = f"{url}{form}/"
    elif item is not None:
        address = f"/clerk/items/{item}/{RECORD[form]}"
    else:
        address = url + ADDRESSES[form]
    response = client.post(address, fields)
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.fixture
def exempt_meeting(personas):
    """Made through the clerk's screens, as a clerk would."""
    clerk = personas.clerk
    committee = personas.committee
    member = committee.memberships.get().person
    meeting = scheduling.schedule_meeting(committee, timezone.now() - timezone.timedelta(days=3))
    meeting_url = f"/clerk/meetings/{meeting.pk}/"
    _form(
        clerk,
        meeting_url,
        "item",
        **{
            "new-title": "Public report",
            "new-kind": "information",
            "new-agenda_text": "A public report.",
        },
    )
    _form(
        clerk,
        meeting_url,
        "item",
        **{
            "new-title": "Contract award",
            "new-kind": "decision",
            "new-agenda_text": f"Terms {CANARY} agenda",
        },
    )
    public_item = Item.objects.get(meeting=meeting, title="Public report")
    exempt = Item.objects.get(meeting=meeting, title="Contract award")
    item_url = f"/clerk/items/{exempt.pk}/"
    _form(
        clerk,
        item_url,
        "restrict",
        **{
            "restrict-restriction": "exempt",
            "restrict-paragraphs": ["3"],
            "restrict-reason": "Commercial terms of a named bidder.",
            # Public by law (Schedule 12A, paragraph 10), published with the summary.
            "restrict-public_interest": "Disclosure would prejudice the tender.",
            "restrict-public_summary": "Members awarded the contract.",
            "restrict-review_date": "2031-01-01",
        },
    )
    _form(
        clerk,
        item_url,
        "document",
        **{
            "document-title": f"Tender evaluation {CANARY}",
            "document-kind": "report",
            "document-file": SimpleUploadedFile("tender.pdf", one_page_pdf(f"Tender {CANARY} pdf")),
        },
    )
    public_url = f"/clerk/items/{public_item.pk}/"
    _form(
        clerk,
        public_url,
        "document",
        **{
            "document-title": "Public report",
            "document-kind": "report",
            "document-file": SimpleUploadedFile("public.pdf", one_page_pdf("Public report text")),
        },
    )
    _form(
        clerk,
        public_url,
        "document",
        **{
            "document-title": f"Appendix {CANARY}",
            "document-kind": "appendix",
            "document-file": SimpleUploadedFile("appendix.pdf", one_page_pdf(f"Appendix {CANARY}")),
        },
    )
    appendix = Document.objects.get(title__startswith="Appendix")
    _form(
        clerk,
        f"/clerk/documents/{appendix.pk}/",
        "restrict",
        **{
            "restrict-restriction": "exempt",
            "restrict-paragraphs": ["1"],
            "restrict-reason": "Names an individual.",
            # Kept for the clerk: a withheld document is not listed to the public at all.
            "restrict-public_interest": f"Interest {CANARY} test",
        },
    )
    # Redacted versions: the public reads these in place of the withheld report and appendix.
    tender = Document.objects.get(title__startswith="Tender evaluation")
    for original, title, text in (
        (tender, "Tender evaluation (redacted)", f"{REDACTED} scores summary"),
        (appendix, "Appendix (redacted)", f"{REDACTED} appendix without names"),
    ):
        _form(
            clerk,
            f"/clerk/documents/{original.pk}/",
            "redact",
            **{
                "redact-title": title,
                "redact-file": SimpleUploadedFile("redacted.pdf", one_page_pdf(text)),
            },
        )
    publishing.publish_agenda(meeting, accept_short_notice=True, user=personas.clerk_user)
    record = f"/clerk/meetings/{meeting.pk}/record/"
    p = f"i{exempt.pk}"
    _form(clerk, record, "attendance", **{f"att-p{member.pk}": "present"})
    _form(
        clerk,
        record,
        "minutes",
        item=exempt.pk,
        **{f"{p}-min-minutes": f"Debate {CANARY} minutes", f"{p}-min-version": _version("")},
    )
    _form(
        clerk,
        record,
        "decision",
        item=exempt.pk,
        **{
            f"{p}-decn-kind": "resolved",
            f"{p}-decn-text": f"RESOLVED {CANARY} decision",
            f"{p}-decn-public_text": "RESOLVED that the contract be awarded.",
        },
    )
    # Voted before the member declares an interest that would bar them without a dispensation.
    _form(
        clerk,
        record,
        "vote",
        item=exempt.pk,
        **{"motion": f"that the {CANARY} vote be carried", f"p{member.pk}": "for"},
    )
    _form(
        clerk,
        record,
        "declaration",
        item=exempt.pk,
        **{
            f"{p}-dec-person": member.pk,
            f"{p}-dec-kind": "dpi",
            f"{p}-dec-nature": f"Owns {CANARY} shares",
        },
    )
    _form(clerk, record, "action", item=exempt.pk, **{f"{p}-act-text": f"Sign {CANARY} action"})
    # Draft minutes wait until every decision of a restricted item has its public wording.
    for decision in exempt.decisions.filter(public_text=""):
        decisions.edit_decision(decision, {"public_text": "RESOLVED that the vote be recorded."})
    published = clerk.post(
        f"/clerk/meetings/{meeting.pk}/minutes/publish/", {"accept_warnings": "1"}
    )
    assert published.status_code == 302
    exempt.refresh_from_db()
    return meeting, exempt


def _version(text):
    from moot.meetings.services.minutes import version_of

    return version_of(text)


def _own_urls(meeting):
    urls = [
        meeting.get_absolute_url(),
        f"/feeds/meetings/{meeting.pk}.ics",
        "/oparl/v1/",
        "/oparl/v1/export.zip",
        "/feeds/atom.xml",
    ]
    # Search for the words next to the canaries (a search page echoes its query).
    urls += [
        f"/search?q={word}"
        for word in (
            "Debate",
            "Terms",
            "Tender",
            "Owns",
            "Appendix",
            "Interest",
            "Sign",
            "Names",
            "Complaint",
            "RESOLVED",
            "scores",
        )
    ]
    for document in Document.all_objects.filter(meeting=meeting):
        urls.append(document.get_absolute_url())
    return urls


def readable(body: bytes) -> bytes:
    """A response as a reader gets it: the text inside PDFs, and every member of a zip
    (DOCX files and the export archive are zips), unpacked and read the same way."""
    if body.startswith(b"%PDF-"):
        import io

        from pypdf import PdfReader

        try:
            pdf = PdfReader(io.BytesIO(body))
            return body + "".join(page.extract_text() or "" for page in pdf.pages).encode()
        except Exception:  # an unreadable PDF is searched as bytes
            return body
    if body.startswith(b"PK\x03\x04"):
        import io
        import zipfile

        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return b"".join(readable(archive.read(name)) for name in archive.namelist())
    return body


def _leaks(pages, canary):
    return sorted(url for url, body in pages.items() if canary.encode() in readable(body))


@pytest.fixture
def search_index(settings, tmp_path):
    """An index of the test's own, fed by the queued index tasks (the test's transaction
    never commits, so they are applied by hand)."""
    from moot.search import indexer, tantivy_engine

    settings.SEARCH_ENGINE = "tantivy"
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    yield indexer.drain
    tantivy_engine._open.pop(tmp_path / "search", None)


@pytest.mark.django_db(transaction=False)
def test_no_withheld_text_reaches_an_anonymous_visitor(personas, exempt_meeting, search_index):
    meeting, _exempt = exempt_meeting
    # The next meeting's matters arising lists the committee's open actions (public ones).
    public_item = Item.objects.get(meeting=meeting, title="Public report")
    p = f"i{public_item.pk}"
    _form(
        personas.clerk,
        f"/clerk/meetings/{meeting.pk}/record/",
        "action",
        item=public_item.pk,
        **{f"{p}-act-text": "Circulate the public report"},
    )
    following = scheduling.schedule_meeting(
        personas.committee, timezone.now() + timezone.timedelta(days=30)
    )
    publishing.publish_agenda(following, accept_short_notice=True, user=personas.clerk_user)
    search_index()
    # The test's transaction never commits, so the papers the services would rebuild after
    # commit are built here: the public pack, the front sheet and the printed minutes.
    built = build_papers(meeting)
    assert any(p.document.kind == "pack" and not p.document.restriction for p in built.built)
    pages = crawl(
        Client(), ["/", "/sitemap.xml", *_own_urls(meeting), following.get_absolute_url()]
    )
    assert "Circulate the public report" in pages[following.get_absolute_url()].decode()
    assert meeting.get_absolute_url() in pages
    assert _leaks(pages, CANARY) == []
    page = pages[meeting.get_absolute_url()].decode()
    assert "Contract award" in page and "Members awarded the contract." in page
    assert "RESOLVED that the contract be awarded." in page
    assert "paragraph 3" in page
    # The redacted versions are public documents of their items: listed, served, searchable
    # and in the API, while the originals stay unknown.
    for original in Document.objects.filter(public_version__isnull=False):
        redacted = original.public_version
        assert redacted.title in page and redacted.get_absolute_url() in page
        assert REDACTED.encode() in readable(pages[redacted.get_absolute_url()])
        assert original.get_absolute_url() not in page
        assert any(
            redacted.get_absolute_url() in body.decode("utf-8", "replace")
            for url, body in pages.items()
            if url.startswith("/oparl/")
        )
    tender = Document.objects.get(title="Tender evaluation (redacted)")
    assert tender.get_absolute_url() in pages["/search?q=scores"].decode()


def test_a_committee_member_sees_the_withheld_text(personas, exempt_meeting):
    meeting, _ = exempt_meeting
    page = personas.member.get(meeting.get_absolute_url()).content.decode()
    assert f"Debate {CANARY} minutes" in page


def test_a_public_item_taken_down_disappears_everywhere(personas, exempt_meeting):
    meeting, _ = exempt_meeting
    clerk = personas.clerk
    _form(
        clerk,
        f"/clerk/meetings/{meeting.pk}/",
        "item",
        **{
            "new-title": f"Resident complaint {TAKEN_DOWN}",
            "new-kind": "information",
            "new-agenda_text": f"Names {TAKEN_DOWN} a resident",
            # The agenda is out and the meeting near: only an urgent item may join it.
            "new-chair_consented": "on",
            "new-urgency_reason": "A complaint that cannot wait for the next meeting.",
        },
    )
    wrong = Item.objects.get(title__startswith="Resident complaint")
    _form(
        clerk,
        f"/clerk/items/{wrong.pk}/",
        "document",
        **{
            "document-title": f"Complaint {TAKEN_DOWN}",
            "document-kind": "report",
            "document-file": SimpleUploadedFile(
                "complaint.pdf", one_page_pdf(f"Complaint {TAKEN_DOWN}")
            ),
        },
    )
    publishing.publish_agenda(meeting, accept_short_notice=True)
    assert TAKEN_DOWN in Client().get(meeting.get_absolute_url()).content.decode()
    build_papers(meeting)
    # Published after the agenda, it went out in the supplementary pack.
    pack = meeting.documents.get(kind="supplement", restriction="")
    assert TAKEN_DOWN.encode() in readable(Client().get(pack.get_absolute_url()).getvalue())
    _form(
        clerk, f"/clerk/items/{wrong.pk}/", "withdraw", **{"withdraw-reason": "Names a resident."}
    )
    build_papers(meeting)  # what the withdrawal queues for after its commit
    pages = crawl(Client(), ["/", "/sitemap.xml", *_own_urls(meeting), pack.get_absolute_url()])
    assert _leaks(pages, TAKEN_DOWN) == []
    assert _leaks(pages, CANARY) == []
    assert wrong.kind == ItemKind.INFORMATION


LATER = "CANARY-later-4f2a"
LATER_REPORT = "CANARY-lease-report-77b1"


def _outsiders(personas) -> dict[str, Client]:
    """Who must never read withheld text: an anonymous visitor, a member of another committee
    of the same body, a clerk of another body."""
    other = make_committee(
        personas.body, name="Licensing Committee", slug="licensing", reference_prefix="LIC"
    )
    user = make_user("licensingmember")
    make_membership(make_person(name="Olly Other", user=user), other)
    return {
        "public": Client(),
        "other_member": signed_in(user),
        "other_clerk": personas.other_clerk,
    }


def _published_then_withheld(personas, meeting, change):
    """A public item, its report and its minutes published, printed and in the export; then
    withheld by ``change`` through the clerk's screens."""
    clerk = personas.clerk
    member = personas.committee.memberships.get().person
    _form(
        clerk,
        f"/clerk/meetings/{meeting.pk}/",
        "item",
        **{
            "new-title": "Depot lease",
            "new-kind": "decision",
            "new-agenda_text": f"Lease {LATER} agenda",
            "new-chair_consented": "on",
            "new-urgency_reason": "The lease offer lapses before the next meeting.",
        },
    )
    item = Item.objects.get(meeting=meeting, title="Depot lease")
    _form(
        clerk,
        f"/clerk/items/{item.pk}/",
        "document",
        **{
            "document-title": f"Lease report {LATER_REPORT}",
            "document-kind": "report",
            "document-lead_officer": f"Jo {LATER_REPORT} Director",
            "document-file": SimpleUploadedFile(
                "lease.pdf", one_page_pdf(f"Rent {LATER_REPORT} pdf")
            ),
        },
    )
    publishing.publish_agenda(meeting, accept_short_notice=True)
    record = f"/clerk/meetings/{meeting.pk}/record/"
    p = f"i{item.pk}"
    _form(
        clerk,
        record,
        "minutes",
        item=item.pk,
        **{f"{p}-min-minutes": f"Debate {LATER} minutes", f"{p}-min-version": _version("")},
    )
    _form(
        clerk,
        record,
        "decision",
        item=item.pk,
        **{
            f"{p}-decn-kind": "resolved",
            f"{p}-decn-text": f"RESOLVED {LATER} decision",
            f"{p}-decn-public_text": "RESOLVED that the depot be leased.",
        },
    )
    _form(
        clerk,
        record,
        "declaration",
        item=item.pk,
        **{f"{p}-dec-person": member.pk, f"{p}-dec-kind": "other", f"{p}-dec-nature": LATER},
    )
    _form(clerk, record, "action", item=item.pk, **{f"{p}-act-text": f"Sign {LATER} action"})
    build_papers(meeting)  # what publishing queues for after its commit
    public = Client()
    pack = meeting.documents.get(kind="supplement", restriction="")
    minutes = meeting.documents.get(kind="minutes", restriction="")
    assert LATER_REPORT.encode() in readable(public.get(pack.get_absolute_url()).getvalue())
    assert LATER.encode() in readable(public.get(minutes.get_absolute_url()).getvalue())
    export = readable(public.get("/oparl/v1/export.zip").getvalue())  # cached now
    assert LATER.encode() in export and LATER_REPORT.encode() in export
    change(clerk, item)
    return item


def _restrict(clerk, item):
    _form(
        clerk,
        f"/clerk/items/{item.pk}/",
        "restrict",
        **{
            "restrict-restriction": "exempt",
            "restrict-paragraphs": ["3"],
            "restrict-reason": "Commercial terms of the lease.",
            "restrict-public_interest": "Disclosure would prejudice the negotiation.",
            "restrict-public_summary": "Members considered the depot lease.",
        },
    )


def _take_down_item(clerk, item):
    _form(clerk, f"/clerk/items/{item.pk}/", "withdraw", **{"withdraw-reason": "Legal advice."})


def _take_down_report(clerk, item):
    report = item.documents.get()
    _form(
        clerk, f"/clerk/documents/{report.pk}/", "withdraw", **{"withdraw-reason": "Legal advice."}
    )


@pytest.mark.parametrize(
    "change",
    [_restrict, _take_down_item, _take_down_report],
    ids=["restricted", "taken down", "report taken down"],
)
def test_material_withheld_once_published_reaches_no_outsider(personas, exempt_meeting, change):
    meeting, _ = exempt_meeting
    item = _published_then_withheld(personas, meeting, change)
    outsiders = _outsiders(personas)
    seeds = ["/", "/sitemap.xml", *_own_urls(meeting)]
    # A report taken down leaves its item, agenda text and minutes public.
    withheld = [LATER_REPORT] if change is _take_down_report else [LATER, LATER_REPORT]
    # Before the papers are rebuilt (this test's transaction never commits): nothing stale.
    pages = crawl(Client(), seeds)
    assert [_leaks(pages, canary) for canary in withheld] == [[] for _ in withheld]
    build_papers(meeting)  # what the change queues for after its commit
    for who, client in outsiders.items():
        pages = crawl(client, seeds)
        for canary in [*withheld, CANARY]:
            assert (who, _leaks(pages, canary)) == (who, [])
    if change is _restrict:
        page = pages[meeting.get_absolute_url()].decode()
        assert "Depot lease" in page and "Members considered the depot lease." in page
        minutes = meeting.documents.get(kind="minutes", restriction="")
        printed = readable(Client().get(minutes.get_absolute_url()).getvalue()).decode(
            "utf-8", "replace"
        )
        assert "Depot lease" in printed and "RESOLVED that the depot be leased." in printed
    assert personas.member.get(meeting.get_absolute_url()).status_code == 200
    assert item.pk


ATTENDED = "CANARY-attended-2b9e"
UNPUBLISHED = "CANARY-unpublished-report-c41d"


def test_attendance_and_unpublished_reports_reach_no_one_before_their_time(personas):
    """Attendance is part of the minutes: before they are published no one but the clerk knows
    who came — not on the meeting page, the person's page, the API or a feed. A report
    attached but not yet published is opened by no one but the clerk, a member of the
    committee included."""
    from moot.meetings.choices import AttendanceStatus
    from moot.meetings.models import Attendance

    committee = personas.committee
    meeting = scheduling.schedule_meeting(committee, timezone.now() - timezone.timedelta(days=3))
    _form(
        personas.clerk,
        f"/clerk/meetings/{meeting.pk}/",
        "item",
        **{"new-title": "Open report", "new-kind": "information", "new-agenda_text": "Open."},
    )
    publishing.publish_agenda(meeting, accept_short_notice=True, user=personas.clerk_user)
    item = Item.objects.get(meeting=meeting, title="Open report")
    report = reports.attach_document(
        meeting,
        one_page_pdf(f"Draft {UNPUBLISHED} text"),
        filename="later.pdf",
        title=f"Later report {UNPUBLISHED}",
        item=item,
    )
    assert report.published_at is None
    attendee = make_person(name="Ada Attendee")
    Attendance.objects.create(
        meeting=meeting,
        person=attendee,
        status=AttendanceStatus.PRESENT,
        organisation=ATTENDED,
        role=ATTENDED,
    )
    seeds = [
        "/",
        "/sitemap.xml",
        "/councillors/",
        attendee.get_absolute_url(),
        f"/oparl/v1/person/{attendee.pk}/",
        *_own_urls(meeting),
        report.get_absolute_url(),
    ]
    readers = {**_outsiders(personas), "member": personas.member}
    for who, client in readers.items():
        pages = crawl(client, seeds)
        assert (who, _leaks(pages, ATTENDED), _leaks(pages, UNPUBLISHED)) == (who, [], [])
        person_page = pages[attendee.get_absolute_url()].decode()
        assert meeting.get_absolute_url() not in person_page, who
    # The clerk sees both; once the minutes are published everyone sees who came.
    assert UNPUBLISHED.encode() in personas.clerk.get(meeting.get_absolute_url()).content
    assert ATTENDED.encode() in personas.clerk.get(attendee.get_absolute_url()).content
    meeting.refresh_from_db()
    meeting.minutes_state = "draft"
    meeting.save(update_fields=["minutes_state"])
    for who, client in readers.items():
        assert ATTENDED.encode() in client.get(meeting.get_absolute_url()).content, who
        assert (
            meeting.get_absolute_url().encode() in client.get(attendee.get_absolute_url()).content
        ), who
        pages = crawl(client, seeds)
        assert (who, _leaks(pages, UNPUBLISHED)) == (who, [])
