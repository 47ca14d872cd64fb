"""The sitemap, by the sitemaps.org protocol: ``/sitemap.xml`` is an index of sections, each
page of a section listing at most ``PAGE_SIZE`` addresses (the protocol allows 50,000 a file;
a large council's archive has hundreds of thousands of items and documents).

Sections: ``pages`` (the fixed pages, committees, councillors, decision notices, forward plans
and their entries), then ``meetings``, ``items`` (each agenda item's own page) and
``documents`` (public documents Moot holds a file of), in pages of ``?p=N``. Everything listed
is what the public may read, asked of the access policy as every other way out asks it.

Django's own sitemaps framework names the index's sections by the request's host, not by the
site's address (``moot.site``), which the sitemap must carry: hence this small module.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from moot.access import policy
from moot.meetings.models import Body

from .cache import public_page

# Addresses a page of a section lists: well under the protocol's 50,000, so that each page is
# quick to make and to read.
PAGE_SIZE = 10_000

XML = "application/xml; charset=utf-8"


def _route(name: str, count: int) -> Callable[..., str]:
    """A fast ``reverse`` for one URL pattern of ``count`` integer arguments: the path with
    the arguments put in by string formatting."""
    marks = [str(987_654_321 + n) for n in range(count)]
    path = reverse(name, args=marks)
    for n, mark in enumerate(marks):
        path = path.replace(mark, "{" + str(n) + "}")
    return path.format


@dataclass(frozen=True)
class Section:
    """A section listed in pages: its rows (public only, in a fixed order) and each row's
    address and last change."""

    rows: Callable[[], QuerySet[Any]]
    location: Callable[[Any], str]

    def pages(self) -> int:
        return math.ceil(self.rows().count() / PAGE_SIZE)

    def page(self, number: int) -> Iterable[tuple[str, Any]]:
        start = (number - 1) * PAGE_SIZE
        for row in self.rows()[start : start + PAGE_SIZE]:
            yield self.location(row), row["updated_at"]


def _meetings() -> QuerySet[Any]:
    return policy.meetings(policy.Viewer.public()).order_by("pk").values("pk", "updated_at")


def _items() -> QuerySet[Any]:
    public = policy.Viewer.public()
    return (
        policy.items(public)
        .filter(meeting__in=policy.meetings(public))
        .order_by("pk")
        .values("pk", "meeting_id", "updated_at")
    )


def _documents() -> QuerySet[Any]:
    return (
        policy.documents(policy.Viewer.public())
        .exclude(file="")
        .order_by("pk")
        .values("pk", "filename", "updated_at")
    )


def _sections() -> dict[str, Section]:
    meeting = _route("portal:meeting", 1)
    item = _route("portal:item", 2)
    return {
        "meetings": Section(_meetings, lambda row: meeting(row["pk"])),
        "items": Section(_items, lambda row: item(row["meeting_id"], row["pk"])),
        "documents": Section(
            _documents,
            lambda row: reverse("portal:document", args=[row["pk"], row["filename"] or "document"]),
        ),
    }


@require_safe
@public_page
def index(request):
    """``/sitemap.xml``: the sections, each page of each (a section with nothing public is
    left out)."""
    listed = [reverse("portal:sitemap_pages")]
    for name, section in _sections().items():
        address = reverse("portal:sitemap_section", args=[name])
        listed += [address if n == 1 else f"{address}?p={n}" for n in range(1, section.pages() + 1)]
    return render(request, "portal/sitemap_index.xml", {"sitemaps": listed}, content_type=XML)


@require_safe
@public_page
def section(request, name: str):
    """One page (``?p=N``, from 1) of a section: its addresses and their last changes."""
    sections = _sections()
    if name not in sections:
        raise Http404("No such sitemap section.")
    try:
        number = int(request.GET.get("p", "1"))
    except ValueError:
        raise Http404("A sitemap page is a number.") from None
    if number < 1 or (number > 1 and number > sections[name].pages()):
        raise Http404("No such page of the sitemap.")
    return render(
        request,
        "portal/sitemap_section.xml",
        {"urls": sections[name].page(number)},
        content_type=XML,
    )


@require_safe
@public_page
def pages(request):
    """The fixed pages, committees, councillors, decision notices, forward plans and their
    published entries: one page (their number grows with the council, not its archive)."""
    from moot.executive.models import PlanEntry

    public = policy.Viewer.public()
    entries = (
        PlanEntry.objects.filter(first_published_on__isnull=False, body__deleted_at__isnull=True)
        .select_related("body")
        .only("pk", "updated_at", "body__slug")
        .order_by("pk")
    )
    return render(
        request,
        "portal/sitemap.xml",
        {
            "committees": policy.committees(public).only("slug", "updated_at").order_by("name"),
            "people": policy.people(public).only("slug", "updated_at").order_by("name"),
            "notices": policy.public_decision_notices()
            .only("pk", "updated_at")
            .order_by("-taken_on"),
            "plans": Body.objects.filter(pk__in=entries.values("body_id"))
            .only("slug")
            .order_by("name"),
            "plan_entries": entries,
        },
        content_type=XML,
    )
