"""The rest of the statutory record (Local Government Act 1972, Part VA and Schedule 12A): the
public-interest test for exempt material, the power the exclusion cites, and the notice a
meeting moved after its agenda went out still gives."""

from __future__ import annotations

import pytest

from moot.meetings.choices import ItemKind, Jurisdiction, Restriction
from moot.meetings.services import agenda, restrictions, scheduling
from tests.factories import local


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
