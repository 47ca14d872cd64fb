"""Decisions and votes: what each item resolved, recorded votes, and corrections to approved
minutes recorded at a later meeting.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.db import transaction
from django.db.models import Q, QuerySet

from moot.meetings.choices import (
    CHAIRING_ROLES,
    AttendanceStatus,
    DecisionKind,
    InterestKind,
    MembershipRole,
    MinutesState,
    VotePosition,
    VoteResult,
)
from moot.meetings.models import (
    Attendance,
    Ballot,
    Decision,
    Declaration,
    Item,
    Meeting,
    Membership,
    Person,
    Vote,
)

from . import history
from .common import ORIGIN, ServiceError, apply, meeting_date
from .minutes import ensure_open, minutes_public, papers_due, papers_follow

if TYPE_CHECKING:
    from .history import Actor

# The casting vote when the chair gives none on equal votes: the motion falls.
NO_CASTING_VOTE = "none"
# A motion typed as the resolution it would make: "RESOLVED that …" is put as "that …".
_RESOLVED = re.compile(r"^resolved\b[\s:,-]*", re.IGNORECASE)


@transaction.atomic
def add_decision(
    item: Item,
    text: str,
    *,
    kind: str = DecisionKind.AGREED,
    public_text: str = "",
    user: Actor = None,
) -> Decision:
    """A decision on an item. On a restricted item, ``public_text`` is what the public reads."""
    ensure_open(item.meeting)
    if not text.strip():
        raise ServiceError("Write the decision.")
    position = item.decisions.count() + 1
    decision: Decision = Decision.objects.create(
        item=item, position=position, kind=kind, text=text.strip(), public_text=public_text.strip()
    )
    history.record(
        decision,
        "create",
        {"text": [None, decision.text]},
        origin=ORIGIN,
        user=user,
        public=minutes_public(item.meeting),
    )
    papers_follow(decision.item.meeting)
    return decision


@transaction.atomic
def edit_decision(decision: Decision, data: Mapping[str, Any], *, user: Actor = None) -> Decision:
    ensure_open(decision.item.meeting)
    data = {k: v.strip() if isinstance(v, str) else v for k, v in data.items()}
    if "text" in data and not data["text"]:
        raise ServiceError("Write the decision.")
    changes = apply(decision, data)
    if changes:
        decision.save()
        history.record(
            decision,
            "update",
            changes,
            origin=ORIGIN,
            user=user,
            public=minutes_public(decision.item.meeting),
        )
    papers_follow(decision.item.meeting)
    return decision


@transaction.atomic
def remove_decision(decision: Decision, *, user: Actor = None) -> None:
    ensure_open(decision.item.meeting)
    history.record(
        decision,
        "delete",
        {"text": [decision.text, None]},
        origin=ORIGIN,
        user=user,
        public=minutes_public(decision.item.meeting),
    )
    corrected = decision.corrects.meeting if decision.corrects is not None else None
    decision.delete()
    papers_follow(decision.item.meeting)
    if corrected is not None:
        papers_due(corrected)


def correctable_items(later_item: Item) -> QuerySet[Item]:
    """Items of the committee's earlier meetings whose minutes are approved: what a decision
    at ``later_item`` may correct. One query when read."""
    meeting = later_item.meeting
    return (
        Item.objects.filter(
            meeting__committee_id=meeting.committee_id,
            meeting__start__lt=meeting.start,
            meeting__minutes_state=MinutesState.APPROVED,
            withdrawn_at__isnull=True,
            published_at__isnull=False,
        )
        .select_related("meeting")
        .order_by("-meeting__start", "position")
    )


@transaction.atomic
def record_correction(
    later_item: Item, original_item: Item, text: str, *, public_text: str = "", user: Actor = None
) -> Decision:
    """Correct approved minutes the only way the record allows: a decision at a later
    meeting (``later_item``) naming the item it corrects. The original minutes stay as they
    were; the public page of the original meeting shows the correction beside them.

    Refused unless the original's minutes are approved (draft minutes are simply edited),
    the original is of an earlier meeting of the same committee, and the later meeting's own
    minutes are still open."""
    ensure_open(later_item.meeting)
    original = Item.objects.select_related("meeting").get(pk=original_item.pk)
    if original.meeting.minutes_state != MinutesState.APPROVED:
        raise ServiceError(
            "Those minutes have not been approved: edit them instead of recording a correction."
        )
    if original.meeting.committee_id != later_item.meeting.committee_id:
        raise ServiceError("Only minutes of the same committee can be corrected here.")
    if original.meeting.start >= later_item.meeting.start:
        raise ServiceError("A correction is recorded at a later meeting than the one corrected.")
    if original.withdrawn_at is not None:
        raise ServiceError("That item was withdrawn.")
    if not text.strip():
        raise ServiceError("Write the correction.")
    decision: Decision = Decision.objects.create(
        item=later_item,
        position=later_item.decisions.count() + 1,
        kind=DecisionKind.AGREED,
        text=text.strip(),
        public_text=public_text.strip(),
        corrects=original,
    )
    history.record(
        decision,
        "correct",
        {"text": [None, decision.text], "corrects": [None, original.pk]},
        origin=ORIGIN,
        user=user,
        public=minutes_public(later_item.meeting),
        note=f"Corrects {original.reference or original.title} of {original.meeting}",
    )
    papers_due(later_item.meeting)
    return decision


def voting_members(meeting: Meeting) -> list[Person]:
    """Who may be recorded as voting at ``meeting``: the members with a vote (by their
    membership on the day) recorded as present, and the substitutes recorded as standing in.
    Officers and others in attendance, advisers and those absent have no vote. Two queries;
    by name."""
    day = meeting_date(meeting)
    voting = Membership.objects.filter(
        Q(start__isnull=True) | Q(start__lte=day),
        Q(end__isnull=True) | Q(end__gte=day),
        committee_id=meeting.committee_id,
        role__in=MembershipRole.voting(),
    ).values_list("person_id", flat=True)
    present = Attendance.objects.filter(meeting=meeting).filter(
        Q(status=AttendanceStatus.SUBSTITUTE)
        | Q(status=AttendanceStatus.PRESENT, person_id__in=voting)
    )
    return [a.person for a in present.select_related("person").order_by("person__name")]


def chair_of(meeting: Meeting) -> Person | None:
    """The person chairing ``meeting``: the one present whose attendance role says so
    ("Chair", "In the chair"). One query."""
    for attendance in Attendance.objects.filter(
        meeting=meeting, status__in=[AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE]
    ).select_related("person"):
        if attendance.role.strip().lower() in CHAIRING_ROLES:
            person: Person = attendance.person
            return person
    return None


def _check_voters(item: Item, positions: Mapping[Person, str]) -> None:
    allowed = {p.pk for p in voting_members(item.meeting)}
    for person, position in positions.items():
        if position not in VotePosition.values:
            raise ServiceError(f"Choose how {person} voted.")
        if person.pk not in allowed:
            raise ServiceError(
                f"{person} cannot be recorded as voting: only voting members recorded as "
                "present at the meeting, and substitutes, can vote."
            )
    for declaration in (
        Declaration.objects.filter(
            item=item, kind=InterestKind.DPI, person_id__in=[p.pk for p in positions]
        )
        .select_related("person")
        .order_by("person__name")
    ):
        refusal = _dispensation_refusal(declaration, meeting_date(item.meeting))
        if refusal:
            raise ServiceError(
                f"{declaration.person} declared a disclosable pecuniary interest in this item "
                f"and {refusal}, so cannot be recorded as voting."
            )


def _dispensation_refusal(declaration: Declaration, day: date) -> str:
    """Why a member with a disclosable pecuniary interest may not vote ("" if they may): the
    dispensation the declaration cites from the register of dispensations must let them vote
    and be in force on the day; without one, a dispensation must be recorded on the
    declaration itself."""
    if apps.is_installed("moot.interests"):
        from moot.interests.models import DeclarationEntry

        link = (
            DeclarationEntry.objects.filter(declaration=declaration, dispensation__isnull=False)
            .select_related("dispensation")
            .first()
        )
        if link is not None and link.dispensation is not None:
            if not link.dispensation.may_vote:
                return "their dispensation lets them speak but not vote"
            if not link.dispensation.in_force(day):
                return "their dispensation is not in force on the day of the meeting"
            return ""
    return "" if declaration.dispensation else "has no dispensation recorded"


def _result(
    counts: Counter[str], casting_vote: str, casting_by: Person | None, meeting: Meeting
) -> tuple[str, str, Person | None]:
    """The result, and the casting vote and who gave it as they are kept."""
    ayes, noes = counts[VotePosition.FOR], counts[VotePosition.AGAINST]
    if ayes != noes:
        if casting_vote:
            raise ServiceError("The chair has a casting vote only when the votes are equal.")
        return (VoteResult.CARRIED if ayes > noes else VoteResult.LOST), "", None
    if not casting_vote:
        raise ServiceError(
            f"The votes are equal ({ayes} each): record the chair's casting vote, or that "
            "the chair gave none."
        )
    if casting_vote == NO_CASTING_VOTE:
        return VoteResult.LOST, "", None
    if casting_vote not in (VotePosition.FOR, VotePosition.AGAINST):
        raise ServiceError("A casting vote is for or against the motion.")
    chair = chair_of(meeting)
    if chair is None:
        raise ServiceError(
            'Record who chaired the meeting (the role "Chair" in the attendance) before '
            "their casting vote."
        )
    if casting_by is None:
        casting_by = chair
    if casting_by.pk != chair.pk:
        raise ServiceError(
            f"{casting_by} is not chairing the meeting: only {chair} can give a casting vote."
        )
    carried = casting_vote == VotePosition.FOR
    return (VoteResult.CARRIED if carried else VoteResult.LOST), casting_vote, casting_by


def _wording(motion: str, carried: bool) -> str:
    """What the minutes record: "RESOLVED that …" when carried; a lost motion is recorded
    as lost and never as resolved."""
    if carried:
        return (
            f"RESOLVED {motion}."
            if motion.lower().startswith("that ")
            else (f"RESOLVED: {motion}.")
        )
    if motion.lower().startswith("that "):
        return f"The motion {motion} was lost."
    return f"The motion was lost: {motion}."


@transaction.atomic
def record_vote(
    item: Item,
    *,
    motion: str,
    positions: Mapping[Person, str],
    casting_vote: str = "",
    casting_by: Person | None = None,
    public_text: str = "",
    user: Actor = None,
) -> Vote:
    """A recorded (named) vote on ``motion``: ``positions`` says how each member voted (for,
    against, abstained; those who did not vote are left out). Voters are voting members
    present, substitutes included, and none with a disclosable pecuniary interest in the
    item unless a dispensation is recorded. On equal votes ``casting_vote`` is the chair's
    ("for", "against", or "none": the motion falls); ``casting_by`` must be the person
    chairing (by default, whoever the attendance names). The minutes record a decision: a
    carried motion "RESOLVED that …", a lost one "The motion … was lost." (kind Other).
    ``public_text`` is that decision's public wording on a restricted item."""
    ensure_open(item.meeting)
    motion = _RESOLVED.sub("", motion.strip()).strip().rstrip(".").strip()
    if not motion:
        raise ServiceError("Write the motion put to the vote.")
    positions = {p: v for p, v in positions.items() if v}
    if not positions:
        raise ServiceError("Record how at least one member voted.")
    _check_voters(item, positions)
    counts = Counter(positions.values())
    result, casting_vote, casting_by = _result(counts, casting_vote, casting_by, item.meeting)
    carried = result == VoteResult.CARRIED
    decision = add_decision(
        item,
        _wording(motion, carried),
        kind=DecisionKind.RESOLVED if carried else DecisionKind.OTHER,
        public_text=public_text,
        user=user,
    )
    vote: Vote = Vote.objects.create(
        item=item,
        decision=decision,
        motion=motion,
        votes_for=counts[VotePosition.FOR],
        votes_against=counts[VotePosition.AGAINST],
        abstentions=counts[VotePosition.ABSTAINED],
        casting_vote=casting_vote,
        casting_by=casting_by,
        result=result,
    )
    Ballot.objects.bulk_create(
        Ballot(vote=vote, person=person, position=position)
        for person, position in positions.items()
    )
    history.record(
        vote,
        "create",
        {
            "motion": [None, motion],
            "ballots": [None, {str(p.pk): v for p, v in positions.items()}],
            "casting_vote": [None, casting_vote],
            "result": [None, result],
        },
        origin=ORIGIN,
        user=user,
        public=minutes_public(item.meeting),
    )
    return vote
