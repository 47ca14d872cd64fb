"""The forward plan: 28 clear days before a key decision, the general exception's 5 clear
days, special urgency, the second notice of a private decision, and each entry's history."""

from __future__ import annotations

from datetime import date

import pytest

from moot.executive import plan_services as plan
from moot.executive.models import ExecutiveRules, PlanEntry, PlanException, PlanState
from moot.meetings.services.common import ServiceError


def make_entry(maker, **kw) -> PlanEntry:
    fields = {
        "body": maker.body,
        "maker": maker,
        "matter": "Housing revenue account business plan",
        "decision_on": date(2027, 1, 20),
        "key_decision": True,
        "over_threshold": True,
        "first_published_on": date(2026, 12, 1),
    }
    fields.update(kw)
    return PlanEntry.objects.create(**fields)


def test_it_counts_clear_days_strictly_between_two_days():
    assert plan.clear_days(date(2026, 12, 1), date(2026, 12, 3)) == 1
    assert plan.clear_days(date(2026, 12, 1), date(2026, 12, 1)) == 0


def test_it_counts_28_clear_days_across_christmas_bank_holidays_as_calendar_days():
    # Published Monday 30 November 2026: 1 to 28 December are clear (Christmas Day and
    # Boxing Day (observed 28 December) count as any day); the decision may be taken on 29th.
    published = date(2026, 11, 30)
    assert plan.earliest_decision(published, 28) == date(2026, 12, 29)
    assert plan.clear_days(published, date(2026, 12, 29)) == 28
    assert plan.clear_days(published, date(2026, 12, 28)) == 27


def test_it_warns_when_a_key_decision_has_fewer_than_28_clear_days(executive):
    entry = make_entry(
        executive.cabinet_member,
        first_published_on=date(2026, 11, 30),
        decision_on=date(2026, 12, 28),
    )
    check = plan.check_notice(entry, ExecutiveRules.of(entry.body))
    assert not check.ok and check.clear == 27
    assert "Tuesday 29 December 2026" in check.warning
    entry.decision_on = date(2026, 12, 29)
    assert plan.check_notice(entry, ExecutiveRules.of(entry.body)).ok


def test_it_refuses_to_take_a_key_decision_early_without_an_exception(executive):
    entry = make_entry(
        executive.cabinet_member,
        first_published_on=date(2026, 12, 10),
        decision_on=date(2027, 1, 5),
    )
    with pytest.raises(ServiceError, match="clear days"):
        plan.take_entry(entry, date(2027, 1, 5))
    entry.refresh_from_db()
    assert entry.state == PlanState.PLANNED and entry.taken_on is None


def test_a_general_exception_needs_5_clear_days_notice(executive):
    entry = make_entry(
        executive.cabinet_member,
        first_published_on=date(2026, 12, 10),
        decision_on=date(2027, 1, 5),
    )
    with pytest.raises(ServiceError, match="4 clear days"):
        plan.record_exception(
            entry, PlanException.GENERAL, "Grant deadline", "Cllr Chair", date(2026, 12, 31)
        )
    plan.record_exception(
        entry, PlanException.GENERAL, "Grant deadline", "Cllr Chair", date(2026, 12, 30)
    )
    plan.take_entry(entry, date(2027, 1, 5))
    entry.refresh_from_db()
    assert entry.state == PlanState.TAKEN and entry.exception == PlanException.GENERAL


def test_special_urgency_records_the_chairs_agreement(executive):
    entry = make_entry(
        executive.cabinet_member, first_published_on=None, decision_on=date(2027, 1, 5)
    )
    with pytest.raises(ServiceError):
        plan.take_entry(entry, date(2027, 1, 5))
    plan.record_exception(
        entry, PlanException.URGENCY, "Storm damage", "Cllr Chair", date(2027, 1, 4)
    )
    plan.take_entry(entry, date(2027, 1, 5))
    entry.refresh_from_db()
    assert entry.urgency_agreed_on == date(2027, 1, 4) and entry.scrutiny_chair == "Cllr Chair"


def test_the_second_notice_of_a_private_decision_needs_5_clear_days(executive):
    entry = make_entry(
        executive.cabinet_member,
        private=True,
        exempt_paragraphs=[3],
        second_notice_on=date(2027, 1, 15),
    )
    with pytest.raises(ServiceError, match="4 clear days"):
        plan.save_entry(entry)
    entry.second_notice_on = date(2027, 1, 14)
    plan.save_entry(entry)


def test_each_entry_keeps_its_history_of_who_did_what(executive):
    user = executive.personas.clerk_user
    entry = plan.save_entry(
        PlanEntry(
            body=executive.personas.body,
            maker=executive.cabinet_member,
            matter="Rent setting",
            decision_on=date(2027, 2, 10),
            key_decision=True,
        ),
        user=user,
    )
    plan.move_entry(entry, date(2027, 3, 10), user=user)
    plan.withdraw_entry(entry, "No longer needed.", user=user)
    events = list(entry.events.all())
    assert [e.kind for e in events] == ["added", "moved", "withdrawn"]
    assert "Wednesday 10 February 2027" in events[1].what
    assert "Wednesday 10 March 2027" in events[1].what
    assert all(e.by == user for e in events)
    with pytest.raises(ServiceError):
        plan.take_entry(entry, date(2027, 3, 10))


def test_the_report_lists_both_exceptions_in_the_period(executive):
    maker = executive.cabinet_member
    a = make_entry(maker, exception=PlanException.GENERAL, decision_on=date(2027, 1, 5))
    b = make_entry(maker, exception=PlanException.URGENCY, decision_on=date(2027, 2, 5))
    make_entry(maker, decision_on=date(2027, 1, 10))
    make_entry(maker, exception=PlanException.URGENCY, decision_on=date(2027, 5, 5))
    found = list(plan.exceptions_between(maker.body, date(2027, 1, 1), date(2027, 3, 31)))
    assert found == [a, b]
