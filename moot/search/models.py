"""Index tasks (the queue between a change and the index) and the PostgreSQL engine's table.

An ``IndexTask`` is written in the same transaction as the change it describes, so a change
that rolls back leaves no task and a change that commits always reaches the index. The task
names only the row; the indexer reads the row as it is when it applies the task, so applying
a task twice, or late, is harmless.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils import timezone


class IndexTask(models.Model):
    class Target(models.TextChoices):
        ITEM = "item", "Item (with its decisions and documents)"
        DOCUMENT = "document", "Document"
        MEETING = "meeting", "Meeting (all its items and documents)"
        COMMITTEE = "committee", "Committee (all its meetings)"
        NOTICE = "notice", "Executive or officer decision notice"
        PLAN = "plan", "Forward plan entry"

    target = models.CharField(max_length=10, choices=Target.choices)
    object_id = models.PositiveBigIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"index {self.target} {self.object_id}"


class SearchEntry(models.Model):
    """One searchable unit in the PostgreSQL engine: an item's agenda entry, minutes or
    decisions, or one page of a document.

    ``vector`` covers the text everyone allowed to see the unit may search; ``all_vector``
    adds the withheld text of a restricted item, searched only for entitled viewers. The
    ``*_acronyms`` columns hold acronyms as written (case kept, unstemmed). The columns are
    plain text on SQLite, where this table stays empty.
    """

    key = models.CharField(max_length=60, unique=True)
    owner = models.CharField(max_length=40, db_index=True, help_text='"item:12", "document:5"')
    kind = models.CharField(max_length=10)
    item_id = models.BigIntegerField(null=True)
    document_id = models.BigIntegerField(null=True)
    page = models.PositiveIntegerField(default=0)
    committee_id = models.BigIntegerField()
    body_id = models.BigIntegerField()
    date = models.DateTimeField()
    public_ok = models.BooleanField(default=False)
    member_ok = models.BooleanField(default=False)
    clerk_ok = models.BooleanField(default=False)
    vector = SearchVectorField(null=True)
    all_vector = SearchVectorField(null=True)
    acronyms = SearchVectorField(null=True)
    all_acronyms = SearchVectorField(null=True)

    class Meta:
        indexes = [models.Index(fields=["committee_id", "date"])]

    def __str__(self) -> str:
        return self.key
