"""The OParl 1.1 read API: the System object, one URL per object and the external lists.

Thin views: which rows exist and which are live is ``moot.api.queries`` (asking the access
policy for the public viewer), the JSON is ``moot.api.serializers``. Every view answers GET
and HEAD only, sends ``application/json`` and allows any origin (OParl asks for CORS).

Lists are paged by number (``page``, from 1) in a stable order (by id), ``limit`` objects a
page (default and maximum ``PAGE_SIZE``, or the type's own in ``PAGE_SIZES``). They take the OParl filters ``created_since``,
``created_until``, ``modified_since``, ``modified_until`` and ``omit_internal``; deleted
objects are listed only when ``modified_since`` is given, as OParl 1.1 requires, so a
syncing client learns what went. Each list costs a fixed number of queries: a count, the
page and the prefetches of its type.

Objects and lists are the same for everyone, so they are kept in the page cache
(``moot.portal.cache.public_page``, keyed by the content version, the site's address and the
full path with its query): served again at the cost of one look-up until anything changes.
"""

from __future__ import annotations

import functools
import math
from datetime import datetime, time
from urllib.parse import urlencode

from django.db.models import Q, QuerySet
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from moot.meetings.models import Body, Committee
from moot.portal.cache import public_page

from . import queries as q
from . import serializers as s

PAGE_SIZE = 100
# A meeting embeds all its agenda items (with their decisions and files): 20 meetings of a
# hundred items already make a page of 2,000 objects. OParl leaves the page size to the
# server; a client's ``limit`` is a wish, never more than this.
PAGE_SIZES = {q.MEETING: 20}
FILTERS = ("created_since", "created_until", "modified_since", "modified_until")
# Parameters a list page carries over into its links.
KEPT = (*FILTERS, "omit_internal", "limit")


ALLOWED = "GET, HEAD, OPTIONS"
# What a browser may send in a cross-origin request (answered to a CORS preflight).
ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, If-Modified-Since, If-None-Match"


class BadRequest(Exception):
    pass


