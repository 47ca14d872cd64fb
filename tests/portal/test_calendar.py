"""The calendar page: a month as a table and as a list, filtered by committee, with the
iCalendar feeds linked."""

import pytest
from django.utils import timezone

from moot.meetings.choices import MeetingStatus
from tests.factories import local, make_body, make_committee, make_exempt_item, make_meeting
from tests.portal.test_pages import text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def may():
    body = make_body()
    planning = make_committee(body, name="Planning Committee", slug="planning")
    cabinet = make_committee(body, name="Cabinet", slug="cabinet")
    return {
        "planning": planning,
        "cabinet": cabinet,
        "held": make_meeting(planning, start=local(2025, 5, 14, 9, 0)),
        "cancelled": make_meeting(
            cabinet, start=local(2025, 5, 20, 18, 30), status=MeetingStatus.CANCELLED
        ),
        "postponed": make_meeting(
            planning, start=local(2025, 5, 28, 14, 0), status=MeetingStatus.POSTPONED
        ),
        "june": make_meeting(cabinet, start=local(2025, 6, 3, 10, 0)),
    }


def test_it_shows_the_month_as_a_table_with_a_caption_and_each_days_meetings(client, may):
    response = client.get("/calendar/?month=2025-05")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<caption" in html and "May 2025" in html
    assert '<th scope="col"' in html
    cell = html[html.index('id="day-2025-05-14"') :][:600]
    assert "9.00am" in cell and "Planning Committee" in cell
    assert may["held"].get_absolute_url() in cell
    assert may["june"].get_absolute_url() not in html


def test_it_shows_cancelled_and_postponed_meetings_as_such(client, may):
    text = text_of(client.get("/calendar/?month=2025-05"))
    assert "6.30pm Cabinet Cancelled" in text
    assert "2.00pm Planning Committee Postponed" in text


def test_it_links_the_previous_and_next_months(client, may):
    html = client.get("/calendar/?month=2025-05").content.decode()
    assert 'href="/calendar/?month=2025-04"' in html
    assert 'href="/calendar/?month=2025-06"' in html
    january = client.get("/calendar/?month=2025-01").content.decode()
    assert 'href="/calendar/?month=2024-12"' in january


def test_it_marks_today(client):
    today = timezone.localdate()
    html = client.get("/calendar/").content.decode()
    cell = html[html.index(f'id="day-{today:%Y-%m-%d}"') - 200 :][:400]
    assert 'aria-current="date"' in cell


def test_it_lists_the_month_with_full_dates(client, may):
    text = text_of(client.get("/calendar/?month=2025-05&view=list"))
    assert "Wednesday 14 May 2025, 9.00am Planning Committee" in text
    assert "Tuesday 20 May 2025, 6.30pm Cabinet Cancelled" in text
    assert "Tuesday 3 June 2025" not in text


def test_it_filters_by_committee_with_a_plain_form(client, may):
    html = client.get("/calendar/?month=2025-05&committee=cabinet").content.decode()
    assert '<form method="get"' in html
    assert may["cancelled"].get_absolute_url() in html
    assert may["held"].get_absolute_url() not in html
    assert 'href="/calendar/?month=2025-06&amp;committee=cabinet"' in html
    assert "/feeds/committees/cabinet.ics" in html


def test_it_links_the_icalendar_feeds(client, may):
    html = client.get("/calendar/?month=2025-05").content.decode()
    assert 'href="/feeds/meetings.ics"' in html


def test_it_ignores_a_month_it_cannot_read(client, may):
    assert client.get("/calendar/?month=2025-13").status_code == 200
    assert client.get("/calendar/?month=nonsense&committee=nobody").status_code == 200


def test_it_leaves_out_meetings_of_a_withdrawn_committee(client, may):
    may["planning"].deleted_at = timezone.now()
    may["planning"].save()
    html = client.get("/calendar/?month=2025-05").content.decode()
    assert may["held"].get_absolute_url() not in html


def test_it_shows_nothing_of_an_exempt_item(client, may):
    make_exempt_item(may["held"], title="Secret land deal", public_summary="")
    assert "Secret land deal" not in client.get("/calendar/?month=2025-05").content.decode()


def test_the_home_page_and_navigation_link_to_the_calendar(client, may):
    assert 'href="/calendar/"' in client.get("/").content.decode()


def test_it_costs_a_fixed_number_of_queries(client, may, django_assert_max_num_queries):
    for day in (1, 2, 5, 6, 7):
        make_meeting(may["cabinet"], start=local(2025, 5, day, 10))
    with django_assert_max_num_queries(4):
        client.get("/calendar/?month=2025-05")
