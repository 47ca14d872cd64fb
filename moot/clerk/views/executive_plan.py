"""Decision makers, a body's executive rules and the forward plan in the back office. One
POST view per form; the plan's writes are ``moot.executive.plan_services``."""

from __future__ import annotations

import csv
from datetime import date

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from moot.executive import plan_services as services
from moot.executive.models import DecisionMaker, ExecutiveRules, PlanEntry, PlanException
from moot.meetings.models import Body
from moot.meetings.services.common import ServiceError

from ..permissions import _first, body_by_slug, clerk_required
from ..plan_forms import (
    EntryForm,
    ExceptionForm,
    MakerForm,
    MoveForm,
    PeriodForm,
    RulesForm,
    TakeForm,
    WithdrawForm,
)
from .common import crumbs_for, form_page, service_error


def body_of_maker(maker, **_):
    return _first(DecisionMaker.objects.filter(pk=maker).values_list("body_id", flat=True))


def body_of_entry(entry, **_):
    return _first(PlanEntry.objects.filter(pk=entry).values_list("body_id", flat=True))


def _makers_crumbs(body: Body):
    return [*crumbs_for(), (reverse("clerk:makers", args=[body.slug]), "Decision makers")]


def _plan_crumbs(body: Body):
    return [*crumbs_for(), (reverse("clerk:plan", args=[body.slug]), "Forward plan")]


@clerk_required(body_by_slug)
def makers(request, slug):
    body = get_object_or_404(Body, slug=slug)
    rows = DecisionMaker.objects.filter(body=body).select_related("committee", "person")
    return render(
        request,
        "clerk/executive/makers.html",
        {"body": body, "makers": rows, "rules": ExecutiveRules.of(body), "crumbs": crumbs_for()},
    )


def _save_maker(request, body: Body, maker: DecisionMaker):
    form = MakerForm(request.POST or None, instance=maker, body=body)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        saved.body = body
        saved.save()
        messages.success(request, "Decision maker saved.")
        return redirect("clerk:makers", body.slug)
    return form_page(
        request,
        form,
        maker.title or "New decision maker",
        caption="Decision maker",
        crumbs=_makers_crumbs(body),
        back=reverse("clerk:makers", args=[body.slug]),
    )


@clerk_required(body_by_slug)
def maker_new(request, slug):
    body = get_object_or_404(Body, slug=slug)
    return _save_maker(request, body, DecisionMaker(body=body))


@clerk_required(body_of_maker)
def maker_edit(request, maker):
    found = get_object_or_404(DecisionMaker.objects.select_related("body"), pk=maker)
    return _save_maker(request, found.body, found)


@clerk_required(body_by_slug)
def rules(request, slug):
    body = get_object_or_404(Body, slug=slug)
    form = RulesForm(request.POST or None, instance=ExecutiveRules.of(body), body=body)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        saved.body = body
        saved.save()
        messages.success(request, "Executive rules saved.")
        return redirect("clerk:makers", body.slug)
    return form_page(
        request,
        form,
        "Executive rules",
        caption=body.name,
        intro="England's periods are set by default (2012 Regulations); a Welsh council sets "
        "its own.",
        crumbs=_makers_crumbs(body),
        back=reverse("clerk:makers", args=[body.slug]),
    )


@clerk_required(body_by_slug)
def plan(request, slug):
    body = get_object_or_404(Body, slug=slug)
    rows = PlanEntry.objects.filter(body=body).select_related("maker")
    return render(
        request,
        "clerk/executive/plan.html",
        {"body": body, "entries": rows, "crumbs": crumbs_for()},
    )


def _save_entry(request, body: Body, entry: PlanEntry):
    form = EntryForm(request.POST or None, instance=entry, body=body)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        saved.body = body
        try:
            services.save_entry(
                saved,
                user=request.user,
                wards=form.cleaned_data["wards"],
                publish=form.cleaned_data.get("publish", False),
            )
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, "Forward plan entry saved.")
            check = services.check_notice(saved, ExecutiveRules.of(body))
            if not check.ok:
                messages.warning(request, check.warning)
            return redirect("clerk:plan_entry", saved.pk)
    return form_page(
        request,
        form,
        entry.matter or "New forward plan entry",
        caption="Forward plan",
        crumbs=_plan_crumbs(body),
        back=reverse("clerk:plan", args=[body.slug]),
    )


@clerk_required(body_by_slug)
def entry_new(request, slug):
    body = get_object_or_404(Body, slug=slug)
    return _save_entry(request, body, PlanEntry(body=body))


@clerk_required(body_of_entry)
def entry_edit(request, entry):
    found = get_object_or_404(PlanEntry.objects.select_related("body"), pk=entry)
    return _save_entry(request, found.body, found)


@clerk_required(body_of_entry)
def entry(request, entry):
    found = get_object_or_404(PlanEntry.objects.select_related("body", "maker"), pk=entry)
    rules = ExecutiveRules.of(found.body)
    return render(
        request,
        "clerk/executive/entry.html",
        {
            "entry": found,
            "rules": rules,
            "check": services.check_notice(found, rules),
            "events": found.events.select_related("by"),
            "move": MoveForm(prefix="move"),
            "withdraw": WithdrawForm(prefix="withdraw"),
            "take": TakeForm(prefix="take"),
            "exception": ExceptionForm(prefix="exception"),
            "crumbs": _plan_crumbs(found.body),
        },
    )


