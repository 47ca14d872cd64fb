"""Recording one item: a page an item, one form a page.

Everything a clerk types for an item — minutes, a declaration, a decision, an action, the
closing of earlier actions, the agreeing of earlier minutes — is one form with one set of
buttons, so no button can throw away text typed elsewhere on the page. "Save and go to the
next item" saves everything and opens the next item with the cursor in its minutes. All of
it is saved in one transaction or none of it is.

Where JavaScript runs (progressive enhancement, clerk/record.js): a warning before leaving
with unsaved changes, Ctrl+Enter for "save and next", and a draft of the form kept on the
server while typing (``RecordDraft``), put back the next time the page opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.forms.utils import ErrorDict
from django.http import HttpResponse, HttpResponseNotAllowed, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from moot.interests import register
from moot.meetings.choices import ItemKind, MinutesState
from moot.meetings.models import Action, Item, Meeting
from moot.meetings.services import actions, approval, attending, decisions, minutes
from moot.meetings.services.common import ServiceError

from .. import forms, text
from ..checks import check_minutes
from ..models import RecordDraft
from ..permissions import body_of_item, clerk_required
from .common import crumbs_for, service_error
from .entries import cite_in_register
from .record import meeting_people

# Drafts hold what a clerk types, not files: a cap keeps a runaway client from filling the
# database (a long set of minutes is a few tens of kilobytes).
DRAFT_LIMIT = 200_000

Run = Callable[[Item, dict, Any], str]


def _live_item(pk) -> Item:
    return get_object_or_404(
        Item.objects.select_related("meeting__committee__body").filter(withdrawn_at__isnull=True),
        pk=pk,
    )


def _approvable(item: Item):
    """Earlier meetings of the committee whose minutes are published but not yet approved."""
    return Meeting.objects.filter(
        committee=item.meeting.committee,
        start__lt=item.meeting.start,
        minutes_state=MinutesState.DRAFT,
    ).order_by("-start")


def _as_posted(fields: dict) -> QueryDict:
    """A kept draft as the post it was taken from."""
    data = QueryDict(mutable=True)
    for key, values in fields.items():
        data.setlist(key, values if isinstance(values, list) else [values])
    return data


class _Sections:
    """The parts of one item's record form, each a Django form with its own prefix (the
    prefixes of the earlier one-page screen, so what was posted before still means the
    same). ``data`` binds them to a post; ``draft`` to a kept draft, shown as typed without
    being judged (it was never submitted)."""

    def __init__(self, item: Item, data: QueryDict | None = None, draft: dict | None = None):
        self.item = item
        self.people = meeting_people(item.meeting)
        self.open_actions: list[Action] = (
            list(actions.open_actions(item.meeting.committee, before=item.meeting))
            if item.kind == ItemKind.MATTERS_ARISING
            else []
        )
        p = f"i{item.pk}"
        if draft is not None:
            data = _as_posted(draft)
        saved = {
            "minutes": text.to_editable(item.minutes),
            "version": minutes.version_of(item.minutes),
        }
        self.prefixes = {
            "declaration": f"{p}-dec",
            "minutes": f"{p}-min",
            "decision": f"{p}-decn",
            "action": f"{p}-act",
        }
        if item.kind == ItemKind.MINUTES:
            self.prefixes["approve"] = f"{p}-appr"
        for action in self.open_actions:
            self.prefixes[f"close{action.pk}"] = f"close{action.pk}"

        def kw(name: str, initial: dict | None = None) -> dict:
            if data is not None:
                return {"data": data, "prefix": self.prefixes[name]}
            return {"initial": initial or {}, "prefix": self.prefixes[name]}

        self.forms: dict[str, forms.ClerkForm] = {
            "declaration": forms.DeclarationForm(
                people=self.people, meeting=item.meeting, **kw("declaration")
            ),
            "minutes": forms.MinutesForm(**kw("minutes", saved)),
            "decision": forms.DecisionForm(**kw("decision")),
            "action": forms.ActionForm(**kw("action")),
        }
        if "approve" in self.prefixes:
            self.forms["approve"] = forms.ApproveForm(
                meetings=_approvable(item),
                **kw(
                    "approve",
                    {"meetings": list(item.approves_meetings.values_list("pk", flat=True))},
                ),
            )
        for action in self.open_actions:
            name = f"close{action.pk}"
            self.forms[name] = forms.CloseActionForm(**kw(name))
            action.close_form = self.forms[name]  # type: ignore[attr-defined]
        if draft is not None:
            for form in self.forms.values():
                # As typed, not yet submitted: no errors to show.
                form._errors = ErrorDict()  # type: ignore[attr-defined]

    def filled(self, data: QueryDict) -> dict[str, forms.ClerkForm]:
        """The sections the clerk filled in: the rest are left alone, so an empty decision
        box is not an error, an untouched minutes box is not a save, and an action left
        "Still open" stays open."""

        def given(name: str, field: str) -> bool:
            return any(v.strip() for v in data.getlist(f"{self.prefixes[name]}-{field}"))

        keys = {"declaration": "person", "decision": "text", "action": "text"}
        chosen = {}
        for name, form in self.forms.items():
            if name == "approve":
                # Agreeing minutes is its own act: only its own button does it, whatever
                # boxes are ticked when the page is saved.
                if data.get("go") == "approve":
                    chosen[name] = form
            elif name == "minutes":
                if f"{self.prefixes[name]}-version" in data:
                    chosen[name] = form
            elif name.startswith("close"):
                if given(name, "status"):
                    chosen[name] = form
            elif given(name, keys[name]):
                chosen[name] = form
        return chosen


def _runs(item: Item, sections: _Sections) -> dict[str, Run]:
    def declaration(item, data, user):
        declared = attending.add_declaration(
            item,
            data["person"],
            data["kind"],
            nature=data["nature"],
            left_room=data["left_room"],
            user=user,
        )
        cite_in_register(declared, data, user=user)
        return "declaration recorded"

    def minutes_(item, data, user):
        before = item.minutes
        saved = minutes.save_minutes(
            item, text.to_html(data["minutes"]), version=data["version"], user=user
        )
        return "minutes saved" if saved.minutes != before else ""

    def decision(item, data, user):
        decisions.add_decision(
            item,
            data["text"],
            kind=data["kind"],
            public_text=data["public_text"],
            user=user,
        )
        return "decision recorded"

    def action(item, data, user):
        actions.add_action(item, data["text"], owner=data["owner"], due=data["due"], user=user)
        return "action recorded"

    def approve(item, data, user):
        approval.approve_minutes(
            item, list(data["meetings"]), amendment=data["amendment"], user=user
        )
        return "earlier minutes agreed (they are now locked)"

    runs: dict[str, Run] = {
        "declaration": declaration,
        "minutes": minutes_,
        "decision": decision,
        "action": action,
        "approve": approve,
    }
    for open_action in sections.open_actions:

        def close(item, data, user, open_action=open_action):
            actions.close_action(
                open_action, item, status=data["status"], note=data["note"], user=user
            )
            return "action closed"

        runs[f"close{open_action.pk}"] = close
    return runs


def _neighbours(item: Item) -> tuple[Item | None, Item | None, int, int]:
    """The live items before and after ``item``, its place among them and how many."""
    live = list(
        Item.objects.filter(meeting_id=item.meeting_id, withdrawn_at__isnull=True)
        .order_by("position")
        .only("pk", "position", "reference", "title")
    )
    at = next(i for i, other in enumerate(live) if other.pk == item.pk)
    before = live[at - 1] if at > 0 else None
    after = live[at + 1] if at + 1 < len(live) else None
    return before, after, at + 1, len(live)


def _errors(sections: _Sections) -> list[tuple[str, object]]:
    """The page's error summary: (link target, message) for every error of every section."""
    found: list[tuple[str, object]] = []
    for form in sections.forms.values():
        if not form.is_bound or not form.errors:
            continue
        visible = form.visible_fields()
        for error in form.non_field_errors():
            found.append((visible[0].auto_id if visible else "", error))
        for field in visible:
            widget = field.field.widget
            anchor = field.auto_id
            if getattr(widget, "input_type", "") == "radio" or (
                getattr(widget, "input_type", "") == "checkbox"
                and getattr(widget, "allow_multiple_selected", False)
            ):
                anchor = f"{anchor}_0"
            for error in field.errors:
                found.append((anchor, f"{field.label}: {error}"))
    return found


