"""Scheduling, the agenda builder, items, documents, publication and take-down."""

from __future__ import annotations

from datetime import datetime, time

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from moot.documents.models import Paper
from moot.meetings.models import Committee, Document, Item, Meeting
from moot.meetings.services import (
    agenda,
    decisions,
    matters,
    publishing,
    reports,
    restrictions,
    scheduling,
)
from moot.meetings.services.common import ServiceError

from .. import forms
from ..permissions import (
    body_of_committee,
    body_of_document,
    body_of_item,
    body_of_meeting,
    clerk_required,
)
from ..text import to_editable
from .common import crumbs_for, form_page, service_error, uploaded


def _aware(value: datetime | None):
    if value is None or timezone.is_aware(value):
        return value
    return timezone.make_aware(value)


@clerk_required(body_of_committee)
def meeting_new(request, committee):
    committee = get_object_or_404(Committee.objects.select_related("body"), pk=committee)
    form = forms.MeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            meeting = scheduling.schedule_meeting(
                committee,
                _aware(data["start"]),
                end=_aware(data["end"]),
                location=data["location"],
                note=data["note"],
                user=request.user,
            )
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, "Meeting scheduled with the standard items.")
            return redirect("clerk:meeting", meeting.pk)
    return form_page(
        request,
        form,
        "Schedule a meeting",
        caption=committee.name,
        crumbs=crumbs_for(committee),
        submit="Schedule",
        back=reverse("clerk:committee", args=[committee.pk]),
    )


@clerk_required(body_of_committee)
def programme(request, committee):
    committee = get_object_or_404(Committee.objects.select_related("body"), pk=committee)
    form = forms.ProgrammeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        usual = form.cleaned_data["time"] or time(9)
        starts = [
            _aware(day if has_time else datetime.combine(day.date(), usual))
            for day, has_time in form.cleaned_data["dates"]
        ]
        try:
            made = scheduling.schedule_programme(
                committee, starts, user=request.user, location=form.cleaned_data["location"]
            )
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, f"{len(made)} meetings scheduled.")
            return redirect("clerk:committee", committee.pk)
    return form_page(
        request,
        form,
        "Schedule a year's programme",
        caption=committee.name,
        crumbs=crumbs_for(committee),
        submit="Schedule all",
        back=reverse("clerk:committee", args=[committee.pk]),
    )


def pack_problems(meeting) -> list[dict]:
    """Reports the printed packs could not include, and why, once each with the packs they
    are missing from (a report is usually in the public and the members' pack). One query."""
    found: dict[tuple, dict] = {}
    for paper in Paper.objects.filter(meeting=meeting).order_by("kind"):
        for problem in paper.problems or []:
            key = (problem.get("document_id"), problem.get("reason", ""))
            entry = found.setdefault(key, {**problem, "papers": []})
            entry["papers"].append(paper.get_kind_display())
    return list(found.values())


def _meeting(pk):
    return get_object_or_404(Meeting.objects.select_related("committee__body", "location"), pk=pk)


def _agenda_page(request, meeting, item_form=None):
    """The agenda builder, with the add-item form as posted (or empty)."""
    items = list(
        Item.objects.filter(meeting=meeting)
        .order_by("withdrawn_at", "position")
        .prefetch_related("documents")
    )
    redactions = {d.public_version_id for i in items for d in i.documents.all()}
    for doc in (d for i in items for d in i.documents.all()):
        doc.redacted_version_of = doc.pk in redactions
    pending_items, pending_docs = publishing.pending(meeting)
    late = agenda.late_notice(meeting)
    return render(
        request,
        "clerk/meeting.html",
        {
            "meeting": meeting,
            "committee": meeting.committee,
            "items": items,
            "item_form": item_form or forms.NewItemForm(prefix="new", late=late is not None),
            "late": late and agenda.late_message(late),
            "pending": len(pending_items) + len(pending_docs),
            "crumbs": crumbs_for(meeting.committee),
            "meeting_documents": [d for d in meeting.documents.all() if d.item_id is None],
            "pack_problems": pack_problems(meeting),
            "last": len([i for i in items if not i.withdrawn_at]),
        },
    )


@require_safe
@clerk_required(body_of_meeting)
def meeting(request, meeting):
    """The agenda builder: items in order with their papers, add an item, add a report."""
    return _agenda_page(request, _meeting(meeting))


