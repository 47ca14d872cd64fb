"""The rest of the statutory record (Local Government Act 1972, Part VA and Schedule 12A): the
public-interest test for exempt material, the power the exclusion cites, and the notice a
meeting moved after its agenda went out still gives."""

from __future__ import annotations

import html

import pytest
from django.urls import reverse

from moot.meetings.choices import ItemKind, Jurisdiction, Restriction
from moot.meetings.services import agenda, history, publishing, reports, restrictions, scheduling
from moot.meetings.services.common import ServiceError
from tests.factories import local
from tests.portal.pdf import one_page_pdf


@pytest.fixture
def meeting(personas):
    return scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))


def _restrict(meeting, title, restriction, paragraphs=(), reason="Stated reason."):
    item = agenda.add_item(meeting, {"title": title, "kind": ItemKind.DECISION})
    restrictions.restrict_item(
        item,
        restriction,
        paragraphs=paragraphs,
        reason=reason,
        public_interest="Withholding it outweighs disclosure while the tender is open."
        if restriction == Restriction.EXEMPT
        else "",
        public_summary="Members considered it.",
    )
    return item


def _exclusion(meeting):
    return meeting.items.get(kind=ItemKind.EXCLUSION).agenda_text


def _jurisdiction(personas, jurisdiction):
    personas.body.jurisdiction = jurisdiction
    personas.body.save()


# The exclusion resolution


def test_it_excludes_for_exempt_information_under_section_100a4_with_its_paragraphs(meeting):
    _restrict(meeting, "Contract award", Restriction.EXEMPT, [3])
    text = _exclusion(meeting)
    assert text.startswith(
        "<p>That under section 100A(4) of the Local Government Act 1972 the press and public be "
        "excluded from the meeting for the following item of business on the grounds that it "
        "involves the likely disclosure of exempt information as defined in paragraph 3 of "
        "Part 1 of Schedule 12A to the Act.</p>"
    )
    assert "100A(2)" not in text


def test_it_says_confidential_information_is_excluded_by_section_100a2_without_a_resolution(
    meeting,
):
    _restrict(meeting, "Government briefing", Restriction.CONFIDENTIAL)
    text = _exclusion(meeting)
    assert "100A(4)" not in text
    assert "That " not in text  # no resolution is proposed
    assert "section 100A(2) of the Local Government Act 1972" in text
    assert "confidential information as defined in section 100A(3)" in text
    assert "no resolution is needed" in text


def test_it_keeps_exempt_and_confidential_items_on_their_own_powers(meeting):
    _restrict(meeting, "Government briefing", Restriction.CONFIDENTIAL)
    _restrict(meeting, "Contract award", Restriction.EXEMPT, [3])
    _restrict(meeting, "Staffing", Restriction.EXEMPT, [1])
    resolution, confidential = _exclusion(meeting).split("</p>")[:2]
    assert resolution.startswith("<p>That under section 100A(4)")
    assert "for the following exempt items of business" in resolution
    assert "paragraphs 1 and 3 of Part 1 of Schedule 12A" in resolution
    assert "confidential" not in resolution
    assert "for the following confidential item of business" in confidential
    assert "by section 100A(2)" in confidential


def test_it_does_not_cite_section_100a4_for_another_stated_reason(meeting):
    _restrict(meeting, "Contract award", Restriction.EXEMPT, [3])
    _restrict(meeting, "Crime figures", Restriction.RESTRICTED, reason="Embargoed until May.")
    resolution, other = _exclusion(meeting).split("</p>")[:2]
    assert "the following exempt item of business" in resolution
    assert "100A" not in other
    assert other.endswith("for the reason that embargoed until May.")


def test_a_welsh_body_cites_part_4_and_the_same_sections(personas, meeting):
    _jurisdiction(personas, Jurisdiction.WALES)
    _restrict(meeting, "Land sale", Restriction.EXEMPT, [14])
    _restrict(meeting, "Government briefing", Restriction.CONFIDENTIAL)
    text = _exclusion(meeting)
    assert "That under section 100A(4)" in text
    assert "paragraph 14 of Part 4 of Schedule 12A" in text
    assert "by section 100A(2) of the Local Government Act 1972" in text