def _page(request, item: Item, sections: _Sections, *, conflict=None, draft=None, status=200):
    meeting = item.meeting
    locked = meeting.minutes_state == MinutesState.APPROVED
    checked = None if locked else check_minutes(meeting)
    before, after, place, count = _neighbours(item)
    minutes_form = sections.forms["minutes"]
    errors = _errors(sections)
    if request.GET.get("continued") and not errors and not conflict:
        minutes_form.fields["minutes"].widget.attrs["autofocus"] = ""
    item = (
        Item.objects.filter(pk=item.pk)
        .select_related("meeting__committee__body")
        .prefetch_related("decisions", "actions", "declarations__person")
        .get()
    )
    register.show_links(list(item.declarations.all()))
    return render(
        request,
        "clerk/record_item.html",
        {
            "meeting": meeting,
            "item": item,
            "forms": sections.forms,
            "open_actions": sections.open_actions,
            "errors": errors,
            "conflict": conflict,
            "draft": draft,
            "locked": locked,
            "findings": checked.for_item(item) if checked else [],
            "dismissed": checked.dismissed_for_item(item) if checked else [],
            "previous": before,
            "next": after,
            "place": place,
            "count": count,
            "crumbs": [
                *crumbs_for(meeting.committee, meeting),
                (reverse("clerk:record", args=[meeting.pk]), "Record the meeting"),
            ],
        },
        status=status,
    )


