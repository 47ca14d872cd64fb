"""Recording a meeting: an overview (attendance so far, each item with what is recorded of
it), the attendance page, and the page to add someone to the attendance. Each item is
recorded on a page of its own (views/record_item.py): one form a page, so no button throws
away text typed elsewhere, and it all works by keyboard alone and without JavaScript."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_safe

from moot.meetings.choices import MembershipRole, MinutesState
from moot.meetings.members import quorum_of
from moot.meetings.models import Attendance, Item, Meeting, Membership, Person
from moot.meetings.services import approval, attending, decisions
from moot.meetings.services.common import ServiceError, meeting_date

from .. import forms
from ..checks import check_minutes, dismissed_counts
from ..permissions import body_of_item, body_of_meeting, clerk_required
from .common import crumbs_for, form_page, service_error


def meeting_people(meeting: Meeting):
    """Who can attend or declare: members on the day, plus anyone already recorded. Two
    queries to find them; the queryset is evaluated again wherever it is used."""
    day = meeting_date(meeting)
    members = (
        Membership.objects.filter(committee=meeting.committee)
        .filter(Q(start__isnull=True) | Q(start__lte=day), Q(end__isnull=True) | Q(end__gte=day))
        .values_list("person_id", flat=True)
    )
    recorded = Attendance.objects.filter(meeting=meeting).values_list("person_id", flat=True)
    return Person.objects.filter(pk__in={*members, *recorded}).order_by("name")


def _roles_on_the_day(meeting: Meeting) -> dict[int, str]:
    """Person id → membership role, for the committee's members on the meeting's day."""
    day = meeting_date(meeting)
    return dict(
        Membership.objects.filter(committee=meeting.committee)
        .filter(Q(start__isnull=True) | Q(start__lte=day), Q(end__isnull=True) | Q(end__gte=day))
        .values_list("person_id", "role")
    )


class _Attendance:
    """Who is on the attendance list of a meeting, and what is recorded for them."""

    def __init__(self, meeting: Meeting):
        self.people = list(meeting_people(meeting))
        self.current = {
            person: (status, stood_in_for)
            for person, status, stood_in_for in Attendance.objects.filter(
                meeting=meeting
            ).values_list("person_id", "status", "substitute_for_id")
        }
        roles = _roles_on_the_day(meeting)
        self.substitutes = {pk for pk, role in roles.items() if role == MembershipRole.SUBSTITUTE}
        self.members = [p for p in self.people if p.pk in roles and p.pk not in self.substitutes]

    def form(self, data=None):
        return forms.AttendanceForm(
            data,
            people=self.people,
            current=self.current,
            substitutes=self.substitutes,
            prefix="att",
        )

    def attendee_form(self, data=None):
        return forms.AttendeeForm(data, members=self.members, prefix="add")


def _meeting(pk):
    return get_object_or_404(Meeting.objects.select_related("committee__body"), pk=pk)


def _crumbs(meeting: Meeting, *, overview: bool = True):
    crumbs = crumbs_for(meeting.committee, meeting)
    if overview:
        crumbs.append((reverse("clerk:record", args=[meeting.pk]), "Record the meeting"))
    return crumbs


def _live_items(meeting: Meeting) -> list[Any]:
    return list(
        Item.objects.filter(meeting=meeting, withdrawn_at__isnull=True)
        .order_by("position")
        .annotate(
            decision_count=Count("decisions", distinct=True),
            action_count=Count("actions", distinct=True),
            declaration_count=Count("declarations", distinct=True),
        )
    )


@require_safe
@clerk_required(body_of_meeting)
def record(request, meeting):
    """Record the meeting: the overview — attendance so far, and each item with what is
    recorded of it, a link to each item's own page."""
    meeting = _meeting(meeting)
    items = _live_items(meeting)
    locked = meeting.minutes_state == MinutesState.APPROVED
    checked = None if locked else check_minutes(meeting)
    for item in items:
        item.findings = checked.for_item(item) if checked else []
    attendances = list(
        Attendance.objects.filter(meeting=meeting).select_related("person", "substitute_for")
    )
    return render(
        request,
        "clerk/record.html",
        {
            "meeting": meeting,
            "items": items,
            "locked": locked,
            "checked": checked,
            "flagged": [i for i in items if i.findings],
            "dismissed_counts": dismissed_counts(meeting.committee.body) if checked else [],
            "crumbs": _crumbs(meeting, overview=False),
            "attendances": attendances,
            "has_members": bool(_Attendance(meeting).people),
            "quorum": quorum_of(meeting.committee.quorum, [a.status for a in attendances]),
        },
    )


def _attendance_page(request, meeting, attendance, form, status=200):
    first = Item.objects.filter(meeting=meeting, withdrawn_at__isnull=True).order_by("position")
    return render(
        request,
        "clerk/record_attendance.html",
        {
            "meeting": meeting,
            "form": form,
            "locked": meeting.minutes_state == MinutesState.APPROVED,
            "first": first.first(),
            "crumbs": _crumbs(meeting),
            "quorum": quorum_of(
                meeting.committee.quorum,
                Attendance.objects.filter(meeting=meeting).values_list("status", flat=True),
            ),
        },
        status=status,
    )