def test_a_body_outside_part_va_resolves_without_citing_the_act_s_sections(personas, meeting):
    _jurisdiction(personas, Jurisdiction.OTHER)
    _restrict(meeting, "Police operation", Restriction.EXEMPT, [7])
    _restrict(meeting, "Government briefing", Restriction.CONFIDENTIAL)
    text = _exclusion(meeting)
    assert "section 100A" not in text
    assert "no resolution" not in text
    assert text.count("<p>That the press and public be excluded") == 2
    assert "likely disclosure of confidential information" in text


# Moving a meeting after its agenda went out


@pytest.fixture
def published(personas, time_machine):
    """A meeting on Wednesday 15 May 2030 whose agenda went out on Wednesday 1 May, with full
    notice; today is Monday 6 May (a bank holiday)."""
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    publishing.publish_agenda(meeting, now=local(2030, 5, 1))
    time_machine.move_to(local(2030, 5, 6, 12), tick=False)
    personas.clerk.force_login(personas.clerk_user)  # signed in afresh: years have passed
    meeting.refresh_from_db()
    return meeting


def _move(client, meeting, start, **extra):
    return client.post(
        reverse("clerk:meeting_details", args=[meeting.pk]),
        {"details-start": start, "details-end": "", "details-location": "", **extra},
        follow=True,
    )


def test_moving_a_published_meeting_into_short_notice_is_refused(published):
    with pytest.raises(scheduling.MovedAtShortNotice) as refused:
        scheduling.edit_meeting(published, {"start": local(2030, 5, 10)})
    assert str(refused.value) == (
        "The agenda went out on Wednesday 1 May 2030 for the meeting on Wednesday 15 May 2030, "
        "9.00am. Moved today to Friday 10 May 2030, 9.00am, the meeting gives 3 clear working "
        "days' notice of its new date (Tuesday 7 May, Wednesday 8 May, Thursday 9 May); 5 are "
        "required. The last day to give full notice of that date was Wednesday 1 May 2030."
    )
    published.refresh_from_db()
    assert published.start == local(2030, 5, 15)


def test_the_clerk_sees_what_a_short_notice_move_means_and_confirms_it(personas, published):
    refused = _move(personas.clerk, published, "2030-05-10T09:00")
    page = refused.content.decode()
    assert "3 clear working days" in page
    assert 'name="accept_short_notice"' in page
    published.refresh_from_db()
    assert published.start == local(2030, 5, 15)
    moved = _move(personas.clerk, published, "2030-05-10T09:00", accept_short_notice="1")
    assert moved.redirect_chain
    published.refresh_from_db()
    assert published.start == local(2030, 5, 10)
    revision = history.revisions_of(published).filter(action="update").latest("at")
    assert revision.note.startswith("Moved at short notice after the agenda went out.")


def test_moving_a_published_meeting_later_says_the_papers_follow(personas, published):
    moved = _move(personas.clerk, published, "2030-05-22T09:00")
    page = html.unescape(moved.content.decode())
    assert "The agenda went out for Wednesday 15 May 2030, 9.00am" in page
    assert "gives 11 clear working days' notice of its new date (5 required)" in page
    assert "the agenda papers are reissued with the new date" in page
    published.refresh_from_db()
    assert published.start == local(2030, 5, 22)


def test_moving_the_time_on_the_day_at_short_notice_is_refused_too(published, time_machine):
    time_machine.move_to(local(2030, 5, 14, 12), tick=False)
    with pytest.raises(scheduling.MovedAtShortNotice):
        scheduling.edit_meeting(published, {"start": local(2030, 5, 15, 14)})


def test_moving_an_unpublished_meeting_needs_no_notice_yet(personas, time_machine):
    time_machine.move_to(local(2030, 5, 6, 12), tick=False)
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    scheduling.edit_meeting(meeting, {"start": local(2030, 5, 8)})  # publishing checks it
    meeting.refresh_from_db()
    assert meeting.start == local(2030, 5, 8)


