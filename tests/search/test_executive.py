"""Executive and officer decision notices and forward plan entries in search: found by what
the public may read of them, a restricted notice's withheld words only by those entitled."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from moot.access.policy import Viewer
from moot.executive import notice_services, plan_services
from moot.executive.models import (
    DecisionMaker,
    DecisionNotice,
    ExecutiveRules,
    MakerKind,
    PlanEntry,
)
from moot.meetings.choices import Restriction
from moot.search.engine import Filters, Order, get_engine
from moot.search.query import parse
from moot.search.service import search
from moot.search.units import Kind
from tests.factories import make_committee

from .conftest import index_now

CANARY = "zanzibarquux"
URL = reverse("search:results")


@pytest.fixture
def maker(committee) -> DecisionMaker:
    return DecisionMaker.objects.create(
        body=committee.body,
        kind=MakerKind.EXECUTIVE_MEMBER,
        title="Cabinet Member for Housing",
        slug="housing",
    )


@pytest.fixture
def scrutiny(committee):
    scrutiny = make_committee(committee.body, name="Overview and Scrutiny", reference_prefix="OS")
    ExecutiveRules.objects.create(body=committee.body, scrutiny_committee=scrutiny)
    return scrutiny


def make_notice(maker: DecisionMaker, published: bool = True, **kw) -> DecisionNotice:
    fields = {
        "body": maker.body,
        "maker": maker,
        "title": "Allocation of the homelessness grant",
        "decision": "To allocate the grant to the three named hostels.",
        "taken_on": date(2026, 11, 16),
        "reasons": "The hostels meet the criteria.",
        "published_at": timezone.now() if published else None,
    }
    fields.update(kw)
    return DecisionNotice.objects.create(**fields)


@pytest.fixture
def restricted(maker, scrutiny) -> DecisionNotice:
    return make_notice(
        maker,
        title="Disposal of land",
        decision=f"To sell the depot to {CANARY} Ltd for the sum offered.",
        reasons=f"{CANARY} Ltd made the best offer.",
        restriction=Restriction.EXEMPT,
        exempt_paragraphs=[3],
        restriction_reason="The terms of a proposed sale are still being negotiated.",
        public_summary="The council agreed to sell the old bus depot.",
    )


def make_entry(maker: DecisionMaker, published: bool = True, **kw) -> PlanEntry:
    fields = {
        "body": maker.body,
        "maker": maker,
        "matter": "Adoption of the allotments strategy",
        "decision_on": date(2027, 3, 10),
        "key_decision": True,
        "documents": "Report of the Director of Place on the allotments waiting list.",
        "first_published_on": date(2026, 12, 1) if published else None,
    }
    fields.update(kw)
    return PlanEntry.objects.create(**fields)


def kinds_found(viewer: Viewer, q: str) -> list[str]:
    return [r.kind for r in search(viewer, q).results]


def test_a_published_notice_is_found_by_the_words_of_its_decision(maker, public):
    notice = make_notice(maker)
    index_now()
    (result,) = search(public, "hostels").results
    assert result.kind == Kind.NOTICE and result.kind_label == "Executive decision"
    assert result.url == notice.get_absolute_url()
    assert "<mark>hostels</mark>" in result.snippet
    assert result.source_name == "Cabinet Member for Housing"
    assert result.date.date() == date(2026, 11, 16)


def test_a_restricted_notice_shows_the_public_its_public_summary_only(restricted, public):
    index_now()
    assert search(public, CANARY).total == 0
    assert search(public, "offered").total == 0  # in the decision only
    (result,) = search(public, "bus depot").results
    assert CANARY not in result.snippet and "sell" not in result.title
    assert "old <mark>bus</mark> <mark>depot</mark>" in result.snippet
    (result,) = search(public, "negotiated").results  # the public reason
    assert CANARY not in result.snippet


def test_the_public_search_page_never_shows_a_restricted_notices_decision(restricted, client):
    index_now()
    html = client.get(URL, {"q": "depot"}).content.decode()
    assert "Disposal of land" in html and restricted.get_absolute_url() in html
    assert CANARY not in html and "for the sum offered" not in html
    html = client.get(URL, {"q": CANARY}).content.decode()
    assert "No results" in html and "Disposal of land" not in html


def test_a_clerk_of_its_body_finds_a_restricted_notice_by_its_decision(restricted):
    index_now()
    clerk = Viewer(user_id=1, clerk_of=frozenset({restricted.body_id}))
    (result,) = search(clerk, CANARY).results
    assert result.kind == Kind.NOTICE and f"<mark>{CANARY}</mark>" in result.snippet
    elsewhere = Viewer(user_id=1, clerk_of=frozenset({restricted.body_id + 1000}))
    assert search(elsewhere, CANARY).total == 0


def test_a_scrutiny_member_reads_the_whole_record_in_the_snippet(restricted, scrutiny):
    index_now()
    member = Viewer(user_id=1, member_of=frozenset({scrutiny.pk}))
    (result,) = search(member, "bus depot").results
    assert result.url == restricted.get_absolute_url()
    # Found by the public summary; the snippet is cut from what the member may read.
    assert "<mark>depot</mark>" in result.snippet


def test_a_draft_notice_is_never_found(maker, public):
    make_notice(maker, published=False)
    index_now()
    clerk = Viewer(user_id=1, clerk_of=frozenset({maker.body_id}))
    assert search(public, "hostels").total == 0
    assert search(clerk, "hostels").total == 0


def test_a_withdrawn_notice_leaves_the_index_at_once(maker, public, engine):
    notice = make_notice(maker)
    index_now()
    assert search(public, "hostels").total == 1
    notice_services.withdraw_notice(notice)
    index_now()
    assert (
        get_engine().search(parse("hostels"), public, Filters(), Order.RELEVANCE, 0, 10).total == 0
    )
    assert search(public, "hostels").results == []


def test_a_notice_withdrawn_after_indexing_is_never_shown_even_before_the_index_knows(
    maker, public
):
    notice = make_notice(maker)
    index_now()
    DecisionNotice.objects.filter(pk=notice.pk).update(withdrawn_at=timezone.now())  # no signal
    assert get_engine().search(parse("hostels"), public, Filters(), Order.RELEVANCE, 0, 10).total
    assert search(public, "hostels").results == []


def test_a_notice_made_restricted_after_indexing_shows_no_withheld_words(maker, public):
    notice = make_notice(maker)
    index_now()
    DecisionNotice.objects.filter(pk=notice.pk).update(
        restriction=Restriction.EXEMPT, public_summary="A grant was allocated."
    )  # the index still holds the decision as public text
    assert search(public, "hostels").results == []


def test_publishing_a_draft_notice_makes_it_findable(maker, public):
    notice = make_notice(maker, published=False)
    index_now()
    notice_services.publish_notice(notice)
    index_now()
    assert kinds_found(public, "hostels") == [Kind.NOTICE]


def test_a_published_forward_plan_entry_is_found(maker, public, client):
    entry = make_entry(maker)
    index_now()
    (result,) = search(public, "allotments waiting").results
    assert result.kind == Kind.PLAN and result.url == entry.get_absolute_url()
    assert result.date.date() == date(2027, 3, 10)
    html = client.get(URL, {"q": "allotments"}).content.decode()
    assert entry.get_absolute_url() in html and "Forward plan" in html
    assert '<time datetime="2027-03-10">Wednesday 10 March 2027</time>' in html


def test_a_private_plan_entry_shows_its_public_fields_only(maker, public):
    make_entry(
        maker,
        private=True,
        exempt_paragraphs=[3],
        private_reason="Commercial terms will be discussed.",
        exempt_detail=f"The bidder is {CANARY} Ltd.",
    )
    index_now()
    assert kinds_found(public, "commercial terms") == [Kind.PLAN]
    assert search(public, CANARY).total == 0
    clerk = Viewer(user_id=1, clerk_of=frozenset({maker.body_id}))
    assert search(clerk, CANARY).total == 0  # the clerk's note is on no public surface


def test_unpublished_and_withdrawn_plan_entries_are_not_found(maker, public):
    draft = make_entry(maker, published=False)
    entry = make_entry(maker, matter="Adoption of the allotments charter")
    index_now()
    assert search(public, "allotments").total == 1
    plan_services.withdraw_entry(entry)
    index_now()
    assert search(public, "allotments").total == 0
    plan_services.publish_entry(draft)
    index_now()
    assert kinds_found(public, "allotments") == [Kind.PLAN]


def test_a_committee_filter_leaves_executive_decisions_out_and_the_type_filter_picks_them(
    maker, committee, public
):
    make_notice(maker)
    make_entry(maker, documents="A report on hostels.")
    index_now()
    assert sorted(kinds_found(public, "hostels")) == [Kind.NOTICE, Kind.PLAN]
    only_committee = Filters(committee_ids=frozenset({committee.pk}))
    assert search(public, "hostels", only_committee).total == 0
    notices = Filters(kinds=frozenset({Kind.NOTICE}))
    assert [r.kind for r in search(public, "hostels", notices).results] == [Kind.NOTICE]
    page = search(public, "hostels")
    assert page.facets.kinds == {Kind.NOTICE: 1, Kind.PLAN: 1}


def test_reindex_includes_notices_and_plan_entries(maker, restricted, public, engine):
    make_notice(maker)
    make_entry(maker)
    make_notice(maker, published=False, decision="Allotments drafted.")
    index_now()
    get_engine().rebuild([])
    assert search(public, "hostels").total == 0
    call_command("reindex", "--workers", "1", "--no-progress")
    assert kinds_found(public, "hostels") == [Kind.NOTICE]
    assert kinds_found(public, "allotments") == [Kind.PLAN]
    assert search(public, CANARY).total == 0
    clerk = Viewer(user_id=1, clerk_of=frozenset({maker.body_id}))
    assert kinds_found(clerk, CANARY) == [Kind.NOTICE]


def test_the_page_costs_no_query_a_result(maker, client, django_assert_max_num_queries):
    for n in range(12):
        make_notice(maker, title=f"Hostel grant {n}")
        make_entry(maker, matter=f"Hostel strategy {n}")
    index_now()
    with django_assert_max_num_queries(7):
        response = client.get(URL, {"q": "hostel"})
    assert response.content.decode().count('class="search-result"') == 20


def test_scrutiny_members_results_cost_one_query_however_many_notices(
    maker, scrutiny, django_assert_max_num_queries
):
    for n in range(5):
        make_notice(
            maker,
            title=f"Disposal of land {n}",
            restriction=Restriction.EXEMPT,
            public_summary="The council agreed to sell a depot.",
        )
    index_now()
    member = Viewer(user_id=1, member_of=frozenset({scrutiny.pk}))
    # The notices, and on PostgreSQL the engine's two (facets, hits): none a result.
    with django_assert_max_num_queries(3):
        page = search(member, "depot")
    assert len(page.results) == 5
    assert all("hostels" in r.snippet for r in page.results)  # the whole record, for them