@require_POST
@clerk_required(body_of_meeting)
def item_new(request, meeting):
    """Add an item to the agenda (the agenda builder's form)."""
    meeting = _meeting(meeting)
    late = agenda.late_notice(meeting) is not None
    form = forms.NewItemForm(request.POST, prefix="new", late=late)
    if form.is_valid():
        data = dict(form.cleaned_data)
        urgency = {
            "chair_consented": data.pop("chair_consented", False),
            "urgency_reason": data.pop("urgency_reason", ""),
        }
        try:
            item = agenda.add_item(meeting, data, user=request.user, **urgency)
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, f"Item “{item.title}” added.")
            return redirect("clerk:meeting", meeting.pk)
    return _agenda_page(request, meeting, form)


def _meeting_edit_page(request, meeting, *, form=None, status_form=None, short_notice=False):
    """Meeting details and its status, each form as posted or fresh."""
    initial = {
        "start": timezone.localtime(meeting.start),
        "location": meeting.location,
        "end": timezone.localtime(meeting.end) if meeting.end else None,
        "note": meeting.note,
    }
    return render(
        request,
        "clerk/meeting_edit.html",
        {
            "meeting": meeting,
            "form": form or forms.MeetingForm(initial=initial, prefix="details"),
            "status_form": status_form or forms.StatusChangeForm(prefix="status"),
            "short_notice": short_notice,
            "crumbs": crumbs_for(meeting.committee, meeting),
        },
    )


@require_safe
@clerk_required(body_of_meeting)
def meeting_edit(request, meeting):
    return _meeting_edit_page(request, _meeting(meeting))


@require_POST
@clerk_required(body_of_meeting)
def meeting_details(request, meeting):
    meeting = _meeting(meeting)
    form = forms.MeetingForm(request.POST, prefix="details")
    short_notice = False
    if form.is_valid():
        data = form.cleaned_data
        move = scheduling.moving(meeting, _aware(data["start"]))
        try:
            scheduling.edit_meeting(
                meeting,
                {
                    "start": _aware(data["start"]),
                    "end": _aware(data["end"]),
                    "location": data["location"],
                    "note": data["note"],
                },
                user=request.user,
                # As publishing: a short-notice move needs the clerk's confirmation.
                accept_short_notice=bool(request.POST.get("accept_short_notice")),
            )
        except scheduling.MovedAtShortNotice as exc:
            service_error(form, exc)
            short_notice = True
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, "Meeting details saved.")
            if move is not None:
                messages.info(request, move.message)
            return redirect("clerk:meeting", meeting.pk)
    return _meeting_edit_page(request, meeting, form=form, short_notice=short_notice)


@require_POST
@clerk_required(body_of_meeting)
def meeting_status(request, meeting):
    """Postpone (perhaps to a new date), cancel or mark the meeting as held."""
    meeting = _meeting(meeting)
    form = forms.StatusChangeForm(request.POST, prefix="status")
    if form.is_valid():
        action, reason = form.cleaned_data["action"], form.cleaned_data["reason"]
        new_start = _aware(form.cleaned_data.get("new_start"))
        try:
            if action == "postpone":
                scheduling.postpone_meeting(meeting, reason, user=request.user, new_start=new_start)
                if new_start is not None:
                    messages.success(
                        request,
                        "The new meeting is scheduled with the same items, not yet published.",
                    )
            elif action == "cancel":
                scheduling.cancel_meeting(meeting, reason, user=request.user)
            else:
                scheduling.mark_held(meeting, user=request.user)
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, f"The meeting is now {meeting.get_status_display().lower()}.")
            return redirect("clerk:meeting", meeting.pk)
    return _meeting_edit_page(request, meeting, status_form=form)


@clerk_required(body_of_meeting)
def publish(request, meeting):
    """Publish the agenda or a supplement: what goes out, the notice check, then confirm."""
    meeting = _meeting(meeting)
    check = publishing.notice_check(meeting)
    items, documents = publishing.pending(meeting)
    error = ""
    if request.method == "POST":
        if check.short and not request.POST.get("accept_short_notice"):
            error = "Confirm that you are publishing at short notice."
        else:
            try:
                result = publishing.publish_agenda(
                    meeting, user=request.user, accept_short_notice=check.short
                )
            except ServiceError as exc:
                error = str(exc)
            else:
                what = "Supplement" if result.supplement else "Agenda"
                messages.success(request, f"{what} published: {', '.join(result.references)}.")
                return redirect("clerk:meeting", meeting.pk)
    return render(
        request,
        "clerk/publish.html",
        {
            "meeting": meeting,
            "check": check,
            "items": items,
            "documents": documents,
            "supplement": meeting.is_published,
            "error": error,
            "crumbs": crumbs_for(meeting.committee, meeting),
        },
    )


