"""Home, committee and person pages, the sitemap, robots.txt and the accessibility statement."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from moot.meetings.choices import AttendanceStatus, MeetingStatus, MembershipRole
from moot.meetings.models import AnnualMeeting, Attendance
from tests.factories import (
    local,
    make_body,
    make_committee,
    make_document,
    make_exempt_item,
    make_meeting,
    make_membership,
    make_person,
)
from tests.portal.seedlike import CANARY, build_seed_like
from tests.portal.sitemap_pages import whole_sitemap

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", response.content.decode(), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


# ---------- home ----------


def test_home_lists_committees_and_upcoming_and_recent_meetings(client):
    committee = make_committee(name="Planning Committee")
    soon = make_meeting(committee, start=timezone.now() + timedelta(days=7))
    past = make_meeting(committee, start=local(2024, 2, 7, 14, 0))
    html = client.get("/").content.decode()
    assert committee.get_absolute_url() in html
    upcoming = html[html.index('id="upcoming"') : html.index('id="recent"')]
    recent = html[html.index('id="recent"') : html.index('id="committees"')]
    assert soon.get_absolute_url() in upcoming
    assert past.get_absolute_url() in recent
    assert "Wednesday 7 February 2024, 2.00pm" in recent


def test_home_groups_committees_by_body_when_there_are_several(client):
    make_committee(make_body(name="Stockton-on-Tees Borough Council"), name="Cabinet")
    make_committee(make_body(name="Cleveland Fire Authority"), name="Audit Committee")
    html = client.get("/").content.decode()
    assert '<h3 class="heading-m">Stockton-on-Tees Borough Council</h3>' in html
    assert '<h3 class="heading-m">Cleveland Fire Authority</h3>' in html


def test_home_brands_the_header_with_the_only_body(client):
    make_committee(make_body(name="Stockton-on-Tees Borough Council", accent_colour="#00566e"))
    html = client.get("/").content.decode()
    assert '<span class="site-header__name">Stockton-on-Tees Borough Council</span>' in html
    assert "--accent: #00566e" in html


def test_home_takes_a_fixed_number_of_queries(client, django_assert_num_queries):
    for n in range(5):
        committee = make_committee(make_body())
        make_meeting(committee, start=local(2024, 1, 10 + n))
        make_meeting(committee, start=timezone.now() + timedelta(days=n + 1))
    with django_assert_num_queries(3):
        client.get("/")


# ---------- committee ----------


def test_committee_page_shows_purpose_contact_and_current_members(client):
    committee = make_committee(
        name="Safer Stockton Partnership",
        purpose="<p>Community safety for the borough.</p>",
        contact_name="John Devine",
        contact_role="Democratic Services Support Officer",
        contact_email="democratic.services@example.org",
    )
    make_membership(
        make_person(name="Jo Smith"),
        committee,
        role=MembershipRole.PARTNER,
        organisation="Cleveland Police",
    )
    make_membership(make_person(name="Old Member"), committee, end=date(2020, 5, 1))
    text = text_of(client.get(committee.get_absolute_url()))
    assert "Community safety for the borough." in text
    assert "John Devine, Democratic Services Support Officer" in text
    assert "Jo Smith Partner representative Cleveland Police" in text
    assert "Old Member" not in text


def test_committee_meetings_are_grouped_by_municipal_year(client):
    body = make_body()
    AnnualMeeting.objects.create(body=body, date=date(2025, 5, 21))
    committee = make_committee(body)
    before_annual = make_meeting(committee, start=local(2025, 5, 14))
    after_annual = make_meeting(committee, start=local(2025, 6, 11))
    html = client.get(committee.get_absolute_url()).content.decode()
    year_2025 = html[html.index(">2025/26<") : html.index(">2024/25<")]
    year_2024 = html[html.index(">2024/25<") :]
    assert after_annual.get_absolute_url() in year_2025
    assert before_annual.get_absolute_url() in year_2024


def test_committee_page_tags_cancelled_and_postponed_meetings(client):
    committee = make_committee()
    make_meeting(committee, start=local(2025, 6, 1), status=MeetingStatus.CANCELLED)
    make_meeting(committee, start=local(2025, 7, 1), status=MeetingStatus.POSTPONED)
    html = client.get(committee.get_absolute_url()).content.decode()
    assert '<strong class="tag tag--red">Cancelled</strong>' in html
    assert '<strong class="tag tag--yellow">Postponed</strong>' in html


def test_committee_page_takes_a_fixed_number_of_queries(client, django_assert_num_queries):
    committee = make_committee()
    for n in range(12):
        make_meeting(committee, start=local(2020 + n // 3, 1 + n, 1))
        make_membership(make_person(), committee)
    with django_assert_num_queries(4):
        client.get(committee.get_absolute_url())


def test_an_unknown_committee_is_not_found(client):
    assert client.get("/committees/no-such-thing/").status_code == 404


# ---------- person ----------


def test_person_page_shows_memberships_and_attendance_but_never_the_email(client):
    seed = build_seed_like()
    chair = seed.committee.memberships.get(role=MembershipRole.CHAIR).person
    Attendance.objects.create(
        meeting=seed.previous, person=chair, status=AttendanceStatus.APOLOGIES
    )
    response = client.get(chair.get_absolute_url())
    text = text_of(response)
    assert "Safer Stockton Partnership Chair Stockton-on-Tees Borough Council" in text
    assert "Safer Stockton Partnership, Wednesday 14 May 2025 Present" in text
    assert "Safer Stockton Partnership, Wednesday 19 March 2025 Apologies" in text
    assert chair.email not in response.content.decode()


def test_person_page_takes_a_fixed_number_of_queries(client, django_assert_num_queries):
    person = make_person()
    for n in range(6):
        committee = make_committee()
        make_membership(person, committee)
        meeting = make_meeting(committee, start=local(2025, 1, 1 + n))
        Attendance.objects.create(meeting=meeting, person=person)
    # The person, their posts, seats, declarations, meetings attended, the body's annual
    # meetings, the attendance statistics (two), the site's brand and the published register
    # of interests.
    with django_assert_num_queries(10):
        client.get(person.get_absolute_url())


# ---------- sitemap, robots, statement, errors ----------


def test_the_sitemap_lists_public_pages_and_held_public_documents(client):
    seed = build_seed_like(with_files=True)
    texts = whole_sitemap(client)
    assert all(t.startswith('<?xml version="1.0" encoding="UTF-8"?>') for t in texts)
    assert "<sitemapindex" in texts[0]
    xml = "".join(texts)
    for url in (
        "/",
        seed.committee.get_absolute_url(),
        seed.meeting.get_absolute_url(),
        seed.documents[0].get_absolute_url(),
        seed.items[0].page_url,
        "/councillors/steve-nelson/",
    ):
        assert f"<loc>http://testserver{url}</loc>" in xml
    assert seed.restricted_document.get_absolute_url() not in xml
    assert seed.documents[1].get_absolute_url() not in xml  # no file held
    assert CANARY not in xml


def test_robots_txt_points_at_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_the_accessibility_statement_covers_the_legal_duty(client):
    make_body(
        name="Stockton-on-Tees Borough Council",
        accessibility_contact="democratic.services@example.org",
    )
    text = text_of(client.get("/accessibility/"))
    for phrase in (
        "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018",
        "WCAG) version 2.2 AA",
        "Reporting accessibility problems",
        "Equality and Human Rights Commission",
        "Equality Commission for Northern Ireland",
        "PDF",
        "democratic.services@example.org",
    ):
        assert phrase in text


def test_every_page_links_to_the_accessibility_statement(client):
    html = client.get("/").content.decode()
    assert '<a href="/accessibility/">Accessibility statement</a>' in html
    assert 'lang="en-GB"' in html
    assert '<a class="skip-link" href="#main">' in html


def test_not_found_uses_the_plain_page(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


# ---------- canary: withheld text never leaves ----------


def test_withheld_text_appears_on_no_public_page(client):
    seed = build_seed_like(with_files=True)
    other = make_meeting(seed.committee, start=local(2025, 9, 10))
    make_exempt_item(other, title="Contract award", agenda_text=f"<p>{CANARY}</p>")
    make_document(other, title=f"Bid prices {CANARY}", restriction="exempt")
    urls = [
        "/",
        "/sitemap.xml",
        "/robots.txt",
        "/accessibility/",
        seed.committee.get_absolute_url(),
        seed.meeting.get_absolute_url(),
        other.get_absolute_url(),
        seed.previous.get_absolute_url(),
        seed.following.get_absolute_url(),
        "/councillors/steve-nelson/",
        "/councillors/jo-smith/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert CANARY not in response.content.decode(), url
