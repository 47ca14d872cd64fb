"""Members find the exempt material they are entitled to; everyone else finds no trace of it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from moot.meetings.choices import MinutesState, Restriction
from moot.search.engine import Facets, Filters
from moot.search.service import search
from tests.factories import make_decision, make_document, make_exempt_item, make_item, make_meeting

from .conftest import index_now

CANARY = "zanzibarquux"


@pytest.fixture
def exempt(meeting):
    """An exempt item and a restricted document, the canary word only in what is withheld."""
    item = make_exempt_item(
        meeting,
        title="Contract award",
        agenda_text=f"<p>Bids from {CANARY} Ltd and others.</p>",
        minutes=f"<p>Members questioned {CANARY} Ltd.</p>",
        public_summary="Members considered a confidential contract matter.",
    )
    make_decision(
        item,
        f"AGREED to award the contract to {CANARY} Ltd.",
        public_text="AGREED to award the contract.",
    )
    make_document(meeting, item, title="Tender evaluation", text=f"Scores\f{CANARY} scored highest")
    open_item = make_item(meeting, title="Parks", agenda_text="<p>Park opening hours.</p>")
    make_document(
        meeting,
        open_item,
        title="Parks report",
        restriction=Restriction.EXEMPT,
        text=f"Annex on {CANARY}",
    )
    index_now()
    return item


def test_the_public_finds_no_trace_of_the_canary(exempt, public):
    page = search(public, CANARY)
    assert (page.total, page.results) == (0, [])


def test_the_public_page_shows_no_count_and_no_snippet_of_it(exempt, client):
    response = client.get(reverse("search:results"), {"q": CANARY})
    html = response.content.decode()
    assert response.status_code == 200
    assert "No results" in html
    # The page may repeat the visitor's own query (the box, the title, the feed and alert
    # links); it must say nothing else about the word.
    echoes = (f'value="{CANARY}"', f"{CANARY} – Search", f"q={CANARY}", f"“{CANARY}”")
    assert html.count(CANARY) == sum(html.count(echo) for echo in echoes)


def test_excluding_the_canary_tells_the_public_nothing(exempt, public):
    with_exclusion = search(public, f"contract -{CANARY}")
    without = search(public, "contract")
    assert with_exclusion.total == without.total == 2  # the exempt item's title and decision
    assert CANARY not in "".join(r.snippet + r.title for r in with_exclusion.results)


def test_the_public_finds_the_title_summary_and_public_decision_of_an_exempt_item(exempt, public):
    page = search(public, "contract")
    assert {r.kind for r in page.results} == {"agenda", "decision"}
    snippets = {r.kind: str(r.snippet) for r in page.results}
    assert "confidential <mark>contract</mark> matter" in snippets["agenda"]
    assert snippets["decision"] == "AGREED to award the <mark>contract</mark>."


def test_a_member_of_the_committee_finds_the_exempt_material(exempt, member):
    page = search(member, CANARY)
    assert page.total == 5
    assert {(r.kind, r.page) for r in page.results} == {
        ("agenda", 0),
        ("minutes", 0),
        ("decision", 0),
        ("report", 2),
        ("report", 1),
    }
    assert all(f"<mark>{CANARY}</mark>" in r.snippet for r in page.results)


def test_a_member_page_shows_the_snippet(exempt, client, member_user):
    client.force_login(member_user)
    html = client.get(reverse("search:results"), {"q": CANARY}).content.decode()
    assert f"<mark>{CANARY}</mark>" in html
    assert "5 results" in html


def test_a_member_of_another_committee_finds_nothing(exempt, other_committee, member_user, public):
    from types import SimpleNamespace

    from moot.access.policy import viewer_for
    from moot.meetings.models import Membership

    Membership.objects.filter(person__user=member_user).update(committee=other_committee)
    viewer = viewer_for(SimpleNamespace(user=member_user))
    assert search(viewer, CANARY).total == 0
    assert search(viewer, "contract").total == search(public, "contract").total


def test_unpublished_minutes_are_not_found_by_the_public(committee, public):
    m = make_meeting(committee, minutes_state=MinutesState.NONE)
    make_item(m, title="Roads", minutes="<p>Potholes were discussed.</p>")
    index_now()
    assert search(public, "potholes").total == 0
    m.minutes_state = MinutesState.DRAFT
    m.save()
    index_now()
    assert search(public, "potholes").total == 1


def test_unpublished_items_are_not_found(meeting, public, member):
    make_item(meeting, published=False, title="Draft item about cemeteries")
    index_now()
    assert search(public, "cemeteries").total == 0
    assert search(member, "cemeteries").total == 0


def test_filters_do_not_reveal_counts_of_withheld_material(exempt, public, committee):
    filters = Filters(committee_ids=frozenset({committee.pk}), kinds=frozenset({"minutes"}))
    assert search(public, CANARY, filters).total == 0
    assert search(public, "members", filters).total == 0


def test_facet_counts_give_the_public_no_trace_of_the_canary(exempt, public, member, committee):
    assert search(public, CANARY).facets == Facets()
    page = search(public, "contract")
    assert page.facets.committees == {committee.pk: 2}
    assert page.facets.kinds == {"agenda": 1, "decision": 1}
    assert search(member, CANARY).facets.committees == {committee.pk: 5}
    assert search(member, CANARY).facets.kinds == {
        "agenda": 1,
        "minutes": 1,
        "decision": 1,
        "report": 2,
    }


def test_the_public_page_shows_facets_only_for_what_the_public_may_find(exempt, client):
    html = client.get(reverse("search:results"), {"q": "contract"}).content.decode()
    assert "Safer Stockton Partnership</a> (2)" in html
    assert "Agenda item</a> (1)" in html
    assert "Minutes</a> (" not in html
    html = client.get(reverse("search:results"), {"q": CANARY}).content.decode()
    assert "Narrow the results" not in html


def test_the_public_fields_of_the_index_hold_nothing_the_public_may_not_find(exempt, engine):
    """The public's tantivy query has no visibility filter: it names only ``title``, ``body``
    and ``acronyms``, which only units open to the public fill. Every field is searched here
    directly for the canary, the way no query of the search page ever would."""
    if engine != "tantivy":
        pytest.skip("the field split is the tantivy engine's")
    import tantivy

    from moot.search import tantivy_engine
    from moot.search.engine import get_engine

    index = get_engine().index
    searcher = index.searcher()
    schema = tantivy_engine.build_schema()

    def hits(field: str, word: str) -> int:
        return searcher.search(tantivy.Query.term_query(schema, field, word), 10).count

    assert [hits(f, CANARY) for f in tantivy_engine.TEXT_FIELDS] == [0, 0]
    assert hits("closed_body", CANARY) == 2  # a page of each restricted report
    assert hits("secret", CANARY) == 3  # the exempt item's agenda, minutes and decision
    assert hits("body", "park") == 1  # the open item's agenda is public