def _item(pk):
    return get_object_or_404(Item.objects.select_related("meeting__committee__body"), pk=pk)


def _item_initial(item):
    return {
        "title": item.title,
        "kind": item.kind,
        "agenda_text": to_editable(item.agenda_text),
        "version": agenda.item_version(item),
    }


def _item_page(request, item, *, conflict=None, **posted):
    """One item's screen: each form as posted (named edit, restrict, urgent, document,
    withdraw) or fresh from the item."""
    meeting = item.meeting
    fresh = {
        "edit": lambda: forms.ItemEditForm(prefix="edit", initial=_item_initial(item)),
        "restrict": lambda: forms.RestrictionForm(
            prefix="restrict",
            jurisdiction=meeting.committee.body.jurisdiction,
            initial={
                "restriction": item.restriction,
                "paragraphs": item.exempt_paragraphs,
                "reason": item.restriction_reason,
                "public_interest": item.public_interest,
                "public_summary": item.public_summary,
                "review_date": item.review_date,
                "release_date": item.release_date,
            },
        ),
        "urgent": lambda: forms.UrgentForm(
            prefix="urgent", initial={"reason": item.urgency_reason}
        ),
        "document": lambda: forms.DocumentForm(prefix="document"),
        "withdraw": lambda: forms.WithdrawForm(prefix="withdraw"),
        "matter": lambda: forms.MatterForm(
            prefix="matter", item=item, initial={"continues": item.continues_id}
        ),
    }
    return render(
        request,
        "clerk/item.html",
        {
            "item": item,
            "meeting": meeting,
            "conflict": conflict,
            **{name: posted[name] if name in posted else make() for name, make in fresh.items()},
            "documents": item.documents.order_by("position"),
            "crumbs": crumbs_for(meeting.committee, meeting),
        },
        status=409 if conflict else 200,
    )


@require_safe
@clerk_required(body_of_item)
def item(request, item):
    """One item: its text, restriction, urgency and papers; withdraw or remove it."""
    return _item_page(request, _item(item))


def _item_form_post(request, item, name, form, run):
    """Run one of the item screen's forms: ``run(data)`` calls the service and returns the
    message for the clerk; a ServiceError shows the screen again with the form's error."""
    if form.is_valid():
        try:
            note = run(form.cleaned_data)
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, note)
            return redirect("clerk:item", item.pk)
    return _item_page(request, item, **{name: form})


@require_POST
@clerk_required(body_of_item)
def item_edit(request, item):
    """Save an item's title, kind and text; refused, with the clerk's text kept beside the
    item as it now is, if someone else saved it since the form was opened (409)."""
    item = _item(item)
    form = forms.ItemEditForm(request.POST, prefix="edit", initial=_item_initial(item))
    if form.is_valid():
        data = form.cleaned_data
        version = data.pop("version")
        try:
            agenda.edit_item(item, data, user=request.user, version=version)
        except agenda.StaleItem as exc:
            item.refresh_from_db()
            conflict = {
                "message": str(exc),
                "title": form.cleaned_data["title"],
                "text": request.POST.get("edit-agenda_text", ""),
            }
            return _item_page(request, item, conflict=conflict)
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, "Item saved.")
            return redirect("clerk:item", item.pk)
    return _item_page(request, item, edit=form)


@require_POST
@clerk_required(body_of_item)
def item_matter(request, item):
    """Record which earlier item this one takes up again (or none)."""
    item = _item(item)
    form = forms.MatterForm(request.POST, prefix="matter", item=item)

    def run(data):
        earlier = data["continues"]
        found = Item.objects.filter(pk=earlier).first() if earlier else None
        matters.continue_matter(item, found, user=request.user)
        return "Earlier consideration recorded." if found else "The item continues no earlier item."

    return _item_form_post(request, item, "matter", form, run)


