"""Decision notices in a real browser: axe-core at zero on the public list and notice pages
(an open notice in its call-in period, as a member of the scrutiny committee sees it with the
call-in form, and a restricted one), and the call-in requested by keyboard."""

from __future__ import annotations

from datetime import date

import pytest

from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser]


@pytest.fixture
def notices(transactional_db):
    from moot.executive import notice_services
    from moot.executive.models import DecisionMaker, DecisionNotice, ExecutiveRules
    from tests.clerk.personas import make_personas, make_user
    from tests.factories import make_committee, make_membership, make_person

    personas = make_personas()
    body = personas.body
    maker = DecisionMaker.objects.create(
        body=body, kind="member", title="Cabinet Member for Housing", slug="housing"
    )
    scrutiny = make_committee(body, name="Overview and Scrutiny", slug="osc")
    ExecutiveRules.objects.create(body=body, scrutiny_committee=scrutiny)
    user = make_user("scrutineer")
    make_membership(make_person(name="Sam Scrutineer", user=user), scrutiny)
    today = date.today()
    open_ = notice_services.publish_notice(
        DecisionNotice.objects.create(
            body=body,
            maker=maker,
            title="Rents 2027",
            decision="To set rents as in the report.",
            reasons="Affordability.",
            alternatives="A higher rise.",
            taken_on=today,
        )
    )
    restricted = notice_services.publish_notice(
        DecisionNotice.objects.create(
            body=body,
            maker=maker,
            title="Sale of the depot",
            decision="To sell at the price stated.",
            taken_on=today,
            restriction="exempt",
            exempt_paragraphs=[3],
            restriction_reason="Commercial terms.",
            public_summary="To sell the depot.",
        )
    )
    return {"open": open_, "restricted": restricted, "user": user}


def test_the_decision_pages_have_no_axe_violations(page, live_server, notices):
    for path in (
        "/executive-decisions/",
        notices["open"].get_absolute_url(),
        notices["restricted"].get_absolute_url(),
    ):
        page.goto(live_server.url + path)
        assert axe_violations(page) == [], path


def test_a_scrutiny_member_calls_a_decision_in_with_the_form(browser, live_server, notices):
    from django.test import Client

    client = Client()
    client.force_login(notices["user"])
    context = browser.new_context(locale="en-GB")
    base = live_server.url
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}]
    )
    page = context.new_page()
    try:
        page.goto(base + notices["open"].get_absolute_url())
        assert axe_violations(page) == []
        page.get_by_label("Your reasons").fill("The consultation was too short.")
        with page.expect_navigation():
            page.get_by_role("button", name="Request the call-in").click()
        assert "Call-in requested" in page.content()
        assert axe_violations(page) == []
    finally:
        context.close()
