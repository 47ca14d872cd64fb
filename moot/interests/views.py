"""The register's pages: the public register as a whole, a member's own register (the
member, the clerk on their behalf or the Monitoring Officer), and the Monitoring Officer's
review page. Only the public register is cached; the others are ``private, no-store``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from moot.access import policy
from moot.meetings.models import Body, Person
from moot.portal.cache import public_page

from . import register, services
from .forms import DispensationForm, EntryForm, ReturnForm
from .models import Dispensation, RegisterEntry, State, gift_threshold


@require_safe
@public_page
def whole(request):
    """The whole register, by member: published entries only."""
    entries = register.public_entries().select_related("person").order_by("person__name", "pk")
    people: dict[int, dict] = {}
    for e in entries:
        row = people.setdefault(e.person_id, {"person": e.person, "entries": [], "last": None})
        row["entries"].append(register.as_public(e))
        if e.published_at and (row["last"] is None or e.published_at > row["last"]):
            row["last"] = e.published_at
    return render(request, "interests/register.html", {"rows": list(people.values())})


@login_required
@never_cache
def mine(request):
    person = Person.objects.filter(user=request.user).first()
    if person is None:
        raise Http404("You are not recorded as a member")
    return redirect("interests:member", slug=person.slug)


def _person(request, slug: str) -> Person:
    person = get_object_or_404(policy.people(policy.viewer_for(request)), slug=slug)
    if not register.may_manage(request.user, person):
        raise PermissionDenied
    return person


def _member_page(request, person: Person, form: EntryForm | None = None, status: int = 200):
    bodies = register.bodies_of(person)
    found = RegisterEntry.objects.filter(person=person).exclude(state=State.REMOVED)
    managed = register.councils_managed(request.user, person)
    if managed is not None:  # a Monitoring Officer: their own council's register only
        bodies = [b for b in bodies if b.pk in managed]
        found = found.filter(body_id__in=managed)
    entries = list(found.select_related("body"))
    return render(
        request,
        "interests/member.html",
        {
            "person": person,
            "entries": entries,
            "form": form or EntryForm(bodies=bodies),
            "initial_due": register.initial_due(person),
            "lodged": any(e.submitted_at or e.published_at for e in entries),
            "today": timezone.localdate(),
            "thresholds": [(b, gift_threshold(b)) for b in bodies],
            # A member on more than one council: each entry says whose register it is in.
            "several": len(bodies) > 1 or len({e.body_id for e in entries}) > 1,
            "own": person.user_id == request.user.pk,
        },
        status=status,
    )


@login_required
@never_cache
@require_safe
def member(request, slug):
    """A member's own register: every entry in every state, its deadline and the form to
    add one."""
    return _member_page(request, _person(request, slug))


@login_required
@never_cache
@require_POST
def add(request, slug):
    """Add an entry to the register of the council chosen on the form (the member's only
    council when they sit on one). A refused entry shows the page again with what was typed."""
    person = _person(request, slug)
    managed = register.councils_managed(request.user, person)
    bodies = [b for b in register.bodies_of(person) if managed is None or b.pk in managed]
    form = EntryForm(request.POST, bodies=bodies)
    if form.is_valid():
        values = dict(form.cleaned_data)
        body = values.pop("body")
        try:
            services.save(
                RegisterEntry(person=person, body=body),
                request.user,
                submit="submit" in request.POST,
                **values,
            )
        except services.RegisterError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"The entry is saved in the register of {body}.")
            return redirect("interests:member", slug=person.slug)
    return _member_page(request, person, form, status=400)


def _entry(request, pk: int) -> RegisterEntry:
    entry = get_object_or_404(RegisterEntry.objects.select_related("person", "body"), pk=pk)
    if not register.may_manage(request.user, entry.person):
        raise PermissionDenied
    managed = register.councils_managed(request.user, entry.person)
    if managed is not None and entry.body_id not in managed:
        raise PermissionDenied  # another council's register
    return entry


@login_required
@require_POST
def submit(request, pk):
    entry = _entry(request, pk)
    try:
        services.submit(entry, request.user)
    except services.RegisterError as error:
        messages.error(request, str(error))
    return redirect("interests:member", slug=entry.person.slug)


@login_required
@require_POST
def remove(request, pk):
    entry = _entry(request, pk)
    services.remove(entry, request.user, request.POST.get("note", ""))
    return redirect("interests:member", slug=entry.person.slug)


@login_required
@never_cache
@require_safe
def review(request):
    """The Monitoring Officer's page: submissions waiting, overdue members and changes."""
    bodies = list(register.bodies_monitored(request.user))
    if not bodies:
        raise PermissionDenied
    today = timezone.localdate()
    return render(
        request,
        "interests/review.html",
        {
            "sections": [
                {
                    "body": b,
                    "pending": RegisterEntry.objects.filter(body=b, state=State.SUBMITTED)
                    .select_related("person")
                    .order_by("submitted_at"),
                    "overdue_members": register.overdue_members(b, today),
                    "overdue_entries": register.overdue_entries(b, today),
                }
                for b in bodies
            ],
            "return_form": ReturnForm(),
        },
    )


