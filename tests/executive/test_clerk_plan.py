"""The clerk adds decision makers and sets the body's executive rules, writes, publishes,
moves, takes and withdraws forward plan entries, records exceptions, and lists them for the
leader's report."""

from __future__ import annotations

from datetime import date

import time_machine

from moot.executive.models import (
    DecisionMaker,
    ExecutiveRules,
    MakerKind,
    PlanEntry,
    PlanException,
    PlanState,
)
from moot.meetings.members import Ward
from tests.executive.test_forward_plan import make_entry


def test_a_clerk_adds_a_cabinet_tied_to_a_committee_and_a_portfolio_holder(executive):
    clerk = executive.personas.clerk
    refused = clerk.post(
        "/clerk/bodies/stockton/decision-makers/new/",
        {"kind": "executive", "title": "Cabinet", "slug": "cabinet", "active": "on"},
    )
    assert refused.status_code == 200 and "meets as a committee" in refused.content.decode()
    response = clerk.post(
        "/clerk/bodies/stockton/decision-makers/new/",
        {
            "kind": "executive",
            "title": "Cabinet",
            "slug": "cabinet",
            "committee": executive.personas.committee.pk,
            "active": "on",
        },
    )
    assert response.status_code == 302
    assert DecisionMaker.objects.get(slug="cabinet").committee == executive.personas.committee
    refused = clerk.post(
        "/clerk/bodies/stockton/decision-makers/new/",
        {"kind": "member", "title": "Cabinet Member for Parks", "slug": "parks"},
    )
    assert "Name the portfolio holder" in refused.content.decode()
    page = clerk.get("/clerk/bodies/stockton/decision-makers/").content.decode()
    assert "Cabinet Member for Housing" in page and "Director of Finance" in page


def test_another_bodys_clerk_cannot_see_the_makers_or_the_plan(executive):
    other = executive.personas.other_clerk
    assert other.get("/clerk/bodies/stockton/decision-makers/").status_code == 404
    assert other.get("/clerk/bodies/stockton/forward-plan/").status_code == 404
    entry = make_entry(executive.cabinet_member)
    assert other.get(f"/clerk/forward-plan/{entry.pk}/").status_code == 404


def test_a_clerk_sets_a_welsh_councils_own_periods(executive):
    response = executive.personas.clerk.post(
        "/clerk/bodies/stockton/executive-rules/",
        {
            "key_decision_threshold": "250000",
            "notice_clear_days": "28",
            "exception_clear_days": "5",
            "private_notice_clear_days": "5",
            "call_in_working_days": "3",
            "scrutiny_committee": executive.scrutiny.pk,
        },
    )
    assert response.status_code == 302
    rules = ExecutiveRules.objects.get(body=executive.personas.body)
    assert rules.call_in_working_days == 3 and rules.key_decision_threshold == 250000


