"""Read helpers over the domain's tables that several ways out share (no writes here)."""

from __future__ import annotations

from django.db.models import IntegerField, OuterRef, QuerySet, Subquery

from .models import Meeting


def with_postponements(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """``meetings`` annotated with ``postponed_from_id``: the meeting each was scheduled in
    place of (``postponed_to_id`` is a field of its own). A subquery of the same query: no
    query of its own."""
    earlier = Meeting.all_objects.filter(postponed_to=OuterRef("pk")).order_by("-start", "-pk")
    return meetings.annotate(
        postponed_from_id=Subquery(earlier.values("pk")[:1], output_field=IntegerField())
    )
