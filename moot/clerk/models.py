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
