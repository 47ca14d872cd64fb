"""The public forward plan of a body: current and past entries, a page per entry, an Atom
feed and an iCalendar of planned decision dates. Only entries published on the plan are
shown; a private decision shows its Schedule 12A paragraph and public reason, never the
clerk's note of the exempt information."""

from __future__ import annotations

from datetime import timedelta

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_safe
from icalendar import Calendar, Event

from moot import site
from moot.meetings.choices import exempt_paragraphs, paragraph_list
from moot.meetings.models import Body

from .models import ExecutiveRules, PlanEntry, PlanState

CURRENT = (PlanState.PLANNED, PlanState.MOVED)


def published_entries(body: Body):
    """The entries the public may see: those published on the plan."""
    return (
        PlanEntry.objects.filter(body=body, first_published_on__isnull=False)
        .select_related("maker", "body")
        .prefetch_related("wards")
    )


def private_basis(entry: PlanEntry) -> str:
    """ "Exempt information (Schedule 12A), paragraph 3: Information relating to ..." """
    if not entry.private:
        return ""
    paragraphs = paragraph_list(entry.exempt_paragraphs)
    described = exempt_paragraphs(entry.body.jurisdiction)
    texts = [described.get(int(p), "") for p in entry.exempt_paragraphs if str(p).isdigit()]
    label = "Exempt information (Schedule 12A)"
    if paragraphs:
        label += f", {paragraphs}"
    if any(texts):
        label += ": " + "; ".join(t for t in texts if t)
    return label


@require_safe
def index(request):
    """The forward plans: straight to the body's plan when there is one body with a plan."""
    bodies = list(Body.objects.filter(plan_entries__first_published_on__isnull=False).distinct())
    if len(bodies) == 1:
        return redirect("plan:plan", bodies[0].slug)
    return render(request, "executive/plan/index.html", {"bodies": bodies})


@require_safe
def plan(request, slug: str):
    body = get_object_or_404(Body, slug=slug)
    entries = published_entries(body)
    current = [e for e in entries if e.state in CURRENT]
    past = sorted(
        (e for e in entries if e.state not in CURRENT),
        key=lambda e: e.decision_on or e.first_published_on,
        reverse=True,
    )
    return render(
        request,
        "executive/plan/plan.html",
        {"body": body, "current": current, "past": past, "rules": ExecutiveRules.of(body)},
    )


@require_safe
def entry(request, slug: str, pk: int):
    body = get_object_or_404(Body, slug=slug)
    found = get_object_or_404(published_entries(body), pk=pk)
    return render(
        request,
        "executive/plan/entry.html",
        {
            "body": body,
            "entry": found,
            "basis": private_basis(found),
            "wards": list(found.wards.all()),
            "events": list(found.events.all()),
            "rules": ExecutiveRules.of(body),
        },
    )


def _summary(entry: PlanEntry) -> str:
    parts = [f"{entry.maker.title}: {entry.when}."]
    if entry.key_decision:
        parts.append("Key decision.")
    if entry.private:
        parts.append("To be taken in private.")
    if entry.exception:
        parts.append(f"{entry.get_exception_display()}.")
    return " ".join(parts)


@require_safe
def feed(request, slug: str):
    body = get_object_or_404(Body, slug=slug)
    base = site.site_url(request)
    atom = Atom1Feed(
        title=f"{body.name}: forward plan",
        link=f"{base}/forward-plan/{body.slug}/",
        description="Notice of key decisions and decisions to be taken in private.",
        language="en-GB",
        feed_url=f"{base}/forward-plan/{body.slug}/feed.atom",
    )
    for found in published_entries(body).order_by("-updated_at")[:100]:
        url = f"{base}{found.get_absolute_url()}"
        atom.add_item(
            title=found.matter,
            link=url,
            description=_summary(found),
            unique_id=url,
            updateddate=found.updated_at,
        )
    return HttpResponse(atom.writeString("utf-8"), content_type="application/atom+xml")


@require_safe
def calendar(request, slug: str):
    """Planned decision dates as all-day events (entries with a date only)."""
    body = get_object_or_404(Body, slug=slug)
    base = site.site_url(request)
    host = base.split("//", 1)[-1].split("/", 1)[0]
    cal = Calendar()
    cal.add("prodid", "-//Moot//Forward plan//EN")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{body.name}: forward plan")
    stamp = timezone.now()
    for found in published_entries(body).filter(decision_on__isnull=False):
        ev = Event()
        ev.add("uid", f"plan-entry-{found.pk}@{host}")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", found.decision_on)
        ev.add("dtend", found.decision_on + timedelta(days=1))
        summary = f"{found.maker.title}: {found.matter}"
        if found.state == PlanState.WITHDRAWN:
            summary = f"WITHDRAWN: {summary}"
        ev.add("summary", summary)
        ev.add("status", "CANCELLED" if found.state == PlanState.WITHDRAWN else "CONFIRMED")
        ev.add("description", _summary(found))
        ev.add("url", f"{base}{found.get_absolute_url()}")
        cal.add_component(ev)
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="forward-plan-{body.slug}.ics"'
    return response
