"""The register of interests in a real browser: a member registers a gift, the Monitoring
Officer publishes it, the public sees it on the councillor's page; every page of the journey
has no axe-core (WCAG 2.2 AA) violations."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client

from moot.access.models import MonitoringOfficerRole
from moot.interests.models import RegisterEntry
from tests.browser.conftest import axe_violations
from tests.factories import make_body, make_committee, make_membership, make_person

pytestmark = [pytest.mark.browser]


def _sign_in(page, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    page.context.clear_cookies()
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_a_member_registers_a_gift_the_monitoring_officer_publishes_it_and_the_public_sees_it(
    page, live_server, django_user_model
):
    body = make_body(name="Borsetshire County Council", slug="borsetshire")
    member_user = django_user_model.objects.create_user("ann", password="pw")
    person = make_person(
        name="Ann Example", honorific="Cllr", user=member_user, term_start=date(2025, 5, 8)
    )
    make_membership(person, make_committee(body, name="Planning Committee", slug="planning"))
    mo_user = django_user_model.objects.create_user("mo", password="pw")
    MonitoringOfficerRole.objects.create(user=mo_user, body=body)

    _sign_in(page, live_server, member_user)
    page.goto(live_server.url + "/register-of-interests/mine/")
    assert page.locator("h1").inner_text() == "My register of interests"
    assert axe_violations(page) == []
    page.get_by_label("Category").select_option("gift")
    page.get_by_label("Description").fill("Dinner at the county show")
    # The date in three boxes, day, month and year, as the clerk's forms ask for it.
    received = page.get_by_role("group", name="Gift or hospitality: date received")
    received.get_by_label("Day").fill("1")
    received.get_by_label("Month").fill("June")
    received.get_by_label("Year").fill("2025")
    page.get_by_label("Gift or hospitality: donor").fill("Example Events Ltd")
    page.get_by_label("Gift or hospitality: value (£)").fill("75.00")
    page.get_by_role("button", name="Submit for review").last.click()
    assert "Submitted for review" in page.locator("main").inner_text()
    assert RegisterEntry.objects.get().received_on == date(2025, 6, 1)

    _sign_in(page, live_server, mo_user)
    page.goto(live_server.url + "/register-of-interests/review/")
    assert "Dinner at the county show" in page.locator("main").inner_text()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Publish").click()
    assert "Published" in page.locator("main").inner_text()

    page.context.clear_cookies()
    page.goto(live_server.url + person.get_absolute_url())
    register = page.locator("#register-of-interests")
    assert register.count() == 1
    text = page.locator("main").inner_text()
    assert "Dinner at the county show" in text and "Example Events Ltd" in text
    assert axe_violations(page) == []
    page.goto(live_server.url + "/register-of-interests/")
    assert "Dinner at the county show" in page.locator("main").inner_text()
    assert axe_violations(page) == []
