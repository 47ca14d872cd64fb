"""The agenda front sheet as a web page: the printed paper's own template, served as HTML."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from moot.access import policy

from .papers import agenda, frontsheet


@require_safe
def front_sheet(request, pk):
    """The front sheet as this viewer may see it. Five queries."""
    viewer = policy.viewer_for(request)
    meeting = get_object_or_404(
        policy.meetings(viewer).select_related("committee__body", "location"), pk=pk
    )
    sheet = agenda.agenda(meeting, viewer, supplement=None)
    return HttpResponse(frontsheet.html(sheet))