def _act(request, entry: int, form_class, prefix: str, act, done: str):
    found = get_object_or_404(PlanEntry.objects.select_related("body"), pk=entry)
    form = form_class(request.POST, prefix=prefix)
    if not form.is_valid():
        messages.error(request, " ".join(e for errs in form.errors.values() for e in errs))
        return redirect("clerk:plan_entry", found.pk)
    try:
        act(found, form.cleaned_data)
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, done)
    return redirect("clerk:plan_entry", found.pk)


@require_POST
@clerk_required(body_of_entry)
def entry_publish(request, entry):
    found = get_object_or_404(PlanEntry, pk=entry)
    services.publish_entry(found, user=request.user)
    messages.success(request, "Published on the forward plan.")
    return redirect("clerk:plan_entry", found.pk)


@require_POST
@clerk_required(body_of_entry)
def entry_move(request, entry):
    return _act(
        request,
        entry,
        MoveForm,
        "move",
        lambda e, d: services.move_entry(e, d["decision_on"], d["period"], request.user),
        "Moved: the history keeps the old date.",
    )


@require_POST
@clerk_required(body_of_entry)
def entry_withdraw(request, entry):
    return _act(
        request,
        entry,
        WithdrawForm,
        "withdraw",
        lambda e, d: services.withdraw_entry(e, d["reason"], request.user),
        "Withdrawn from the forward plan.",
    )


@require_POST
@clerk_required(body_of_entry)
def entry_take(request, entry):
    return _act(
        request,
        entry,
        TakeForm,
        "take",
        lambda e, d: services.take_entry(e, d["taken_on"], request.user),
        "Recorded as taken.",
    )


@require_POST
@clerk_required(body_of_entry)
def entry_exception(request, entry):
    return _act(
        request,
        entry,
        ExceptionForm,
        "exception",
        lambda e, d: services.record_exception(
            e, d["kind"], d["reason"], d["chair"], d["on"], request.user
        ),
        "Exception recorded and published on the entry.",
    )


def _period(request) -> tuple[PeriodForm, date, date]:
    today = timezone.localdate()
    default_start = date(today.year - (today.month < 4), 4, 1)
    form = PeriodForm(request.GET or None)
    if request.GET and form.is_valid():
        return form, form.cleaned_data["start"], form.cleaned_data["end"]
    return form, default_start, today


@clerk_required(body_by_slug)
def exceptions(request, slug):
    """General exceptions and special urgency decisions of a period: the leader's report to
    council (reg. 19 for special urgency)."""
    body = get_object_or_404(Body, slug=slug)
    form, start, end = _period(request)
    rows = list(services.exceptions_between(body, start, end))
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="exceptions-{body.slug}-{start}-{end}.csv"'
        )
        writer = csv.writer(response)
        writer.writerow(
            [
                "reference",
                "matter",
                "decision_maker",
                "decision_on",
                "exception",
                "scrutiny_chair",
                "notice_or_agreement_on",
                "reason",
                "state",
            ]
        )
        for e in rows:
            writer.writerow(
                [
                    e.reference,
                    e.matter,
                    e.maker.title,
                    e.decision_on or "",
                    e.get_exception_display(),
                    e.scrutiny_chair,
                    e.exception_notice_on or e.urgency_agreed_on or "",
                    e.exception_reason,
                    e.get_state_display(),
                ]
            )
        return response
    return render(
        request,
        "clerk/executive/exceptions.html",
        {
            "body": body,
            "form": form,
            "start": start,
            "end": end,
            "general": [e for e in rows if e.exception == PlanException.GENERAL],
            "urgency": [e for e in rows if e.exception == PlanException.URGENCY],
            "crumbs": _plan_crumbs(body),
        },
    )


# Included in moot/clerk/urls.py.
urlpatterns = [
    path("bodies/<slug:slug>/decision-makers/", makers, name="makers"),
    path("bodies/<slug:slug>/decision-makers/new/", maker_new, name="maker_new"),
    path("decision-makers/<int:maker>/edit/", maker_edit, name="maker_edit"),
    path("bodies/<slug:slug>/executive-rules/", rules, name="executive_rules"),
    path("bodies/<slug:slug>/forward-plan/", plan, name="plan"),
    path("bodies/<slug:slug>/forward-plan/new/", entry_new, name="plan_entry_new"),
    path("bodies/<slug:slug>/forward-plan/exceptions/", exceptions, name="plan_exceptions"),
    path("forward-plan/<int:entry>/", entry, name="plan_entry"),
    path("forward-plan/<int:entry>/edit/", entry_edit, name="plan_entry_edit"),
    path("forward-plan/<int:entry>/publish/", entry_publish, name="plan_entry_publish"),
    path("forward-plan/<int:entry>/move/", entry_move, name="plan_entry_move"),
    path("forward-plan/<int:entry>/withdraw/", entry_withdraw, name="plan_entry_withdraw"),
    path("forward-plan/<int:entry>/take/", entry_take, name="plan_entry_take"),
    path("forward-plan/<int:entry>/exception/", entry_exception, name="plan_entry_exception"),
]
