"""A body's glossary: names and terms its minutes use that a general dictionary lacks."""

from django.conf import settings
from django.db import models


class GlossaryTerm(models.Model):
    """A word or name the spelling check should accept for one body ("Thornaby", "iQuanta"),
    or an acronym with what it stands for ("SBC = Stockton-on-Tees Borough Council"), which the
    acronym check then suggests when a meeting leaves it unexplained."""

    body = models.ForeignKey("meetings.Body", on_delete=models.CASCADE, related_name="glossary")
    term = models.CharField(max_length=300)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["body", "term"]
        constraints = [models.UniqueConstraint(fields=["body", "term"], name="glossary_term_uniq")]

    def __str__(self) -> str:
        return self.term


class Dismissal(models.Model):
    """A finding a clerk dismissed for good: it is not shown again while the text it concerns
    is unchanged (``fingerprint``, see ``moot.quality.dismissals``), and comes back when that
    text changes. Kept when restored (``restored_at``), so the count of dismissals per check
    shows which checks clerks ignore."""

    meeting = models.ForeignKey(
        "meetings.Meeting", on_delete=models.CASCADE, related_name="dismissed_findings"
    )
    check_kind = models.CharField(max_length=40)
    item_reference = models.CharField(max_length=100, blank=True)
    fingerprint = models.CharField(max_length=64)
    text = models.CharField(max_length=300, blank=True)
    reason = models.CharField(max_length=500, blank=True)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    dismissed_at = models.DateTimeField(auto_now_add=True)
    restored_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-dismissed_at"]
        indexes = [models.Index(fields=["meeting", "fingerprint"], name="dismissal_meeting_fp")]

    def __str__(self) -> str:
        return f"{self.check_kind}: {self.text}"
