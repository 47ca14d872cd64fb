"""Read helpers over the domain's tables that several ways out share (no writes here)."""

from __future__ import annotations

from django.db.models import IntegerField, OuterRef, Prefetch, QuerySet, Subquery

from .models import Ballot, Decision, Item, Meeting, Vote

# How far a matter's history is followed each way: a matter back on the agenda more often
# than this is shown up to here (each step is one query).
LONGEST = 30


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


def matter_history(item: Item, visible: QuerySet[Item]) -> list[Item]:
    """The matter's history, oldest first, ``item`` included: the items it continues (back
    in time) and the items that continue it (forward, every branch), as far as ``visible``
    (the viewer's items) goes. One query a step, at most ``LONGEST`` steps each way; just
    ``[item]`` when the matter has no history."""
    related = visible.select_related("meeting__committee")
    back: list[Item] = []
    previous = item.continues_id
    while previous and len(back) < LONGEST:
        found = related.filter(pk=previous).first()
        if found is None:
            break
        back.append(found)
        previous = found.continues_id
    forward: list[Item] = []
    frontier = [item.pk]
    seen = {item.pk, *(i.pk for i in back)}
    while frontier and len(forward) < LONGEST:
        step = [i for i in related.filter(continues_id__in=frontier) if i.pk not in seen]
        seen.update(i.pk for i in step)
        forward.extend(step)
        frontier = [i.pk for i in step]
    ordered = [*reversed(back), item, *forward]
    ordered.sort(key=lambda i: (i.meeting.start, i.position, i.pk))
    return ordered
