"""The during-meeting screen: attendance, then item by item declarations, minutes,
decisions, a recorded vote and actions — closing earlier actions under matters arising and
agreeing earlier minutes at the minutes item. One page of plain forms, each with its own
button, so it works by keyboard alone and without JavaScript."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from moot.meetings.choices import ItemKind, MembershipRole, MinutesState
from moot.meetings.models import Action, Attendance, Item, Meeting, Membership, Person
from moot.meetings.services import actions, approval, attending, decisions, minutes
from moot.meetings.services.common import ServiceError, meeting_date

from .. import forms, text
from ..checks import check_minutes
from ..permissions import body_of_item, body_of_meeting, clerk_required
from .common import crumbs_for, service_error


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


def _approvable(item: Item):
    """Earlier meetings of the committee whose minutes are published but not yet approved."""
    return Meeting.objects.filter(
        committee=item.meeting.committee,
        start__lt=item.meeting.start,
        minutes_state=MinutesState.DRAFT,
    ).order_by("-start")


def _item_forms(item: Item, people):
    """The record screen's forms of one item, fresh."""
    prefix = f"i{item.pk}"
    built = {
        "declaration": forms.DeclarationForm(people=people, prefix=f"{prefix}-dec"),
        "minutes": forms.MinutesForm(
            prefix=f"{prefix}-min",
            initial={
                "minutes": text.to_editable(item.minutes),
                "version": minutes.version_of(item.minutes),
            },
        ),
        "decision": forms.DecisionForm(prefix=f"{prefix}-decn"),
        "vote": forms.VoteForm(people=people, prefix=f"{prefix}-vote"),
        "action": forms.ActionForm(prefix=f"{prefix}-act"),
    }
    if item.kind == ItemKind.MINUTES:
        built["approve"] = forms.ApproveForm(
            meetings=_approvable(item),
            prefix=f"{prefix}-appr",
            initial={"meetings": list(item.approves_meetings.values_list("pk", flat=True))},
        )
    return built


def _posted_item_form(request, item: Item, name: str, people):
    """One item form of the record screen, bound to the post."""
    prefix = f"i{item.pk}"
    data = request.POST
    if name == "declaration":
        return forms.DeclarationForm(data, people=people, prefix=f"{prefix}-dec")
    if name == "minutes":
        return forms.MinutesForm(data, prefix=f"{prefix}-min")
    if name == "decision":
        return forms.DecisionForm(data, prefix=f"{prefix}-decn")
    if name == "vote":
        return forms.VoteForm(data, people=people, prefix=f"{prefix}-vote")
    if name == "action":
        return forms.ActionForm(data, prefix=f"{prefix}-act")
    return forms.ApproveForm(data, meetings=_approvable(item), prefix=f"{prefix}-appr")


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


def _record_page(request, meeting, *, attendance=None, posted=None, conflict=None):
    """The record screen. ``posted`` maps "attendance", "attendee", (item id, form name) or
    ("close", action id) to the form as posted; every other form is fresh. A conflict over
    minutes answers 409."""
    posted = posted or {}
    attendance = attendance or _Attendance(meeting)
    items = list(
        Item.objects.filter(meeting=meeting, withdrawn_at__isnull=True)
        .order_by("position")
        .prefetch_related("decisions", "actions", "declarations__person")
    )
    # Any: each action is given its closing form for the template.
    open_actions: list[Any] = list(actions.open_actions(meeting.committee, before=meeting))
    for action in open_actions:
        action.close_form = posted.get(("close", action.pk)) or forms.CloseActionForm(
            prefix=f"close{action.pk}"
        )
    locked = meeting.minutes_state == MinutesState.APPROVED
    checked = None if locked else check_minutes(meeting)
    for item in items:
        item.forms = {
            name: posted.get((item.pk, name), form)
            for name, form in _item_forms(item, attendance.people).items()
        }
        item.conflict = conflict if conflict and conflict["item"] == item.pk else None
        item.locked = locked
        item.findings = checked.for_item(item) if checked else []
    return render(
        request,
        "clerk/record.html",
        {
            "meeting": meeting,
            "items": items,
            "attendance_form": posted.get("attendance") or attendance.form(),
            "attendee_form": posted.get("attendee") or attendance.attendee_form(),
            "open_actions": open_actions,
            "locked": locked,
            "checked": checked,
            "flagged": [i for i in items if i.findings],
            "crumbs": crumbs_for(meeting.committee, meeting),
            "attendances": Attendance.objects.filter(meeting=meeting).select_related(
                "person", "substitute_for"
            ),
        },
        status=409 if conflict else 200,
    )


def _meeting(pk):
    return get_object_or_404(Meeting.objects.select_related("committee__body"), pk=pk)


def _record_url(meeting, anchor):
    return reverse("clerk:record", args=[meeting.pk]) + anchor


