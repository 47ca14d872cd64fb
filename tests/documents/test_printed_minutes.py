"""Printed minutes: corrections agreed later are printed beside the original minute, and a
members' version holds exempt items' minutes in full while the public one keeps to the public
summary and public decision wording."""

from __future__ import annotations

import pytest

from moot.access import policy
from moot.access.policy import Viewer
from moot.documents.models import PaperKind
from moot.documents.papers.build import build_papers
from moot.documents.papers.keep_current import rebuild
from moot.meetings.choices import DocumentKind, MinutesState, Restriction
from moot.meetings.models import Declaration
from tests.factories import (
    local,
    make_decision,
    make_exempt_item,
    make_item,
    make_meeting,
    make_person,
)

from .pdfcheck import tagged_pages, texts
from .test_build_papers import papers, read

EXEMPT_MINUTES = "Members compared the bids of Acme Security Limited and Northgate Guarding"
EXEMPT_DECISION = "RESOLVED to award the CCTV contract to Acme Security Limited for 212,000 pounds"
PUBLIC_DECISION = "RESOLVED to award the CCTV contract."
INTEREST = "brother-in-law works for Northgate Guarding"


def flat(data: bytes) -> str:
    return " ".join(" ".join(texts(data)).split())


@pytest.fixture
def minuted(meeting):
    """The meeting's minutes: a public minute and an exempt one with a declaration."""
    crime = meeting.test_items["crime"]
    crime.minutes = "<p>Burglary fell by 12% on the year.</p>"
    crime.save()
    make_decision(crime, "AGREED to note the report.")
    contract = meeting.test_items["contract"]
    contract.minutes = f"<p>{EXEMPT_MINUTES}.</p>"
    contract.save()
    make_decision(contract, EXEMPT_DECISION, public_text=PUBLIC_DECISION)
    Declaration.objects.create(
        item=contract,
        person=make_person(name="Cllr Alan Reed"),
        kind="other",
        nature=INTEREST,
        left_room=True,
    )
    meeting.minutes_state = MinutesState.DRAFT
    meeting.save()
    return meeting


@pytest.fixture
def corrected(minuted):
    """The minutes approved at a later meeting, which also corrects the crime minute."""
    meeting = minuted
    later = make_meeting(meeting.committee, start=local(2025, 7, 16, 9), minutes_state="none")
    at = make_item(
        later, title="Minutes of the last meeting", reference="SSP/12/25", kind="minutes"
    )
    make_decision(
        at,
        "That minute SSP/2/25 be corrected to read that burglary fell by 21% on the year.",
        corrects=meeting.test_items["crime"],
    )
    meeting.minutes_state = MinutesState.APPROVED
    meeting.minutes_approved_at_item = at
    meeting.save()
    meeting.later = later
    meeting.approving_item = at
    return meeting


def publish_minutes_of(meeting) -> None:
    meeting.minutes_state = MinutesState.DRAFT
    meeting.save()


def test_the_public_minutes_keep_exempt_items_to_their_public_wording(minuted):
    build_papers(minuted)
    text = flat(read(papers(minuted)[PaperKind.MINUTES]))
    assert "Burglary fell by 12% on the year." in text
    assert "Members considered a confidential contract matter." in text  # public summary
    assert PUBLIC_DECISION in text
    for withheld in [EXEMPT_MINUTES, EXEMPT_DECISION, INTEREST, "Acme", "Alan Reed"]:
        assert withheld not in text


def test_members_minutes_hold_exempt_items_in_full(minuted):
    build_papers(minuted)
    document = papers(minuted)[PaperKind.MEMBERS_MINUTES]
    assert (document.kind, document.title) == (
        DocumentKind.MINUTES,
        "Members' draft minutes (not for publication)",
    )
    assert document.restriction == Restriction.RESTRICTED
    assert document.published_at is not None
    data = read(document)
    assert document.page_count == len(texts(data))
    text = flat(data)
    assert "Not for publication: these minutes record exempt or confidential business" in text
    assert "Draft: these minutes have not yet been approved" in text
    assert f"{EXEMPT_MINUTES}." in text
    assert EXEMPT_DECISION in text
    assert f"Alan Reed, other interest ({INTEREST}), left the room for the item" in text
    assert "Burglary fell by 12% on the year." in text
    assert 0 in tagged_pages(data)


