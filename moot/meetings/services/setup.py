"""Setting up: bodies, committees, locations, people and memberships, and re-appointing a
committee's members for a new municipal year in one step."""

from __future__ import annotations

from datetime import timedelta

from django.db import models, transaction
from django.db.models import Q

from moot.meetings.models import Committee, Membership

from . import history
from .common import ORIGIN, ServiceError, apply, year_start


@transaction.atomic
def save_record(obj: models.Model, data: dict, *, user=None) -> models.Model:
    """Create or change a set-up row with its history (these rows are public: revisions too)."""
    creating = obj.pk is None
    changes = apply(obj, data)
    if creating or changes:
        obj.full_clean()
        obj.save()
        history.record(
            obj,
            "create" if creating else "update",
            changes,
            origin=ORIGIN,
            user=user,
            public=not creating,
        )
    return obj


@transaction.atomic
def reappoint(
    committee: Committee, year: int, memberships: list[Membership], *, user=None
) -> list[Membership]:
    """Appoint ``memberships`` again for municipal year ``year``: each gets a copy running from
    the year's start to the day before the next year's, and an open-ended old one is ended the
    day before. Memberships already running in the new year are left as they are."""
    start = year_start(committee, year)
    end = year_start(committee, year + 1) - timedelta(days=1)
    made = []
    for old in memberships:
        if old.committee_id != committee.pk:
            raise ServiceError("A membership of another committee was chosen.")
        running = (
            Membership.objects.filter(person=old.person, committee=committee, role=old.role)
            .filter(Q(end__isnull=True) | Q(end__gte=start))
            .filter(start__gte=start)
        )
        if running.exists():
            continue
        if old.end is None or old.end >= start:
            changes = apply(old, {"end": start - timedelta(days=1)})
            old.save()
            history.record(
                old,
                "update",
                changes,
                origin=ORIGIN,
                user=user,
                public=True,
                note=f"Ended for the re-appointment for {year}/{(year + 1) % 100:02d}",
            )
        new = Membership.objects.create(
            person=old.person,
            committee=committee,
            role=old.role,
            organisation=old.organisation,
            start=start,
            end=end,
        )
        history.record(
            new,
            "create",
            {"start": [None, start.isoformat()]},
            origin=ORIGIN,
            user=user,
            public=False,
            note="Re-appointed",
        )
        made.append(new)
    return made