def _json(data: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _error(status: int, message: str) -> JsonResponse:
    return _json({"type": s.OPARL_VERSION + "Error", "message": message}, status=status)


def require_safe(view):
    """GET and HEAD run ``view``; OPTIONS answers a CORS preflight; any other method is 405
    with ``Allow``; an unknown object (``Http404``) is the JSON 404 — all as JSON with
    CORS headers, whatever ``DEBUG`` says."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Allow-Methods"] = ALLOWED
            response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response["Access-Control-Max-Age"] = "86400"
            response["Allow"] = ALLOWED
            return response
        if request.method not in ("GET", "HEAD"):
            response = _error(405, f"The OParl API only reads: {request.method} is not allowed")
            response["Allow"] = ALLOWED
            return response
        try:
            return view(request, *args, **kwargs)
        except Http404:
            return _error(404, "There is no such object or list")

    return wrapped


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"true", "1", "yes"}


def _moment(name: str, raw: str) -> datetime:
    """A filter value: an OParl date-time. An unencoded ``+`` arrives as a space, so one is
    put back; a bare date means its midnight, a time without offset the site's time."""
    text = raw.strip().replace(" ", "+")
    try:
        moment = parse_datetime(text)
        if moment is None and (date_only := parse_date(text)) is not None:
            moment = datetime.combine(date_only, time.min)
    except ValueError:
        moment = None
    if moment is None:
        raise BadRequest(f"{name}={raw!r} is not a date-time such as 2025-05-14T09:00:00+01:00")
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def _filtered(request, qs: QuerySet) -> QuerySet:
    lookups = {
        "created_since": "created_at__gte",
        "created_until": "created_at__lte",
        "modified_since": "modified_at__gte",
        "modified_until": "modified_at__lte",
    }
    for name in FILTERS:
        raw = request.GET.get(name)
        if raw:
            qs = qs.filter(**{lookups[name]: _moment(name, raw)})
    if not request.GET.get("modified_since"):
        qs = qs.filter(live=True)
    return qs


def _limit(request, kind: q.Kind) -> int:
    """The page size: the client's ``limit``, at most the type's maximum. A malformed value
    gives the maximum (OParl: a client may not rely on its limit being honoured); zero or
    less asks for pages that could never end, and is a bad request."""
    most = PAGE_SIZES.get(kind, PAGE_SIZE)
    try:
        wanted = int(request.GET.get("limit", most))
    except ValueError:
        return most
    if wanted < 1:
        raise BadRequest(f"limit={wanted} must be a whole number of at least 1")
    return min(wanted, most)


def _page_url(out: s.Out, request, page: int) -> str:
    params = [(key, request.GET[key]) for key in KEPT if request.GET.get(key)]
    if page > 1:
        params.append(("page", str(page)))
    query = urlencode(params)
    return out.absolute(request.path) + (f"?{query}" if query else "")


def _listing(
    request, kind: q.Kind, scope: Q | None = None, *more: tuple[q.Kind, Q]
) -> JsonResponse:
    """One page of the external list of ``kind`` (optionally narrowed to ``scope``), followed
    by the rows of each further (kind, scope) in ``more``: a body's organisations are its
    committees, then its parties. The page size is the first kind's."""
    out = s.Out(omit_internal=_flag(request.GET.get("omit_internal")))
    parts = [(kind, scope), *more]
    try:
        querysets = [_filtered(request, part.queryset()) for part, _scope in parts]
        page = int(request.GET.get("page", 1))
    except BadRequest as exc:
        return _error(400, str(exc))
    except ValueError:
        return _error(400, "page must be a whole number")
    querysets = [
        qs if part_scope is None else qs.filter(part_scope)
        for qs, (_kind, part_scope) in zip(querysets, parts, strict=True)
    ]
    try:
        limit = _limit(request, kind)
    except BadRequest as exc:
        return _error(400, str(exc))
    counts = [qs.count() for qs in querysets]
    total = sum(counts)
    pages = max(1, math.ceil(total / limit))
    if not 1 <= page <= pages:
        return _error(404, f"There are {pages} pages in this list")
    data: list[dict] = []
    start, stop, offset = (page - 1) * limit, page * limit, 0
    for (part, _scope), qs, count in zip(parts, querysets, counts, strict=True):
        low, high = max(start - offset, 0), min(stop - offset, count)
        if low < high:
            data += [s.render(out, part, row) for row in s.prepare(part, qs)[low:high]]
        offset += count
    links = {
        "first": _page_url(out, request, 1),
        "self": _page_url(out, request, page),
        "last": _page_url(out, request, pages),
    }
    if page > 1:
        links["prev"] = _page_url(out, request, page - 1)
    if page < pages:
        links["next"] = _page_url(out, request, page + 1)
    return _json(
        {
            "data": data,
            "pagination": {
                "totalElements": total,
                "elementsPerPage": limit,
                "currentPage": page,
                "totalPages": pages,
            },
            "links": links,
        }
    )


def _object(request, kind: q.Kind, pk: int) -> JsonResponse:
    row = get_object_or_404(s.prepare(kind, kind.queryset()), pk=pk)
    return _json(s.render(s.Out(), kind, row))


# --- The entry point and the objects -----------------------------------------------------------


@require_safe
def system(request):
    return _json(s.system(s.Out()))


@require_safe
def system_elsewhere(request):
    """``/oparl/v1/system``, where some clients look first: the System lives at
    ``/oparl/v1/`` (its id), so this is a permanent redirect there."""
    response = HttpResponsePermanentRedirect(reverse("api:system"))
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def not_found(request, rest: str):
    """Any other path under ``/oparl/v1/``: the JSON 404 — except a known path without its
    final slash, which is sent to it (as Django's ``APPEND_SLASH`` would, had this catch-all
    not answered first)."""
    if rest and not rest.endswith("/"):
        match = resolve_or_none(request.path_info + "/")
        if match is not None and match.func is not not_found:
            response = HttpResponsePermanentRedirect(request.get_full_path(force_append_slash=True))
            response["Access-Control-Allow-Origin"] = "*"
            return response
    raise Http404(rest)


def resolve_or_none(path: str):
    try:
        return resolve(path)
    except Resolver404:
        return None


@require_safe
def bodies(request):
    return _listing(request, q.BODY)


def _object_view(kind: q.Kind):
    @require_safe
    @public_page
    def view(request, pk: int):
        return _object(request, kind, pk)

    view.__name__ = view.__qualname__ = kind.url_name or s.URL_NAMES[kind.name]
    view.__doc__ = f"One OParl {kind.name}, in full or as deleted; 404 if never public."
    return view


body = _object_view(q.BODY)
organization = _object_view(q.ORGANIZATION)
person = _object_view(q.PERSON)
membership = _object_view(q.MEMBERSHIP)
location = _object_view(q.LOCATION)
meeting = _object_view(q.MEETING)
agenda_item = _object_view(q.AGENDA_ITEM)
paper = _object_view(q.PAPER)
consultation = _object_view(q.CONSULTATION)
file = _object_view(q.FILE)
legislative_term = _object_view(q.LEGISLATIVE_TERM)
party = _object_view(q.PARTY)
party_membership = _object_view(q.PARTY_MEMBERSHIP)


# --- The external lists ------------------------------------------------------------------------


def _body_list(kind: q.Kind, *more: q.Kind):
    @require_safe
    @public_page
    def view(request, pk: int):
        owner = get_object_or_404(Body.all_objects, pk=pk)
        rest = [(other, q.in_body(other, owner)) for other in more]
        return _listing(request, kind, q.in_body(kind, owner), *rest)

    view.__doc__ = f"The body's external list of {kind.name} objects."
    return view


# Committees, then parties and groups; committee memberships, then members' parties.
body_organizations = _body_list(q.ORGANIZATION, q.PARTY)
body_people = _body_list(q.PERSON)
body_memberships = _body_list(q.MEMBERSHIP, q.PARTY_MEMBERSHIP)
body_locations = _body_list(q.LOCATION)
body_meetings = _body_list(q.MEETING)
body_agenda_items = _body_list(q.AGENDA_ITEM)
body_papers = _body_list(q.PAPER)
body_consultations = _body_list(q.CONSULTATION)
body_files = _body_list(q.FILE)
body_legislative_terms = _body_list(q.LEGISLATIVE_TERM)


@require_safe
@public_page
def organization_meetings(request, pk: int):
    """The committee's meetings (OParl ``Organization.meeting``)."""
    committee = get_object_or_404(Committee.all_objects, pk=pk)
    return _listing(request, q.MEETING, Q(committee=committee))


@require_safe
@public_page
def organization_consultations(request, pk: int):
    """The reports considered at the committee's meetings (``Organization.consultation``)."""
    committee = get_object_or_404(Committee.all_objects, pk=pk)
    return _listing(request, q.CONSULTATION, Q(meeting__committee=committee))