def _reviewed(request, pk: int) -> RegisterEntry:
    entry = get_object_or_404(RegisterEntry.objects.select_related("person"), pk=pk)
    if not register.is_monitoring_officer(request.user, entry.body_id):
        raise PermissionDenied
    return entry


@login_required
@require_POST
def publish(request, pk):
    entry = _reviewed(request, pk)
    try:
        services.publish(entry, request.user)
    except services.RegisterError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Published: {entry}.")
    return redirect("interests:review")


@login_required
@require_POST
def send_back(request, pk):
    entry = _reviewed(request, pk)
    form = ReturnForm(request.POST)
    try:
        services.return_to_member(entry, request.user, form.data.get("note", ""))
    except services.RegisterError as error:
        messages.error(request, str(error))
    return redirect("interests:review")


# The register of dispensations (s.33): the Monitoring Officer's or a clerk's screens.


def _dispensation_form(body: Body, data=None) -> DispensationForm:
    """The form to record one of the body's dispensations. Its ids name the body: the page
    holds one form per body, and each box's label must find its own box."""
    members = register.members_of(body).order_by("name")
    return DispensationForm(data, members=members, auto_id=f"id_b{body.pk}_%s")


def _dispensations_page(request, bound: dict[int, DispensationForm] | None = None, status=200):
    bodies = register.bodies_for_dispensations(request.user)
    if not bodies:
        raise PermissionDenied
    bound = bound or {}
    today = timezone.localdate()
    sections = []
    for body in bodies:
        rows = list(Dispensation.objects.filter(body=body).select_related("person"))
        sections.append(
            {
                "body": body,
                "current": [d for d in rows if d.valid_to >= today],
                "ended": [d for d in rows if d.valid_to < today],
                "form": bound.get(body.pk) or _dispensation_form(body),
            }
        )
    return render(request, "interests/dispensations.html", {"sections": sections}, status=status)


@login_required
@never_cache
@require_safe
def dispensations(request):
    """Every dispensation of the bodies the user records them for, and the form to add one."""
    return _dispensations_page(request)


@login_required
@never_cache
@require_POST
def dispensation_add(request, body):
    body_obj = get_object_or_404(Body, pk=body)
    if not register.may_record_dispensations(request.user, body_obj):
        raise PermissionDenied
    form = _dispensation_form(body_obj, request.POST)
    if form.is_valid():
        values = dict(form.cleaned_data)
        person = values.pop("person")
        try:
            services.save_dispensation(
                Dispensation(person=person, body=body_obj), request.user, **values
            )
        except services.RegisterError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"The dispensation of {person} is recorded.")
            return redirect("interests:dispensations")
    return _dispensations_page(request, {body_obj.pk: form}, status=400)


@login_required
@never_cache
def dispensation_edit(request, pk):
    dispensation = get_object_or_404(Dispensation.objects.select_related("person", "body"), pk=pk)
    if not register.may_record_dispensations(request.user, dispensation.body_id):
        raise PermissionDenied
    members = register.members_of(dispensation.body)
    initial = {
        "person": dispensation.person_id,
        **{f: getattr(dispensation, f) for f in services.DISPENSATION_FIELDS},
    }
    form = DispensationForm(
        request.POST if request.method == "POST" else None, members=members, initial=initial
    )
    # The member is not changed: a dispensation is granted to one person.
    form.fields["person"].disabled = True
    status = 200
    if request.method == "POST":
        if form.is_valid():
            values = dict(form.cleaned_data)
            values.pop("person")
            try:
                services.save_dispensation(dispensation, request.user, **values)
            except services.RegisterError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, f"The dispensation of {dispensation.person} is saved.")
                return redirect("interests:dispensations")
        status = 400
    return render(
        request,
        "interests/dispensation.html",
        {"form": form, "dispensation": dispensation},
        status=status,
    )
