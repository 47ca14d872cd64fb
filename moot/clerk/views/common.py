from __future__ import annotations

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse

from moot.meetings.models import Committee, Meeting
from moot.meetings.services.common import ServiceError


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


def uploaded(upload) -> bytes:
    """The bytes of an uploaded document, refused past ``MAX_DOCUMENT_BYTES`` (the limit is
    checked before the file is read)."""
    if upload.size > settings.MAX_DOCUMENT_BYTES:
        limit = settings.MAX_DOCUMENT_BYTES // (1024 * 1024)
        raise ServiceError(f"The file is larger than the limit of {limit} MB.")
    return upload.read()
