"""Read helpers over the domain's tables that several ways out share (no writes here)."""

from __future__ import annotations

from django.db.models import IntegerField, OuterRef, Prefetch, QuerySet, Subquery

from .models import Ballot, Decision, Meeting, Vote


def with_postponements(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """``meetings`` annotated with ``postponed_from_id``: the meeting each was scheduled in
    place of (``postponed_to_id`` is a field of its own). A subquery of the same query: no
    query of its own."""
    earlier = Meeting.all_objects.filter(postponed_to=OuterRef("pk")).order_by("-start", "-pk")
    return meetings.annotate(
        postponed_from_id=Subquery(earlier.values("pk")[:1], output_field=IntegerField())
    )


def with_votes(decisions: QuerySet[Decision]) -> QuerySet[Decision]:
    """``decisions`` with the recorded vote each records (``decision.vote``, or none), its
    casting voter and its ballots with their people: a join, and one query for the ballots
    only where there are votes."""
    return decisions.select_related("vote__casting_by").prefetch_related(
        Prefetch("vote__ballots", queryset=_ballots())
    )


def with_ballots(votes: QuerySet[Vote]) -> QuerySet[Vote]:
    """``votes`` with their ballots and the people who cast them: one query more."""
    return votes.prefetch_related(Prefetch("ballots", queryset=_ballots()))


def _ballots() -> QuerySet[Ballot]:
    return Ballot.objects.select_related("person").order_by("person__name", "pk")
