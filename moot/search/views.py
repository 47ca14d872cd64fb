"""The search page. Thin: the form checks the request, ``service.search`` does the rest."""

from __future__ import annotations

from django.shortcuts import render
from django.views.decorators.http import require_safe

from moot.access import policy

from .engine import Order
from .forms import SearchForm
from .service import ResultPage, search
from .suggest import did_you_mean


@require_safe
def results(request):
    """/search?q=… Costs the viewer, the committee list and at most three queries for the
    results, whatever the page size."""
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
