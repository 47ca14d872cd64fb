"""Meetings by committee and municipal year, for the archive: /committees/<slug>/<year>/."""

import pytest
from django.utils import timezone

from moot.meetings.choices import MeetingStatus
from moot.meetings.models import AnnualMeeting
from tests.factories import local, make_committee, make_exempt_item, make_meeting
from tests.portal.test_pages import text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def planning():
    committee = make_committee(name="Planning Committee", slug="planning")
    return {
        "committee": committee,
        "april_2025": make_meeting(committee, start=local(2025, 4, 9, 14)),
        "june_2025": make_meeting(committee, start=local(2025, 6, 4, 14)),
        "march_2026": make_meeting(
            committee, start=local(2026, 3, 11, 18, 30), status=MeetingStatus.CANCELLED
        ),
        "june_2023": make_meeting(committee, start=local(2023, 6, 7, 14)),
    }


def test_it_lists_the_meetings_of_one_municipal_year(client, planning):
    response = client.get("/committees/planning/2025/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Planning Committee" in html and "2025/26" in html
    assert planning["june_2025"].get_absolute_url() in html
    assert planning["march_2026"].get_absolute_url() in html
    assert planning["april_2025"].get_absolute_url() not in html
    text = text_of(response)
    assert "Wednesday 4 June 2025, 2.00pm" in text
    assert "Wednesday 11 March 2026, 6.30pm Cancelled" in text


def test_it_follows_the_bodys_annual_meeting(client, planning):
    AnnualMeeting.objects.create(body=planning["committee"].body, date=local(2025, 4, 1).date())
    html = client.get("/committees/planning/2025/").content.decode()
    assert planning["april_2025"].get_absolute_url() in html


def test_it_links_every_year_that_has_meetings(client, planning):
    html = client.get("/committees/planning/2025/").content.decode()
    for year in (2023, 2024, 2025):
        assert f'href="/committees/planning/{year}/"' in html
    assert 'href="/committees/planning/2022/"' not in html


def test_the_committee_page_links_each_year(client, planning):
    html = client.get("/committees/planning/").content.decode()
    for year in (2025, 2024, 2023):
        assert f'href="/committees/planning/{year}/"' in html


def test_it_says_so_when_a_year_has_no_meetings(client, planning):
    response = client.get("/committees/planning/2019/")
    assert response.status_code == 200
    assert "No meetings of Planning Committee in 2019/20" in text_of(response)


def test_it_answers_not_found_for_a_withdrawn_committee(client, planning):
    planning["committee"].deleted_at = timezone.now()
    planning["committee"].save()
    assert client.get("/committees/planning/2025/").status_code == 404
    assert client.get("/committees/nobody/2025/").status_code == 404


def test_it_shows_nothing_of_an_exempt_item(client, planning):
    make_exempt_item(planning["june_2025"], title="Secret land deal", public_summary="")
    assert "Secret land deal" not in client.get("/committees/planning/2025/").content.decode()


def test_it_costs_a_fixed_number_of_queries(client, planning, django_assert_max_num_queries):
    for day in (1, 8, 15, 22):
        make_meeting(planning["committee"], start=local(2025, 9, day, 10))
    with django_assert_max_num_queries(4):
        client.get("/committees/planning/2025/")
