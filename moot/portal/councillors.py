"""The councillors directory, each councillor's page and the council's attendance table
(HTML and CSV).

Everything here is what the public may see, whoever asks: published contact details only
(never ``Person.email``), declarations of interest only as the policy gives them to the public
(published minutes, never a restricted item) and attendance only at meetings whose minutes are
published. Each page costs a fixed number of queries however many people or meetings.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date
from itertools import groupby
from typing import Any

from django.apps import apps
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.utils import timezone
from django.views.decorators.http import require_safe

from moot.access import policy
from moot.documents import serving
from moot.meetings import statistics
from moot.meetings.members import Party, PersonRole, Ward, photo_type
from moot.meetings.models import Body, Membership, Person
from moot.meetings.references import municipal_year

from .cache import public_page

PUBLIC = policy.Viewer.public()
# Filled in by the register of interests, where it is installed.
REGISTER_TEMPLATE = "interests/_person_register.html"
ORDERS = {"name": "Name", "ward": "Ward", "party": "Party"}
NO_YEAR = "Year not recorded"


def _register_installed() -> bool:
    try:
        get_template(REGISTER_TEMPLATE)
    except TemplateDoesNotExist:
        return False
    return True


def members(viewer: policy.Viewer) -> QuerySet[Person]:
    """The people the directory lists: those with a party, a ward or a co-opted seat, or who
    hold (or held) a seat on a committee."""
    seats = Membership.objects.filter(
        person=OuterRef("pk"), committee__in=policy.committees(viewer)
    )
    return (
        policy.people(viewer)
        .filter(
            Q(party__isnull=False) | Q(ward__isnull=False) | Q(co_opted=True) | Q(Exists(seats))
        )
        .select_related("party", "ward")
    )


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


@require_safe
@public_page
def directory(request):
    """Every councillor and member, A–Z or grouped by ward or party, filtered by a party or a
    ward (plain GET parameters). Three queries."""
    order = request.GET.get("by", "name")
    if order not in ORDERS:
        order = "name"
    people = members(PUBLIC).order_by("name", "pk")
    party, ward = _int(request.GET.get("party")), _int(request.GET.get("ward"))
    if party:
        people = people.filter(party_id=party)
    if ward:
        people = people.filter(ward_id=ward)
    rows = list(people)
    if order == "ward":
        rows.sort(key=lambda p: (p.ward is None, p.ward.name if p.ward else "", p.name))
        groups = groupby(rows, key=lambda p: p.ward.name if p.ward else "No ward")
    elif order == "party":
        rows.sort(key=lambda p: (p.party is None, p.party.name if p.party else "", p.name))
        groups = groupby(rows, key=lambda p: p.party.name if p.party else "No party or group")
    else:
        groups = groupby(rows, key=lambda p: p.name[:1].upper())
    return render(
        request,
        "portal/councillors.html",
        {
            "groups": [(label, list(people)) for label, people in groups],
            "order": order,
            "orders": ORDERS,
            "parties": Party.objects.order_by("name"),
            "wards": Ward.objects.order_by("name"),
            "party": party,
            "ward": ward,
            "count": len(rows),
        },
    )


def _body_of(person: Person, memberships: list[Membership]) -> Body | None:
    """The body whose municipal year a person's statistics default to: their party's or
    ward's, else their first committee's (``memberships`` with ``committee__body``
    selected), else the first body."""
    for tie in (person.party, person.ward):
        if tie is not None:
            return tie.body
    for m in memberships:
        return m.committee.body
    return Body.objects.order_by("pk").first()


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def period(request, body: Body | None) -> dict[str, Any]:
    """The period asked for: ``?from=&to=`` (ISO dates), else ``?year=`` (a municipal
    year), else the current municipal year of ``body``."""
    today = timezone.localdate()
    annual = list(body.annual_meetings.values_list("date", flat=True)) if body else []
    current = statistics.current_year(body, today, annual) if body else municipal_year(today)
    start, end = _date(request.GET.get("from")), _date(request.GET.get("to"))
    year = _int(request.GET.get("year"))
    if start and end and start <= end:
        year = None
    else:
        year = year if year and 1990 <= year <= current + 1 else current
        if body:
            start, end = statistics.year_bounds(body, year, annual)
        else:
            start, end = date(year, 5, 1), date(year + 1, 4, 30)
    return {
        "start": start,
        "end": end,
        "year": year,
        "years": [(y, f"{y}/{(y + 1) % 100:02d}") for y in range(current, current - 6, -1)],
    }


def _stats(start: date, end: date, people=None) -> statistics.Statistics:
    return statistics.attendance(policy.minutes_meetings(PUBLIC), start, end, people)


def _year_label(day: date | None, body: Body | None) -> str:
    if day is None:
        return NO_YEAR
    start_month = body.year_start_month if body else 5
    year = municipal_year(day, (), start_month)
    return f"{year}/{(year + 1) % 100:02d}"


@require_safe
@public_page
def person(request, slug):
    """A councillor's or member's page: their published record, posts, committees by
    municipal year, declarations at meetings, the register of interests (where installed),
    attendance statistics and the meetings they attended. Nine queries (one the site's
    brand), however many meetings.

    Everything but the list of meetings attended is the public's, whoever asks; that list is
    the viewer's (``policy.attendances``: a clerk sees it before the minutes are out)."""
    viewer = policy.viewer_for(request)
    person = get_object_or_404(
        policy.people(PUBLIC).select_related("party__body", "ward__body"), slug=slug
    )
    memberships = list(
        Membership.objects.filter(committee__in=policy.committees(PUBLIC), person=person)
        .select_related("committee__body")
        .order_by("-start", "committee__name")
    )
    body = _body_of(person, memberships)
    roles = list(person.roles.all())
    # Seats and posts by the municipal year they start in (re-appointments start a new row).
    by_year: dict[str, tuple[list[Membership], list[PersonRole]]] = defaultdict(lambda: ([], []))
    for m in memberships:
        by_year[_year_label(m.start, body)][0].append(m)
    for r in roles:
        by_year[_year_label(r.start, body)][1].append(r)
    declarations = list(
        policy.declarations(PUBLIC)
        .filter(person=person)
        .select_related("item__meeting__committee")
        .order_by("-item__meeting__start", "item__position")
    )
    if apps.is_installed("moot.interests"):
        from moot.interests.register import show_links

        show_links(declarations)
    attendances = list(
        policy.attendances(viewer)
        .filter(person=person)
        .select_related("meeting__committee", "substitute_for")
        .order_by("-meeting__start")
    )
    when = period(request, body)
    stats = _stats(when["start"], when["end"], [person.pk])
    # Every committee counted is one they sat on or were recorded at (as a substitute too).
    committees = {m.committee_id: m.committee for m in memberships}
    committees.update({a.meeting.committee_id: a.meeting.committee for a in attendances})
    per_committee = sorted(
        (
            (committees[cid], tally)
            for (_, cid), tally in stats.person_committees.items()
            if cid in committees
        ),
        key=lambda pair: pair[0].name,
    )
    return render(
        request,
        "portal/person.html",
        {
            "person": person,
            "roles": roles,
            # Newest year first; seats and posts with no start date last.
            "years": sorted(
                ((year, seats, posts) for year, (seats, posts) in by_year.items()),
                key=lambda row: (row[0] != NO_YEAR, row[0]),
                reverse=True,
            ),
            "declarations": declarations,
            "attendances": attendances,
            "period": when,
            "tally": stats.people.get(person.pk),
            "per_committee": per_committee,
            "register_installed": _register_installed(),
        },
    )


