"""The summons: when an agenda or a supplement is published, each current member of the
committee, each substitute named for the meeting and each officer on the committee's
circulation list is sent an email with the meeting, its items and links to the papers.

The email carries only what the public agenda shows: an exempt or confidential item appears as
"Exempt item: <reference> <title>", exactly as the public page lists it, with a link to
"my meetings" where a member who is entitled reads it. Nothing withheld is ever put in a
message.

Sending follows the publication's commit (``moot.meetings.events.published``), so it never
holds up or undoes a publication. Every message is recorded (``SummonsDelivery``); an address
that fails is recorded as failed and the others still go. The clerk resends from the
meeting's Summons page; ``moot summons-bounces`` marks deliveries the mail server reports as
undeliverable.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from email import message_from_binary_file
from email import policy as email_policy
from email.message import Message
from email.utils import make_msgid
from pathlib import Path

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from moot import site
from moot.access import policy
from moot.meetings.models import Attendance, Meeting, Membership
from moot.meetings.services.common import meeting_date, public_date
from moot.portal.branding import site_title

from .models import CirculationEntry, SummonsDelivery, SummonsKind, SummonsStatus

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recipient:
    name: str
    role: str
    address: str


def when(moment: datetime) -> str:
    """ "Wednesday 14 May 2025, 9.00am"."""
    local = timezone.localtime(moment)
    hour = local.hour % 12 or 12
    suffix = "am" if local.hour < 12 else "pm"
    return f"{public_date(local.date())}, {hour}.{local.minute:02d}{suffix}"


def recipients(meeting: Meeting) -> list[Recipient]:
    """Who is summoned to ``meeting``: current members with a private address, substitutes
    named for it, then the circulation list; each address once."""
    day = meeting_date(meeting)
    found: list[Recipient] = []
    memberships = (
        Membership.objects.filter(committee_id=meeting.committee_id)
        .filter(Q(start__isnull=True) | Q(start__lte=day), Q(end__isnull=True) | Q(end__gte=day))
        .exclude(person__email="")
        .select_related("person")
        .order_by("person__name")
    )
    for membership in memberships:
        person = membership.person
        found.append(Recipient(str(person), membership.get_role_display(), person.email))
    substitutes = (
        Attendance.objects.filter(meeting=meeting, substitute_for__isnull=False)
        .exclude(person__email="")
        .select_related("person", "substitute_for")
        .order_by("person__name")
    )
    for attendance in substitutes:
        found.append(
            Recipient(
                str(attendance.person),
                f"Substitute for {attendance.substitute_for}",
                attendance.person.email,
            )
        )
    for entry in CirculationEntry.objects.filter(committee_id=meeting.committee_id):
        found.append(Recipient(entry.name, entry.role or "Circulation list", entry.email))
    seen: set[str] = set()
    unique = []
    for recipient in found:
        key = recipient.address.strip().lower()
        if key not in seen:
            seen.add(key)
            unique.append(recipient)
    return unique


@dataclass(frozen=True)
class Line:
    """One item as the summons lists it: only what the public agenda shows."""

    reference: str
    title: str
    exempt: bool
    url: str

    @property
    def text(self) -> str:
        label = f"{self.reference} {self.title}".strip()
        return f"Exempt item: {label}" if self.exempt else label


def _lines(meeting: Meeting, kind: str, at: datetime | None) -> list[Line]:
    items = policy.items(policy.Viewer.public(), meeting).order_by("position", "pk")
    if kind == SummonsKind.SUPPLEMENT and at is not None:
        items = items.filter(published_at=at)
    page = site.absolute(meeting.get_absolute_url())
    mine = site.absolute(reverse("portal:my_meetings"))
    out = []
    for item in items.only("reference", "position", "title", "restriction", "meeting_id"):
        exempt = policy.is_withheld(item)
        reference = item.reference or f"{item.position}."
        out.append(Line(reference, item.title, exempt, mine if exempt else f"{page}#{item.anchor}"))
    return out


def message(
    meeting: Meeting, kind: str, recipient: Recipient, at: datetime | None, connection=None
) -> EmailMultiAlternatives:
    """The summons to ``recipient``: plain text with an HTML alternative."""
    committee = meeting.committee
    supplement = kind == SummonsKind.SUPPLEMENT
    lines = _lines(meeting, kind, at)
    context = {
        "meeting": meeting,
        "committee": committee,
        "recipient": recipient,
        "supplement": supplement,
        "when": when(meeting.start),
        "venue": meeting.location.full if meeting.location else "",
        "lines": lines,
        "any_exempt": any(line.exempt for line in lines),
        "meeting_url": site.absolute(meeting.get_absolute_url()),
        "my_meetings_url": site.absolute(reverse("portal:my_meetings")),
        "site_name": site_title(),
    }
    what = "Supplementary agenda" if supplement else "Agenda"
    subject = f"{what}: {committee.name}, {when(meeting.start)}"
    email = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("clerk/email/summons.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient.address],
        headers={
            "Message-ID": make_msgid(domain=site.stable_host() or None),
            "Auto-Submitted": "auto-generated",
        },
        connection=connection,
    )
    email.attach_alternative(render_to_string("clerk/email/summons.html", context), "text/html")
    return email


def _send(
    meeting: Meeting, kind: str, recipient: Recipient, at: datetime, connection
) -> SummonsDelivery:
    """Send one summons and record it; a failure is recorded, never raised."""
    delivery = SummonsDelivery(
        meeting=meeting,
        kind=kind,
        published_at=at,
        recipient=recipient.name,
        role=recipient.role,
        address=recipient.address,
    )
    try:
        email = message(meeting, kind, recipient, at, connection)
        delivery.message_id = email.extra_headers["Message-ID"]
        email.send()
    except Exception as exc:  # any failure of one address: record it, go on
        log.warning("Summons to %s for meeting %s failed: %s", recipient.address, meeting.pk, exc)
        delivery.status = SummonsStatus.FAILED
        delivery.error = f"{type(exc).__name__}: {exc}"[:2000]
    else:
        delivery.status = SummonsStatus.SENT
        delivery.sent_at = timezone.now()
    delivery.save()
    return delivery


def _meeting(meeting_id: int) -> Meeting:
    return Meeting.objects.select_related("committee__body", "location").get(pk=meeting_id)


def send_summons(meeting_id: int, *, supplement: bool, at: datetime) -> list[SummonsDelivery]:
    """Send the summons for the publication of meeting ``meeting_id`` at ``at`` to everyone
    summoned."""
    meeting = _meeting(meeting_id)
    kind = SummonsKind.SUPPLEMENT if supplement else SummonsKind.AGENDA
    connection = get_connection()
    return [_send(meeting, kind, r, at, connection) for r in recipients(meeting)]


def on_published(sender, *, meeting_id: int, supplement: bool, at: datetime, **_) -> None:
    """Listener of ``moot.meetings.events.published``: runs after the publication commits,
    and queues the summons as a task (``moot.background.tasks.send_summons``)."""
    from moot.background.tasks import send_summons as send_summons_task

    if not settings.SUMMONS_ENABLED:
        return
    send_summons_task.enqueue(meeting_id, supplement, at.isoformat())


def resend(delivery: SummonsDelivery) -> SummonsDelivery:
    """Send ``delivery``'s summons again to the same address; a new record says how it went."""
    meeting = _meeting(delivery.meeting_id)
    recipient = Recipient(delivery.recipient, delivery.role, delivery.address)
    return _send(meeting, delivery.kind, recipient, delivery.published_at, get_connection())


