"""Set-up screens: bodies, committees, memberships (and re-appointment), people, venues.

Venues are a shared register (a venue hosts any body's meetings), so any clerk may keep them.
A person may sit on committees of several bodies: a clerk keeps the people of the bodies they
clerk and people on no body yet (``policy.people_clerked``); everything else is per body.
"""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_POST, require_safe

from moot.access import policy
from moot.meetings.models import AnnualMeeting, Body, Committee, Location, Membership, Person
from moot.meetings.services import setup
from moot.meetings.services.common import ServiceError, year_of

from .. import forms
from ..permissions import (
    body_by_slug,
    body_of_committee,
    body_of_membership,
    clerk_required,
)
from .common import crumbs_for, form_page, service_error


def _model_data(form) -> dict:
    return {name: form.cleaned_data[name] for name in form.Meta.fields if name in form.cleaned_data}


@clerk_required(body_by_slug)
def body(request, slug):
    body = get_object_or_404(Body, slug=slug)
    form = forms.BodyForm(request.POST or None, instance=Body.objects.get(pk=body.pk))
    if request.method == "POST" and form.is_valid():
        setup.save_record(body, _model_data(form), user=request.user)
        messages.success(request, "Saved.")
        return redirect("clerk:dashboard")
    return form_page(
        request,
        form,
        body.name,
        caption="Body",
        crumbs=crumbs_for(),
        back=reverse("clerk:dashboard"),
        intro="Notice days are the clear working days an agenda must give.",
    )


@clerk_required(body_by_slug)
def committee_new(request, slug):
    body = get_object_or_404(Body, slug=slug)
    form = forms.CommitteeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        committee = setup.save_record(Committee(body=body), _model_data(form), user=request.user)
        messages.success(request, f"{committee.name} added.")
        return redirect("clerk:committee", committee.pk)
    return form_page(request, form, "New committee", caption=body.name, crumbs=crumbs_for())


@clerk_required(body_of_committee)
def committee(request, committee):
    committee = get_object_or_404(Committee.objects.select_related("body"), pk=committee)
    form = forms.CommitteeForm(
        request.POST or None, instance=Committee.objects.get(pk=committee.pk)
    )
    if request.method == "POST" and form.is_valid():
        setup.save_record(committee, _model_data(form), user=request.user)
        messages.success(request, "Saved.")
        return redirect("clerk:committee", committee.pk)
    meetings = committee.meetings.order_by("-start")[:30]
    return render(
        request,
        "clerk/committee.html",
        {
            "committee": committee,
            "form": form,
            "meetings": meetings,
            "crumbs": crumbs_for(),
        },
    )


def _current(qs, on):
    return qs.filter(Q(start__isnull=True) | Q(start__lte=on), Q(end__isnull=True) | Q(end__gte=on))


@clerk_required(body_of_committee)
def memberships(request, committee):
    committee = get_object_or_404(Committee, pk=committee)
    form = forms.MembershipForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        setup.save_record(Membership(committee=committee), _model_data(form), user=request.user)
        messages.success(request, "Membership added.")
        return redirect("clerk:memberships", committee.pk)
    today = timezone.localdate()
    all_memberships = committee.memberships.select_related("person").order_by(
        "-start", "person__name"
    )
    current = set(_current(committee.memberships.all(), today).values_list("pk", flat=True))
    return render(
        request,
        "clerk/memberships.html",
        {
            "committee": committee,
            "form": form,
            "memberships": all_memberships,
            "current": current,
            "crumbs": crumbs_for(committee),
        },
    )


def _membership(pk):
    return get_object_or_404(Membership.objects.select_related("committee", "person"), pk=pk)


def _membership_page(request, membership, *, form=None, end_form=None):
    """A membership's screen: change it, end it or delete it, each form as posted or fresh."""
    return render(
        request,
        "clerk/membership.html",
        {
            "membership": membership,
            "form": form or forms.MembershipForm(instance=Membership.objects.get(pk=membership.pk)),
            "end_form": end_form
            or forms.EndMembershipForm(
                prefix="end", initial={"end": membership.end or timezone.localdate()}
            ),
            "back": reverse("clerk:memberships", args=[membership.committee_id]),
            "crumbs": crumbs_for(membership.committee),
        },
    )


@require_safe
@clerk_required(body_of_membership)
def membership(request, membership):
    """Change a membership, end it on a day, or delete it (recorded in error)."""
    return _membership_page(request, _membership(membership))


@require_POST
@clerk_required(body_of_membership)
def membership_edit(request, membership):
    membership = _membership(membership)
    form = forms.MembershipForm(request.POST, instance=Membership.objects.get(pk=membership.pk))
    if form.is_valid():
        try:
            setup.save_record(membership, _model_data(form), user=request.user)
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, "Saved.")
            return redirect("clerk:memberships", membership.committee_id)
    return _membership_page(request, membership, form=form)


@require_POST
@clerk_required(body_of_membership)
def membership_end(request, membership):
    """End the membership on a day: the record of who sat when stays."""
    membership = _membership(membership)
    form = forms.EndMembershipForm(request.POST, prefix="end")
    if form.is_valid():
        try:
            setup.end_membership(membership, form.cleaned_data["end"], user=request.user)
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, f"Membership of {membership.person} ended.")
            return redirect("clerk:memberships", membership.committee_id)
    return _membership_page(request, membership, end_form=form)


@require_POST
@clerk_required(body_of_membership)
def membership_delete(request, membership):
    """Delete a membership recorded in error (an imported one is hidden, not erased)."""
    membership = _membership(membership)
    try:
        setup.delete_membership(membership, user=request.user)
    except ServiceError as exc:
        end_form = forms.EndMembershipForm(
            prefix="end", initial={"end": membership.end or timezone.localdate()}
        )
        service_error(end_form, exc)
        return _membership_page(request, membership, end_form=end_form)
    messages.success(request, f"Membership of {membership.person} deleted.")
    return redirect("clerk:memberships", membership.committee_id)


