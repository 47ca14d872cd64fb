"""'My meetings': a signed-in member's papers in one place (docs/members-guide.md).

The meetings of the committees the member currently sits on, and those at which they are
recorded as a named substitute, with every paper the access policy lets them open — the
exempt ones of their own committees included — and the meeting's packs. The policy decides
everything: a named substitute who is not a member of the committee gets what the public
gets. The page is the reader's own: ``private, no-store``, never indexed.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch, Q
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from moot.access import policy
from moot.meetings.choices import AttendanceStatus
from moot.meetings.models import Attendance, Person

from .branding import brand_of
from .views import exemption_label

# How many meetings each list shows.
UPCOMING = 20
RECENT = 20


def _meetings(viewer: policy.Viewer, person: Person | None):
    """The member's meetings: of committees they sit on now, or where they are recorded as a
    named substitute."""
    mine = Q(committee_id__in=viewer.member_of)
    if person is not None:
        substitute_at = Attendance.objects.filter(
            person=person, status=AttendanceStatus.SUBSTITUTE
        ).values("meeting_id")
        mine |= Q(pk__in=substitute_at)
    return policy.meetings(viewer).filter(mine).select_related("committee__body", "location")


def _with_papers(viewer: policy.Viewer, meetings: list[Any]) -> None:
    """Give each meeting its items with papers (``items_with_papers``) and its own papers,
    the packs (``packs``), as far as the viewer may open them; each paper says whether the
    public may open it too (``not_public``). Four queries, whatever the number of meetings."""
    by_pk = {m.pk: m for m in meetings}
    papers = policy.documents(viewer).order_by("position", "pk")
    items: list[Any] = list(
        policy.items(viewer)
        .filter(meeting_id__in=by_pk)
        .order_by("meeting_id", "position", "pk")
        .prefetch_related(Prefetch("documents", queryset=papers, to_attr="papers"))
    )
    packs: list[Any] = list(papers.filter(meeting_id__in=by_pk, item__isnull=True))
    shown = [d for item in items for d in item.papers] + packs
    public = set(
        policy.documents(policy.Viewer.public())
        .filter(pk__in=[d.pk for d in shown])
        .values_list("pk", flat=True)
    )
    for meeting in meetings:
        meeting.items_with_papers, meeting.packs = [], []
    for item in items:
        meeting = by_pk[item.meeting_id]
        item.meeting = meeting  # the policy reads the committee from here: no query
        item.papers = policy.in_place_of_originals(item.papers)
        if not item.papers:
            continue
        item.withheld = policy.is_withheld(item)
        item.exemption = (
            exemption_label(item, meeting.committee.body.jurisdiction) if item.withheld else ""
        )
        for document in item.papers:
            document.not_public = document.pk not in public
        meeting.items_with_papers.append(item)
    pack: Any  # given not_public
    for pack in policy.in_place_of_originals(packs):
        pack.not_public = pack.pk not in public
        by_pk[pack.meeting_id].packs.append(pack)


@require_safe
@login_required
def my_meetings(request):
    """The signed-in member's upcoming and recent meetings with their papers. Eleven queries
    (two of them the session and user), whatever the number of meetings and papers."""
    viewer = policy.viewer_for(request)
    person = Person.objects.filter(user=request.user).first()
    meetings = _meetings(viewer, person)
    now = timezone.now()
    upcoming: list[Any] = list(meetings.filter(start__gte=now).order_by("start", "pk")[:UPCOMING])
    recent: list[Any] = list(meetings.filter(start__lt=now).order_by("-start", "-pk")[:RECENT])
    _with_papers(viewer, upcoming + recent)
    bodies = {m.committee.body_id: m.committee.body for m in upcoming + recent}
    response = render(
        request,
        "portal/my_meetings.html",
        {
            "person": person,
            "upcoming": upcoming,
            "recent": recent,
            "brand": brand_of(next(iter(bodies.values())) if len(bodies) == 1 else None),
        },
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
