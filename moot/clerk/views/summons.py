"""The summons page of a meeting (who was sent what, when, and how it went; resend) and the
committee's circulation list. One POST view per form."""

from __future__ import annotations

from django import forms as django_forms
from django.contrib import messages
from django.db import IntegrityError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.views.decorators.http import require_POST, require_safe

from moot.meetings.models import Committee, Meeting

from .. import summons
from ..forms import ClerkModelForm
from ..models import CirculationEntry, SummonsDelivery, SummonsStatus
from ..permissions import body_of_committee, body_of_meeting, clerk_required
from .common import crumbs_for


def body_of_delivery(delivery, **_):
    found = SummonsDelivery.objects.filter(pk=delivery).values_list(
        "meeting__committee__body_id", flat=True
    )
    return found.first() or 0


def body_of_circulation(entry, **_):
    found = CirculationEntry.objects.filter(pk=entry).values_list("committee__body_id", flat=True)
    return found.first() or 0


class CirculationForm(ClerkModelForm):
    class Meta:
        model = CirculationEntry
        fields = ["name", "email", "role"]
        labels = {"email": "Email address", "role": "Role (optional)"}
        help_texts = {"role": "For example, Legal adviser or Planning officer."}
        widgets = {"email": django_forms.EmailInput(attrs={"autocomplete": "off"})}


def _meeting(pk) -> Meeting:
    return get_object_or_404(Meeting.objects.select_related("committee__body", "location"), pk=pk)


@require_safe
@clerk_required(body_of_meeting)
def summons_page(request, meeting):
    meeting = _meeting(meeting)
    deliveries = summons.latest(meeting)
    return render(
        request,
        "clerk/summons.html",
        {
            "meeting": meeting,
            "deliveries": deliveries,
            "history": SummonsDelivery.objects.filter(meeting=meeting).order_by("-pk"),
            "any_failed": any(
                d.status in (SummonsStatus.FAILED, SummonsStatus.BOUNCED) for d in deliveries
            ),
            "recipients": summons.recipients(meeting),
            "crumbs": crumbs_for(meeting.committee, meeting),
        },
    )


@require_POST
@clerk_required(body_of_delivery)
def summons_resend(request, delivery):
    delivery = get_object_or_404(SummonsDelivery, pk=delivery)
    again = summons.resend(delivery)
    if again.status == SummonsStatus.SENT:
        messages.success(request, f"Summons sent again to {again.address}.")
    else:
        messages.error(request, f"The summons to {again.address} failed again: {again.error}")
    return redirect("clerk:summons", delivery.meeting_id)


@require_POST
@clerk_required(body_of_meeting)
def summons_resend_failed(request, meeting):
    meeting = _meeting(meeting)
    sent = summons.resend_failed(meeting)
    ok = sum(1 for d in sent if d.status == SummonsStatus.SENT)
    messages.success(request, f"Resent {len(sent)} summons: {ok} sent, {len(sent) - ok} failed.")
    return redirect("clerk:summons", meeting.pk)


def _committee(pk) -> Committee:
    return get_object_or_404(Committee.objects.select_related("body"), pk=pk)


def _circulation_page(request, committee, form=None, status=200):
    return render(
        request,
        "clerk/circulation.html",
        {
            "committee": committee,
            "entries": CirculationEntry.objects.filter(committee=committee),
            "form": form or CirculationForm(),
            "crumbs": crumbs_for(committee),
        },
        status=status,
    )


@require_safe
@clerk_required(body_of_committee)
def circulation(request, committee):
    return _circulation_page(request, _committee(committee))


@require_POST
@clerk_required(body_of_committee)
def circulation_add(request, committee):
    committee = _committee(committee)
    form = CirculationForm(request.POST, instance=CirculationEntry(committee=committee))
    if form.is_valid():
        try:
            form.save()
        except IntegrityError:
            form.add_error("email", "This address is already on the circulation list.")
        else:
            messages.success(request, f"{form.instance.name} added to the circulation list.")
            return redirect("clerk:circulation", committee.pk)
    return _circulation_page(request, committee, form, status=400)


@require_POST
@clerk_required(body_of_circulation)
def circulation_remove(request, entry):
    entry = get_object_or_404(CirculationEntry, pk=entry)
    entry.delete()
    messages.success(request, f"{entry.name} removed from the circulation list.")
    return redirect("clerk:circulation", entry.committee_id)


urlpatterns = [
    path("meetings/<int:meeting>/summons/", summons_page, name="summons"),
    path(
        "meetings/<int:meeting>/summons/resend-failed/",
        summons_resend_failed,
        name="summons_resend_failed",
    ),
    path("summons/<int:delivery>/resend/", summons_resend, name="summons_resend"),
    path("committees/<int:committee>/circulation/", circulation, name="circulation"),
    path("committees/<int:committee>/circulation/add/", circulation_add, name="circulation_add"),
    path("circulation/<int:entry>/remove/", circulation_remove, name="circulation_remove"),
]
