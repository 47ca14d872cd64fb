"""Atom feeds for the whole site, a committee and a search, read back with feedparser."""

from __future__ import annotations

import feedparser
import pytest

from moot.search.indexer import drain
from tests.factories import local, make_committee, make_item, make_meeting

from .conftest import CANARY


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed, response.content.decode()


def test_the_site_feed_has_an_entry_for_each_agenda_and_minutes_published(client, meeting):
    feed, _ = parse(client, "/feeds/atom.xml")
    titles = [entry.title for entry in feed.entries]
    assert titles == [
        "Draft minutes published: Safer Stockton Partnership, Wednesday 14 May 2025, 9.00am",
        "Agenda published: Safer Stockton Partnership, Wednesday 14 May 2025, 9.00am",
    ]
    entry = feed.entries[1]
    assert entry.link == f"https://meetings.example.gov.uk/meetings/{meeting.pk}/"
    assert entry.id == f"tag:meetings.example.gov.uk,2025:agenda:{meeting.pk}"
    assert "SSP/1/25 Anti-social behaviour update" in entry.summary
    assert "SSP/2/25 Contract for CCTV monitoring (not for publication)" in entry.summary


def test_a_committee_feed_carries_only_that_committee(client, meeting):
    other = make_meeting(make_committee(name="Planning Committee", slug="planning"))
    feed, _ = parse(client, "/feeds/committees/ssp.atom")
    assert feed.feed.title == "Safer Stockton Partnership: agendas and minutes"
    assert {entry.link for entry in feed.entries} == {
        f"https://meetings.example.gov.uk/meetings/{meeting.pk}/"
    }
    assert other.committee.name not in str(feed.entries)


def test_an_unpublished_agenda_and_unpublished_minutes_make_no_entries(client, committee):
    make_meeting(committee, published=False)
    feed, _ = parse(client, "/feeds/committees/ssp.atom")
    assert feed.entries == []


def test_an_unknown_committee_has_no_feed(client, db):
    assert client.get("/feeds/committees/nothing.atom").status_code == 404


def test_the_search_feed_lists_the_newest_public_matches_with_snippets(client, meeting):
    make_item(
        meeting,
        reference="SSP/3/25",
        title="Domestic abuse services",
        agenda_text="<p>The refuge contract for domestic abuse services is renewed.</p>",
    )
    drain()
    feed, text = parse(client, "/feeds/search.atom?q=refuge")
    assert len(feed.entries) == 1
    entry = feed.entries[0]
    assert "Domestic abuse services" in entry.title
    assert "The refuge contract for domestic abuse services" in entry.summary
    assert "&lt;mark&gt;refuge&lt;/mark&gt;" in text  # feedparser's sanitiser drops <mark>
    assert entry.link.startswith(f"https://meetings.example.gov.uk/meetings/{meeting.pk}/#item-")


def test_a_search_feed_needs_words(client, db):
    assert client.get("/feeds/search.atom?q=").status_code == 404


@pytest.mark.parametrize("url", ["/feeds/atom.xml", "/feeds/committees/ssp.atom"])
def test_no_feed_carries_exempt_text(client, meeting, url):
    _, text = parse(client, url)
    assert CANARY not in text


def test_searching_for_exempt_text_finds_nothing(client, meeting):
    drain()
    feed, text = parse(client, f"/feeds/search.atom?q={CANARY}")
    assert feed.entries == []
    assert CANARY not in text.replace(f"“{CANARY}”", "").replace(f"q={CANARY}", "")


def test_the_site_feed_costs_the_same_queries_however_many_meetings(
    client, committee, django_assert_max_num_queries
):
    for day in range(1, 11):
        meeting = make_meeting(committee, start=local(2025, 6, day))
        make_item(meeting)
    with django_assert_max_num_queries(6):
        client.get("/feeds/atom.xml")


@pytest.mark.parametrize("url", ["/feeds/atom.xml", "/feeds/committees/ssp.atom"])
def test_caches_must_ask_again_and_a_take_down_reaches_them_at_once(client, meeting, url):
    from moot.meetings.services import publishing

    first = client.get(url)
    assert "no-cache" in first["Cache-Control"] and "public" in first["Cache-Control"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304  # nothing changed: a bare answer
    item = meeting.items.get(reference="SSP/1/25")
    publishing.withdraw_item(item, "Published by mistake")
    after = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert after.status_code == 200 and after["ETag"] != first["ETag"]
    assert "Anti-social behaviour update" not in after.content.decode()
