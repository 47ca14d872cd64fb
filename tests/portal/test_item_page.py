"""An agenda item's own page (its permalink): its reference, title and meeting, and what the
meeting page shows of it to the same viewer — papers, minutes, decisions — a restricted item
only in what the public may know; found by its reference too."""

from __future__ import annotations

import pytest
from django.utils import timezone

from moot.meetings.choices import MinutesState
from tests.clerk.personas import make_user, signed_in
from tests.factories import (
    local,
    make_committee,
    make_decision,
    make_document,
    make_exempt_item,
    make_item,
    make_meeting,
    make_membership,
    make_person,
)
from tests.portal.test_pages import text_of

pytestmark = pytest.mark.django_db

SECRET = "CANARY-item-page-77d1"


@pytest.fixture
def agenda():
    committee = make_committee(
        name="Safer Stockton Partnership", slug="ssp", reference_prefix="SSP"
    )
    meeting = make_meeting(committee, start=local(2025, 5, 14, 9))
    plan = make_item(
        meeting,
        title="Community Safety Plan",
        reference="SSP/4/25",
        agenda_text="<p>The draft plan for 2025 to 2028.</p>",
        minutes="<p>Members discussed the plan's priorities.</p>",
    )
    make_document(meeting, plan, title="Community Safety Plan report", filename="plan.pdf")
    make_decision(plan, "AGREED that the plan be approved.")
    contract = make_exempt_item(
        meeting,
        title="CCTV maintenance contract",
        reference="SSP/5/25",
        agenda_text=f"<p>The bids: {SECRET}.</p>",
        minutes=f"<p>Members chose {SECRET}.</p>",
        public_summary="Members awarded the CCTV maintenance contract.",
    )
    make_document(meeting, contract, title=f"Bids {SECRET}", filename="bids.pdf")
    make_decision(contract, f"AGREED to award to {SECRET}.", public_text="AGREED.")
    return {"meeting": meeting, "plan": plan, "contract": contract, "committee": committee}


def test_the_page_shows_the_item_its_papers_minutes_and_decision(client, agenda):
    plan = agenda["plan"]
    response = client.get(plan.page_url)
    assert response.status_code == 200
    text = text_of(response)
    assert "SSP/4/25 Community Safety Plan" in text
    assert "Safer Stockton Partnership" in text and "Wednesday 14 May 2025, 9.00am" in text
    assert "The draft plan for 2025 to 2028." in text
    assert "Members discussed the plan's priorities." in text
    assert "AGREED that the plan be approved." in text
    assert "Community Safety Plan report" in text
    assert "CCTV maintenance contract" not in text  # one item, not the agenda
    assert plan.get_absolute_url() in response.content.decode()  # back to the meeting


def test_the_meeting_page_links_each_item_to_its_page(client, agenda):
    html = client.get(agenda["meeting"].get_absolute_url()).content.decode()
    assert f'href="{agenda["plan"].page_url}"' in html
    assert f'href="{agenda["contract"].page_url}"' in html


def test_a_restricted_item_shows_the_public_only_what_the_public_may_know(client, agenda):
    contract = agenda["contract"]
    html = client.get(contract.page_url).content.decode()
    assert "CCTV maintenance contract" in html and "Restricted" in html
    assert "Members awarded the CCTV maintenance contract." in html
    assert SECRET not in html


def test_a_member_of_the_committee_reads_the_restricted_item_whole(agenda):
    user = make_user("cllr")
    make_membership(make_person(name="Cllr Ann Jones", user=user), agenda["committee"])
    html = signed_in(user).get(agenda["contract"].page_url).content.decode()
    assert f"The bids: {SECRET}." in html
    response = signed_in(user).get(agenda["contract"].page_url)
    assert "no-store" in response.get("Cache-Control", "")


def test_what_the_public_may_not_know_of_is_not_found(client, agenda):
    meeting, plan = agenda["meeting"], agenda["plan"]
    other = make_meeting(agenda["committee"], start=local(2025, 7, 16, 9))
    assert client.get(f"/meetings/{other.pk}/items/{plan.pk}/").status_code == 404
    unpublished = make_meeting(agenda["committee"], start=local(2030, 1, 1), published=False)
    draft = make_item(unpublished, title="Not yet published", published=False)
    assert client.get(draft.page_url).status_code == 404
    plan.withdrawn_at = timezone.now()
    plan.save()
    assert client.get(plan.page_url).status_code == 404
    assert meeting.pk  # the meeting itself is still there
    assert client.get(meeting.get_absolute_url()).status_code == 200


def test_minutes_not_yet_public_are_not_on_the_page(client, agenda):
    meeting = agenda["meeting"]
    meeting.minutes_state = MinutesState.NONE
    meeting.save()
    text = text_of(client.get(agenda["plan"].page_url))
    assert "The draft plan for 2025 to 2028." in text
    assert "Members discussed" not in text and "AGREED that the plan" not in text


def test_a_reference_leads_to_the_item_s_page(client, agenda):
    response = client.get("/items/SSP/4/25")
    assert response.status_code == 302 and response["Location"] == agenda["plan"].page_url
    assert client.get("/items/ssp/5/25/")["Location"] == agenda["contract"].page_url
    assert client.get("/items/SSP/99/25").status_code == 404


def test_its_cost_is_fixed(client, agenda, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        client.get(agenda["plan"].page_url)