def _annual_meetings_page(request, body, form=None):
    """The body's annual meeting dates, with the form to add one as posted or fresh."""
    return render(
        request,
        "clerk/annual_meetings.html",
        {
            "body": body,
            "form": form or forms.AnnualMeetingForm(prefix="annual"),
            "dates": [
                (annual, f"{annual.date.year}/{(annual.date.year + 1) % 100:02d}")
                for annual in body.annual_meetings.order_by("-date")
            ],
            "crumbs": crumbs_for(),
        },
    )


@require_safe
@clerk_required(body_by_slug)
def annual_meetings(request, slug):
    """The body's annual meeting dates: each starts a municipal year. Add or remove one."""
    return _annual_meetings_page(request, get_object_or_404(Body, slug=slug))


@require_POST
@clerk_required(body_by_slug)
def annual_meeting_add(request, slug):
    body = get_object_or_404(Body, slug=slug)
    form = forms.AnnualMeetingForm(request.POST, prefix="annual")
    if form.is_valid():
        try:
            setup.add_annual_meeting(body, form.cleaned_data["date"], user=request.user)
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(request, "Annual meeting date added.")
            return redirect("clerk:annual_meetings", body.slug)
    return _annual_meetings_page(request, body, form)


@require_POST
@clerk_required(body_by_slug)
def annual_meeting_remove(request, slug, annual):
    body = get_object_or_404(Body, slug=slug)
    # Only this body's dates: another body's answers 404.
    annual = get_object_or_404(AnnualMeeting, pk=annual, body=body)
    try:
        setup.remove_annual_meeting(annual, user=request.user)
    except ServiceError as exc:
        form = forms.AnnualMeetingForm(prefix="annual")
        service_error(form, exc)
        return _annual_meetings_page(request, body, form)
    messages.success(request, "Annual meeting date removed.")
    return redirect("clerk:annual_meetings", body.slug)


@clerk_required(body_of_committee)
def reappoint(request, committee):
    committee = get_object_or_404(Committee.objects.select_related("body"), pk=committee)
    year = year_of(committee, timezone.localdate()) + 1
    initial = {
        "year": year,
        "memberships": list(
            _current(committee.memberships.all(), timezone.localdate()).values_list("pk", flat=True)
        ),
    }
    form = forms.ReappointForm(request.POST or None, committee=committee, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            made = setup.reappoint(
                committee,
                form.cleaned_data["year"],
                list(form.cleaned_data["memberships"]),
                user=request.user,
            )
        except ServiceError as exc:
            service_error(form, exc)
        else:
            messages.success(
                request, f"{len(made)} membership{'s' if len(made) != 1 else ''} re-appointed."
            )
            return redirect("clerk:memberships", committee.pk)
    return form_page(
        request,
        form,
        "Re-appoint members",
        caption=committee.name,
        crumbs=crumbs_for(committee),
        submit="Re-appoint",
        intro="Each chosen member gets a membership for the whole new municipal "
        "year, in the same role; open-ended memberships end the day before.",
        back=reverse("clerk:memberships", args=[committee.pk]),
    )


@clerk_required()
def people(request):
    query = request.GET.get("q", "").strip()
    people = policy.people_clerked(request.viewer).order_by("name")
    if query:
        people = people.filter(name__icontains=query)
    return render(
        request,
        "clerk/people.html",
        {
            "people": people[:200],
            "query": query,
            "crumbs": crumbs_for(),
        },
    )


def _unique_slug(model, text, exclude=None):
    base = slugify(text)[:100] or "item"
    slug, n = base, 2
    while model.objects.filter(slug=slug).exclude(pk=exclude).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@clerk_required()
def person(request, slug=None):
    # Only people of a body this clerk runs, or of none yet: another body's is not found.
    person = (
        get_object_or_404(policy.people_clerked(request.viewer), slug=slug) if slug else Person()
    )
    data = request.POST.copy() if request.method == "POST" else None
    if data is not None and not data.get("slug"):
        data["slug"] = _unique_slug(Person, data.get("name", ""), exclude=person.pk)
    form = forms.PersonForm(data, instance=Person.objects.get(pk=person.pk) if person.pk else None)
    form.fields["slug"].required = False
    form.fields[
        "slug"
    ].help_text = "The end of the person's page address; made from the name if empty."
    if request.method == "POST" and form.is_valid():
        setup.save_record(person, _model_data(form), user=request.user)
        messages.success(request, f"{person} saved.")
        return redirect("clerk:people")
    return form_page(
        request,
        form,
        str(person) if person.pk else "New person",
        caption="Person",
        crumbs=crumbs_for(),
        back=reverse("clerk:people"),
        intro="The email address is private: it is never shown on the public site.",
    )


@clerk_required()
def locations(request):
    return render(
        request,
        "clerk/locations.html",
        {
            "locations": Location.objects.order_by("name"),
            "crumbs": crumbs_for(),
        },
    )


@clerk_required()
def location(request, pk=None):
    location = get_object_or_404(Location, pk=pk) if pk else Location()
    form = forms.LocationForm(
        request.POST or None, instance=Location.objects.get(pk=pk) if pk else None
    )
    if request.method == "POST" and form.is_valid():
        setup.save_record(location, _model_data(form), user=request.user)
        messages.success(request, f"{location.name} saved.")
        return redirect("clerk:locations")
    return form_page(
        request,
        form,
        location.name if pk else "New venue",
        caption="Venue",
        crumbs=crumbs_for(),
        back=reverse("clerk:locations"),
    )
