"""An anonymous reader's search is served from the page cache; a signed-in reader's never is,
and nothing taken down or restricted outlives the change in a cached search page."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moot.meetings.choices import Restriction
from moot.meetings.services import publishing
from moot.meetings.services import restrictions as restrictions_service
from moot.search.models import IndexTask
from moot.search.views import normalised
from tests.factories import make_document, make_item

pytestmark = pytest.mark.django_db(transaction=True)

URL = "/search"
CANARY = "quokkaplinth"


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def queries(client, *args, **kwargs) -> tuple[str, int]:
    """The page's text and how many queries it cost."""
    with CaptureQueriesContext(connection) as made:
        response = client.get(*args, **kwargs)
    assert response.status_code == 200
    return response.content.decode(), len(made)


@pytest.fixture
def knife(meeting):
    # Each factory call commits: the content version moves and the index is drained.
    return make_item(meeting, title="Knife crime", agenda_text="<p>Knife arches in schools.</p>")


def test_a_repeated_anonymous_search_is_served_from_the_cache(knife, client):
    first, cost = queries(client, URL, {"q": "knife"})
    assert "Knife</mark> crime" in first and cost > 1
    again, cost = queries(client, URL, {"q": "knife"})
    assert (again, cost) == (first, 1)  # the content version, nothing else


def test_another_spelling_of_the_same_search_shares_the_page(knife, client):
    first, _ = queries(client, URL + "?q=knife&order=date&kind=agenda&kind=minutes")
    again, cost = queries(
        client, URL + "?kind=minutes&q=%20%20knife%20&order=date&utm_source=x&kind=agenda&page="
    )
    assert (again, cost) == (first, 1)


def test_the_search_is_written_one_way_with_its_case_kept():
    from django.http import QueryDict

    params = normalised(QueryDict("order=date&q=%20ONS%20%20%22town+centre%22&kind=b&kind=a&x=1"))
    assert params.urlencode() == "q=ONS+%22town+centre%22&kind=a&kind=b&order=date"
    assert normalised(QueryDict("q=ons")) != normalised(QueryDict("q=ONS"))


def test_the_empty_search_page_is_cached_too(committee, client):
    first, cost = queries(client, URL)
    assert "<form" in first and cost > 1
    assert queries(client, URL) == (first, 1)


def test_two_searches_do_not_share_a_page(meeting, client):
    make_item(meeting, title="Knife crime")
    make_item(meeting, title="Budget monitoring")
    knife, _ = queries(client, URL, {"q": "knife"})
    budget, cost = queries(client, URL, {"q": "budget"})
    assert cost > 1
    assert "Knife</mark> crime" in knife and "Budget" not in knife
    assert "Budget</mark> monitoring" in budget and "Knife" not in budget


def test_a_reader_with_a_cookie_is_not_served_a_shared_copy(knife, client):
    queries(client, URL, {"q": "knife"})
    client.cookies["messages"] = "anything"
    _, cost = queries(client, URL, {"q": "knife"})
    assert cost > 1


def test_a_signed_in_member_is_never_served_or_given_a_cached_copy(meeting, client, member_user):
    from moot.meetings.choices import Restriction

    make_item(
        meeting,
        title="Contract award",
        restriction=Restriction.EXEMPT,
        exempt_paragraphs=[3],
        restriction_reason="Commercial terms.",
        public_summary="Members considered a contract.",
        agenda_text=f"<p>Bids from {CANARY} Ltd.</p>",
    )
    anonymous, _ = queries(client, URL, {"q": CANARY})
    assert "No results" in anonymous

    client.force_login(member_user)
    member, cost = queries(client, URL, {"q": CANARY})
    assert f"<mark>{CANARY}</mark>" in member and cost > 1  # not the anonymous copy
    _, cost = queries(client, URL, {"q": CANARY})
    assert cost > 1  # and the member's page was not kept

    client.logout()
    client.cookies.clear()
    again, cost = queries(client, URL, {"q": CANARY})
    assert cost == 1 and again == anonymous and f"<mark>{CANARY}</mark>" not in again


def test_a_taken_down_item_leaves_the_cached_search_at_once(meeting, client):
    item = make_item(meeting, title="Cleaning contract", agenda_text=f"<p>{CANARY} bid.</p>")
    before, _ = queries(client, URL, {"q": CANARY})
    assert "1 result" in before and f"<mark>{CANARY}</mark>" in before
    assert queries(client, URL, {"q": CANARY})[1] == 1  # cached

    publishing.withdraw_item(item, "Published by mistake: commercial terms.")
    after, _ = queries(client, URL, {"q": CANARY})
    assert "No results" in after and "Cleaning contract" not in after
    assert f"<mark>{CANARY}</mark>" not in after
    title, _ = queries(client, URL, {"q": "cleaning"})
    assert "Cleaning contract" not in title


def test_a_restricted_item_leaves_the_cached_search_at_once(meeting, client):
    item = make_item(meeting, title="Cleaning contract", agenda_text=f"<p>{CANARY} bid.</p>")
    make_document(meeting, item, title="Tender report", text=f"Scores\f{CANARY} scored highest")
    before, _ = queries(client, URL, {"q": CANARY})
    assert "2 results" in before
    assert queries(client, URL, {"q": CANARY})[1] == 1  # cached

    restrictions_service.restrict_item(
        item,
        Restriction.EXEMPT,
        paragraphs=[3],
        reason="Commercial terms of named bidders.",
        public_summary="Members considered the cleaning contract.",
        public_interest="Withholding it outweighs disclosure for now.",
    )
    after, _ = queries(client, URL, {"q": CANARY})
    assert "No results" in after and f"<mark>{CANARY}</mark>" not in after
    assert "scored highest" not in after and "bid." not in after
    # Its title stays public, with the public summary and never the withheld text.
    title, _ = queries(client, URL, {"q": "cleaning"})
    assert "Cleaning</mark> contract" in title and CANARY not in title


def test_a_search_made_while_the_index_is_behind_is_not_kept(knife, client):
    """The content version moves on when a change commits, the index when its queue is
    drained: a page made in between must not be kept for the rest of that version."""
    from moot.search.indexer import drain

    IndexTask.objects.create(target=IndexTask.Target.ITEM, object_id=knife.pk)
    queries(client, URL, {"q": "knife"})
    assert queries(client, URL, {"q": "knife"})[1] > 1
    drain()
    queries(client, URL, {"q": "knife"})
    assert queries(client, URL, {"q": "knife"})[1] == 1


def test_nor_may_a_cdn_keep_a_search_made_while_the_index_is_behind(knife, client, settings):
    from moot.search.indexer import drain

    settings.CDN_PURGE_URL = "http://127.0.0.1:9/purge"
    IndexTask.objects.create(target=IndexTask.Target.ITEM, object_id=knife.pk)
    behind = client.get(URL, {"q": "knife"})
    assert behind["Cache-Control"] == "public, max-age=0, no-cache"
    drain()
    caught_up = client.get(URL, {"q": "knife"})
    assert "s-maxage" in caught_up["Cache-Control"]