def latest(meeting: Meeting) -> list[SummonsDelivery]:
    """The newest delivery to each address for each publication, newest publication first."""
    seen: set[tuple[object, str, str]] = set()
    out = []
    for delivery in SummonsDelivery.objects.filter(meeting=meeting).order_by(
        "-published_at", "recipient", "-pk"
    ):
        key = (delivery.published_at, delivery.kind, delivery.address.lower())
        if key not in seen:
            seen.add(key)
            out.append(delivery)
    return out


def resend_failed(meeting: Meeting) -> list[SummonsDelivery]:
    """Resend every summons of ``meeting`` whose latest attempt failed or bounced."""
    return [
        resend(d)
        for d in latest(meeting)
        if d.status in (SummonsStatus.FAILED, SummonsStatus.BOUNCED)
    ]


# Bounces -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """What one delivery status notification (RFC 3464) says failed."""

    message_id: str
    recipients: tuple[str, ...]
    diagnostic: str


def read_bounce(msg: Message) -> Bounce | None:
    """The failure a DSN reports, or None when ``msg`` is not a DSN reporting a failure."""
    if msg.get_content_type() != "multipart/report":
        return None
    if str(msg.get_param("report-type") or "").lower() != "delivery-status":
        return None
    failed: list[str] = []
    diagnostic = ""
    message_id = ""
    for part in msg.walk():
        content_type = part.get_content_type()
        if content_type == "message/delivery-status":
            # The first block is per message; each following block is per recipient.
            blocks = part.get_payload()
            for block in blocks[1:] if isinstance(blocks, list) else []:
                if not isinstance(block, Message):
                    continue
                action = (block.get("Action") or "").strip().lower()
                if action != "failed":
                    continue
                address = block.get("Original-Recipient") or block.get("Final-Recipient") or ""
                failed.append(address.split(";", 1)[-1].strip().strip("<>").lower())
                diagnostic = diagnostic or " ".join(
                    (block.get("Diagnostic-Code") or block.get("Status") or "").split()
                )
        elif content_type in ("message/rfc822", "text/rfc822-headers") and not message_id:
            message_id = _original_message_id(part)
    if not failed:
        return None
    return Bounce(message_id, tuple(failed), diagnostic)


def _original_message_id(part: Message) -> str:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        return str(payload[0].get("Message-ID") or "").strip()
    if isinstance(payload, str):
        for line in payload.splitlines():
            if line.lower().startswith("message-id:"):
                return line.split(":", 1)[1].strip()
    return ""


def mark_bounced(bounce: Bounce) -> list[SummonsDelivery]:
    """Mark the deliveries ``bounce`` concerns: by the original Message-ID (each summons goes
    to one address, so it names one delivery), else the latest sent delivery to each failed
    address."""
    error = bounce.diagnostic or "Reported undeliverable by the mail server."
    if bounce.message_id:
        matched = list(SummonsDelivery.objects.filter(message_id=bounce.message_id))
    else:
        matched = []
        for address in bounce.recipients:
            newest = (
                SummonsDelivery.objects.filter(address__iexact=address, status=SummonsStatus.SENT)
                .order_by("-sent_at")
                .first()
            )
            if newest is not None:
                matched.append(newest)
    for delivery in matched:
        delivery.status = SummonsStatus.BOUNCED
        delivery.error = error
        delivery.save(update_fields=["status", "error"])
    return matched


def messages_at(path: Path) -> Iterable[Message]:
    """The messages in a maildir (a folder with cur/ and new/) or an mbox file."""
    if path.is_dir():
        for folder in ("new", "cur"):
            for file in sorted((path / folder).glob("*")) if (path / folder).is_dir() else []:
                with file.open("rb") as handle:
                    yield message_from_binary_file(handle, policy=email_policy.compat32)
        return
    import mailbox

    box = mailbox.mbox(str(path), create=False)
    try:
        for key in box.iterkeys():
            yield box.get_message(key)
    finally:
        box.close()
