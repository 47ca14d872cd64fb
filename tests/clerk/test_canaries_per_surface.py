"""A canary per kind of withheld material, planted through the clerk's screens (and, for
attendance, in the data), looked for on every way out by every persona who must not read it:
exempt text (``CANARY``), a draft minute of a meeting whose minutes are not out, attendance
before the minutes, and an item taken down after publication. Each surface is fetched on its
own — pages, search results and snippets, Atom, iCalendar, the OParl API, the export zip,
printed papers, the sitemap, document addresses and error pages — so a leak names the surface
that let it out."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from moot.documents.papers.build import build_papers
from moot.meetings.choices import AttendanceStatus
from moot.meetings.models import Attendance, Document, Item
from moot.meetings.services import publishing, scheduling
from tests.clerk.test_leaks import (  # noqa: F401 (fixtures)
    CANARY,
    _form,
    _outsiders,
    _version,
    crawl,
    exempt_meeting,
    readable,
    search_index,
)
from tests.factories import make_person
from tests.portal.pdf import one_page_pdf

DRAFT = "CANARY-draft-minute-6d0e"
# A member's private email address: never on any way out, to anyone.
EMAIL = "canary-private-5b1c@example.org"
ATTENDED = "CANARY-attendance-19fa"
TAKEN_DOWN = "CANARY-withdrawn-item-a7c3"
WORDS = ("Debate", "Terms", "Tender", "Owns", "Appendix", "Interest", "Sign", "RESOLVED")
WORDS += ("Draft", "Reasons", "Names", "Complaint", "Visitor")


@pytest.fixture
def planted(personas, exempt_meeting, search_index):  # noqa: F811 (the fixtures above)
    """The exempt meeting (minutes published) and a later one whose agenda is out: a public
    item with a draft minute, decision, declaration and action (minutes not published), the
    attendance recorded, and an item published then taken down."""
    meeting, _exempt = exempt_meeting
    clerk = personas.clerk
    member = personas.committee.memberships.get().person
    member.email = EMAIL
    member.save(update_fields=["email"])
    draft = scheduling.schedule_meeting(
        personas.committee, timezone.now() - timezone.timedelta(days=1)
    )
    url = f"/clerk/meetings/{draft.pk}/"
    for title, text in (
        ("Parking review", "Reasons for the review."),
        (f"Resident complaint {TAKEN_DOWN}", f"Names {TAKEN_DOWN} a resident"),
    ):
        _form(
            clerk,
            url,
            "item",
            **{"new-title": title, "new-kind": "decision", "new-agenda_text": text},
        )
    open_item = Item.objects.get(meeting=draft, title="Parking review")
    wrong = Item.objects.get(meeting=draft, title__startswith="Resident complaint")
    _form(
        clerk,
        f"/clerk/items/{wrong.pk}/",
        "document",
        **{
            "document-title": f"Complaint {TAKEN_DOWN}",
            "document-kind": "report",
            "document-file": SimpleUploadedFile("c.pdf", one_page_pdf(f"Complaint {TAKEN_DOWN}")),
        },
    )
    publishing.publish_agenda(draft, accept_short_notice=True, user=personas.clerk_user)
    build_papers(draft)
    _form(
        clerk, f"/clerk/items/{wrong.pk}/", "withdraw", **{"withdraw-reason": "Names a resident."}
    )
    record = f"{url}record/"
    p = f"i{open_item.pk}"
    _form(
        clerk,
        record,
        "minutes",
        item=open_item.pk,
        **{f"{p}-min-minutes": f"Draft {DRAFT} minutes", f"{p}-min-version": _version("")},
    )
    _form(
        clerk,
        record,
        "decision",
        item=open_item.pk,
        **{f"{p}-decn-kind": "resolved", f"{p}-decn-text": f"RESOLVED {DRAFT} decision"},
    )
    _form(
        clerk,
        record,
        "declaration",
        item=open_item.pk,
        **{f"{p}-dec-person": member.pk, f"{p}-dec-kind": "other", f"{p}-dec-nature": DRAFT},
    )
    _form(clerk, record, "action", item=open_item.pk, **{f"{p}-act-text": f"Sign {DRAFT} action"})
    visitor = make_person(name="Vera Visitor")
    Attendance.objects.create(
        meeting=draft,
        person=visitor,
        status=AttendanceStatus.IN_ATTENDANCE,
        organisation=ATTENDED,
        role=ATTENDED,
    )
    draft.refresh_from_db()
    assert draft.minutes_state == "none"
    build_papers(meeting)
    build_papers(draft)  # what the take-down and the records queue for after their commit
    search_index()
    return meeting, draft, visitor, wrong


def _surfaces(meeting, draft, visitor, wrong) -> dict[str, list[str]]:
    meetings = (meeting, draft)
    documents = list(Document.all_objects.filter(meeting__in=meetings))
    papers = [d for d in documents if hasattr(d, "paper")]
    slug = meeting.committee.slug
    members = [m.person for m in meeting.committee.memberships.select_related("person")]
    return {
        "pages": [
            "/",
            f"/committees/{slug}/",
            *(m.get_absolute_url() for m in meetings),
            visitor.get_absolute_url(),
            # The councillors' pages: a member's declarations, attendance and statistics.
            "/councillors/",
            *(p.get_absolute_url() for p in members),
            "/councillors/attendance/",
            "/councillors/attendance.csv",
            # A signed-in reader's own papers: a member of another committee sees none here.
            "/my-meetings/",
            # The calendar, as a month table and as a list, for every committee and for one.
            *(f"/calendar/?month={m.start:%Y-%m}" for m in meetings),
            f"/calendar/?month={meeting.start:%Y-%m}&view=list&committee={slug}",
            # The decisions register, whole and searched for the canaries' words.
            "/decisions/",
            f"/decisions/?committee={slug}",
            *(f"/decisions/?q={word}" for word in WORDS),
            # The committee's meetings by municipal year, for the archive.
            *(f"/committees/{slug}/{year}/" for year in {m.start.year - 1 for m in meetings}),
            *(f"/committees/{slug}/{year}/" for year in {m.start.year for m in meetings}),
        ],
        "search": [f"/search?q={word}" for word in WORDS],
        "atom": [
            "/feeds/atom.xml",
            f"/feeds/committees/{slug}.atom",
            *(f"/feeds/search.atom?q={word}" for word in WORDS),
        ],
        "icalendar": [
            "/feeds/meetings.ics",
            f"/feeds/committees/{slug}.ics",
            *(f"/feeds/meetings/{m.pk}.ics" for m in meetings),
            *(f"{p.get_absolute_url()}meetings.ics" for p in (visitor, *members)),
        ],
        "oparl": [
            "/oparl/v1/",
            f"/oparl/v1/body/{meeting.committee.body_id}/agenda-items/",
            f"/oparl/v1/agenda-item/{wrong.pk}/",
            f"/oparl/v1/person/{visitor.pk}/",
            *(f"/oparl/v1/person/{p.pk}/" for p in members),
            f"/oparl/v1/body/{meeting.committee.body_id}/people/",
            *(f"/oparl/v1/meeting/{m.pk}/" for m in meetings),
        ],
        "export": ["/oparl/v1/export.zip"],
        "papers": [
            *(d.get_absolute_url() for d in papers),
            *(f"/meetings/{m.pk}/front-sheet/" for m in meetings),
        ],
        "sitemap": ["/sitemap.xml"],
        "documents": [d.get_absolute_url() for d in documents if d not in papers],
        "errors": [
            "/meetings/999999/",
            f"/documents/{documents[0].pk}/not-its-name.pdf",
            *(f"/documents/{d.pk}/{d.filename}x" for d in documents),
            "/oparl/v1/agenda-item/999999/",
        ],
    }


def _fetch(client: Client, urls: list[str]) -> dict[str, bytes]:
    out = {}
    for url in urls:
        response = client.get(url, follow=True)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        out[url] = readable(body)
    return out


def _leaks(pages: dict[str, bytes], canaries) -> list[tuple[str, str]]:
    return sorted(
        (canary, url)
        for url, body in pages.items()
        for canary in canaries
        if canary.encode() in body
    )


def test_every_surface_was_fed_the_canaries(personas, planted):
    """The clerk of the body reads each canary somewhere: they were planted, not lost."""
    meeting, draft, visitor, wrong = planted
    surfaces = _surfaces(meeting, draft, visitor, wrong)
    pages = _fetch(personas.clerk, [u for urls in surfaces.values() for u in urls])
    everything = b"".join(pages.values())
    for canary in (CANARY, DRAFT, ATTENDED):
        assert canary.encode() in everything, canary
    assert surfaces["papers"] and surfaces["documents"]


@pytest.mark.parametrize(
    "surface",
    [
        "pages",
        "search",
        "atom",
        "icalendar",
        "oparl",
        "export",
        "papers",
        "sitemap",
        "documents",
        "errors",
    ],
)
def test_no_canary_reaches_a_persona_not_entitled_to_it(personas, planted, surface):
    meeting, draft, visitor, wrong = planted
    urls = _surfaces(meeting, draft, visitor, wrong)[surface]
    readers = {
        **{
            who: (client, (CANARY, DRAFT, ATTENDED, TAKEN_DOWN, EMAIL))
            for who, client in _outsiders(personas).items()
        },
        # A member of this committee reads the exempt text, but not before its time.
        "member": (personas.member, (DRAFT, ATTENDED, TAKEN_DOWN, EMAIL)),
    }
    for who, (client, canaries) in readers.items():
        pages = _fetch(client, urls)
        if surface == "sitemap":  # and every address it lists
            pages = crawl(client, urls)
        assert (surface, who, _leaks(pages, canaries)) == (surface, who, [])
