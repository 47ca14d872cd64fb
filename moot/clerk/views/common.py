from __future__ import annotations

from django.shortcuts import render
from django.urls import reverse

from moot.meetings.models import Committee, Meeting


def form_page(request, form, heading, **extra):
    """The generic one-form page (clerk/form_page.html)."""
    return render(request, "clerk/form_page.html", {"form": form, "heading": heading, **extra})


def crumbs_for(committee: Committee | None = None, meeting: Meeting | None = None):
    crumbs = [(reverse("clerk:dashboard"), "Back office")]
    if committee is not None:
        crumbs.append((reverse("clerk:committee", args=[committee.pk]), committee.name))
    if meeting is not None:
        crumbs.append((reverse("clerk:meeting", args=[meeting.pk]), f"{meeting.start:%d %B %Y}"))
    return crumbs


def service_error(form, exc) -> None:
    form.add_error(None, str(exc))
