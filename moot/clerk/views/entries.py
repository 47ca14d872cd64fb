"""Correcting what was recorded against an item: a declaration, a decision or an action,
each edited or removed on a screen of its own, then back to the minutes screen."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from moot.meetings.models import Action, Decision, Declaration
from moot.meetings.services import minutes
from moot.meetings.services.common import ServiceError

from .. import forms
from ..permissions import body_of_action, body_of_decision, body_of_declaration, clerk_required
from .common import crumbs_for, service_error
from .record import meeting_people


def _entry_page(request, entry, form, *, heading, noun, edit, remove):
    item = entry.item
    meeting = item.meeting
    back = reverse("clerk:record", args=[meeting.pk]) + f"#item-{item.position}"
    posted = request.POST.get("form") if request.method == "POST" else None
    error = ""
    if posted == "remove":
        try:
            remove(entry, user=request.user)
        except ServiceError as exc:
            error = str(exc)
        else:
            messages.success(request, f"{noun} removed.")
            return redirect(back)
    if posted == "edit" and form.is_valid():
        try:
            edit(entry, form.cleaned_data, user=request.user)
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, f"{noun} saved.")
            return redirect(back)
    return render(
        request,
        "clerk/entry.html",
        {
            "form": form,
            "error": error,
            "heading": heading,
            "noun": noun.lower(),
            "item": item,
            "meeting": meeting,
            "back": back,
            "crumbs": crumbs_for(meeting.committee, meeting),
        },
    )


def _posted(request):
    return request.POST if request.POST.get("form") == "edit" else None


@clerk_required(body_of_declaration)
def declaration(request, pk):
    entry = get_object_or_404(
        Declaration.objects.select_related("item__meeting__committee", "person"), pk=pk
    )
    form = forms.DeclarationForm(
        _posted(request),
        people=list(meeting_people(entry.item.meeting)),
        initial={
            "person": entry.person_id,
            "kind": entry.kind,
            "nature": entry.nature,
            "left_room": entry.left_room,
        },
    )
    return _entry_page(
        request,
        entry,
        form,
        heading=f"Declaration of interest: {entry.person}",
        noun="Declaration",
        edit=minutes.edit_declaration,
        remove=minutes.remove_declaration,
    )


@clerk_required(body_of_decision)
def decision(request, pk):
    entry = get_object_or_404(Decision.objects.select_related("item__meeting__committee"), pk=pk)
    form = forms.DecisionForm(
        _posted(request),
        initial={"kind": entry.kind, "text": entry.text, "public_text": entry.public_text},
    )
    return _entry_page(
        request,
        entry,
        form,
        heading="Decision",
        noun="Decision",
        edit=minutes.edit_decision,
        remove=minutes.remove_decision,
    )


@clerk_required(body_of_action)
def action(request, pk):
    entry = get_object_or_404(Action.objects.select_related("item__meeting__committee"), pk=pk)
    form = forms.ActionForm(
        _posted(request), initial={"text": entry.text, "owner": entry.owner, "due": entry.due}
    )
    return _entry_page(
        request,
        entry,
        form,
        heading="Action",
        noun="Action",
        edit=minutes.edit_action,
        remove=minutes.remove_action,
    )
