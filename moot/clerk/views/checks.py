"""Dismissing a minutes check's finding for good, and restoring it: one POST view per form.

A dismissed finding is not shown again while the text it concerns is unchanged; it comes back
when that text changes (``moot.quality.dismissals``). Restoring keeps the dismissal, with when
it was restored, so the count of dismissals per check stays honest.
"""

from __future__ import annotations

import re

from django.contrib import messages
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from moot.meetings.models import Meeting
from moot.quality import dismissals
from moot.quality.findings import Check
from moot.quality.models import Dismissal

from ..permissions import body_of_meeting, clerk_required

_FINGERPRINT = re.compile(r"[0-9a-f]{64}")


def _back(request, meeting: Meeting) -> str:
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = ""
    return back or reverse("clerk:record", args=[meeting.pk])


@clerk_required(body_of_meeting)
@require_POST
def dismiss_finding(request, meeting):
    meeting = get_object_or_404(Meeting, pk=meeting)
    check = request.POST.get("check", "")
    print_ = request.POST.get("fingerprint", "")
    if check not in Check.ALL or not _FINGERPRINT.fullmatch(print_):
        return HttpResponseBadRequest("Not a finding of this meeting.")
    dismissals.dismiss(
        meeting,
        check,
        request.POST.get("item_reference", ""),
        print_,
        request.POST.get("text", ""),
        request.user,
        reason=request.POST.get("reason", "").strip(),
    )
    messages.success(request, "Finding dismissed. It will not be shown again on this text.")
    return redirect(_back(request, meeting))


@clerk_required(body_of_meeting)
@require_POST
def restore_finding(request, meeting, dismissal):
    meeting = get_object_or_404(Meeting, pk=meeting)
    row = get_object_or_404(Dismissal, pk=dismissal, meeting=meeting)
    dismissals.restore(row)
    messages.success(request, "Finding restored.")
    return redirect(_back(request, meeting))
