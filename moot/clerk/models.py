"""What the back office keeps of its own: drafts of the record screen, kept on the server
while a clerk types so that a closed tab, a lost connection or a flat battery loses nothing."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from moot.meetings.models import Item


class RecordDraft(models.Model):
    """The unsaved fields of one item's record page, as one clerk last typed them.

    ``fields`` maps each form field's name (with its prefix) to its value or list of values,
    the hidden minutes version included: a restored draft is saved against the version the
    clerk started from, so someone else's save in between is still caught."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    fields = models.JSONField(default=dict)
    kept_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["item", "user"], name="one_record_draft_per_clerk")
        ]

    def __str__(self) -> str:
        return f"Draft of item {self.item_id} by user {self.user_id}"


class CirculationEntry(models.Model):
    """Someone besides the members who gets a committee's summons: an officer, an adviser.
    The address is private: it is never shown on the public site."""

    committee = models.ForeignKey(
        "meetings.Committee", on_delete=models.CASCADE, related_name="circulation"
    )
    name = models.CharField(max_length=200)
    email = models.EmailField()
    role = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["committee", "name"]
        constraints = [
            models.UniqueConstraint(fields=["committee", "email"], name="circulation_once_uniq")
        ]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"


class SummonsKind(models.TextChoices):
    AGENDA = "agenda", "Agenda"
    SUPPLEMENT = "supplement", "Supplement"


class SummonsStatus(models.TextChoices):
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"
    BOUNCED = "bounced", "Bounced"


class SummonsDelivery(models.Model):
    """One summons email to one recipient for one publication, and what became of it."""

    meeting = models.ForeignKey(
        "meetings.Meeting", on_delete=models.CASCADE, related_name="summons_deliveries"
    )
    kind = models.CharField(max_length=12, choices=SummonsKind.choices)
    published_at = models.DateTimeField(help_text="The publication this summons announced.")
    recipient = models.CharField(max_length=200)
    role = models.CharField(max_length=200, blank=True)
    address = models.EmailField()
    sent_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=SummonsStatus.choices)
    error = models.TextField(blank=True)
    message_id = models.CharField(max_length=255, blank=True, db_index=True)

    class Meta:
        ordering = ["meeting", "-published_at", "recipient", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} to {self.address}: {self.get_status_display()}"
