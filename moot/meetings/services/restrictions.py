"""Restrictions: exempt and confidential items and papers (Schedule 12A, s.100A), and the
resolution to exclude the press and public that the agenda carries while any item is restricted.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from django.db import transaction

from moot.meetings import events
from moot.meetings.choices import (
    ItemKind,
    Jurisdiction,
    Restriction,
    exempt_paragraphs,
    paragraph_list,
    schedule_12a_part,
)
from moot.meetings.models import Document, Item, Meeting

from . import history, positions
from .common import ORIGIN, ServiceError, apply
from .items import fresh, is_public_change, live_items, renumber, save_changes

if TYPE_CHECKING:
    from .history import Actor


def paragraphs_for(jurisdiction: str) -> dict[int, str]:
    """The paragraphs of Schedule 12A a body of ``jurisdiction`` may cite."""
    return exempt_paragraphs(jurisdiction)


def _check_restriction(
    jurisdiction: str, restriction: str, paragraphs: Iterable[int | str] | None, reason: str
) -> list[int]:
    if restriction not in Restriction.values:
        raise ServiceError("Choose a basis for the restriction.")
    numbers = sorted({int(p) for p in paragraphs or []})
    if restriction == Restriction.EXEMPT:
        known = paragraphs_for(jurisdiction)
        if not numbers:
            raise ServiceError("Name the paragraph or paragraphs of Schedule 12A.")
        unknown = [p for p in numbers if p not in known]
        if unknown:
            raise ServiceError(f"Schedule 12A has no paragraph {unknown[0]} here.")
    elif numbers:
        raise ServiceError("Paragraphs of Schedule 12A apply only to exempt information.")
    if restriction and not reason.strip():
        raise ServiceError("Give the public reason for the restriction.")
    return numbers


def _public_interest(restriction: str, statement: str) -> str:
    """The public-interest test statement kept for ``restriction``: required for exempt
    information, which is exempt only while the public interest in keeping it so outweighs
    the public interest in disclosing it (Schedule 12A, Part 2, paragraph 10; Part 5 in
    Wales); no other basis has the test (confidential information is barred by law)."""
    if restriction != Restriction.EXEMPT:
        return ""
    if not statement.strip():
        raise ServiceError(
            "Write the public interest test: why the public interest in keeping the "
            "information exempt outweighs the public interest in disclosing it. The public "
            "sees it."
        )
    return statement.strip()


def _check_dates(review_date: date | None, release_date: date | None) -> None:
    if release_date and review_date and review_date > release_date:
        raise ServiceError("The review date must come before the release date.")


@transaction.atomic
def restrict_item(
    item: Item,
    restriction: str,
    *,
    paragraphs: Iterable[int | str] = (),
    reason: str = "",
    public_interest: str = "",
    public_summary: str = "",
    review_date: date | None = None,
    release_date: date | None = None,
    user: Actor = None,
) -> Item:
    """Restrict an item (or lift a restriction with ``restriction=""``). A restricted item needs
    a public reason and a public summary (s.100C(2)); exempt needs its paragraphs and its
    public-interest test. The
    exclusion resolution is regenerated. Restricting a published item withdraws the meeting's
    papers in this transaction (they may print its text) and rebuilds them after it."""
    jurisdiction = item.meeting.committee.body.jurisdiction
    paragraphs = _check_restriction(jurisdiction, restriction, paragraphs, reason)
    if restriction and not public_summary.strip():
        raise ServiceError("Write the public summary: the public sees it instead of the item.")
    public_interest = _public_interest(restriction, public_interest)
    _check_dates(review_date, release_date)
    data = {
        "restriction": restriction,
        "exempt_paragraphs": paragraphs,
        "restriction_reason": reason.strip() if restriction else "",
        "public_interest": public_interest,
        "public_summary": public_summary.strip() if restriction else item.public_summary,
        "review_date": review_date if restriction else None,
        "release_date": release_date if restriction else None,
    }
    positions.lock([item.meeting_id])  # the exclusion resolution may move items
    fresh(item)
    published = item.published_at is not None
    changes = apply(item, data)
    if changes:
        save_changes(item, changes)
        history.record(
            item,
            "restrict" if restriction else "unrestrict",
            changes,
            origin=ORIGIN,
            user=user,
            public=is_public_change(item, changes),
        )
        refresh_exclusion(item.meeting, user=user)
        _papers_follow_restriction(item, restriction, published)
    return item


def _published(obj: Item | Document) -> bool:
    """Read from the database (one query): the caller's copy may predate the publication."""
    return type(obj).objects.filter(pk=obj.pk, published_at__isnull=False).exists()


def _papers_follow_restriction(obj: Item | Document, restriction: str, published: bool) -> None:
    """Published material newly withheld leaves the printed papers and exports at once (they
    are withdrawn in the caller's transaction); either way the papers are rebuilt after it."""
    if not published:
        return
    withdrawn = [obj.meeting_id] if restriction else []
    events.announce(events.Change.of(withdrawn=withdrawn, papers=[obj.meeting_id], origin=ORIGIN))