@require_safe
@clerk_required(body_of_meeting)
def record(request, meeting):
    """Record the meeting: attendance, then item by item."""
    return _record_page(request, _meeting(meeting))


@require_POST
@clerk_required(body_of_meeting)
def record_attendance(request, meeting):
    """Save each member's attendance (only the changed ones are written)."""
    meeting = _meeting(meeting)
    attendance = _Attendance(meeting)
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
            return redirect(_record_url(meeting, "#attendance"))
    return _record_page(request, meeting, attendance=attendance, posted={"attendance": form})


@require_POST
@clerk_required(body_of_meeting)
def record_attendee(request, meeting):
    """Add someone not on the list: an officer in attendance or a substitute."""
    meeting = _meeting(meeting)
    attendance = _Attendance(meeting)
    form = attendance.attendee_form(request.POST)
    if form.is_valid():
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
            return redirect(_record_url(meeting, "#attendance"))
    return _record_page(request, meeting, attendance=attendance, posted={"attendee": form})


def _live_item(pk):
    """An item of the record screen: not withdrawn."""
    return get_object_or_404(
        Item.objects.select_related("meeting__committee__body").filter(withdrawn_at__isnull=True),
        pk=pk,
    )


def _item_form_post(request, item_pk, name, run):
    """Run one item form of the record screen: ``run(item, data, user)`` calls the service
    and returns the message for the clerk; a ServiceError shows the screen again with the
    form's error, a conflict over minutes with the clerk's text kept beside them (409)."""
    item = _live_item(item_pk)
    meeting = item.meeting
    attendance = _Attendance(meeting)
    form = _posted_item_form(request, item, name, attendance.people)
    if form.is_valid():
        try:
            note = run(item, form.cleaned_data, request.user)
        except minutes.StaleEdit as exc:
            conflict = {"item": item.pk, "text": form.cleaned_data["minutes"], "message": str(exc)}
            return _record_page(request, meeting, attendance=attendance, conflict=conflict)
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, note)
            return redirect(_record_url(meeting, f"#item-{item.position}"))
    return _record_page(request, meeting, attendance=attendance, posted={(item.pk, name): form})


@require_POST
@clerk_required(body_of_item)
def record_declaration(request, item):
    def run(item, data, user):
        attending.add_declaration(
            item,
            data["person"],
            data["kind"],
            nature=data["nature"],
            left_room=data["left_room"],
            user=user,
        )
        return "Declaration recorded."

    return _item_form_post(request, item, "declaration", run)


@require_POST
@clerk_required(body_of_item)
def record_minutes(request, item):
    """Save an item's minutes; refused if someone else saved them since the form was opened."""

    def run(item, data, user):
        minutes.save_minutes(
            item, text.to_html(data["minutes"]), version=data["version"], user=user
        )
        return "Minutes saved."

    return _item_form_post(request, item, "minutes", run)


@require_POST
@clerk_required(body_of_item)
def record_decision(request, item):
    def run(item, data, user):
        decisions.add_decision(
            item, data["text"], kind=data["kind"], public_text=data["public_text"], user=user
        )
        return "Decision recorded."

    return _item_form_post(request, item, "decision", run)


@require_POST
@clerk_required(body_of_item)
def record_vote(request, item):
    def run(item, data, user):
        decisions.record_vote(
            item,
            for_=list(data["for_"]),
            against=list(data["against"]),
            abstained=list(data["abstained"]),
            outcome=data["outcome"],
            user=user,
        )
        return "Recorded vote saved."

    return _item_form_post(request, item, "vote", run)


@require_POST
@clerk_required(body_of_item)
def record_action(request, item):
    def run(item, data, user):
        actions.add_action(item, data["text"], owner=data["owner"], due=data["due"], user=user)
        return "Action recorded."

    return _item_form_post(request, item, "action", run)


@require_POST
@clerk_required(body_of_item)
def record_approval(request, item):
    """Agree earlier meetings' minutes as a true record at this minutes item."""

    def run(item, data, user):
        approval.approve_minutes(
            item, list(data["meetings"]), amendment=data["amendment"], user=user
        )
        return "Minutes agreed; they are now locked."

    return _item_form_post(request, item, "approve", run)


@require_POST
@clerk_required(body_of_item)
def action_close(request, item, action):
    """Close an earlier meeting's action at this item (matters arising)."""
    at = _live_item(item)
    meeting = at.meeting
    action = get_object_or_404(
        Action.objects.select_related("item__meeting").filter(
            item__meeting__committee__body_id=meeting.committee.body_id
        ),
        pk=action,
    )
    form = forms.CloseActionForm(request.POST, prefix=f"close{action.pk}")
    if not form.is_valid():
        return _record_page(request, meeting, posted={("close", action.pk): form})
    try:
        actions.close_action(
            action,
            at,
            status=form.cleaned_data["status"],
            note=form.cleaned_data["note"],
            user=request.user,
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Action closed.")
    return redirect(_record_url(meeting, f"#item-{at.position}"))


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