@require_POST
@clerk_required(body_of_item)
def item_restrict(request, item):
    item = _item(item)
    form = forms.RestrictionForm(
        request.POST, prefix="restrict", jurisdiction=item.meeting.committee.body.jurisdiction
    )

    def run(data):
        restrictions.restrict_item(
            item,
            data["restriction"],
            paragraphs=data["paragraphs"],
            reason=data["reason"],
            public_interest=data["public_interest"],
            public_summary=data["public_summary"],
            review_date=data["review_date"],
            release_date=data["release_date"],
            user=request.user,
        )
        return "Restriction saved." if data["restriction"] else "The item is public."

    return _item_form_post(request, item, "restrict", form, run)


@require_POST
@clerk_required(body_of_item)
def item_urgent(request, item):
    item = _item(item)
    form = forms.UrgentForm(request.POST, prefix="urgent")

    def run(data):
        agenda.mark_urgent(
            item, data["reason"], chair_consented=data["chair_consented"], user=request.user
        )
        return "Marked as urgent."

    return _item_form_post(request, item, "urgent", form, run)


@require_POST
@clerk_required(body_of_item)
def item_document(request, item):
    """Add a report or appendix to the item."""
    item = _item(item)
    form = forms.DocumentForm(request.POST, request.FILES, prefix="document")

    def run(data):
        upload = data["file"]
        reports.attach_document(
            item.meeting,
            uploaded(upload),
            filename=upload.name,
            title=data["title"],
            item=item,
            kind=data["kind"],
            lead_officer=data["lead_officer"],
            user=request.user,
        )
        return "Document added."

    return _item_form_post(request, item, "document", form, run)


@require_POST
@clerk_required(body_of_item)
def item_withdraw(request, item):
    """Take a published item down, with a reason."""
    item = _item(item)
    form = forms.WithdrawForm(request.POST, prefix="withdraw")

    def run(data):
        publishing.withdraw_item(item, data["reason"], user=request.user)
        return "Item withdrawn: it is no longer shown anywhere."

    return _item_form_post(request, item, "withdraw", form, run)


@require_POST
@clerk_required(body_of_item)
def item_remove(request, item):
    """Remove an item not yet published."""
    item = _item(item)
    try:
        agenda.remove_item(item, user=request.user)
    except ServiceError as exc:
        messages.error(request, str(exc))
        return redirect("clerk:item", item.pk)
    messages.success(request, "Item removed.")
    return redirect("clerk:meeting", item.meeting_id)


@require_POST
@clerk_required(body_of_item)
def item_move(request, item):
    item = _item(item)
    form = forms.MoveForm(request.POST)
    if form.is_valid():
        agenda.move_item(item, form.cleaned_data["position"], user=request.user)
        messages.success(request, f"“{item.title}” moved to position {item.position}.")
    return redirect(reverse("clerk:meeting", args=[item.meeting_id]) + f"#row-{item.pk}")


def _document(pk):
    return get_object_or_404(
        Document.objects.select_related("meeting__committee__body", "item"), pk=pk
    )


def _back(document):
    """Where the clerk goes once a document is restricted, withdrawn or removed."""
    if document.item_id:
        return reverse("clerk:item", args=[document.item_id])
    return reverse("clerk:meeting", args=[document.meeting_id])


def _document_page(request, document, **posted):
    """One document's screen: each form as posted (named lead_form, restriction_form,
    redact_form, withdraw_form) or fresh from the document."""
    meeting = document.meeting
    fresh = {
        "lead_form": lambda: forms.LeadOfficerForm(
            prefix="lead", initial={"lead_officer": document.lead_officer}
        ),
        "restriction_form": lambda: forms.RestrictionForm(
            prefix="restrict",
            document=True,
            jurisdiction=meeting.committee.body.jurisdiction,
            initial={
                "restriction": document.restriction,
                "paragraphs": document.exempt_paragraphs,
                "reason": document.restriction_reason,
                "public_interest": document.public_interest,
                "review_date": document.review_date,
                "release_date": document.release_date,
            },
        ),
        "redact_form": lambda: forms.RedactedVersionForm(prefix="redact"),
        "withdraw_form": lambda: forms.WithdrawForm(prefix="withdraw"),
    }
    withheld = document.is_restricted or (document.item is not None and document.item.is_restricted)
    return render(
        request,
        "clerk/document.html",
        {
            "document": document,
            "meeting": meeting,
            **{name: posted[name] if name in posted else make() for name, make in fresh.items()},
            "withheld": withheld,
            "public_version": document.public_version,
            "redacts": Document.objects.filter(public_version=document).first(),
            "back": _back(document),
            "crumbs": crumbs_for(meeting.committee, meeting),
        },
    )