@transaction.atomic
def restrict_document(
    document: Document,
    restriction: str,
    *,
    paragraphs: Iterable[int | str] = (),
    reason: str = "",
    public_interest: str = "",
    review_date: date | None = None,
    release_date: date | None = None,
    user: Actor = None,
) -> Document:
    """Restrict one document (say an appendix) of an item that may itself be public; exempt,
    it needs its public-interest test as an item does, and it has the review and release dates
    an item has. A published one leaves the meeting's papers as a restricted item does."""
    jurisdiction = document.meeting.committee.body.jurisdiction
    paragraphs = _check_restriction(jurisdiction, restriction, paragraphs, reason)
    public_interest = _public_interest(restriction, public_interest)
    _check_dates(review_date, release_date)
    published = _published(document)
    changes = apply(
        document,
        {
            "restriction": restriction,
            "exempt_paragraphs": paragraphs,
            "restriction_reason": reason.strip() if restriction else "",
            "public_interest": public_interest,
            "review_date": review_date if restriction else None,
            "release_date": release_date if restriction else None,
        },
    )
    if changes:
        document.save()
        history.record(
            document,
            "restrict" if restriction else "unrestrict",
            changes,
            origin=ORIGIN,
            user=user,
            public=document.published_at is not None,
        )
        _papers_follow_restriction(document, restriction, published)
    return document


ACT = "the Local Government Act 1972"


def exclusion_text(restricted: list[Item], jurisdiction: str) -> str:
    """What the exclusion item says for ``restricted`` (the items after it), one paragraph per
    power. Under Part VA (England, Wales): a resolution under section 100A(4) for exempt
    information, naming its paragraphs of Schedule 12A; for confidential information no
    resolution, for section 100A(2) excludes the public by law; for another stated reason a
    resolution citing no section. A body outside Part VA resolves on every ground, citing no
    section of the Act."""
    exempt = [i for i in restricted if i.restriction == Restriction.EXEMPT]
    confidential = [i for i in restricted if i.restriction == Restriction.CONFIDENTIAL]
    other = [i for i in restricted if i.restriction == Restriction.RESTRICTED]
    mixed = sum(1 for group in (exempt, confidential, other) if group) > 1
    part_va = jurisdiction != Jurisdiction.OTHER

    def business(items: list[Item], kind: str) -> str:
        which = f"{kind} " if mixed else ""
        plural = "items" if len(items) > 1 else "item"
        return f"the following {which}{plural} of business"

    def involves(items: list[Item]) -> str:
        return "they involve" if len(items) > 1 else "it involves"

    paragraphs = []
    if exempt:
        numbers = paragraph_list(p for i in exempt for p in i.exempt_paragraphs or [])
        part = schedule_12a_part(jurisdiction)
        power = f"under section 100A(4) of {ACT} " if part_va else ""
        schedule = f"Schedule 12A to {'the Act' if part_va else ACT}"
        paragraphs.append(
            f"That {power}the press and public be excluded from the meeting for "
            f"{business(exempt, 'exempt')} on the grounds that {involves(exempt)} the likely "
            f"disclosure of exempt information as defined in {numbers} of {part} of {schedule}."
        )
    if confidential and part_va:
        paragraphs.append(
            "The press and public are excluded from the meeting for "
            f"{business(confidential, 'confidential')} by section 100A(2) of {ACT}, as "
            f"confidential information as defined in section 100A(3) would be likely to be "
            "disclosed: no resolution is needed."
        )
    elif confidential:
        paragraphs.append(
            "That the press and public be excluded from the meeting for "
            f"{business(confidential, 'confidential')} on the grounds that "
            f"{involves(confidential)} the likely disclosure of confidential information."
        )
    reasons = [r.strip().rstrip(".") for r in (i.restriction_reason for i in other) if r.strip()]
    if other:
        grounds = "; and that ".join(f"{r[0].lower()}{r[1:]}" for r in reasons)
        paragraphs.append(
            "That the press and public be excluded from the meeting for "
            f"{business(other, 'restricted')}"
            + (f" for the reason that {grounds}." if grounds else ".")
        )
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def refresh_exclusion(meeting: Meeting, *, user: Actor = None) -> Item | None:
    """Keep the exclusion resolution right: just before the first restricted item, its text
    naming the paragraphs of the restricted items after it. Made when the first item is
    restricted; removed (if unpublished) when none is left."""
    items = list(live_items(meeting).select_related("meeting__committee__body"))
    restricted = [i for i in items if i.is_restricted and i.kind != ItemKind.EXCLUSION]
    exclusion = next((i for i in items if i.kind == ItemKind.EXCLUSION), None)
    if not restricted:
        if exclusion is not None and exclusion.published_at is None:
            history.record(
                exclusion,
                "delete",
                origin=ORIGIN,
                user=user,
                public=False,
                note="No restricted items left",
            )
            exclusion.delete()
            renumber(meeting)
        return None
    jurisdiction = meeting.committee.body.jurisdiction
    first = restricted[0]
    if exclusion is None:
        exclusion = Item(
            meeting=meeting,
            # Made after the last item, then put in its place.
            position=positions.highest([meeting.pk]) + 1,
            kind=ItemKind.EXCLUSION,
            title="Exclusion of the press and public",
        )
        ordered = [*items[: items.index(first)], exclusion, *items[items.index(first) :]]
    else:
        rest = [i for i in items if i.pk != exclusion.pk]
        ordered = [*rest[: rest.index(first)], exclusion, *rest[rest.index(first) :]]
    after = [i for i in ordered[ordered.index(exclusion) + 1 :] if i.is_restricted]
    text = exclusion_text(after, jurisdiction)
    created = exclusion.pk is None
    if created:
        exclusion.agenda_text = text
        exclusion.save()
        history.record(
            exclusion,
            "create",
            {"agenda_text": [None, text]},
            origin=ORIGIN,
            user=user,
            public=False,
            note="Exclusion resolution generated",
        )
    elif exclusion.agenda_text != text:
        changes = {"agenda_text": [exclusion.agenda_text, text]}
        exclusion.agenda_text = text
        exclusion.save(update_fields=["agenda_text", "updated_at"])
        history.record(
            exclusion,
            "update",
            changes,
            origin=ORIGIN,
            user=user,
            public=exclusion.published_at is not None,
        )
    positions.place(ordered)
    return exclusion