@require_safe
def old_person(request, slug):
    """The address person pages had before the directory: moved for good."""
    return redirect("portal:person", slug=slug, permanent=True)


@require_safe
def photo(request, slug):
    """A person's photo, served as the stored file it is (JPEG or PNG, checked again)."""
    person = get_object_or_404(policy.people(PUBLIC), slug=slug)
    if not person.photo:
        raise Http404("No photo")
    try:
        handle = person.photo.open("rb")
    except FileNotFoundError:
        raise Http404("The file is missing") from None
    kind = photo_type(handle.read(16))
    handle.seek(0)
    if kind is None:
        handle.close()
        raise Http404("Not a photo")
    return serving.harden(FileResponse(handle, content_type=kind))


def _table(request) -> tuple[dict[str, Any], list[tuple[Person, Any]], list[tuple[Any, Any]]]:
    when = period(request, Body.objects.order_by("pk").first())
    stats = _stats(when["start"], when["end"])
    people = {
        p.pk: p for p in policy.people(PUBLIC).filter(pk__in=stats.people).select_related("party")
    }
    committees = {c.pk: c for c in policy.committees(PUBLIC).filter(pk__in=stats.committees)}
    rows = sorted(
        ((people[pk], t) for pk, t in stats.people.items() if pk in people),
        key=lambda pair: pair[0].name,
    )
    totals = sorted(
        ((committees[pk], t) for pk, t in stats.committees.items() if pk in committees),
        key=lambda pair: pair[0].name,
    )
    return when, rows, totals


@require_safe
def attendance(request):
    """The whole council's attendance for a period, per member and per committee. Four
    queries."""
    when, rows, totals = _table(request)
    return render(
        request,
        "portal/attendance.html",
        {"period": when, "rows": rows, "totals": totals},
    )


CSV_FIELDS = [
    "name",
    "party",
    "expected",
    "present",
    "present_percent",
    "present_as_substitute",
    "apologies",
    "apologies_percent",
    "absent",
    "absent_percent",
    "from",
    "to",
]


@require_safe
def attendance_csv(request):
    """The members' rows of the attendance table as CSV, one line per member."""
    when, rows, _ = _table(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="attendance.csv"'
    out = csv.writer(response)
    out.writerow(CSV_FIELDS)
    for person, t in rows:
        out.writerow(
            [
                person.name,
                person.party.name if person.party else "",
                t.expected,
                t.present,
                "" if t.present_percent is None else t.present_percent,
                t.substitute,
                t.apologies,
                "" if t.apologies_percent is None else t.apologies_percent,
                t.absent,
                "" if t.absent_percent is None else t.absent_percent,
                when["start"].isoformat(),
                when["end"].isoformat(),
            ]
        )
    return response
