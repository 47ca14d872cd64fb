"""Who may see and do what in the register, and the queries every page reads through.

The public sees an entry only once the Monitoring Officer has published it, and only as it
was published (``RegisterEntry.public``); a sensitive entry (s.32) shows the public only that
the member has an interest whose details are withheld."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from moot.access import policy
from moot.access.models import MonitoringOfficerRole
from moot.meetings.models import Body, Declaration, Membership, Person

from .models import (
    DEADLINE_DAYS,
    WITHHELD,
    Category,
    DeclarationEntry,
    Dispensation,
    RegisterEntry,
    State,
)


def public_entries() -> QuerySet[RegisterEntry]:
    """Entries the public may see: published at least once and not removed."""
    return RegisterEntry.objects.filter(published_at__isnull=False).exclude(state=State.REMOVED)


@dataclass
class PublicEntry:
    """An entry as the public sees it."""

    category: str
    description: str
    received_on: date | None
    donor: str
    value: str | None
    updated: Any
    withheld: bool
    # Declarations at meetings the public may read that point to this entry.
    declarations: list[Declaration] = field(default_factory=list)
    pk: int | None = None


def as_public(entry: RegisterEntry) -> PublicEntry:
    if entry.sensitive:
        return PublicEntry("", WITHHELD, None, "", None, entry.published_at, True, pk=entry.pk)
    shown = entry.public or {}
    category = Category(shown.get("category", entry.category)).label
    return PublicEntry(
        str(category),
        shown.get("description", ""),
        date.fromisoformat(shown["received_on"]) if shown.get("received_on") else None,
        shown.get("donor", ""),
        shown.get("value"),
        entry.published_at,
        False,
        pk=entry.pk,
    )


SENSITIVE_LABEL = "Sensitive interest (details withheld)"


def entry_label(entry: RegisterEntry) -> str:
    """An entry as a choice or a link names it: its published category and a short
    description; a sensitive entry only as such."""
    if entry.sensitive:
        return SENSITIVE_LABEL
    shown = as_public(entry)
    short = shown.description if len(shown.description) <= 60 else shown.description[:57] + "…"
    return f"{shown.category}: {short}"


def entries_to_cite(people: list[Person]) -> list[RegisterEntry]:
    """The members' entries a declaration may point to: published and not removed, in every
    body's register (with the body, so a form can say whose an entry is); a declaration cites
    only one of its meeting's body (``services.link_declaration``)."""
    found = public_entries().filter(person__in=people).select_related("body")
    return list(found.order_by("category", "pk"))


def dispensations_of(people: list[Person]) -> list[Dispensation]:
    """The members' dispensations, of every body (with the body); a declaration cites only
    one of its meeting's body."""
    found = Dispensation.objects.filter(person__in=people).select_related("body")
    return list(found.order_by("-valid_from", "pk"))


@dataclass
class CitedEntry:
    label: str
    url: str
    withheld: bool


def show_links(declarations: list[Declaration]) -> None:
    """Give each declaration what the public sees of the register entry it concerns
    (``cited_entry``: a label and a link to the entry on the councillor's register, never a
    sensitive entry's details, none for an entry not on the public register) and of the
    dispensation it cites (``cited_dispensation``). One query; the declarations must be ones
    the viewer may read."""
    by_pk = {d.pk: d for d in declarations}
    for d in declarations:
        d.cited_entry = None  # type: ignore[attr-defined]
        d.cited_dispensation = None  # type: ignore[attr-defined]
    if not by_pk:
        return
    links = DeclarationEntry.objects.filter(declaration_id__in=by_pk).select_related(
        "entry__person", "dispensation"
    )
    for link in links:
        d = by_pk[link.declaration_id]
        entry = link.entry
        if entry is not None and entry.published_at and entry.state != State.REMOVED:
            d.cited_entry = CitedEntry(  # type: ignore[attr-defined]
                entry_label(entry),
                f"{entry.person.get_absolute_url()}#interest-{entry.pk}",
                entry.sensitive,
            )
        d.cited_dispensation = link.dispensation  # type: ignore[attr-defined]


def public_register(person: Person) -> tuple[list[PublicEntry], Any]:
    """A member's published entries and when their register was last updated."""
    entries = list(public_entries().filter(person=person).order_by("category", "pk"))
    shown = [as_public(e) for e in entries]
    # Declarations pointing to an entry, as the public may read them; never under a
    # sensitive entry. One query.
    links = (
        DeclarationEntry.objects.filter(
            entry__in=[e for e in entries if not e.sensitive],
            declaration__in=policy.declarations(policy.Viewer.public()),
        )
        .select_related("declaration__item__meeting__committee", "dispensation")
        .order_by("-declaration__item__meeting__start")
    )
    by_entry: dict[int, list[Declaration]] = {}
    for link in links if entries else []:
        link.declaration.cited_dispensation = link.dispensation  # type: ignore[attr-defined]
        by_entry.setdefault(link.entry_id, []).append(link.declaration)  # type: ignore[arg-type]
    for entry, public in zip(entries, shown, strict=True):
        public.declarations = by_entry.get(entry.pk, [])
    last = max((e.published_at for e in entries if e.published_at), default=None)
    return shown, last