@time_machine.travel(date(2026, 12, 1))
def test_a_clerk_writes_and_publishes_a_key_decision_which_must_say_why_it_is_key(executive):
    clerk = executive.personas.clerk
    a = Ward.objects.create(body=executive.personas.body, name="Newtown")
    b = Ward.objects.create(body=executive.personas.body, name="Oldtown")
    data = {
        "maker": executive.cabinet_member.pk,
        "matter": "Rent setting 2027",
        "decision_on": "2027-01-20",
        "key_decision": "on",
        "contact": "Jo Clerk",
        "publish": "on",
    }
    refused = clerk.post("/clerk/bodies/stockton/forward-plan/new/", data)
    assert "Say why it is key" in refused.content.decode()
    response = clerk.post(
        "/clerk/bodies/stockton/forward-plan/new/", {**data, "wards": [a.pk, b.pk]}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = PlanEntry.objects.get()
    assert entry.first_published_on == date(2026, 12, 1)
    page = clerk.get(f"/clerk/forward-plan/{entry.pk}/").content.decode()
    assert "49 clear days" in page and "Added to the plan by" in page


def test_the_entry_page_warns_and_taking_early_is_refused_until_an_exception(executive):
    clerk = executive.personas.clerk
    entry = make_entry(
        executive.cabinet_member,
        first_published_on=date(2026, 12, 10),
        decision_on=date(2027, 1, 5),
    )
    page = clerk.get(f"/clerk/forward-plan/{entry.pk}/").content.decode()
    assert "Not enough notice" in page and "Only 25 clear days" in page
    clerk.post(f"/clerk/forward-plan/{entry.pk}/take/", {"take-taken_on": "2027-01-05"})
    entry.refresh_from_db()
    assert entry.state == PlanState.PLANNED
    clerk.post(
        f"/clerk/forward-plan/{entry.pk}/exception/",
        {
            "exception-kind": "general",
            "exception-reason": "The grant must be claimed by 8 January.",
            "exception-chair": "Cllr Chair",
            "exception-on": "2026-12-30",
        },
    )
    entry.refresh_from_db()
    assert entry.exception == PlanException.GENERAL
    clerk.post(f"/clerk/forward-plan/{entry.pk}/take/", {"take-taken_on": "2027-01-05"})
    entry.refresh_from_db()
    assert entry.state == PlanState.TAKEN
    assert [e.kind for e in entry.events.all()] == ["exception", "taken"]


def test_a_clerk_moves_and_withdraws_an_entry(executive):
    clerk = executive.personas.clerk
    entry = make_entry(executive.cabinet_member)
    clerk.post(f"/clerk/forward-plan/{entry.pk}/move/", {"move-period": "March 2027"})
    entry.refresh_from_db()
    assert entry.state == PlanState.MOVED and entry.period == "March 2027"
    assert entry.decision_on is None
    clerk.post(f"/clerk/forward-plan/{entry.pk}/withdraw/", {"withdraw-reason": "Not needed."})
    entry.refresh_from_db()
    assert entry.state == PlanState.WITHDRAWN


def test_the_leaders_report_lists_exceptions_of_the_period_as_a_page_and_csv(executive):
    maker = executive.cabinet_member
    make_entry(
        maker,
        matter="Sea wall repairs",
        exception=PlanException.URGENCY,
        scrutiny_chair="Cllr Chair",
        urgency_agreed_on=date(2027, 1, 4),
        decision_on=date(2027, 1, 5),
    )
    make_entry(maker, matter="Ordinary decision", decision_on=date(2027, 1, 10))
    query = "?start_day=1&start_month=1&start_year=2027&end_day=31&end_month=3&end_year=2027"
    clerk = executive.personas.clerk
    page = clerk.get(f"/clerk/bodies/stockton/forward-plan/exceptions/{query}").content.decode()
    assert "Sea wall repairs" in page and "Ordinary decision" not in page
    csv = clerk.get(f"/clerk/bodies/stockton/forward-plan/exceptions/{query}&format=csv")
    assert csv["Content-Type"].startswith("text/csv")
    text = csv.content.decode()
    assert "Sea wall repairs" in text and "2027-01-04" in text and "Special urgency" in text
    assert MakerKind.OFFICER  # the officer's entries count too


def test_saving_a_key_decision_with_too_little_notice_warns_the_clerk(executive):
    from datetime import timedelta

    from django.utils import timezone

    soon = timezone.localdate() + timedelta(days=10)
    response = executive.personas.clerk.post(
        "/clerk/bodies/stockton/forward-plan/new/",
        {
            "maker": executive.cabinet_member.pk,
            "matter": "Urgent roof repairs",
            "decision_on": soon.isoformat(),
            "key_decision": "on",
            "over_threshold": "on",
            "publish": "on",
        },
        follow=True,
    )
    page = response.content.decode()
    # Once as the message after saving, once in the entry page's own warning.
    assert page.count("Only 9 clear days on the plan") == 2
