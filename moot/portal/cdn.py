"""Headers for a CDN (or any shared cache) in front of Moot, and the purge that keeps it true.

Every response says who may keep it (``Cache-Control``):

- a public page or file asked for without signing in: with a purge address set
  (``CDN_PURGE_URL``), shared caches may keep it for ``CDN_SECONDS`` and serve it a little
  stale while they fetch a new copy (``stale-while-revalidate``); without one, they may keep
  it but must ask again each time (``no-cache``), as nothing would tell them of a take-down.
  Browsers always ask again (``max-age=0``); with its ``ETag`` (Django's
  ``ConditionalGetMiddleware``) the answer is a bare 304 when nothing changed;
- anything for a signed-in reader, anything that sets a cookie, every form post, every
  redirect to sign in and every error but a missing page: ``private, no-store``;
- a view that says otherwise keeps its own (the feeds; an exempt document is
  ``private, no-store`` whoever asks).

Public responses also carry a ``Surrogate-Key`` header naming what they show: ``moot`` (every
page), ``body-B``, ``committee-C``, ``meeting-M``, ``document-D``, ``person-P``, and ``lists``
for pages that list across meetings (home page, search, councillors). A CDN that knows the
header (Fastly, Varnish with xkey, and others) purges by those names.

The purge: after each committed change the domain announces (``moot.meetings.events``), Moot
queues tasks (``moot.background.tasks``) that POST the keys the change touched to
``CDN_PURGE_URL`` — material taken down first, in a request of its own, at the top priority. See docs/deploying.md.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TypeVar

import httpx
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase

from moot.meetings import events

log = logging.getLogger(__name__)

R = TypeVar("R", bound=HttpResponseBase)

EVERYTHING = "moot"
LISTS = "lists"

# Responses a shared cache may keep: the page, "not modified", a permanent move, a page that
# is not there.
SHAREABLE_STATUS = {200, 203, 304, 301, 308, 404, 410}

# The pages that list across meetings, by URL name: any change may change them.
LIST_PAGES = {
    "portal:home",
    "portal:councillors",
    "portal:attendance",
    "portal:attendance_csv",
    "portal:sitemap",
    "portal:sitemap_pages",
    "portal:sitemap_section",
    "search:results",
}


def _meeting_keys(meeting_id: int) -> tuple[str, ...]:
    """The meeting's key and its committee's (for the purge, off the request path)."""
    from moot.meetings.models import Meeting

    row = Meeting.all_objects.filter(pk=meeting_id).values_list("committee_id", flat=True).first()
    return (f"meeting-{meeting_id}",) + ((f"committee-{row}",) if row else ())


def tag(response: R, *, meetings: Iterable[int] = (), **ids: int | None) -> R:
    """Name on ``response`` what it shows: ``tag(response, meeting=3, committee=2, body=1)``
    gives ``Surrogate-Key: moot meeting-3 committee-2 body-1``; ``meetings`` names further
    meetings the page shows something of. Set by the view, the names are kept with a cached
    page; the middleware adds nothing to them."""
    names = [f"{kind}-{pk}" for kind, pk in ids.items() if pk]
    names += [f"meeting-{pk}" for pk in dict.fromkeys(meetings) if f"meeting-{pk}" not in names]
    response["Surrogate-Key"] = " ".join([EVERYTHING, *names])
    return response


def keys_for(request: HttpRequest) -> list[str]:
    """The names of what a page shows that its view did not tag, from its URL alone (no
    query on the way out)."""
    match = request.resolver_match
    keys = [EVERYTHING]
    if match is None:
        return keys
    name, kwargs = match.view_name, match.kwargs
    if name in LIST_PAGES:
        keys.append(LISTS)
    elif name in ("portal:meeting", "papers:front_sheet") and "pk" in kwargs:
        keys.append(f"meeting-{kwargs['pk']}")
    elif name == "portal:document" and "pk" in kwargs:
        keys.append(f"document-{kwargs['pk']}")
    elif name in ("portal:person", "portal:person_photo") and "slug" in kwargs:
        keys.append(f"person-{kwargs['slug']}")
    return keys


def shared_cache_control() -> str:
    if not settings.CDN_PURGE_URL:
        return "public, max-age=0, no-cache"
    return (
        f"public, max-age=0, s-maxage={settings.CDN_SECONDS}, "
        f"stale-while-revalidate={settings.CDN_STALE_SECONDS}"
    )


def _personal(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether the response is this reader's own: signed in, or carrying a cookie or a form
    token made for them (a shared copy would hand one reader's token to the next)."""
    user = getattr(request, "user", None)
    session = getattr(request, "session", None)
    return bool(
        (user is not None and user.is_authenticated)
        or response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or (session is not None and session.modified)
    )


