"""The search page at /search: form, count, results, paging, sort, and a fixed query count."""

from __future__ import annotations

import pytest
from django.urls import reverse

from moot.search.service import search
from tests.factories import make_decision, make_document, make_item

from .conftest import index_now

URL = "/search"


@pytest.fixture
def many(meeting):
    for n in range(30):
        item = make_item(meeting, title=f"Allotment site {n}", reference=f"SSP/{n + 1}/25")
        make_decision(item, "AGREED the allotment rents.")
        make_document(meeting, item, title=f"Allotment report {n}", text="Allotment waiting list")
    index_now()


def test_the_page_is_at_search():
    assert reverse("search:results") == URL


def test_without_a_query_the_page_shows_the_form_only(client, engine):
    html = client.get(URL).content.decode()
    assert '<form class="search-form" method="get" action="/search" role="search">' in html
    assert (
        'type="search"' in html
        and "<fieldset" in html
        and "<legend>Filter and sort</legend>" in html
    )
    assert "result" not in html.split("</form>")[1]


def test_a_result_names_committee_date_reference_title_and_kind(meeting, client):
    make_item(
        meeting, title="Knife crime", reference="SSP/4/25", agenda_text="<p>Knife arches.</p>"
    )
    index_now()
    html = client.get(URL, {"q": "knife"}).content.decode()
    assert "1 result" in html
    assert (
        f'<a href="{meeting.get_absolute_url()}#item-1">SSP/4/25 <mark>Knife</mark> crime</a>'
        in html
    )
    assert "Safer Stockton Partnership" in html and "Wednesday 14 May 2025" in html
    assert "Agenda item" in html and "<mark>Knife</mark> arches." in html


def test_results_are_paged_with_an_accessible_navigation(many, client):
    html = client.get(URL, {"q": "allotment", "kind": "agenda"}).content.decode()
    assert "30 results, showing 1 to 20" in html
    assert '<nav class="pagination" aria-label="Results pages">' in html
    assert 'aria-current="page">1</a>' in html
    assert "kind=agenda" in html and "page=2" in html
    html = client.get(URL, {"q": "allotment", "kind": "agenda", "page": 2}).content.decode()
    assert "showing 21 to 30" in html and 'rel="prev"' in html and 'rel="next"' not in html


def test_sort_by_date_is_offered_and_kept(many, client):
    html = client.get(URL, {"q": "allotment", "order": "date"}).content.decode()
    assert '<option value="date" selected>Newest first</option>' in html


def test_a_bad_filter_is_reported_not_searched(client, engine):
    response = client.get(URL, {"q": "x", "date_from": "2025-05-02", "date_to": "2025-05-01"})
    assert response.status_code == 200
    assert "The end date must be on or after the start date." in response.content.decode()


def test_the_page_costs_the_same_queries_for_one_result_or_twenty(
    many, client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(7):
        response = client.get(URL, {"q": "allotment"})
    assert response.content.decode().count('class="search-result"') == 20


@pytest.mark.parametrize(
    "filename", ["report.pdf", "Budget & Plan (v2).pdf", "café £5 #1?.docx", "a:b@c~d;e=f.pdf", ""]
)
def test_result_links_to_a_document_are_its_own_address(meeting, public, filename):
    document = make_document(meeting, title="Parking report", filename=filename, text="Parking")
    index_now()
    (result,) = search(public, "parking").results
    assert result.url == document.get_absolute_url()


def test_large_counts_are_written_with_thousands_separators(rf):
    from moot.search.engine import Facets
    from moot.search.query import parse
    from moot.search.service import ResultPage
    from moot.search.templatetags.search_results import search_facets

    page = ResultPage(
        query=parse("report"), total=915235, facets=Facets({7: 17503}, {"report": 915235})
    )
    controls = {"committees": [("", "All committees", True), ("7", "Cabinet", False)]}
    html = search_facets(page, controls, rf.get("/search", {"q": "report", "page": "3"}))
    assert 'href="?q=report&amp;committee=7">Cabinet</a> (17,503)' in html
    assert "Report or document</a> (915,235)" in html


def test_many_committee_facets_fold_away_after_the_biggest_eight(rf):
    from moot.search.engine import Facets
    from moot.search.query import parse
    from moot.search.service import ResultPage
    from moot.search.templatetags.search_results import search_facets

    counts = {pk: 100 - pk for pk in range(1, 13)}
    page = ResultPage(query=parse("report"), total=1000, facets=Facets(counts, {"report": 1000}))
    controls = {"committees": [(str(pk), f"Committee {pk}", False) for pk in counts]}
    html = search_facets(page, controls, rf.get("/search", {"q": "report"}))
    shown, _, folded = html.partition("<details")
    assert "Committee 8</a>" in shown and "Committee 9</a>" not in shown
    assert "<summary>4 more committees</summary>" in folded and "Committee 12</a>" in folded
    assert "<details" not in html.split("<h3", 2)[2]  # four kinds: none folded


def test_it_builds_the_policys_querysets_once_for_a_viewer_not_once_a_search(
    meeting, public, monkeypatch
):
    """Assembling the policy's querysets costs more than running them; a viewer's are built
    once and narrowed to each page's hits (their rows are never kept: see the stale-index
    tests)."""
    from moot.access import policy

    item = make_item(meeting, title="Depot sale", agenda_text="<p>The depot site.</p>")
    make_document(meeting, item, title="Depot valuation", text="The depot is worth a lot.")
    index_now()
    built = []
    for name in ("items", "documents"):
        real = getattr(policy, name)
        monkeypatch.setattr(policy, name, lambda viewer, real=real: built.append(1) or real(viewer))
    for _ in range(3):
        assert search(public, "depot").total == 2
    assert len(built) <= 2
