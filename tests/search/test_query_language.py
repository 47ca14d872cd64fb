"""The query language: words, "phrases", -exclusions, stemming and acronyms as written."""

from __future__ import annotations

import pytest

from moot.search.query import parse
from moot.search.service import search
from tests.factories import make_item

from .conftest import index_now


def titles(viewer, q, **kw) -> list[str]:
    return sorted(r.item.title for r in search(viewer, q, **kw).results)


@pytest.fixture
def items(meeting):
    make_item(
        meeting, title="Budget reviews", agenda_text="<p>The annual review of the budget.</p>"
    )
    make_item(
        meeting,
        title="Parking",
        agenda_text="<p>A review of parking charges in the town centre.</p>",
    )
    make_item(meeting, title="Regeneration", agenda_text="<p>Plans for the centre of town.</p>")
    make_item(
        meeting,
        title="Safeguarding",
        agenda_text="<p>The DAPO reported on the CSPs and ONS data.</p>",
    )
    make_item(meeting, title="Strategy", agenda_text="<p>Each CSP agreed. We met on Monday.</p>")
    index_now()


def test_every_word_must_match(items, public):
    assert titles(public, "review budget") == ["Budget reviews"]


def test_a_word_finds_its_other_forms(items, public):
    assert titles(public, "reviews") == ["Budget reviews", "Parking"]
    assert titles(public, "reviewing") == ["Budget reviews", "Parking"]


def test_a_quoted_phrase_matches_only_in_that_order(items, public):
    assert titles(public, '"town centre"') == ["Parking"]
    assert titles(public, "town centre") == ["Parking", "Regeneration"]


def test_a_phrase_keeps_the_places_of_its_common_words(meeting, public):
    make_item(meeting, title="Group", agenda_text="<p>The task and finish group met.</p>")
    make_item(meeting, title="Other", agenda_text="<p>A task or finish group was set up.</p>")
    make_item(meeting, title="Apart", agenda_text="<p>The task was to finish the group.</p>")
    make_item(meeting, title="Joined", agenda_text="<p>A task finish group.</p>")
    index_now()
    # Common words are not indexed (as PostgreSQL does): any one of them fills the gap.
    page = search(public, '"task and finish group"')
    assert sorted(r.item.title for r in page.results) == ["Group", "Other"]
    assert page.total == 2  # the re-check agrees with the engine
    assert titles(public, '"task finish group"') == ["Joined"]
    assert titles(public, '"the task"') == ["Apart", "Group", "Joined", "Other"]  # as "task"
    assert search(public, '"the"').total == 0  # common words alone


def test_a_minus_sign_excludes_a_word(items, public):
    assert titles(public, "review -parking") == ["Budget reviews"]
    assert titles(public, 'centre -"parking charges"') == ["Regeneration"]


def test_an_acronym_is_found_as_written(items, public):
    assert titles(public, "DAPO") == ["Safeguarding"]
    # "ONS" stems to "on": searched as written it must not find every "on".
    assert titles(public, "ONS") == ["Safeguarding"]


def test_a_plural_acronym_finds_the_singular_too(items, public):
    assert titles(public, "CSPs") == ["Safeguarding", "Strategy"]
    assert titles(public, "CSP") == ["Strategy"]


def test_common_words_alone_find_nothing_and_do_not_fail(items, public):
    page = search(public, "the of")
    assert page.total == 0 and page.results == []


def test_a_query_of_exclusions_only_finds_nothing(items, public):
    assert search(public, "-parking").total == 0


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("reviews", [("reviews",)]),
        ('"care home" -closure', [("care", "home"), ("closure",)]),
        ("covid-19", [("covid", "19")]),
        ('"unclosed phrase', [("unclosed", "phrase")]),
        ("the budget", [("budget",)]),
        ("title:secret OR x*", [("title", "secret"), ("or",), ("x",)]),
    ],
)
def test_the_parser_reads_what_people_type(raw, expected):
    assert [p.words for p in parse(raw).parts] == expected


def test_the_parser_keeps_acronyms_as_written():
    (csps, dapo, it) = parse("CSPs DAPO IT").parts
    assert (csps.acronym, csps.forms) == (True, ("CSP", "CSPs"))
    assert dapo.forms == ("DAPO",)
    assert it.forms == ("IT",)  # never "it" or "its"
    assert not parse("RECOMMENDATIONS").parts[0].acronym


def test_acronyms_in_text_are_whole_words_of_two_to_seven_capitals():
    from moot.meetings.words import acronyms

    text = "The CSPs and DAPO met ONS, S106A, 1CSP and YOT_2; not RECOMMENDATIONS, éCSP or Ab."
    assert acronyms(text) == {"CSPs", "DAPO", "ONS", "S106A", "1CSP", "YOT"}
