"""What a council publishes about its members besides their committees: the political
groups (parties) they sit with, the wards or divisions they represent and the posts they
hold (leader, a cabinet portfolio, a committee's chair). Registered with the other models by
``models.py``; a person points at them (``Person.party``, ``Person.ward``, ``Person.roles``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.db import models
from django.utils import timezone

from .choices import AttendanceStatus, PersonRoleKind


class Party(models.Model):
    """A political party or group on a body's council ("Labour Group", "Independents")."""

    body = models.ForeignKey("meetings.Body", on_delete=models.CASCADE, related_name="parties")
    name = models.CharField(max_length=200)
    short_name = models.CharField(max_length=40, blank=True, help_text='As abbreviated: "Lab".')
    colour = models.CharField(
        max_length=7, blank=True, help_text='The group\'s colour, as "#rrggbb" (shown beside it).'
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "parties"
        constraints = [models.UniqueConstraint(fields=["body", "name"], name="party_name_uniq")]

    def __str__(self) -> str:
        return self.name


class Ward(models.Model):
    """A ward or electoral division of a body, which councillors represent."""

    body = models.ForeignKey("meetings.Body", on_delete=models.CASCADE, related_name="wards")
    name = models.CharField(max_length=200)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["body", "name"], name="ward_name_uniq")]

    def __str__(self) -> str:
        return self.name


class PersonRole(models.Model):
    """A post a person holds for a time: leader of the council, a cabinet portfolio, the
    chair of a committee."""

    person = models.ForeignKey("meetings.Person", on_delete=models.CASCADE, related_name="roles")
    kind = models.CharField(
        max_length=12, choices=PersonRoleKind.choices, default=PersonRoleKind.OTHER
    )
    title = models.CharField(
        max_length=200, help_text='As the council styles it: "Cabinet Member for Housing".'
    )
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-start", "title"]

    def __str__(self) -> str:
        return self.title

    def is_current(self, on: date | None = None) -> bool:
        on = on or timezone.localdate()
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


# A person's photo: only JPEG and PNG, told by their first bytes (never their name), and no
# heavier than this when uploaded.
PHOTO_MAX_BYTES = 2 * 1024 * 1024
PHOTO_SIGNATURES = {
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
}


def photo_type(head: bytes) -> str | None:
    """The media type of a photo whose content starts with ``head`` (16 bytes are enough),
    or None if it is not a JPEG or PNG."""
    for signature, kind in PHOTO_SIGNATURES.items():
        if head.startswith(signature):
            return kind
    return None


# Who counts towards a committee's quorum: its members present and the substitutes standing
# in for them (never officers or guests in attendance, nor apologies).
QUORATE = (AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE)


@dataclass(frozen=True)
class Quorum:
    """How many members a meeting's record has present, against its committee's quorum."""

    present: int
    quorum: int

    @property
    def met(self) -> bool:
        return self.present >= self.quorum


def quorum_of(quorum: int | None, statuses: Iterable[str]) -> Quorum | None:
    """The meeting's quorum from the statuses of its attendance record; None when the
    committee has no quorum set or nothing is recorded yet. No query."""
    statuses = list(statuses)
    if not quorum or not statuses:
        return None
    return Quorum(sum(1 for s in statuses if s in QUORATE), quorum)
