"""The search page. Thin: the form checks the request, ``service.search`` does the rest.

An anonymous reader's search (no cookies at all) is served from the page cache
(``moot.portal.cache``), keyed by the content version and the search's parameters written one
way (``normalised``), so every process serves the same page until something changes. A
signed-in reader may find restricted material, so their searches are never cached and never
served a cached copy.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import QueryDict
from django.shortcuts import render
from django.views.decorators.http import require_safe

from moot.access import policy
from moot.portal import cache as page_cache

from .engine import Order, get_engine
from .forms import SearchForm
from .service import ResultPage, search
from .suggest import did_you_mean

# The parameters the page reads, in the order its links write them (the form's); any others
# are left out of the page and of its cache key.
PARAMETERS = ("q", "committee", "kind", "date_from", "date_to", "order", "page")
MANY = {"kind"}


def normalised(params: QueryDict) -> QueryDict:
    """The search ``params`` written one way: only the page's own parameters, always in the
    same order (``PARAMETERS``); in each value runs of spaces made one and the ends trimmed (case is kept: the query
    language reads it, ``ONS`` is not ``ons``); empty values dropped; for a parameter given
    more than once, the last value (as the form reads it), or for ``kind`` each kind once, in
    order. Two spellings of one search find the same, so they share one cached page."""
    pairs: list[tuple[str, str]] = []
    for name in PARAMETERS:
        values = [" ".join(value.split()) for value in params.getlist(name)]
        values = [value for value in values if value]
        if name in MANY:
            pairs.extend((name, value) for value in sorted(set(values)))
        elif values:
            pairs.append((name, values[-1]))
    return QueryDict(urlencode(pairs))


def _index_caught_up() -> bool:
    """Whether the search index holds every change committed so far, so that a page made now
    may be kept under the current content version. The version moves on when a change
    commits, the index a moment later (its queue is drained after the commit, or by a worker):
    a page made in between would miss the change for as long as it is kept. Asked before
    searching: the queue's tasks are deleted only after the engine's commit, and a reader
    then sees that commit (``refresh``)."""
    from .models import IndexTask

    if IndexTask.objects.exists():
        return False
    get_engine().refresh()
    return True


@require_safe
def results(request):
    """/search?q=… Costs the viewer, the committee list and at most three queries for the
    results, whatever the page size; an anonymous reader's repeated search one query (the
    content version)."""
    request.GET = normalised(request.GET)
    if page_cache.anonymous(request) and not request.COOKIES:
        behind = False

        def storable() -> bool:
            nonlocal behind
            behind = not _index_caught_up()
            return not behind

        response = page_cache.serve(
            request,
            "search?" + request.GET.urlencode(),
            lambda: _results(request),
            storable=storable,
        )
        if behind:
            # Nor may a CDN keep it: the purge that follows a change may come before the
            # index has it, and the CDN would keep the page as the index was.
            response["Cache-Control"] = "public, max-age=0, no-cache"
        return response
    return _results(request)


def _results(request):
    viewer = policy.viewer_for(request)
    committees = list(policy.committees(viewer).only("pk", "name").order_by("name"))
    form = SearchForm(request.GET or None, committees=committees)
    page = None
    suggested = None  # "did you mean": (the corrected query, its link)
    if form.is_bound and form.is_valid() and form.cleaned_data["q"].strip():
        data = form.cleaned_data
        page = search(
            viewer,
            data["q"],
            form.filters(),
            order=data.get("order") or Order.RELEVANCE,
            page=data.get("page") or 1,
        )
        if page.total == 0 and page.query:
            suggestion = did_you_mean(viewer, page.query, form.filters())
            if suggestion:
                suggested = (suggestion, _link(request, q=suggestion))
    return render(
        request,
        "search/results.html",
        {
            "form": form,
            "controls": form.controls(),
            "result_page": page,
            "suggested": suggested,
            "pages": _page_links(request, page),
        },
    )


def _link(request, **changes) -> str:
    """The current search with ``changes`` to its parameters (``page`` dropped unless given)."""
    params = request.GET.copy()
    params.pop("page", None)
    for name, value in changes.items():
        params[name] = str(value)
    return "?" + params.urlencode()


def _page_links(request, page: ResultPage | None) -> dict:
    """Links for previous, next and a window of numbered pages around the current one."""
    if page is None or page.pages <= 1:
        return {}

    def link(number: int) -> str:
        return _link(request, page=number)

    window = range(max(1, page.page - 3), min(page.pages, page.page + 3) + 1)
    return {
        "previous": link(page.page - 1) if page.page > 1 else None,
        "next": link(page.page + 1) if page.page < page.pages else None,
        "numbers": [(n, link(n), n == page.page) for n in window],
    }
