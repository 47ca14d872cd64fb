"""The dashboard: the week's work in the clerk's bodies, and the way to their set-up."""

from __future__ import annotations

from django.shortcuts import render
from django.views.decorators.http import require_safe

from .. import dashboard as due
from ..permissions import clerk_required, my_bodies
from . import executive_notices


@require_safe
@clerk_required()
def dashboard(request):
    """Meetings of the next six weeks with their publication deadlines, agendas and draft
    minutes to publish, minutes to approve, restricted material to review or release, overdue
    actions — of the clerk's bodies only. A fixed number of queries (see ``clerk.dashboard``)."""
    bodies = list(
        my_bodies(request.viewer)
        .annotate(keeps_notices=executive_notices.KEEPS_NOTICES)
        .prefetch_related("committees")
        .order_by("name")
    )
    week = due.week([b.pk for b in bodies])
    # Decision notices cost nothing on the dashboard of a council that keeps none.
    keeping = [b.pk for b in bodies if b.keeps_notices]
    notices = executive_notices.due(keeping) if keeping else executive_notices.NONE_DUE
    return render(
        request, "clerk/dashboard.html", {"bodies": bodies, "week": week, "notices": notices}
    )
