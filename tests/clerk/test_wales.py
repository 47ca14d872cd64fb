"""A Welsh body cites Schedule 12A as it applies in Wales: Part 4, paragraphs 12 to 18 (as
substituted by the Local Government (Access to Information) (Variation) (Wales) Order 2007),
in the clerk's choices, on the public page, in the papers and in the exclusion resolution."""

from __future__ import annotations

import pytest

from moot.documents.papers.agenda import agenda, exemption_wording, public_viewer
from moot.meetings.choices import EXEMPT_PARAGRAPHS, ItemKind, Jurisdiction
from moot.meetings.services import agenda as agenda_service
from moot.meetings.services import publishing, scheduling
from moot.meetings.services import restrictions as restrictions_service
from moot.meetings.services.common import ServiceError
from tests.factories import local


@pytest.fixture
def welsh(personas):
    personas.body.jurisdiction = Jurisdiction.WALES
    personas.body.save()
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    item = agenda_service.add_item(meeting, {"title": "Land sale", "kind": ItemKind.DECISION})
    return meeting, item


def test_wales_has_paragraphs_12_to_18():
    wales = EXEMPT_PARAGRAPHS[Jurisdiction.WALES]
    assert list(wales) == list(range(12, 19))
    assert wales[12] == "Information relating to a particular individual"
    assert "(including the authority holding that information)" in wales[14]
    assert wales[18].endswith("prevention, investigation or prosecution of crime")


def test_a_welsh_clerk_chooses_from_the_welsh_list(personas, welsh):
    _, item = welsh
    screen = personas.clerk.get(f"/clerk/items/{item.pk}/").content.decode()
    assert "Paragraphs of Part 4 of Schedule 12A" in screen
    assert "14. Information relating to the financial or business affairs" in screen
    assert "Information relating to any individual" not in screen  # England's paragraph 1
    refused = personas.clerk.post(
        f"/clerk/items/{item.pk}/restrict/",
        {
            "restrict-restriction": "exempt",
            "restrict-paragraphs": ["3"],
            "restrict-reason": "Bids.",
            "restrict-public_summary": "Land was sold.",
        },
    )
    assert refused.status_code == 200
    with pytest.raises(ServiceError, match="no paragraph 3"):
        restrictions_service.restrict_item(
            item,
            "exempt",
            paragraphs=[3],
            reason="Bids.",
            public_summary="Land was sold.",
            public_interest="Withholding it outweighs disclosure for now.",
        )


def test_the_public_page_papers_and_resolution_cite_part_4(personas, welsh):
    meeting, item = welsh
    response = personas.clerk.post(
        f"/clerk/items/{item.pk}/restrict/",
        {
            "restrict-restriction": "exempt",
            "restrict-paragraphs": ["14"],
            "restrict-reason": "Bids.",
            "restrict-public_interest": "Disclosure would prejudice the sale.",
            "restrict-public_summary": "Land was sold.",
        },
    )
    assert response.status_code == 302
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    page = personas.public.get(meeting.get_absolute_url()).content.decode()
    assert "Exempt: paragraph 14 of Part 4 of Schedule 12A" in page
    assert "Information relating to the financial or business affairs" in page
    item.refresh_from_db()
    assert exemption_wording(item, Jurisdiction.WALES) == (
        "Exempt information under paragraph 14 of Part 4 of Schedule 12A to the Local "
        "Government Act 1972"
    )
    entry = next(e for e in agenda(meeting, public_viewer()).entries if e.item.pk == item.pk)
    assert entry.exemption.startswith("Exempt information under paragraph 14 of Part 4")
    assert entry.paragraph_descriptions == [EXEMPT_PARAGRAPHS[Jurisdiction.WALES][14]]
    exclusion = meeting.items.get(kind=ItemKind.EXCLUSION)
    assert "paragraph 14 of Part 4 of Schedule 12A" in exclusion.agenda_text


def test_an_english_body_still_cites_part_1(personas):
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    item = agenda_service.add_item(meeting, {"title": "Staffing", "kind": ItemKind.DECISION})
    restrictions_service.restrict_item(
        item,
        "exempt",
        paragraphs=[1, 4],
        reason="Staff.",
        public_summary="Posts were agreed.",
        public_interest="Withholding it outweighs disclosure for now.",
    )
    assert exemption_wording(item, Jurisdiction.ENGLAND) == (
        "Exempt information under paragraphs 1 and 4 of Part 1 of Schedule 12A to the Local "
        "Government Act 1972"
    )
    with pytest.raises(ServiceError, match="no paragraph 14"):
        restrictions_service.restrict_item(
            item,
            "exempt",
            paragraphs=[14],
            reason="Staff.",
            public_summary="Posts.",
            public_interest="Withholding it outweighs disclosure for now.",
        )