def is_monitoring_officer(user, body: Body | int) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    body_id = body if isinstance(body, int) else body.pk
    return MonitoringOfficerRole.objects.filter(user=user, body_id=body_id).exists()


def bodies_monitored(user) -> QuerySet[Body]:
    if user.is_superuser:
        return Body.objects.all()
    return Body.objects.filter(monitoring_officer_roles__user=user)


def may_manage(user, person: Person) -> bool:
    """The member themself, a clerk who may edit their record, or a Monitoring Officer of a
    body they belong to."""
    if not getattr(user, "is_authenticated", False):
        return False
    if person.user_id == user.pk:
        return True
    viewer = policy.viewer_for_user(user)
    if viewer.is_clerk and policy.can_edit_person(viewer, person):
        return True
    return any(is_monitoring_officer(user, b) for b in bodies_of(person))


def councils_managed(user, person: Person) -> set[int] | None:
    """The councils (body ids) whose register entries of ``person`` the user may see and act
    on: None for all of them (the member themself, a clerk who may edit their record),
    else those the user is the Monitoring Officer of — a member on two councils has two
    registers, and one council's Monitoring Officer sees nothing of the other's."""
    if person.user_id == user.pk or user.is_superuser:
        return None
    viewer = policy.viewer_for_user(user)
    if viewer.is_clerk and policy.can_edit_person(viewer, person):
        return None
    return {b.pk for b in bodies_of(person) if is_monitoring_officer(user, b)}


def bodies_of(person: Person) -> list[Body]:
    """The bodies whose register the person belongs in: those of their committees, else
    their party's or ward's, else the first body."""
    found = list(
        Body.objects.filter(committees__memberships__person=person).distinct().order_by("pk")
    )
    for tie in (person.party, person.ward):
        if tie is not None and tie.body not in found:
            found.append(tie.body)
    if not found:
        first = Body.objects.order_by("pk").first()
        found = [first] if first else []
    return found


def members_of(body: Body) -> QuerySet[Person]:
    """The people who sit (or sat) on one of the body's committees."""
    seats = Membership.objects.filter(person=OuterRef("pk"), committee__body=body)
    return Person.objects.filter(Exists(seats))


def initial_due(person: Person) -> date | None:
    """28 days after the term of office starts."""
    return person.term_start + timedelta(days=DEADLINE_DAYS) if person.term_start else None


def overdue_members(body: Body, today: date | None = None) -> list[tuple[Person, date]]:
    """Members past their 28 days from the start of their term with nothing submitted."""
    today = today or timezone.localdate()
    lodged = RegisterEntry.objects.filter(person=OuterRef("pk"), body=body).filter(
        Q(submitted_at__isnull=False) | Q(published_at__isnull=False)
    )
    late = members_of(body).filter(
        term_start__lt=today - timedelta(days=DEADLINE_DAYS), term_start__isnull=False
    )
    return [(p, initial_due(p)) for p in late.exclude(Exists(lodged)).order_by("name")]  # type: ignore[misc]


def overdue_entries(body: Body, today: date | None = None) -> QuerySet[RegisterEntry]:
    """Changes still in draft 28 days after the member became aware of them."""
    today = today or timezone.localdate()
    return RegisterEntry.objects.filter(
        body=body, state=State.DRAFT, aware_on__lt=today - timedelta(days=DEADLINE_DAYS)
    ).select_related("person")


def may_record_dispensations(user, body: Body | int) -> bool:
    """The Monitoring Officer of the body, or one of its clerks."""
    if is_monitoring_officer(user, body):
        return True
    body_id = body if isinstance(body, int) else body.pk
    return policy.viewer_for_user(user).clerks(body_id)


def bodies_for_dispensations(user) -> list[Body]:
    if not getattr(user, "is_authenticated", False):
        return []
    if user.is_superuser:
        return list(Body.objects.order_by("name"))
    viewer = policy.viewer_for_user(user)
    return list(
        Body.objects.filter(Q(monitoring_officer_roles__user=user) | Q(pk__in=viewer.clerk_of))
        .distinct()
        .order_by("name")
    )
