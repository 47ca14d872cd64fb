"""Suggestions ("did you mean"): a corrected query for a search that found nothing, never a
withheld word."""

from __future__ import annotations

from django.urls import reverse

from moot.search.query import parse
from moot.search.suggest import correction, did_you_mean, edits
from tests.factories import make_decision, make_exempt_item, make_item

from .conftest import index_now


def test_edits_are_one_change_away():
    found = edits("budget")
    assert {"budgt", "bduget", "budgel", "budgets"} <= found  # left out, swapped, changed, added
    assert "budget" not in found
    assert "bugdte" not in found  # two edits


def test_a_misspelt_word_is_corrected_to_the_spelling_public_text_has(meeting, public):
    make_item(meeting, title="Budget monitoring", agenda_text="<p>The budget was noted.</p>")
    index_now()
    assert correction(parse("bugdet")) == "budget"
    assert did_you_mean(public, parse("bugdet")) == "budget"
    assert did_you_mean(public, parse("bugdet monitoring")) == "budget monitoring"


def test_known_words_short_words_and_acronyms_are_left_alone(meeting):
    make_item(meeting, title="Budget monitoring", agenda_text="<p>The DAPO pilot.</p>")
    index_now()
    assert correction(parse("budget")) is None
    assert correction(parse("bud")) is None  # too short to guess at
    assert correction(parse("DAPA")) is None  # acronyms are searched as written
    assert correction(parse('"bugdet monitoring"')) is None  # phrases are as typed


def test_nothing_is_suggested_when_the_corrected_search_finds_nothing_for_those_filters(
    meeting, public
):
    from moot.search.engine import Filters

    make_item(meeting, title="Budget monitoring")
    index_now()
    only_minutes = Filters(kinds=frozenset({"minutes"}))
    assert did_you_mean(public, parse("bugdet"), only_minutes) is None


def test_a_word_only_withheld_text_has_is_never_suggested(meeting, public, member):
    item = make_exempt_item(
        meeting,
        title="Contract award",
        minutes="<p>Bids from Quixotica Ltd were compared.</p>",
    )
    make_decision(item, "AGREED to appoint Quixotica Ltd.", public_text="AGREED to appoint.")
    index_now()
    assert correction(parse("quixotics")) is None
    assert did_you_mean(public, parse("quixotics")) is None
    assert did_you_mean(member, parse("quixotics")) is None  # suggestions come from public text


def test_the_page_offers_the_correction_as_a_link(meeting, client):
    make_item(meeting, title="Budget monitoring", agenda_text="<p>The budget was noted.</p>")
    index_now()
    response = client.get(reverse("search:results"), {"q": "bugdet", "order": "date"})
    html = response.content.decode()
    assert "No results" in html
    assert 'Did you mean <a href="?q=budget&amp;order=date">budget</a>?' in html
    found = client.get(reverse("search:results"), {"q": "budget"}).content.decode()
    assert "Did you mean" not in found
