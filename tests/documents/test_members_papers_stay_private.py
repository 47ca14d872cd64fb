"""The members' pack and the members' minutes never reach a public surface: no exempt words
in any public paper's text, and their addresses answer 404 to anyone not entitled to them."""

from __future__ import annotations

from io import BytesIO

import pytest
from django.utils import timezone
from pypdf import PdfReader

from moot.access import policy
from moot.access.policy import Viewer
from moot.documents.models import Paper, PaperKind, PaperSettings
from moot.documents.papers.build import build_papers
from moot.meetings.choices import MinutesState
from moot.meetings.models import Declaration
from tests.clerk.personas import make_clerk, make_user, signed_in
from tests.factories import (
    make_body,
    make_decision,
    make_exempt_item,
    make_membership,
    make_person,
)

from .conftest import EXEMPT_WORDS, add_report
from .pdfcheck import texts
from .pdfs import report_pdf
from .test_build_papers import read

# One canary per way exempt material could leak into a printed paper.
CANARIES = {
    "report text": EXEMPT_WORDS,
    "late report text": "Canary-Report-7731 door staff rates",
    "paper title": "Canary-Title-5520 tender evaluation",
    "lead officer": "Canary-Officer-4410 Head of Procurement",
    "minutes": "Canary-Minutes-9902 members compared the bids",
    "decision": "Canary-Decision-3318 award to Acme",
    "declaration": "Canary-Interest-6684 shareholding",
}
MEMBERS_PAPERS = {
    PaperKind.MEMBERS_PACK,
    PaperKind.MEMBERS_SUPPLEMENT,
    PaperKind.MEMBERS_MINUTES,
}


def flat(data: bytes) -> str:
    return " ".join(" ".join(texts(data)).split())


@pytest.fixture
def every_paper(meeting):
    """Every paper a meeting can have, with exempt material of every kind in it."""
    contract = meeting.test_items["contract"]
    report = contract.documents.get()
    report.lead_officer = CANARIES["lead officer"]
    report.save()
    add_report(
        meeting,
        contract,
        CANARIES["paper title"],
        report_pdf("Evaluation", 1),
        kind="appendix",
        position=2,
    )
    contract.minutes = f"<p>{CANARIES['minutes']}.</p>"
    contract.save()
    make_decision(contract, CANARIES["decision"], public_text="AGREED to award the contract.")
    Declaration.objects.create(
        item=contract, person=make_person(name="Kim Lee"), nature=CANARIES["declaration"]
    )
    late = make_exempt_item(
        meeting, title="Door staff tender", supplement=True, published_at=timezone.now()
    )
    add_report(
        meeting,
        late,
        "Door staff report",
        report_pdf("Door staff", 1, body=CANARIES["late report text"]),
    )
    meeting.minutes_state = MinutesState.DRAFT
    meeting.save()
    PaperSettings.objects.create(committee=meeting.committee, decision_notices=True)
    build_papers(meeting)
    return {
        p.kind: p.document for p in Paper.objects.filter(meeting=meeting).select_related("document")
    }


def test_every_paper_was_built(every_paper):
    assert set(every_paper) == set(PaperKind.values)


def test_no_public_paper_holds_an_exempt_canary(meeting, every_paper):
    public = policy.documents(Viewer.public()).filter(meeting=meeting, item=None)
    assert set(public) == {d for k, d in every_paper.items() if k not in MEMBERS_PAPERS}
    for document in public:
        text = flat(read(document))
        for where, canary in CANARIES.items():
            assert canary not in text, f"{where} in {document.title}"


def test_the_members_papers_hold_the_canaries(every_paper):
    pack = flat(read(every_paper[PaperKind.MEMBERS_PACK]))
    for where in ["report text", "paper title", "lead officer"]:
        assert CANARIES[where] in pack, where
    assert CANARIES["late report text"] in flat(read(every_paper[PaperKind.MEMBERS_SUPPLEMENT]))
    minutes = flat(read(every_paper[PaperKind.MEMBERS_MINUTES]))
    for where in ["minutes", "decision", "declaration"]:
        assert CANARIES[where] in minutes, where


def test_the_public_meeting_page_does_not_list_the_members_papers(meeting, every_paper, client):
    page = client.get(meeting.get_absolute_url()).content.decode()
    for kind, document in every_paper.items():
        listed = document.get_absolute_url() in page
        assert listed == (kind not in MEMBERS_PAPERS), document.title
    assert "not for publication" not in page


@pytest.fixture
def people(meeting, client):
    """Who asks: the public, a member of the committee, a clerk of the body, a clerk of
    another body."""
    member = make_user("member")
    make_membership(make_person(name="Ann Member", user=member), meeting.committee)
    clerk = make_clerk(meeting.committee.body, "clerk")
    other = make_clerk(make_body(name="Hartlepool Borough Council", slug="hartlepool"), "other")
    return {
        "public": client,
        "member": signed_in(member),
        "clerk": signed_in(clerk),
        "other_clerk": signed_in(other),
    }


@pytest.mark.parametrize(
    "who, status", [("public", 404), ("other_clerk", 404), ("member", 200), ("clerk", 200)]
)
def test_a_members_paper_is_not_found_unless_entitled(every_paper, people, who, status):
    for kind in MEMBERS_PAPERS:
        document = every_paper[kind]
        response = people[who].get(document.get_absolute_url())
        assert response.status_code == status, kind
        if status == 200:
            assert response["Cache-Control"] == "private, no-store"
            served = (
                b"".join(response.streaming_content) if response.streaming else response.content
            )
            # A members' paper is served stamped with its reader's name: the stored file's
            # pages, each with one more line (docs/members-guide.md).
            stored, stamped = PdfReader(BytesIO(read(document))), PdfReader(BytesIO(served))
            assert len(stamped.pages) == len(stored.pages)
            first = " ".join(stored.pages[0].extract_text().split())
            assert first[:200] in " ".join(stamped.pages[0].extract_text().split())


def test_the_public_papers_are_served_to_anyone(every_paper, client):
    for kind, document in every_paper.items():
        if kind not in MEMBERS_PAPERS:
            assert client.get(document.get_absolute_url()).status_code == 200, kind
