"""The forward plan in a real browser: axe-core at zero on the public plan, an ordinary entry,
a private entry taken under special urgency, and the clerk's entry page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser]


@pytest.fixture
def plan(transactional_db):
    from moot.executive import plan_services
    from moot.executive.models import DecisionMaker, ExecutiveRules, PlanEntry, PlanException
    from moot.meetings.members import Ward
    from tests.clerk.personas import make_personas
    from tests.factories import make_committee

    personas = make_personas()
    body = personas.body
    maker = DecisionMaker.objects.create(
        body=body, kind="member", title="Cabinet Member for Housing", slug="housing"
    )
    scrutiny = make_committee(body, name="Overview and Scrutiny", slug="osc")
    ExecutiveRules.objects.create(body=body, scrutiny_committee=scrutiny)
    today = date.today()
    ordinary = plan_services.save_entry(
        PlanEntry(
            body=body,
            maker=maker,
            matter="Rent setting 2027",
            decision_on=today + timedelta(days=40),
            key_decision=True,
            over_threshold=True,
            documents="Report of the Director of Housing.",
            contact="Democratic Services",
            representations_by=today + timedelta(days=30),
        ),
        publish=True,
    )
    ordinary.wards.set([Ward.objects.create(body=body, name=n) for n in ("Newtown", "Oldtown")])
    private = plan_services.save_entry(
        PlanEntry(
            body=body,
            maker=maker,
            matter="Sale of the depot",
            decision_on=today + timedelta(days=3),
            key_decision=True,
            over_threshold=True,
            private=True,
            exempt_paragraphs=[3],
            private_reason="The bids of named buyers.",
        ),
        publish=True,
    )
    plan_services.record_exception(
        private, PlanException.URGENCY, "The buyer's offer lapses.", "Cllr Chair", today
    )
    return {"ordinary": ordinary, "private": private, "clerk": personas.clerk}


def test_the_forward_plan_pages_have_no_axe_violations(page, live_server, plan):
    for path in (
        "/forward-plan/stockton/",
        plan["ordinary"].get_absolute_url(),
        plan["private"].get_absolute_url(),
    ):
        page.goto(live_server.url + path)
        assert axe_violations(page) == [], path


def test_the_clerks_forward_plan_screens_have_no_axe_violations(browser, live_server, plan):
    client = plan["clerk"]
    context = browser.new_context(locale="en-GB")
    base = live_server.url
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}]
    )
    page = context.new_page()
    try:
        for path in (
            "/clerk/bodies/stockton/decision-makers/",
            "/clerk/bodies/stockton/forward-plan/",
            "/clerk/bodies/stockton/forward-plan/new/",
            "/clerk/bodies/stockton/forward-plan/exceptions/",
            "/clerk/bodies/stockton/decision-makers/new/",
            f"/clerk/decision-makers/{plan['ordinary'].maker_id}/edit/",
            "/clerk/bodies/stockton/executive-rules/",
            f"/clerk/forward-plan/{plan['ordinary'].pk}/",
            f"/clerk/forward-plan/{plan['ordinary'].pk}/edit/",
            f"/clerk/forward-plan/{plan['private'].pk}/",
        ):
            page.goto(base + path)
            assert "Sign in" not in page.title(), path
            assert axe_violations(page) == [], path
    finally:
        context.close()
