"""Correcting what was recorded against an item: a declaration, a decision or an action,
each edited or removed on a screen of its own, then back to the minutes screen. The screen
only shows; its two forms post to views of their own (edit, remove)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe

from moot.interests import services as interests
from moot.interests.models import DeclarationEntry
from moot.meetings.models import Action, Decision, Declaration
from moot.meetings.services import actions, attending, decisions
from moot.meetings.services.common import ServiceError

from .. import forms
from ..permissions import body_of_action, body_of_decision, body_of_declaration, clerk_required
from .common import crumbs_for, service_error
from .record import meeting_people


@dataclass(frozen=True)
class _Kind:
    """One kind of entry: how to find it, its form (fresh, or bound to a post), its screen's
    heading and noun, and the services that edit and remove it."""

    find: Callable[[int], Any]
    form: Callable[..., Any]
    heading: Callable[[Any], str]
    noun: str
    edit: Callable[..., Any]
    remove: Callable[..., Any]


def _declaration_form(entry, data=None):
    link = DeclarationEntry.objects.filter(declaration=entry).first()
    return forms.DeclarationEditForm(
        data,
        declaration=entry,
        people=list(meeting_people(entry.item.meeting)),
        initial={
            "register_entry": link.entry_id if link else None,
            "cited_dispensation": link.dispensation_id if link else None,
            "person": entry.person_id,
            "kind": entry.kind,
            "nature": entry.nature,
            "left_room": entry.left_room,
            "dispensation": entry.dispensation,
            "dispensation_granted": entry.dispensation_granted,
        },
    )


def cite_in_register(declaration, data, *, user=None) -> None:
    """Point a declaration at the register entry and the dispensation chosen on its form."""
    try:
        interests.link_declaration(
            declaration,
            entry=data.get("register_entry"),
            dispensation=data.get("cited_dispensation"),
            user=user,
        )
    except interests.RegisterError as exc:
        raise ServiceError(str(exc)) from exc


@transaction.atomic
def _edit_declaration(declaration, data, *, user=None):
    """The declaration's own fields, then the register entry and dispensation it cites."""
    own = {k: v for k, v in data.items() if k not in ("register_entry", "cited_dispensation")}
    attending.edit_declaration(declaration, own, user=user)
    cite_in_register(declaration, data, user=user)


DECLARATION = _Kind(
    find=lambda pk: get_object_or_404(
        Declaration.objects.select_related("item__meeting__committee", "person"), pk=pk
    ),
    form=_declaration_form,
    heading=lambda entry: f"Declaration of interest: {entry.person}",
    noun="Declaration",
    edit=_edit_declaration,
    remove=attending.remove_declaration,
)
DECISION = _Kind(
    find=lambda pk: get_object_or_404(
        Decision.objects.select_related("item__meeting__committee"), pk=pk
    ),
    form=lambda entry, data=None: forms.DecisionForm(
        data, initial={"kind": entry.kind, "text": entry.text, "public_text": entry.public_text}
    ),
    heading=lambda entry: "Decision",
    noun="Decision",
    edit=decisions.edit_decision,
    remove=decisions.remove_decision,
)
ACTION = _Kind(
    find=lambda pk: get_object_or_404(
        Action.objects.select_related("item__meeting__committee"), pk=pk
    ),
    form=lambda entry, data=None: forms.ActionForm(
        data, initial={"text": entry.text, "owner": entry.owner, "due": entry.due}
    ),
    heading=lambda entry: "Action",
    noun="Action",
    edit=actions.edit_action,
    remove=actions.remove_action,
)


def _back(entry):
    return reverse("clerk:record_item", args=[entry.item_id])


def _entry_page(request, kind: _Kind, entry, *, form=None, error=""):
    item = entry.item
    meeting = item.meeting
    name = kind.noun.lower()
    return render(
        request,
        "clerk/entry.html",
        {
            "form": form or kind.form(entry),
            "error": error,
            "heading": kind.heading(entry),
            "noun": name,
            "edit_url": reverse(f"clerk:{name}_edit", args=[entry.pk]),
            "remove_url": reverse(f"clerk:{name}_remove", args=[entry.pk]),
            "item": item,
            "meeting": meeting,
            "back": _back(entry),
            "crumbs": crumbs_for(meeting.committee, meeting),
        },
    )


def _edit(request, kind: _Kind, pk):
    entry = kind.find(pk)
    form = kind.form(entry, request.POST)
    if form.is_valid():
        try:
            kind.edit(entry, form.cleaned_data, user=request.user)
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, f"{kind.noun} saved.")
            return redirect(_back(entry))
    return _entry_page(request, kind, entry, form=form)


def _remove(request, kind: _Kind, pk):
    entry = kind.find(pk)
    try:
        kind.remove(entry, user=request.user)
    except ServiceError as exc:
        return _entry_page(request, kind, entry, error=str(exc))
    messages.success(request, f"{kind.noun} removed.")
    return redirect(_back(entry))


@require_safe
@clerk_required(body_of_declaration)
def declaration(request, pk):
    return _entry_page(request, DECLARATION, DECLARATION.find(pk))


@require_POST
@clerk_required(body_of_declaration)
def declaration_edit(request, pk):
    return _edit(request, DECLARATION, pk)


@require_POST
@clerk_required(body_of_declaration)
def declaration_remove(request, pk):
    return _remove(request, DECLARATION, pk)


@require_safe
@clerk_required(body_of_decision)
def decision(request, pk):
    return _entry_page(request, DECISION, DECISION.find(pk))


@require_POST
@clerk_required(body_of_decision)
def decision_edit(request, pk):
    return _edit(request, DECISION, pk)


@require_POST
@clerk_required(body_of_decision)
def decision_remove(request, pk):
    return _remove(request, DECISION, pk)


@require_safe
@clerk_required(body_of_action)
def action(request, pk):
    return _entry_page(request, ACTION, ACTION.find(pk))


@require_POST
@clerk_required(body_of_action)
def action_edit(request, pk):
    return _edit(request, ACTION, pk)


@require_POST
@clerk_required(body_of_action)
def action_remove(request, pk):
    return _remove(request, ACTION, pk)