class CacheHeadersMiddleware:
    """``Cache-Control`` and ``Surrogate-Key`` on every response (see the module's text).
    First in the list, so it sees the response last, with every cookie the others set."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response  # the view decided (feeds, exempt files, exports)
        if (
            request.method in ("GET", "HEAD")
            and response.status_code in SHAREABLE_STATUS
            and not _personal(request, response)
        ):
            response["Cache-Control"] = shared_cache_control()
            if not response.has_header("Surrogate-Key"):
                response["Surrogate-Key"] = " ".join(keys_for(request))
        else:
            response["Cache-Control"] = "private, no-store"
            if response.has_header("Surrogate-Key"):
                del response["Surrogate-Key"]
        return response


# The purge ------------------------------------------------------------------------------


def purge_keys(change: events.Change) -> tuple[list[str], list[str]]:
    """(keys of what was taken down, every other key) that ``change`` makes stale. A change
    that names no meeting, document or committee (a person, a body, a venue) purges it all."""
    from moot.meetings.models import Committee

    documents = {d for ids in change.documents.values() for d in ids}
    touched = change.touched()
    if change.taken_down or (not touched and not documents and not change.committees):
        # Nothing named (a person, a body, a venue), or something taken down that no meeting
        # holds (a decision notice, a register entry): every page may show it.
        return ([EVERYTHING] if change.withdrawn or change.taken_down else []), [EVERYTHING]

    def of_meetings(meeting_ids: Iterable[int]) -> list[str]:
        found: list[str] = []
        for meeting_id in sorted(meeting_ids):
            # Meeting and committee pages; not the body's key, which names every page of it.
            found.extend(_meeting_keys(meeting_id))
        return found

    taken_down: list[str] = []
    if change.withdrawn:
        taken_down = [
            *of_meetings(change.withdrawn),
            *(
                f"document-{d}"
                for m in change.withdrawn
                for d in sorted(change.documents.get(m, ()))
            ),
            LISTS,
        ]
    rest = [*of_meetings(touched), *(f"document-{d}" for d in sorted(documents)), LISTS]
    for committee_id, body_id in Committee.all_objects.filter(pk__in=change.committees).values_list(
        "pk", "body_id"
    ):
        rest.extend([f"committee-{committee_id}", f"body-{body_id}"])
    rest = list(dict.fromkeys(key for key in rest if key not in taken_down))
    return list(dict.fromkeys(taken_down)), rest


def send_purge(keys: list[str]) -> None:
    """One purge request: the keys in a ``Surrogate-Key`` header (as Fastly's purge API and
    Varnish xkey read them) and as JSON. An error is logged and raised (for the task to try
    again)."""
    if not keys:
        return
    headers = {"Surrogate-Key": " ".join(keys)}
    if settings.CDN_PURGE_TOKEN:
        headers["Authorization"] = f"Bearer {settings.CDN_PURGE_TOKEN}"
    try:
        response = httpx.post(
            settings.CDN_PURGE_URL,
            headers=headers,
            json={"surrogate_keys": keys},
            timeout=settings.CDN_PURGE_TIMEOUT,
        )
        response.raise_for_status()
    except httpx.HTTPError as exc:
        log.error("The CDN purge of %s failed: %s", " ".join(keys), exc)
        raise


def _changed(sender: object, change: events.Change, **kwargs: object) -> None:
    """Queue the purges of a committed change as tasks: the take-down's at the top priority,
    on its own, so no queue of other work stands before it. A purge never fails the change."""
    from moot.background.tasks import purge, purge_taken_down

    if not settings.CDN_PURGE_URL:
        return
    taken_down, rest = purge_keys(change)
    if taken_down:
        purge_taken_down.enqueue(taken_down)
    if rest:
        purge.enqueue(rest)


def connect() -> None:
    events.changed.connect(_changed, dispatch_uid="moot-cdn-purge")
