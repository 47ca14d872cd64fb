"""What Moot remembers about the papers it prints (packs, front sheets, minutes, notices).

The printed papers themselves are ``meetings.Document`` rows, so every way out lists them like
any other document and the access policy guards them. ``Paper`` ties such a row to the job
that made it: which paper of which meeting it is, the hash of everything it was built from
(so an unchanged meeting is not rebuilt) and the problems the clerk should know about.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class PaperKind(models.TextChoices):
    FRONT_SHEET = "front_sheet", "Agenda front sheet"
    PACK = "pack", "Reports pack"
    MEMBERS_PACK = "members_pack", "Members' reports pack (exempt papers)"
    SUPPLEMENT = "supplement", "Supplementary pack"
    MEMBERS_SUPPLEMENT = "members_supplement", "Members' supplementary pack (exempt papers)"
    MINUTES = "minutes", "Printed minutes"
    MEMBERS_MINUTES = "members_minutes", "Members' printed minutes (exempt items)"
    DECISION_NOTICE = "decision_notice", "Decision notice"


class Paper(models.Model):
    """One printed paper of a meeting and the document row that holds its file."""

    meeting = models.ForeignKey("meetings.Meeting", on_delete=models.CASCADE, related_name="papers")
    kind = models.CharField(max_length=20, choices=PaperKind.choices)
    document = models.OneToOneField(
        "meetings.Document", on_delete=models.PROTECT, related_name="paper"
    )
    input_hash = models.CharField(
        max_length=64, help_text="SHA-256 of everything the paper was built from."
    )
    problems = models.JSONField(
        default=list, blank=True, help_text="Papers that could not be included, and why."
    )
    built_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["meeting", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "kind"], name="paper_meeting_kind_uniq")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.meeting}"


class PaperSettings(models.Model):
    """How a committee's papers are printed, where it differs from the default."""

    committee = models.OneToOneField(
        "meetings.Committee", on_delete=models.CASCADE, related_name="paper_settings"
    )
    decision_notices = models.BooleanField(
        default=False,
        help_text="Publish a decision notice after each meeting (executive bodies).",
    )
    call_in_days = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Working days after publication during which decisions may be called in.",
    )

    class Meta:
        verbose_name_plural = "paper settings"

    def __str__(self) -> str:
        return f"Paper settings for {self.committee}"