@require_safe
@clerk_required(body_of_document)
def document(request, document):
    """One document: name its lead officer, restrict it on its own, add a redacted version,
    withdraw it (published) or remove it."""
    return _document_page(request, _document(document))


def _document_form_post(request, document, name, form, run):
    """Run one of the document screen's forms: ``run(data)`` calls the service and returns
    where to go next; a ServiceError shows the screen again with the form's error."""
    if form.is_valid():
        try:
            return redirect(run(form.cleaned_data))
        except ServiceError as exc:
            service_error(form, exc)
    return _document_page(request, document, **{name: form})


@require_POST
@clerk_required(body_of_document)
def document_lead_officer(request, document):
    document = _document(document)
    form = forms.LeadOfficerForm(request.POST, prefix="lead")

    def run(data):
        reports.set_lead_officer(document, data["lead_officer"], user=request.user)
        messages.success(request, "Lead officer saved.")
        return reverse("clerk:document", args=[document.pk])

    return _document_form_post(request, document, "lead_form", form, run)


@require_POST
@clerk_required(body_of_document)
def document_restrict(request, document):
    document = _document(document)
    form = forms.RestrictionForm(
        request.POST,
        prefix="restrict",
        document=True,
        jurisdiction=document.meeting.committee.body.jurisdiction,
    )

    def run(data):
        restrictions.restrict_document(
            document,
            data["restriction"],
            paragraphs=data["paragraphs"],
            reason=data["reason"],
            public_interest=data["public_interest"],
            review_date=data["review_date"],
            release_date=data["release_date"],
            user=request.user,
        )
        messages.success(request, "Restriction saved.")
        return _back(document)

    return _document_form_post(request, document, "restriction_form", form, run)


@require_POST
@clerk_required(body_of_document)
def document_redacted_version(request, document):
    """Upload a copy of a withheld report with the exempt information removed."""
    document = _document(document)
    form = forms.RedactedVersionForm(request.POST, request.FILES, prefix="redact")

    def run(data):
        upload = data["file"]
        redacted = reports.attach_public_version(
            document, uploaded(upload), filename=upload.name, title=data["title"], user=request.user
        )
        messages.success(request, f"Redacted version “{redacted.title}” added.")
        return reverse("clerk:document", args=[document.pk])

    return _document_form_post(request, document, "redact_form", form, run)


@require_POST
@clerk_required(body_of_document)
def document_withdraw(request, document):
    """Take a published document down, with a reason."""
    document = _document(document)
    form = forms.WithdrawForm(request.POST, prefix="withdraw")

    def run(data):
        publishing.withdraw_document(document, data["reason"], user=request.user)
        messages.success(request, "Document withdrawn: it is no longer shown anywhere.")
        return _back(document)

    return _document_form_post(request, document, "withdraw_form", form, run)


@require_POST
@clerk_required(body_of_document)
def document_remove(request, document):
    """Remove a document not yet published."""
    document = _document(document)
    try:
        reports.remove_document(document, user=request.user)
    except ServiceError as exc:
        messages.error(request, str(exc))
        return redirect("clerk:document", document.pk)
    messages.success(request, "Document removed.")
    return redirect(_back(document))


@clerk_required(body_of_item)
def correction(request, item):
    """Record, at this (later) meeting's item, a correction of approved minutes of an earlier
    meeting: a decision shown beside the original minute on its public page."""
    item = _item(item)
    meeting = item.meeting
    form = forms.CorrectionForm(request.POST or None, originals=decisions.correctable_items(item))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            decisions.record_correction(
                item,
                data["original"],
                data["text"],
                public_text=data["public_text"],
                user=request.user,
            )
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, "Correction recorded.")
            return redirect("clerk:record_item", item.pk)
    return form_page(
        request,
        form,
        "Record a correction of approved minutes",
        caption=f"{item.reference or item.position} {item.title}",
        crumbs=crumbs_for(meeting.committee, meeting),
        submit="Record the correction",
        intro="Approved minutes are the record and cannot be edited: the committee corrects "
        "them by a decision at a later meeting, which the public page of the earlier meeting "
        "shows beside the original minute.",
        back=reverse("clerk:record_item", args=[item.pk]),
    )