def test_the_public_cannot_see_the_members_minutes_and_members_can(minuted):
    build_papers(minuted)
    built = papers(minuted)
    public = set(policy.documents(Viewer.public()).filter(meeting=minuted, item=None))
    assert built[PaperKind.MINUTES] in public
    assert built[PaperKind.MEMBERS_MINUTES] not in public
    member = Viewer(user_id=1, member_of=frozenset({minuted.committee_id}))
    assert built[PaperKind.MEMBERS_MINUTES] in policy.documents(member)


def test_minutes_without_exempt_items_get_no_members_version(minuted):
    contract = minuted.test_items["contract"]
    contract.restriction = ""
    contract.save()
    build_papers(minuted)
    assert PaperKind.MEMBERS_MINUTES not in papers(minuted)


def test_approving_the_minutes_renames_the_members_version(corrected):
    build_papers(corrected)
    document = papers(corrected)[PaperKind.MEMBERS_MINUTES]
    assert document.title == "Members' minutes (not for publication)"
    assert document.filename == "members-minutes-2025-05-14.pdf"
    assert "Draft" not in flat(read(document))


def test_a_correction_waits_for_the_later_minutes_to_be_public(corrected):
    build_papers(corrected)
    assert "Corrected at the meeting of" not in flat(read(papers(corrected)[PaperKind.MINUTES]))
    publish_minutes_of(corrected.later)
    build_papers(corrected)
    text = flat(read(papers(corrected)[PaperKind.MINUTES]))
    section = text.split("SSP/2/25 Recorded crime and disorder", 1)[1]
    assert (
        "Burglary fell by 12% on the year. "
        "Corrected at the meeting of Wednesday 16 July 2025 (minute SSP/12/25): "
        "That minute SSP/2/25 be corrected to read that burglary fell by 21% on the year. "
        "AGREED to note the report."
    ) in section
    members = flat(read(papers(corrected)[PaperKind.MEMBERS_MINUTES]))
    assert "corrected to read that burglary fell by 21%" in members


def test_a_correction_at_a_restricted_item_prints_only_its_public_wording(corrected):
    at = corrected.approving_item
    at.restriction = Restriction.EXEMPT
    at.exempt_paragraphs = [1]
    at.save()
    decision = at.decisions.get()
    decision.text = "That minute SSP/2/25 name Mr Example as the offender."
    decision.public_text = "That minute SSP/2/25 be corrected."
    decision.save()
    publish_minutes_of(corrected.later)
    build_papers(corrected)
    public = flat(read(papers(corrected)[PaperKind.MINUTES]))
    assert "(minute SSP/12/25): That minute SSP/2/25 be corrected." in public
    assert "Mr Example" not in public
    members = flat(read(papers(corrected)[PaperKind.MEMBERS_MINUTES]))
    assert "That minute SSP/2/25 name Mr Example as the offender." in members


def test_rebuilding_the_later_meeting_reprints_the_corrected_minutes(corrected):
    later = corrected.later
    build_papers(corrected)
    before = papers(corrected)[PaperKind.MINUTES]
    publish_minutes_of(later)
    later.agenda_published_at = corrected.agenda_published_at
    later.save()
    rebuild(later.pk)
    after = papers(corrected)[PaperKind.MINUTES]
    assert after.pk == before.pk
    assert after.sha256 != before.sha256
    assert "Corrected at the meeting of Wednesday 16 July 2025" in flat(read(after))
    assert papers(later)  # the later meeting's own papers were built too


def test_the_decision_notice_stays_public(minuted):
    from moot.documents.models import PaperSettings

    PaperSettings.objects.create(committee=minuted.committee, decision_notices=True)
    build_papers(minuted)
    notice = papers(minuted)[PaperKind.DECISION_NOTICE]
    assert not notice.is_restricted
    text = flat(read(notice))
    assert PUBLIC_DECISION in text
    assert "Acme" not in text


def test_several_exempt_items_make_one_members_version(minuted):
    make_exempt_item(minuted, title="Staffing matter", reference="SSP/5/25", minutes="<p>X.</p>")
    build_papers(minuted)
    assert [k for k in papers(minuted) if "minutes" in k] == [
        PaperKind.MEMBERS_MINUTES,
        PaperKind.MINUTES,
    ]
