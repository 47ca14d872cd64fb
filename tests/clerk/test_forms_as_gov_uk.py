"""The back office's forms behave as GOV.UK forms do: a refused form says "Error:" in the page
title and takes the focus to its error summary, "(optional)" is said once and only on optional
fields, and a new item is a report, added before any other business and the exempt part."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from moot.meetings.choices import ItemKind
from moot.meetings.models import Item
from moot.meetings.services import agenda, restrictions, scheduling
from tests.factories import local


@pytest.fixture
def meeting(personas):
    return scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))


def _title(html: str) -> str:
    found = re.search(r"<title>(.*?)</title>", html, re.S)
    assert found
    return found.group(1).strip()


def _agenda(meeting) -> list[str]:
    return [i.title for i in Item.objects.filter(meeting=meeting).order_by("position")]


def test_it_starts_the_title_with_error_when_a_form_is_refused(personas, meeting):
    url = reverse("clerk:item_new", args=[meeting.pk])
    html = personas.clerk.post(url, {"new-title": "", "new-kind": "decision"}).content.decode()
    assert _title(html).startswith("Error: Agenda: Safer Stockton Partnership")


def test_it_leaves_the_title_alone_when_nothing_was_refused(personas, meeting):
    html = personas.clerk.get(reverse("clerk:meeting", args=[meeting.pk])).content.decode()
    assert _title(html).startswith("Agenda: Safer Stockton Partnership")


def test_it_starts_the_title_with_error_when_a_service_refuses(personas, meeting):
    item = meeting.items.get(kind=ItemKind.APOLOGIES)
    url = reverse("clerk:item_urgent", args=[item.pk])
    html = personas.clerk.post(url, {"urgent-reason": "", "urgent-chair_consented": ""})
    assert _title(html.content.decode()).startswith("Error: Apologies for absence")


def test_it_takes_the_focus_to_the_error_summary_without_javascript(personas, meeting):
    url = reverse("clerk:item_new", args=[meeting.pk])
    html = personas.clerk.post(url, {"new-title": "", "new-kind": "decision"}).content.decode()
    summary = re.search(r'<div class="error-summary"[^>]*>', html)
    assert summary
    assert 'tabindex="-1"' in summary.group(0)
    assert "autofocus" in summary.group(0)
    assert 'href="#id_new-title"' in html


def test_it_says_optional_once_on_an_optional_field(personas, meeting):
    html = personas.clerk.get(reverse("clerk:meeting_edit", args=[meeting.pk])).content.decode()
    assert "(optional) <span" not in html
    assert "(optional)</span></label>" in html
    assert "(optional) (optional)" not in re.sub(r"<[^>]+>", "", html)
    # "Ends" is a date: its label is the legend of its day, month and year boxes.
    ends = re.search(
        r'<fieldset class="fieldset" id="id_details-end".*?<legend class="legend">(.*?)</legend>',
        html,
        re.S,
    )
    assert ends
    assert re.sub(r"<[^>]+>", "", ends.group(1)).strip() == "Ends (optional)"


def test_it_never_calls_a_field_a_restriction_needs_optional(personas, meeting):
    item = meeting.items.get(kind=ItemKind.APOLOGIES)
    html = personas.clerk.get(reverse("clerk:item", args=[item.pk])).content.decode()
    for field in ("reason", "public_summary"):
        label = re.search(rf'<label class="label" for="id_restrict-{field}">(.*?)</label>', html)
        assert label, field
        assert "optional" not in label.group(1), field


def test_it_offers_a_report_as_the_kind_of_a_new_item(personas, meeting):
    html = personas.clerk.get(reverse("clerk:meeting", args=[meeting.pk])).content.decode()
    select = re.search(r'<select name="new-kind".*?</select>', html, re.S)
    assert select
    chosen = re.findall(r'<option value="([a-z_]+)" selected>', select.group(0))
    assert chosen == [ItemKind.DECISION]


def test_it_adds_an_item_before_any_other_business_and_the_exempt_part(personas, meeting):
    exempt = agenda.add_item(meeting, {"title": "Contract award", "kind": ItemKind.DECISION})
    restrictions.restrict_item(
        exempt,
        "exempt",
        paragraphs=[3],
        reason="Bids.",
        public_interest="Disclosure would prejudice the tender.",
        public_summary="A contract was let.",
    )
    personas.clerk.post(
        reverse("clerk:item_new", args=[meeting.pk]),
        {"new-title": "Community safety plan", "new-kind": "decision"},
    )
    assert _agenda(meeting)[-4:] == [
        "Community safety plan",
        "Exclusion of the press and public",
        "Contract award",
        "Any other business",
    ]


def test_it_knows_any_other_business_typed_as_a_standard_item_without_its_kind(personas):
    committee = personas.committee
    form = {
        "name": committee.name,
        "slug": committee.slug,
        "reference_prefix": committee.reference_prefix,
        "standard_items": "Apologies for absence\nAny other business\nDate of the next meeting",
    }
    response = personas.clerk.post(reverse("clerk:committee", args=[committee.pk]), form)
    assert response.status_code == 302
    committee.refresh_from_db()
    assert [e["kind"] for e in committee.standard_items] == [
        ItemKind.APOLOGIES,
        ItemKind.AOB,
        ItemKind.NEXT_MEETING,
    ]
    meeting = scheduling.schedule_meeting(committee, local(2030, 5, 15))
    agenda.add_item(meeting, {"title": "Community safety plan", "kind": ItemKind.DECISION})
    assert _agenda(meeting) == [
        "Apologies for absence",
        "Community safety plan",
        "Any other business",
        "Date of the next meeting",
    ]


def test_it_adds_an_item_before_an_any_other_business_item_of_no_known_kind(personas):
    committee = personas.committee
    committee.standard_items = ["Apologies for absence", "Any other business"]
    committee.save()
    meeting = scheduling.schedule_meeting(committee, local(2030, 5, 15))
    Item.objects.filter(meeting=meeting).update(kind=ItemKind.OTHER)
    agenda.add_item(meeting, {"title": "Community safety plan", "kind": ItemKind.DECISION})
    assert _agenda(meeting) == [
        "Apologies for absence",
        "Community safety plan",
        "Any other business",
    ]
