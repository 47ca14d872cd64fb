"""The decisions register: every decision of committee meetings the public may read,
filtered by committee, dates and words, a page at a time."""

import pytest

from moot.meetings.choices import MinutesState
from tests.factories import (
    local,
    make_committee,
    make_decision,
    make_exempt_item,
    make_item,
    make_meeting,
)
from tests.portal.test_pages import text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def decided():
    planning = make_committee(name="Planning Committee", slug="planning")
    cabinet = make_committee(name="Cabinet", slug="cabinet")
    may = make_meeting(planning, start=local(2025, 5, 14, 9))
    june = make_meeting(cabinet, start=local(2025, 6, 4, 18, 30))
    park = make_item(may, title="Land at Preston Park", reference="PC/4/25")
    budget = make_item(june, title="Budget monitoring", reference="CAB/2/25")
    secret = make_exempt_item(june, title="Sale of the depot")
    return {
        "park": make_decision(park, "AGREED that outline permission be granted."),
        "budget": make_decision(budget, "AGREED to note the forecast overspend."),
        "secret": make_decision(
            secret, "AGREED to sell the depot to Acme Ltd for £1.2m.", public_text="AGREED."
        ),
        "planning": planning,
        "may": may,
    }


def test_it_lists_every_decision_with_its_meeting_and_item(client, decided):
    response = client.get("/decisions/")
    assert response.status_code == 200
    text = text_of(response)
    assert "AGREED that outline permission be granted." in text
    assert "Wednesday 14 May 2025, 9.00am" in text
    assert "Planning Committee" in text and "PC/4/25 Land at Preston Park" in text
    assert decided["park"].item.get_absolute_url() in response.content.decode()


def test_it_shows_an_exempt_decision_only_in_its_public_wording(client, decided):
    html = client.get("/decisions/").content.decode()
    assert "Sale of the depot" in html
    assert "Acme" not in html and "£1.2m" not in html


def test_it_leaves_out_meetings_whose_minutes_are_not_public(client, decided):
    decided["may"].minutes_state = MinutesState.NONE
    decided["may"].save()
    assert "outline permission" not in client.get("/decisions/").content.decode()


def test_it_filters_by_committee_dates_and_words(client, decided):
    assert "forecast" not in client.get("/decisions/?committee=planning").content.decode()
    html = client.get("/decisions/?from=2025-06-01&to=2025-06-30").content.decode()
    assert "forecast" in html and "outline permission" not in html
    html = client.get("/decisions/?q=preston").content.decode()
    assert "outline permission" in html and "forecast" not in html


def test_it_does_not_find_an_exempt_decision_by_its_withheld_words(client, decided):
    assert "Sale of the depot" not in client.get("/decisions/?q=acme").content.decode()


def test_it_ignores_dates_it_cannot_read(client, decided):
    assert client.get("/decisions/?from=yesterday&to=2025-13-40").status_code == 200


def test_it_pages_the_register(client, decided):
    meeting = make_meeting(decided["planning"], start=local(2024, 1, 10, 9))
    for n in range(60):
        make_decision(make_item(meeting, title=f"Application {n}"), f"AGREED number {n}.")
    first = client.get("/decisions/").content.decode()
    assert 'href="?page=2"' in first
    assert "Page 1 of 2" in text_of(client.get("/decisions/"))


def test_the_navigation_links_to_the_register(client, decided):
    assert 'href="/decisions/"' in client.get("/").content.decode()


def test_it_costs_a_fixed_number_of_queries(client, decided, django_assert_max_num_queries):
    for n in range(10):
        make_decision(make_item(decided["may"], title=f"Application {n}"))
    # Committees, decision makers and wards for the filters; the count; the page's keys;
    # its decisions.
    with django_assert_max_num_queries(6):
        client.get("/decisions/")