def _after_save(item: Item, go: str):
    if go == "next":
        _, after, _, _ = _neighbours(item)
        if after is not None:
            return redirect(reverse("clerk:record_item", args=[after.pk]) + "?continued=1")
        return redirect(reverse("clerk:record", args=[item.meeting_id]) + "#finish")
    return redirect("clerk:record_item", item.pk)


@clerk_required(body_of_item)
def record_item(request, item):
    """One item of the meeting: show its record form (GET), or save all of it (POST)."""
    item = _live_item(item)
    drafts = RecordDraft.objects.filter(item=item, user=request.user)
    if request.method in ("GET", "HEAD"):
        draft = drafts.first()
        sections = _Sections(item, draft=draft.fields if draft else None)
        return _page(request, item, sections, draft=draft)
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    go = request.POST.get("go", "save")
    if go == "discard":
        drafts.delete()
        messages.success(request, "Your unsaved draft was discarded.")
        return redirect("clerk:record_item", item.pk)
    sections = _Sections(item, data=request.POST)
    chosen = sections.filled(request.POST)
    if not all(form.is_valid() for form in chosen.values()):
        return _page(request, item, sections)
    runs = _runs(item, sections)
    notes: list[str] = []
    try:
        with transaction.atomic():
            for name, form in chosen.items():
                try:
                    notes.append(runs[name](item, form.cleaned_data, request.user))
                except minutes.StaleEdit:
                    raise
                except ServiceError as exc:
                    service_error(form, exc)
                    raise
    except minutes.StaleEdit as exc:
        posted = chosen["minutes"].cleaned_data["minutes"]
        fresh = _Sections(item)  # the current minutes, with their version, to merge into
        for name, form in sections.forms.items():
            if name != "minutes":
                fresh.forms[name] = form  # everything else as typed
        conflict = {"text": posted, "message": str(exc)}
        return _page(request, item, fresh, conflict=conflict, status=409)
    except ServiceError:
        return _page(request, item, sections)
    drafts.delete()
    said = [n for n in notes if n]
    if said:
        label = item.reference or item.title
        # The item's reference or title as written ("SSP/1", "Housing at Ambridge").
        messages.success(request, f"{label}: {', '.join(said)}.")
    return _after_save(item, go)


@require_POST
@clerk_required(body_of_item)
def record_draft(request, item):
    """Keep the record form of an item as typed so far (sent by clerk/record.js while the
    clerk types). Answers 204; 409 once the minutes are locked; 413 past the cap."""
    item = _live_item(item)
    if item.meeting.minutes_state == MinutesState.APPROVED:
        return HttpResponse(status=409)
    fields = {
        key: values
        for key, values in request.POST.lists()
        if key not in ("csrfmiddlewaretoken", "go")
    }
    if sum(len(str(v)) for v in fields.values()) > DRAFT_LIMIT:
        return HttpResponse(status=413)
    RecordDraft.objects.update_or_create(item=item, user=request.user, defaults={"fields": fields})
    return HttpResponse(status=204)
