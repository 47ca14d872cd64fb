"""Members' public records: the screens a clerk keeps what the councillors directory shows
with — a person's party or group, ward, co-opted seat and term of office, the contact
details they chose to publish, their photo and the posts they hold — and a body's parties
and wards, and a committee's quorum. One form a page; every write through
``moot.meetings.services.setup``, with its history.

A person's record is kept by the clerks who keep the person (``policy.people_clerked``):
another body's person is not found.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from moot.access import policy
from moot.meetings.members import Party, PersonRole, Ward
from moot.meetings.models import Body, Committee
from moot.meetings.services import setup
from moot.meetings.services.common import ServiceError

from .. import member_forms as forms
from ..permissions import body_by_slug, body_of_committee, clerk_required, my_bodies
from .common import crumbs_for, form_page, service_error


def _person(request, slug):
    return get_object_or_404(
        policy.people_clerked(request.viewer).select_related("party", "ward"), slug=slug
    )


def _crumbs(person):
    return [
        *crumbs_for(),
        (reverse("clerk:people"), "People"),
        (reverse("clerk:person_record", args=[person.slug]), str(person)),
    ]


def _saved(form, obj, data, request) -> bool:
    """Save ``data`` on ``obj``; on a refusal, put it on the form."""
    try:
        setup.save_record(obj, data, user=request.user)
    except (ServiceError, ValidationError) as exc:
        form.add_error(None, exc.messages[0] if isinstance(exc, ValidationError) else str(exc))
        return False
    return True


def _data(form) -> dict:
    return {name: form.cleaned_data[name] for name in form.Meta.fields if name in form.cleaned_data}


@require_safe
@clerk_required()
def person_record(request, slug):
    """A person's public record: what the directory shows, with a link to change each part."""
    person = _person(request, slug)
    return render(
        request,
        "clerk/person_record.html",
        {
            "person": person,
            "roles": person.roles.all(),
            "crumbs": [*crumbs_for(), (reverse("clerk:people"), "People")],
        },
    )


def _person_form(request, slug, form_class, heading, **extra):
    person = _person(request, slug)
    kw = extra.pop("form_kw", {})
    # The form fills its own copy, so the service sees what changed on ``person``.
    form = form_class(request.POST or None, instance=type(person).objects.get(pk=person.pk), **kw)
    back = reverse("clerk:person_record", args=[person.slug])
    if request.method == "POST" and form.is_valid() and _saved(form, person, _data(form), request):
        messages.success(request, "Saved.")
        return redirect(back)
    return form_page(
        request, form, heading, caption=str(person), back=back, crumbs=_crumbs(person), **extra
    )


@clerk_required()
def person_standing(request, slug):
    """Party or group, ward, co-opted seat and term of office."""
    bodies = None if request.viewer.superuser else request.viewer.clerk_of
    return _person_form(
        request,
        slug,
        forms.PersonRecordForm,
        "Party, ward and term of office",
        form_kw={"bodies": bodies},
    )


@clerk_required()
def person_contact(request, slug):
    """The contact details published on the person's page (never their private email)."""
    return _person_form(
        request,
        slug,
        forms.PersonContactForm,
        "Published contact details",
        intro="These are public. The private email address is kept apart and never shown.",
    )


@clerk_required()
def person_photo(request, slug):
    """Upload a photo (JPEG or PNG, checked by its content) and its alternative text."""
    person = _person(request, slug)
    initial = {"photo_alt": person.photo_alt}
    form = forms.PersonPhotoForm(request.POST or None, request.FILES or None, initial=initial)
    back = reverse("clerk:person_record", args=[person.slug])
    if request.method == "POST" and form.is_valid():
        content = form.cleaned_data["photo"]
        if content is None and not person.photo:
            form.add_error("photo", "Choose a photo to upload.")
        else:
            try:
                setup.set_photo(person, content, form.cleaned_data["photo_alt"], user=request.user)
            except ServiceError as exc:
                service_error(form, exc)
            else:
                messages.success(request, "Photo saved.")
                return redirect(back)
    return form_page(
        request,
        form,
        "Photo",
        caption=str(person),
        back=back,
        crumbs=_crumbs(person),
        multipart=True,
        submit="Save photo",
    )


@clerk_required()
def person_role(request, slug, pk=None):
    """Add a post the person holds (leader, a cabinet portfolio, a committee's chair), or
    change one."""
    person = _person(request, slug)
    role = get_object_or_404(PersonRole, pk=pk, person=person) if pk else PersonRole(person=person)
    form = forms.PersonRoleForm(request.POST or None, instance=role if pk else None)
    back = reverse("clerk:person_record", args=[person.slug])
    if request.method == "POST" and form.is_valid() and _saved(form, role, _data(form), request):
        messages.success(request, f"{role.title} saved.")
        return redirect(back)
    return form_page(
        request,
        form,
        role.title if pk else "Add a post",
        caption=str(person),
        back=back,
        crumbs=_crumbs(person),
    )


@require_safe
@clerk_required()
def groupings(request):
    """The parties and wards of each body this clerk runs."""
    bodies = list(my_bodies(request.viewer).prefetch_related("parties", "wards").order_by("name"))
    return render(request, "clerk/groupings.html", {"bodies": bodies, "crumbs": crumbs_for()})


def _grouping(request, body, model, form_class, pk, heading):
    body = get_object_or_404(Body, slug=body)
    row = get_object_or_404(model, pk=pk, body=body) if pk else model(body=body)
    form = form_class(request.POST or None, instance=model.objects.get(pk=pk) if pk else None)
    back = reverse("clerk:groupings")
    if request.method == "POST" and form.is_valid() and _saved(form, row, _data(form), request):
        messages.success(request, f"{row.name} saved.")
        return redirect(back)
    return form_page(
        request,
        form,
        row.name if pk else heading,
        caption=body.name,
        back=back,
        crumbs=[*crumbs_for(), (back, "Parties and wards")],
    )


@clerk_required(body_by_slug)
def party(request, slug, pk=None):
    return _grouping(request, slug, Party, forms.PartyForm, pk, "Add a party or group")


@clerk_required(body_by_slug)
def ward(request, slug, pk=None):
    return _grouping(request, slug, Ward, forms.WardForm, pk, "Add a ward")


@clerk_required(body_of_committee)
def quorum(request, committee):
    """The committee's quorum, on a page of its own."""
    committee = get_object_or_404(Committee.objects.select_related("body"), pk=committee)
    form = forms.QuorumForm(request.POST or None, instance=Committee.objects.get(pk=committee.pk))
    back = reverse("clerk:committee", args=[committee.pk])
    if (
        request.method == "POST"
        and form.is_valid()
        and _saved(form, committee, _data(form), request)
    ):
        messages.success(request, "Quorum saved.")
        return redirect(back)
    return form_page(
        request, form, "Quorum", caption=committee.name, back=back, crumbs=crumbs_for(committee)
    )