def test_editing_the_venue_of_a_published_meeting_runs_no_notice_check(published):
    published_start = published.start
    scheduling.edit_meeting(published, {"start": published_start, "note": "Room 2."})
    published.refresh_from_db()
    assert published.note == "Room 2."


# The public-interest test (Schedule 12A, Part 2, paragraph 10)

PUBLIC_INTEREST = "Disclosure now would harm the tender; that outweighs openness until it closes."


def test_an_exempt_item_needs_its_public_interest_test(meeting):
    item = agenda.add_item(meeting, {"title": "Contract award", "kind": ItemKind.DECISION})
    with pytest.raises(ServiceError, match="public interest test"):
        restrictions.restrict_item(
            item, Restriction.EXEMPT, paragraphs=[3], reason="Bids.", public_summary="A contract."
        )
    item.refresh_from_db()
    assert not item.is_restricted


def test_confidential_information_has_no_public_interest_test(meeting):
    item = agenda.add_item(meeting, {"title": "Government briefing", "kind": ItemKind.DECISION})
    restrictions.restrict_item(
        item,
        Restriction.CONFIDENTIAL,
        reason="Given by a government department in confidence.",
        public_interest="Not a test the law asks for here.",
        public_summary="Members were briefed.",
    )
    item.refresh_from_db()
    assert item.restriction == Restriction.CONFIDENTIAL
    assert item.public_interest == ""


def test_an_exempt_document_needs_and_keeps_its_public_interest_test(meeting):
    item = agenda.add_item(meeting, {"title": "Community safety plan", "kind": ItemKind.DECISION})
    appendix = reports.attach_document(
        meeting, one_page_pdf("Names"), filename="a.pdf", title="Appendix", item=item
    )
    with pytest.raises(ServiceError, match="public interest test"):
        restrictions.restrict_document(
            appendix, Restriction.EXEMPT, paragraphs=[1], reason="Names."
        )
    restrictions.restrict_document(
        appendix,
        Restriction.EXEMPT,
        paragraphs=[1],
        reason="Names.",
        public_interest=PUBLIC_INTEREST,
    )
    appendix.refresh_from_db()
    assert appendix.public_interest == PUBLIC_INTEREST


def test_the_clerk_s_forms_ask_for_the_public_interest_test(personas, meeting):
    item = agenda.add_item(meeting, {"title": "Contract award", "kind": ItemKind.DECISION})
    posted = {
        "restrict-restriction": "exempt",
        "restrict-paragraphs": ["3"],
        "restrict-reason": "Bids.",
        "restrict-public_summary": "A contract was let.",
    }
    refused = personas.clerk.post(reverse("clerk:item_restrict", args=[item.pk]), posted)
    assert refused.status_code == 200
    assert "public interest test" in refused.content.decode()
    saved = personas.clerk.post(
        reverse("clerk:item_restrict", args=[item.pk]),
        {**posted, "restrict-public_interest": PUBLIC_INTEREST},
    )
    assert saved.status_code == 302
    appendix = reports.attach_document(
        meeting, one_page_pdf("Names"), filename="a.pdf", title="Appendix", item=item
    )
    screen = personas.clerk.get(reverse("clerk:document", args=[appendix.pk])).content.decode()
    assert 'name="restrict-public_interest"' in screen
    personas.clerk.post(
        reverse("clerk:document_restrict", args=[appendix.pk]),
        {
            "restrict-restriction": "exempt",
            "restrict-paragraphs": ["1"],
            "restrict-reason": "Names.",
            "restrict-public_interest": PUBLIC_INTEREST,
        },
    )
    appendix.refresh_from_db()
    assert appendix.public_interest == PUBLIC_INTEREST


def test_the_public_reads_the_public_interest_test_with_the_summary(personas, meeting):
    item = _restrict(meeting, "Contract award", Restriction.EXEMPT, [3])
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    page = html.unescape(personas.public.get(meeting.get_absolute_url()).content.decode())
    summary = page.index("Members considered it.")
    test = page.index(item.public_interest)
    assert page.index("Contract award") < test
    assert abs(test - summary) < 400  # beside the summary, in the item
