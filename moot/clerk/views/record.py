"""The during-meeting screen: attendance, then item by item declarations, minutes,
decisions, a recorded vote and actions — closing earlier actions under matters arising and
agreeing earlier minutes at the minutes item. One page of plain forms, each with its own
button, so it works by keyboard alone and without JavaScript."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from moot.meetings.choices import ItemKind, MembershipRole, MinutesState
from moot.meetings.models import Action, Attendance, Item, Meeting, Membership, Person
from moot.meetings.services import minutes
from moot.meetings.services.common import ServiceError, meeting_date

from .. import forms, text
from ..checks import check_minutes
from ..permissions import body_of_meeting, clerk_required
from .common import crumbs_for, service_error

ITEM_FORMS = ("declaration", "minutes", "decision", "vote", "action", "approve")


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


def _item_forms(item: Item, people, data=None, posted=None):
    def bound(name):
        return data if posted == (name, item.pk) else None

    prefix = f"i{item.pk}"
    built = {
        "declaration": forms.DeclarationForm(
            bound("declaration"), people=people, prefix=f"{prefix}-dec"
        ),
        "minutes": forms.MinutesForm(
            bound("minutes"),
            prefix=f"{prefix}-min",
            initial={
                "minutes": text.to_editable(item.minutes),
                "version": minutes.version_of(item.minutes),
            },
        ),
        "decision": forms.DecisionForm(bound("decision"), prefix=f"{prefix}-decn"),
        "vote": forms.VoteForm(bound("vote"), people=people, prefix=f"{prefix}-vote"),
        "action": forms.ActionForm(bound("action"), prefix=f"{prefix}-act"),
    }
    if item.kind == ItemKind.MINUTES:
        built["approve"] = forms.ApproveForm(
            bound("approve"),
            meetings=_approvable(item),
            prefix=f"{prefix}-appr",
            initial={"meetings": list(item.approves_meetings.values_list("pk", flat=True))},
        )
    return built


def _handle_item_form(request, item: Item, name: str, form) -> str:
    """Run the service for one item form; returns the message for the clerk."""
    data, user = form.cleaned_data, request.user
    if name == "declaration":
        minutes.add_declaration(
            item,
            data["person"],
            data["kind"],
            nature=data["nature"],
            left_room=data["left_room"],
            user=user,
        )
        return "Declaration recorded."
    if name == "minutes":
        minutes.save_minutes(
            item, text.to_html(data["minutes"]), version=data["version"], user=user
        )
        return "Minutes saved."
    if name == "decision":
        minutes.add_decision(
            item, data["text"], kind=data["kind"], public_text=data["public_text"], user=user
        )
        return "Decision recorded."
    if name == "vote":
        minutes.record_vote(
            item,
            for_=list(data["for_"]),
            against=list(data["against"]),
            abstained=list(data["abstained"]),
            outcome=data["outcome"],
            user=user,
        )
        return "Recorded vote saved."
    if name == "action":
        minutes.add_action(item, data["text"], owner=data["owner"], due=data["due"], user=user)
        return "Action recorded."
    minutes.approve_minutes(item, list(data["meetings"]), amendment=data["amendment"], user=user)
    return "Minutes agreed; they are now locked."


@clerk_required(body_of_meeting)
def record(request, meeting):
    meeting = get_object_or_404(Meeting.objects.select_related("committee__body"), pk=meeting)
    people = list(meeting_people(meeting))
    items = list(
        Item.objects.filter(meeting=meeting, withdrawn_at__isnull=True)
        .order_by("position")
        .prefetch_related("decisions", "actions", "declarations__person")
    )
    posted = None
    data = request.POST if request.method == "POST" else None
    if data is not None:
        try:
            posted = (data.get("form", ""), int(data.get("item") or 0))
        except ValueError:
            posted = (data.get("form", ""), 0)
    current = {
        person: (status, stood_in_for)
        for person, status, stood_in_for in Attendance.objects.filter(meeting=meeting).values_list(
            "person_id", "status", "substitute_for_id"
        )
    }
    roles = _roles_on_the_day(meeting)
    substitutes = {pk for pk, role in roles.items() if role == MembershipRole.SUBSTITUTE}
    members = [p for p in people if p.pk in roles and p.pk not in substitutes]
    attendance_form = forms.AttendanceForm(
        data if posted and posted[0] == "attendance" else None,
        people=people,
        current=current,
        substitutes=substitutes,
        prefix="att",
    )
    attendee_form = forms.AttendeeForm(
        data if posted and posted[0] == "attendee" else None, members=members, prefix="add"
    )
    by_item = {i.pk: _item_forms(i, people, data, posted) for i in items}
    conflict = None
    anchor = ""

    if posted and posted[0] == "attendance" and attendance_form.is_valid():
        try:
            with transaction.atomic():
                for person in attendance_form.people:
                    status = attendance_form.cleaned_data.get(f"p{person.pk}")
                    stood_in_for = attendance_form.cleaned_data.get(f"s{person.pk}")
                    was = current.get(person.pk, ("", None))
                    if status and (status, getattr(stood_in_for, "pk", None)) != was:
                        minutes.record_attendance(
                            meeting, person, status, user=request.user, substitute_for=stood_in_for
                        )
        except ServiceError as exc:
            service_error(attendance_form, exc)
        else:
            messages.success(request, "Attendance saved.")
            return redirect(reverse("clerk:record", args=[meeting.pk]) + "#attendance")
    elif posted and posted[0] == "attendee" and attendee_form.is_valid():
        added = attendee_form.cleaned_data
        try:
            minutes.record_attendance(
                meeting,
                added["person"],
                added["status"],
                user=request.user,
                substitute_for=added["substitute_for"],
                role=added["role"],
                organisation=added["organisation"],
            )
        except ServiceError as exc:
            service_error(attendee_form, exc)
        else:
            messages.success(request, f"{added['person']} added to the attendance.")
            return redirect(reverse("clerk:record", args=[meeting.pk]) + "#attendance")
    elif posted and posted[0] in ITEM_FORMS and posted[1] in by_item:
        item = next(i for i in items if i.pk == posted[1])
        form = by_item[item.pk].get(posted[0])
        anchor = f"#item-{item.position}"
        if form is not None and form.is_valid():
            try:
                note = _handle_item_form(request, item, posted[0], form)
            except minutes.StaleEdit as exc:
                item.refresh_from_db()
                mine = form.cleaned_data["minutes"]
                by_item[item.pk]["minutes"] = _item_forms(item, people)["minutes"]
                conflict = {"item": item.pk, "text": mine, "message": str(exc)}
            except ServiceError as exc:
                service_error(form, exc)
            else:
                messages.success(request, note)
                return redirect(reverse("clerk:record", args=[meeting.pk]) + anchor)
    elif posted and posted[0] == "close_action":
        action = get_object_or_404(
            Action.objects.select_related("item__meeting"), pk=data.get("action")
        )
        at = next((i for i in items if i.pk == posted[1]), None)
        close_form = forms.CloseActionForm(data, prefix=f"close{action.pk}")
        if at is not None and close_form.is_valid():
            try:
                minutes.close_action(
                    action,
                    at,
                    status=close_form.cleaned_data["status"],
                    note=close_form.cleaned_data["note"],
                    user=request.user,
                )
            except ServiceError as exc:
                messages.error(request, str(exc))
            else:
                messages.success(request, "Action closed.")
            return redirect(reverse("clerk:record", args=[meeting.pk]) + f"#item-{at.position}")

    open_actions = list(minutes.open_actions(meeting.committee, before=meeting))
    for action in open_actions:
        action.close_form = forms.CloseActionForm(prefix=f"close{action.pk}")
    locked = meeting.minutes_state == MinutesState.APPROVED
    checked = None if locked else check_minutes(meeting)
    for item in items:
        item.forms = by_item[item.pk]
        item.conflict = conflict if conflict and conflict["item"] == item.pk else None
        item.locked = locked
        item.findings = checked.for_item(item) if checked else []
    return render(
        request,
        "clerk/record.html",
        {
            "meeting": meeting,
            "items": items,
            "attendance_form": attendance_form,
            "attendee_form": attendee_form,
            "open_actions": open_actions,
            "locked": locked,
            "checked": checked,
            "flagged": [i for i in items if i.findings],
            "crumbs": crumbs_for(meeting.committee, meeting),
            "anchor": anchor,
            "attendances": Attendance.objects.filter(meeting=meeting).select_related(
                "person", "substitute_for"
            ),
        },
        status=409 if conflict else 200,
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
                minutes.publish_minutes(meeting, user=request.user)
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