@clerk_required(body_of_meeting)
def record_attendance(request, meeting):
    """Attendance (GET), or save each member's attendance (POST; only the changed ones are
    written), then back to the overview or on to the first item."""
    meeting = _meeting(meeting)
    attendance = _Attendance(meeting)
    if request.method != "POST":
        return _attendance_page(request, meeting, attendance, attendance.form())
    form = attendance.form(request.POST)
    if form.is_valid():
        try:
            with transaction.atomic():
                for person in form.people:
                    status = form.cleaned_data.get(f"p{person.pk}")
                    stood_in_for = form.cleaned_data.get(f"s{person.pk}")
                    was = attendance.current.get(person.pk, ("", None))
                    if status and (status, getattr(stood_in_for, "pk", None)) != was:
                        attending.record_attendance(
                            meeting, person, status, user=request.user, substitute_for=stood_in_for
                        )
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, "Attendance saved.")
            first = (
                Item.objects.filter(meeting=meeting, withdrawn_at__isnull=True)
                .order_by("position")
                .first()
            )
            if request.POST.get("go") == "next" and first is not None:
                return redirect(reverse("clerk:record_item", args=[first.pk]) + "?continued=1")
            return redirect(reverse("clerk:record", args=[meeting.pk]) + "#attendance")
    return _attendance_page(request, meeting, attendance, form)


@clerk_required(body_of_meeting)
def record_attendee(request, meeting):
    """Add someone not on the list: an officer in attendance or a substitute."""
    meeting = _meeting(meeting)
    attendance = _Attendance(meeting)
    form = attendance.attendee_form(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        added = form.cleaned_data
        try:
            attending.record_attendance(
                meeting,
                added["person"],
                added["status"],
                user=request.user,
                substitute_for=added["substitute_for"],
                role=added["role"],
                organisation=added["organisation"],
            )
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, f"{added['person']} added to the attendance.")
            return redirect("clerk:record_attendance", meeting.pk)
    return form_page(
        request,
        form,
        "Add someone to the attendance",
        caption=f"{meeting.committee.name}, {meeting.start:%d %B %Y}",
        submit="Add to the attendance",
        intro="An officer in attendance, a guest, or a substitute not on the committee's list.",
        back=reverse("clerk:record_attendance", args=[meeting.pk]),
        crumbs=_crumbs(meeting),
    )


@clerk_required(body_of_item)
def record_vote(request, item):
    """A recorded (named) vote on an item, on a page of its own: the motion and one row per
    voting member present. Saved, it goes back to the page named by a safe ``next`` (the
    item's page), else to the meeting's record page."""
    item = get_object_or_404(
        Item.objects.select_related("meeting__committee__body").filter(withdrawn_at__isnull=True),
        pk=item,
    )
    meeting = item.meeting
    back = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = ""
    back = back or reverse("clerk:record", args=[meeting.pk])
    chair = decisions.chair_of(meeting)
    form = forms.VoteForm(
        request.POST if request.method == "POST" else None,
        voters=decisions.voting_members(meeting),
        chair=chair,
        restricted=item.is_restricted,
    )
    if request.method == "POST" and form.is_valid():
        try:
            vote = decisions.record_vote(
                item,
                motion=form.cleaned_data["motion"],
                positions=form.positions(),
                casting_vote=form.cleaned_data.get("casting_vote", ""),
                casting_by=chair,
                public_text=form.cleaned_data.get("public_text", ""),
                user=request.user,
            )
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(
                request, f"Recorded vote saved: the motion was {vote.get_result_display().lower()}."
            )
            return redirect(back)
    return render(
        request,
        "clerk/vote.html",
        {
            "item": item,
            "meeting": meeting,
            "form": form,
            "back": back,
            "locked": meeting.minutes_state == MinutesState.APPROVED,
            "crumbs": _crumbs(meeting),
        },
    )


@clerk_required(body_of_meeting)
def minutes_publish(request, meeting):
    """Publish draft minutes: the checks' findings first, and a tick to publish despite them
    (like publishing an agenda at short notice)."""
    meeting = get_object_or_404(Meeting.objects.select_related("committee__body"), pk=meeting)
    checked = check_minutes(meeting)
    error = ""
    if request.method == "POST":
        if checked.count and not request.POST.get("accept_warnings"):
            error = "Confirm that you have read the warnings of the minutes checks."
        else:
            try:
                approval.publish_minutes(meeting, user=request.user)
            except ServiceError as exc:
                error = str(exc)
            else:
                messages.success(request, "Draft minutes published.")
                return redirect("clerk:meeting", meeting.pk)
    items = list(
        Item.objects.filter(meeting=meeting, withdrawn_at__isnull=True).order_by("position")
    )
    for item in items:
        item.findings = checked.for_item(item)
    return render(
        request,
        "clerk/minutes_publish.html",
        {
            "meeting": meeting,
            "checked": checked,
            "flagged": [i for i in items if i.findings],
            "error": error,
            "crumbs": crumbs_for(meeting.committee, meeting),
            "today": timezone.localdate(),
        },
    )
