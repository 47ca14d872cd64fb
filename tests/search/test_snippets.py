"""Snippets: matched words marked, everything else escaped, document hits with their page."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from moot.search import snippets
from moot.search.query import parse
from moot.search.service import search
from moot.search.snippets import highlight
from tests.factories import make_document, make_item

from .conftest import index_now


def test_the_snippet_marks_the_matched_words_in_their_written_form(meeting, public):
    make_item(
        meeting,
        title="Libraries",
        agenda_text="<p>The committee <em>reviewed</em> the library opening hours.</p>",
    )
    index_now()
    (result,) = search(public, "reviews hours").results
    assert "<mark>reviewed</mark>" in result.snippet
    assert "<mark>hours</mark>" in result.snippet
    assert "<em>" not in result.snippet  # stored HTML is reduced to text


def test_the_snippet_escapes_the_text_around_the_marks():
    snippet = highlight('Fees <script>alert("x")</script> & charges', parse("charges"))
    assert (
        snippet
        == "Fees &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>charges</mark>"
    )


def test_a_long_text_is_cut_around_the_matches():
    text = "Opening words. " * 50 + "The parking review ended. " + "Closing words. " * 50
    snippet = highlight(text, parse("parking"))
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "<mark>parking</mark>" in snippet and len(snippet) < 320


def test_a_document_hit_says_which_page(meeting, public):
    item = make_item(meeting, title="Budget")
    pages = ["Cover", "Contents", "Introduction", "The reserves policy is set out here.", "End"]
    document = make_document(meeting, item, title="Budget report", text="\f".join(pages))
    index_now()
    (result,) = search(public, "reserves").results
    assert (result.document, result.page) == (document, 4)
    assert result.url.endswith("#page=4")
    assert "<mark>reserves</mark>" in result.snippet


def test_every_matching_page_is_its_own_hit(meeting, public):
    make_document(meeting, title="Pack", text="Highways\fNothing\fHighways again")
    index_now()
    assert sorted(r.page for r in search(public, "highways").results) == [1, 3]


WORDS = [
    "review",
    "reviews",
    "reviewed",
    "dying",
    "die",
    "DAPO",
    "CSPs",
    "CSP",
    "ONS",
    "on",
    "the",
    "parking",
    "park",
    "Parking",
    "children's",
    "covid-19",
    "19",
    "housing",
    "houses",
]


_TEXTS = st.lists(st.sampled_from([*WORDS, " ", ", ", "\n"]), max_size=30).map(" ".join)


@given(
    title=_TEXTS,
    text=_TEXTS,
    query=st.lists(st.sampled_from([*WORDS, '"review on"', "-park"]), min_size=1, max_size=3).map(
        " ".join
    ),
)
def test_the_quick_yes_of_the_recheck_agrees_with_stemming_every_word(title, text, query):
    """``satisfies`` answers the usual query from a scan of likely words, and so does the
    search page's ``checked_highlight`` from its snippet's scan; the answer must be the one
    stemming every word gives (their fallback), or a stale entry could show."""
    parsed = parse(query)
    assume(parsed)
    quick = snippets._surely_satisfies([title, text], parsed)
    full = snippets._stems_satisfy([title, text], parsed)
    assert not quick or full  # a quick yes is always right
    assert snippets.satisfies([title, text], parsed) == full
    shown = snippets.checked_highlight([title, text], parsed)
    assert (shown is not None) == full
    if full:
        assert shown == snippets.highlight(text, parsed)
