"""Feeds and alert pages. Thin: ``atom``, ``ical`` and ``alerts`` do the work. Every feed is
what the public may see, whoever asks: feeds are cached and shared."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import condition, require_http_methods, require_safe

from moot.access import policy
from moot.portal import cache as page_cache
from moot.portal.branding import site_title
from moot.site import site_url

from . import alerts, atom, ical
from .events import PUBLIC, public_meetings, publications
from .forms import SubscribeForm
from .matching import search_events
from .models import Subscription

ATOM = "application/atom+xml; charset=utf-8"
CALENDAR = "text/calendar; charset=utf-8"


def _version(request, *args, **kwargs) -> str:
    """The feeds' validator: the content version that every change the domain announces
    moves on (``moot.portal.cache``), and the address asked on (links are absolute)."""
    digest = hashlib.sha256(
        f"{site_url(request)}|{page_cache.current(request)}".encode()
    ).hexdigest()
    return digest[:32]


def shared(view):
    """Feeds are the same for everyone (public only), so shared caches may keep them, but
    must ask again each time: a feed reader or cache holding the current version gets a bare
    304, and a take-down reaches every copy at once instead of minutes later."""
    return cache_control(public=True, no_cache=True)(condition(etag_func=_version)(view))


# Subscription requests one address (IP) may make per hour before being turned away.
REQUESTS_PER_HOUR = 10


def _committee(slug: str):
    committee = policy.committees(PUBLIC).filter(slug=slug).order_by("pk").first()
    if committee is None:
        raise Http404("No such committee")
    return committee


def _atom(feed) -> HttpResponse:
    response = HttpResponse(content_type=ATOM)
    feed.write(response, "utf-8")
    return response


@shared
@require_safe
@page_cache.public_page
def site_atom(request):
    """Agendas and minutes published anywhere on the site. Four queries."""
    events = publications(public_meetings(), limit=atom.ENTRIES)
    return _atom(
        atom.feed(
            f"{site_title()}: agendas and minutes",
            reverse("portal:home"),
            reverse("feeds:site_atom"),
            "Agendas and minutes as they are published.",
            events,
        )
    )


@shared
@require_safe
@page_cache.public_page
def committee_atom(request, slug):
    """One committee's agendas and minutes as they are published. Five queries."""
    committee = _committee(slug)
    events = publications(public_meetings().filter(committee=committee), limit=atom.ENTRIES)
    return _atom(
        atom.feed(
            f"{committee.name}: agendas and minutes",
            committee.get_absolute_url(),
            reverse("feeds:committee_atom", args=[committee.slug]),
            f"Agendas and minutes of {committee.name} as they are published.",
            events,
        )
    )


@shared
@require_safe
def search_atom(request):
    """The newest public matches for ``?q=``."""
    q = request.GET.get("q", "").strip()[:200]
    if not q:
        raise Http404("A search feed needs words to look for (?q=…)")
    events = search_events(q, atom.ENTRIES)
    query = f"?q={_quote(q)}"
    return _atom(
        atom.feed(
            f"{site_title()}: search for “{q}”",
            reverse("search:results") + query,
            reverse("feeds:search_atom") + query,
            f"The newest agenda items, minutes and papers matching “{q}”.",
            events,
        )
    )


def _quote(q: str) -> str:
    from urllib.parse import quote_plus

    return quote_plus(q)


def _calendar(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=CALENDAR)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@shared
@require_safe
def calendar(request):
    """Every public meeting from about a year ago on. One query (plus none per meeting)."""
    meetings = ical.recent(ical.calendar_meetings())
    return _calendar(ical.calendar(meetings, f"{site_title()}: meetings"), "meetings.ics")


@shared
@require_safe
def committee_calendar(request, slug):
    committee = _committee(slug)
    meetings = ical.recent(ical.calendar_meetings().filter(committee=committee))
    return _calendar(
        ical.calendar(meetings, f"{committee.name}: meetings"), f"{committee.slug}.ics"
    )


@shared
@require_safe
def meeting_calendar(request, pk):
    meeting = get_object_or_404(ical.calendar_meetings(), pk=pk)
    return _calendar(ical.calendar([meeting], str(meeting)), f"meeting-{meeting.pk}.ics")


@shared
@require_safe
def person_calendar(request, slug):
    """A councillor's or member's meetings: those of the committees they sit or sat on and
    those the minutes record them at (as a substitute too), from about a year ago on. Two
    queries."""
    person = get_object_or_404(policy.people(PUBLIC), slug=slug)
    meetings = ical.recent(ical.person_meetings(person))
    return _calendar(ical.calendar(meetings, f"{person}: meetings"), f"{person.slug}.ics")


# Alerts ------------------------------------------------------------------------------------


def _too_many(request) -> bool:
    """Count this request against its address; True once over the hourly limit."""
    key = f"moot:feeds:subscribe:{request.META.get('REMOTE_ADDR', '')}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    return count > REQUESTS_PER_HOUR


@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    """/alerts/: the form (GET) and the request (POST). The answer to a valid request is the
    same whether or not the address already follows it."""
    initial = {"committee": request.GET.get("committee", ""), "q": request.GET.get("q", "")}
    if request.method != "POST":
        return render(request, "feeds/alerts.html", {"form": SubscribeForm(initial=initial)})
    if _too_many(request):
        return render(request, "feeds/too_many.html", status=429)
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return render(request, "feeds/alerts.html", {"form": form}, status=400)
    data = form.cleaned_data
    subscription = alerts.subscribe(data["email"], committee=data["committee_obj"], query=data["q"])
    return render(request, "feeds/check_email.html", {"subscription": subscription})


@require_safe
def privacy(request):
    return render(
        request,
        "feeds/privacy.html",
        {
            "unconfirmed_days": settings.ALERT_UNCONFIRMED_DAYS,
            "unsubscribed_days": settings.ALERT_UNSUBSCRIBED_DAYS,
        },
    )


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET shows a button and POST confirms: a link checker opening the mail must not be
    able to confirm a subscription for someone who never asked."""
    subscription = get_object_or_404(Subscription, token=token, unsubscribed_at=None)
    if request.method == "POST":
        confirmed = alerts.confirm(token)
        return render(request, "feeds/confirmed.html", {"subscription": confirmed})
    return render(request, "feeds/confirm.html", {"subscription": subscription})


@csrf_exempt  # the token is the credential; RFC 8058 one-click posts carry no CSRF token
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """GET shows one button; POST (the button, or a mail client's RFC 8058 one-click post)
    unsubscribes. A GET never does, so link checkers cannot unsubscribe anyone."""
    subscription = Subscription.objects.filter(token=token).select_related("committee").first()
    if subscription is None:
        # Already deleted (the retention purge): as far as anyone can tell, unsubscribed.
        return render(request, "feeds/unsubscribed.html", {"subscription": None})
    if request.method == "POST":
        alerts.unsubscribe(token)
        return render(request, "feeds/unsubscribed.html", {"subscription": subscription})
    return render(request, "feeds/unsubscribe.html", {"subscription": subscription})
