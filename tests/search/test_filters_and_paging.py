"""Filters (committee, dates, kind), paging and the two orders."""

from __future__ import annotations

from datetime import date

import pytest

from moot.search.engine import Filters, Order
from moot.search.service import search
from tests.factories import local, make_decision, make_document, make_item, make_meeting

from .conftest import index_now


@pytest.fixture
def archive(committee, other_committee):
    """Flood reports in three meetings of two committees, as item, minutes, decision, report."""
    spring = make_meeting(committee, start=local(2025, 3, 12))
    summer = make_meeting(committee, start=local(2025, 6, 18))
    planning = make_meeting(other_committee, start=local(2025, 4, 9))
    for m in (spring, summer, planning):
        item = make_item(
            m,
            title="Flood risk",
            agenda_text="<p>Flood defences on the river.</p>",
            minutes="<p>Members discussed the flood plan.</p>",
        )
        make_decision(item, "AGREED the flood plan.")
        make_document(m, item, title="River report", text="Page one\fThe flood map.")
    index_now()
    return spring, summer, planning


def test_a_committee_filter_keeps_only_that_committees_results(archive, public, other_committee):
    page = search(public, "flood", Filters(committee_ids=frozenset({other_committee.pk})))
    assert page.total == 4
    assert {r.committee for r in page.results} == {other_committee}


def test_a_date_range_includes_both_ends(archive, public):
    spring, summer, planning = archive
    filters = Filters(date_from=date(2025, 3, 12), date_to=date(2025, 4, 9))
    page = search(public, "flood", filters)
    assert {r.meeting for r in page.results} == {spring, planning}
    page = search(public, "flood", Filters(date_from=date(2025, 6, 1)))
    assert {r.meeting for r in page.results} == {summer}


@pytest.mark.parametrize(
    "kind, label",
    [
        ("agenda", "Agenda item"),
        ("minutes", "Minutes"),
        ("decision", "Decision"),
        ("report", "Report or document"),
    ],
)
def test_a_kind_filter_keeps_only_that_kind(archive, public, kind, label):
    page = search(public, "flood", Filters(kinds=frozenset({kind})))
    assert page.total == 3
    assert {r.kind_label for r in page.results} == {label}


def test_date_order_puts_the_newest_meeting_first(archive, public):
    spring, summer, planning = archive
    page = search(public, "flood", Filters(kinds=frozenset({"agenda"})), order=Order.DATE)
    assert [r.meeting for r in page.results] == [summer, planning, spring]


def test_relevance_puts_the_title_match_before_a_passing_mention(meeting, public):
    make_item(meeting, title="Car parks", agenda_text="<p>Also mentions the budget once.</p>")
    make_item(meeting, title="Budget", agenda_text="<p>The budget for next year.</p>")
    index_now()
    assert [r.item.title for r in search(public, "budget").results] == ["Budget", "Car parks"]


def test_paging_splits_results_and_counts_them_all(meeting, public):
    for n in range(25):
        make_item(meeting, title=f"Allotments {n}")
    index_now()
    first = search(public, "allotments", order=Order.DATE, page=1)
    second = search(public, "allotments", order=Order.DATE, page=2)
    assert (first.total, first.pages, len(first.results), len(second.results)) == (25, 2, 20, 5)
    assert (second.first, second.last) == (21, 25)
    seen = {r.item.pk for r in first.results} | {r.item.pk for r in second.results}
    assert len(seen) == 25
