"""Decision notices in the back office: write the record, publish or withdraw it, and record
each call-in's validity, scrutiny meeting and outcome. One POST view per form; the writes are
``moot.executive.notice_services``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.contrib import messages
from django.db.models import Exists, OuterRef, Q, prefetch_related_objects
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from moot.executive import notice_services as services
from moot.executive.models import CallIn, DecisionNotice, ExecutiveRules
from moot.meetings.models import Body
from moot.meetings.services.common import ServiceError
from moot.meetings.workingdays import region_for

from ..notice_forms import NoticeForm, OutcomeForm, ValidityForm
from ..permissions import _first, body_by_slug, clerk_required
from .common import crumbs_for, form_page, service_error


def body_of_notice(notice, **_):
    return _first(DecisionNotice.objects.filter(pk=notice).values_list("body_id", flat=True))


def body_of_call_in(call_in, **_):
    return _first(CallIn.objects.filter(pk=call_in).values_list("notice__body_id", flat=True))


def _crumbs(body: Body):
    return [*crumbs_for(), (reverse("clerk:notices", args=[body.slug]), "Decision notices")]


@clerk_required(body_by_slug)
def notices(request, slug):
    body = get_object_or_404(Body, slug=slug)
    rows = DecisionNotice.objects.filter(body=body).select_related("maker")
    return render(
        request,
        "clerk/executive_notices.html",
        {"body": body, "notices": rows, "crumbs": crumbs_for()},
    )


def _save(request, body: Body, notice: DecisionNotice):
    heading = notice.title or "New decision notice"
    form = NoticeForm(request.POST or None, request.FILES or None, instance=notice, body=body)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        saved.body = body
        try:
            services.save_notice(saved, wards=form.cleaned_data["wards"])
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, "Decision notice saved.")
            return redirect("clerk:notice", saved.pk)
    return form_page(
        request,
        form,
        heading,
        caption="Decision notice",
        crumbs=_crumbs(body),
        multipart=True,
        back=reverse("clerk:notices", args=[body.slug]),
    )


@clerk_required(body_by_slug)
def notice_new(request, slug):
    body = get_object_or_404(Body, slug=slug)
    return _save(request, body, DecisionNotice(body=body, taken_on=timezone.localdate()))


@clerk_required(body_of_notice)
def notice_edit(request, notice):
    found = get_object_or_404(DecisionNotice.objects.select_related("body"), pk=notice)
    return _save(request, found.body, found)


@clerk_required(body_of_notice)
def notice(request, notice):
    found = get_object_or_404(DecisionNotice.objects.select_related("body", "maker"), pk=notice)
    rules = ExecutiveRules.of(found.body)
    call_ins = [
        (
            c,
            ValidityForm(prefix=f"v{c.pk}", committee_id=rules.scrutiny_committee_id),
            OutcomeForm(prefix=f"o{c.pk}"),
        )
        for c in found.call_ins.select_related("requested_by", "meeting")
    ]
    return render(
        request,
        "clerk/executive_notice.html",
        {
            "notice": found,
            "state": services.call_in_state(found, rules),
            "rules": rules,
            "call_ins": call_ins,
            "crumbs": _crumbs(found.body),
        },
    )


@require_POST
@clerk_required(body_of_notice)
def notice_publish(request, notice):
    found = get_object_or_404(DecisionNotice, pk=notice)
    try:
        services.publish_notice(found)
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Decision notice published: the call-in period has started.")
    return redirect("clerk:notice", found.pk)


@require_POST
@clerk_required(body_of_notice)
def notice_withdraw(request, notice):
    found = get_object_or_404(DecisionNotice, pk=notice)
    services.withdraw_notice(found)
    messages.success(request, "Decision notice withdrawn from the public site.")
    return redirect("clerk:notice", found.pk)


@require_POST
@clerk_required(body_of_call_in)
def call_in_validity(request, call_in):
    found = get_object_or_404(CallIn.objects.select_related("notice__body"), pk=call_in)
    rules = ExecutiveRules.of(found.notice.body)
    form = ValidityForm(
        request.POST, prefix=f"v{found.pk}", committee_id=rules.scrutiny_committee_id
    )
    if form.is_valid():
        data = form.cleaned_data
        services.record_validity(found, data["valid"], data["note"], data["meeting"])
        messages.success(request, "Call-in validity recorded.")
    else:
        messages.error(request, "Say whether the call-in is valid.")
    return redirect("clerk:notice", found.notice_id)


@require_POST
@clerk_required(body_of_call_in)
def call_in_outcome(request, call_in):
    found = get_object_or_404(CallIn, pk=call_in)
    form = OutcomeForm(request.POST, prefix=f"o{found.pk}")
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.record_outcome(found, data["outcome"], data["note"], data["on"])
        except ServiceError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "Call-in outcome recorded.")
    else:
        messages.error(request, "Choose the outcome.")
    return redirect("clerk:notice", found.notice_id)


@dataclass
class NoticesDue:
    """The dashboard's share: decisions not published two working days after they were
    taken, decisions in their call-in period, and those called in."""

    unpublished: list[DecisionNotice]
    in_period: list[tuple[DecisionNotice, Any]]
    called_in: list[tuple[DecisionNotice, Any]]

    def __len__(self) -> int:
        return len(self.unpublished) + len(self.in_period) + len(self.called_in)


def due(body_ids: list[int], today: date | None = None) -> NoticesDue:
    """One query when none is due (the drafts and the notices published in the last eight
    weeks), two more with the call-ins and the bodies' rules when some are."""
    today = today or timezone.localdate()
    since = today - timedelta(weeks=8)
    rows = list(
        DecisionNotice.objects.filter(body_id__in=body_ids, withdrawn_at__isnull=True)
        .filter(Q(published_at__isnull=True) | Q(published_at__date__gte=since))
        .select_related("body", "maker")
    )
    unpublished = [
        n
        for n in rows
        if n.published_at is None
        and services.publication_overdue(n.taken_on, today, region_for(n.body.jurisdiction))
    ]
    published = [n for n in rows if n.published_at is not None]
    in_period: list[tuple[DecisionNotice, Any]] = []
    called_in: list[tuple[DecisionNotice, Any]] = []
    if not published:
        return NoticesDue(unpublished, in_period, called_in)
    prefetch_related_objects(published, "call_ins")
    rules = {r.body_id: r for r in ExecutiveRules.objects.filter(body_id__in=body_ids)}
    for n in published:
        state = services.call_in_state(n, rules.get(n.body_id) or ExecutiveRules(), today)
        if state.stage == services.Stage.OPEN:
            in_period.append((n, state))
        elif state.stage in (services.Stage.REQUESTED, services.Stage.CALLED_IN):
            called_in.append((n, state))
    return NoticesDue(unpublished, in_period, called_in)


# Included in moot/clerk/urls.py.
urlpatterns = [
    path("bodies/<slug:slug>/decision-notices/", notices, name="notices"),
    path("bodies/<slug:slug>/decision-notices/new/", notice_new, name="notice_new"),
    path("decision-notices/<int:notice>/", notice, name="notice"),
    path("decision-notices/<int:notice>/edit/", notice_edit, name="notice_edit"),
    path("decision-notices/<int:notice>/publish/", notice_publish, name="notice_publish"),
    path("decision-notices/<int:notice>/withdraw/", notice_withdraw, name="notice_withdraw"),
    path("call-ins/<int:call_in>/validity/", call_in_validity, name="call_in_validity"),
    path("call-ins/<int:call_in>/outcome/", call_in_outcome, name="call_in_outcome"),
]

# Annotates a body that has any decision notice (the dashboard asks before it reads them).
KEEPS_NOTICES = Exists(DecisionNotice.objects.filter(body=OuterRef("pk")))
NONE_DUE = NoticesDue([], [], [])
