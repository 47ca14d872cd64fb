"""The register of members' interests: the member submits, the Monitoring Officer publishes,
the public sees only what was published, and a sensitive interest only as withheld."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone

from moot.access.models import MonitoringOfficerRole
from moot.interests import register, services
from moot.interests.models import WITHHELD, Category, RegisterEntry, RegisterSettings, State
from tests.clerk.personas import make_clerk, make_user, signed_in
from tests.factories import make_body, make_committee, make_membership, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    body = make_body(name="Borsetshire County Council", slug="borsetshire")
    committee = make_committee(body, name="Planning Committee", slug="planning")
    member_user = make_user("member")
    person = make_person(name="Ann Example", user=member_user, term_start=date(2025, 5, 8))
    make_membership(person, committee)
    mo_user = make_user("mo")
    MonitoringOfficerRole.objects.create(user=mo_user, body=body)
    return {
        "body": body,
        "person": person,
        "member": signed_in(member_user),
        "mo": signed_in(mo_user),
        "mo_user": mo_user,
        "member_user": member_user,
        "clerk": signed_in(make_clerk(body)),
    }


GIFT = {
    "category": "gift",
    "description": "Two tickets to the county show",
    "received_on": "2025-06-01",
    "donor": "Example Events Ltd",
    "value": "120.00",
    "aware_on": "2025-06-01",
    "submit": "1",
}


def _add(client, person, **fields):
    return client.post(f"/register-of-interests/member/{person.slug}/add", fields, follow=True)


def test_it_lets_a_member_submit_a_gift_and_the_monitoring_officer_publish_it(world):
    person = world["person"]
    _add(world["member"], person, **GIFT)
    entry = RegisterEntry.objects.get()
    assert entry.state == State.SUBMITTED and entry.body == world["body"]
    # Posted whole by a script (as 2025-06-01), the dates are still read.
    assert entry.received_on == entry.aware_on == date(2025, 6, 1)
    assert "Two tickets" not in Client().get(person.get_absolute_url()).content.decode()
    assert "Two tickets" in world["mo"].get("/register-of-interests/review/").content.decode()
    world["mo"].post(f"/register-of-interests/entries/{entry.pk}/publish")
    entry.refresh_from_db()
    assert entry.state == State.PUBLISHED and entry.published_at
    page = Client().get(person.get_absolute_url()).content.decode()
    assert "Two tickets to the county show" in page and "Example Events Ltd" in page
    assert "Last updated" in page
    assert "Two tickets" in Client().get("/register-of-interests/").content.decode()
    actions = list(entry.history.values_list("action", flat=True))
    assert actions == ["created", "submitted", "published"]


def test_it_lets_the_clerk_submit_on_the_members_behalf(world):
    _add(world["clerk"], world["person"], category="land", description="12 High Street", submit="1")
    assert RegisterEntry.objects.get().state == State.SUBMITTED


def test_it_refuses_someone_else_and_the_public(world):
    other = signed_in(make_user("other"))
    assert _add(other, world["person"], **GIFT).status_code == 403
    assert Client().get("/register-of-interests/review/").status_code == 302
    assert other.get("/register-of-interests/review/").status_code == 403
    assert not RegisterEntry.objects.exists()


def test_it_refuses_a_gift_at_or_below_the_bodys_threshold(world):
    RegisterSettings.objects.create(body=world["body"], gift_threshold=Decimal("100"))
    _add(world["member"], world["person"], **{**GIFT, "value": "100.00"})
    assert not RegisterEntry.objects.exists()
    _add(world["member"], world["person"], **{**GIFT, "value": "100.01"})
    assert RegisterEntry.objects.count() == 1


def test_it_shows_only_the_withheld_sentence_for_a_sensitive_interest(world):
    person = world["person"]
    entry = services.save(
        RegisterEntry(person=person, body=world["body"]),
        world["member_user"],
        submit=True,
        category=Category.LAND,
        description="SENSITIVE-address-7f3",
        sensitive=True,
    )
    services.publish(entry, world["mo_user"])
    for url in (person.get_absolute_url(), "/register-of-interests/"):
        page = Client().get(url).content.decode()
        assert "SENSITIVE-address-7f3" not in page
        assert WITHHELD.replace("'", "&#x27;") in page or WITHHELD in page


def test_it_keeps_the_published_text_until_a_change_is_published(world):
    person, member = world["person"], world["member_user"]
    entry = services.save(
        RegisterEntry(person=person, body=world["body"]),
        member,
        submit=True,
        category=Category.EMPLOYMENT,
        description="Solicitor, Example LLP",
    )
    services.publish(entry, world["mo_user"])
    services.save(entry, member, submit=True, description="UNPUBLISHED-change-9c")
    page = Client().get(person.get_absolute_url()).content.decode()
    assert "Solicitor, Example LLP" in page and "UNPUBLISHED-change-9c" not in page
    services.return_to_member(entry, world["mo_user"], "Say which firm")
    entry.refresh_from_db()
    assert entry.state == State.PUBLISHED and entry.review_note == "Say which firm"
    changed = entry.history.get(action="changed").changes
    assert changed["description"] == ["Solicitor, Example LLP", "UNPUBLISHED-change-9c"]


def test_it_takes_a_removed_entry_off_the_public_register(world):
    entry = services.save(
        RegisterEntry(person=world["person"], body=world["body"]),
        world["member_user"],
        submit=True,
        category=Category.SECURITIES,
        description="Shares in Example plc",
    )
    services.publish(entry, world["mo_user"])
    services.remove(entry, world["member_user"])
    assert "Example plc" not in Client().get("/register-of-interests/").content.decode()


def test_it_shows_the_monitoring_officer_who_is_overdue(world):
    person = world["person"]  # term started 8 May 2025: due 5 June 2025
    today = timezone.localdate()
    assert register.overdue_members(world["body"], today) == [(person, date(2025, 6, 5))]
    late = services.save(
        RegisterEntry(person=person, body=world["body"]),
        world["member_user"],
        category=Category.CONTRACTS,
        description="Contract to supply salt",
        aware_on=today - timedelta(days=29),
    )
    assert late.overdue
    page = world["mo"].get("/register-of-interests/review/").content.decode()
    assert "nothing submitted" in page and "still a draft" in page
    services.submit(late, world["member_user"])
    assert register.overdue_members(world["body"], today) == []


def test_it_shows_the_member_their_deadline(world):
    page = world["member"].get("/register-of-interests/mine/", follow=True)
    assert "Thursday 5 June 2025" in page.content.decode()
    assert "no-store" in page["Cache-Control"] or "no-cache" in page["Cache-Control"]


def _boxes(name: str, day: str) -> dict[str, str]:
    """A date as typed in the three boxes: "2025-06-01" → 1, 6, 2025."""
    year, month, date_of_month = day.split("-")
    return {f"{name}_day": date_of_month, f"{name}_month": month, f"{name}_year": year}


def test_the_dates_are_typed_as_day_month_and_year(world):
    page = world["member"].get(f"/register-of-interests/member/{world['person'].slug}/")
    html = page.content.decode()
    for name in ("aware_on", "received_on"):
        for part in ("day", "month", "year"):
            assert f'name="{name}_{part}"' in html
        assert f'name="{name}"' not in html
    assert 'type="date"' not in html and "2025-05-14" not in html
    assert '<legend class="legend">Gift or hospitality: date received</legend>' in html
    gift = {k: v for k, v in GIFT.items() if k not in ("received_on", "aware_on")}
    saved = world["member"].post(
        f"/register-of-interests/member/{world['person'].slug}/add",
        {**gift, **_boxes("received_on", "2025-06-01"), **_boxes("aware_on", "2025-06-03")},
    )
    assert saved.status_code == 302
    entry = RegisterEntry.objects.get()
    assert (entry.received_on, entry.aware_on) == (date(2025, 6, 1), date(2025, 6, 3))


def test_a_date_not_whole_or_not_real_is_refused_naming_the_field(world):
    gift = {k: v for k, v in GIFT.items() if k not in ("received_on", "aware_on")}
    page = world["member"].post(
        f"/register-of-interests/member/{world['person'].slug}/add",
        {
            **gift,
            "received_on_day": "31",
            "received_on_month": "2",
            "received_on_year": "2025",
            "aware_on_day": "3",
            "aware_on_month": "June",
            "aware_on_year": "",
        },
    )
    html = page.content.decode()
    assert page.status_code == 400 and "<title>Error: " in html
    assert (
        'href="#id_received_on_day">Gift or hospitality: date received must be a real date' in html
    )
    assert "Date you became aware of the interest or the change must include a year" in html
    # What was typed stays in the boxes.
    assert 'name="received_on_day" value="31"' in html
    assert 'name="aware_on_month" value="June"' in html
    assert not RegisterEntry.objects.exists()


def test_a_refused_gift_shows_the_page_again_saying_why(world):
    page = _add(world["member"], world["person"], **{**GIFT, "value": "20.00"})
    html = page.content.decode()
    assert page.status_code == 400
    assert "Only gifts and hospitality worth more than £50.00 are registered." in html
    assert "Two tickets to the county show" in html
    assert not RegisterEntry.objects.exists()
