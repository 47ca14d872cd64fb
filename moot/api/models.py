"""Data the OParl API needs that the committee domain does not hold yet.

``LegislativeTerm`` is a council's electoral term (the four years between ordinary
elections, or whatever the body records). OParl requires every Body to list its terms; the
terms are entered by an administrator (Django admin) and served as they are — Moot does not
guess election years, because councils elect in whole, by halves or by thirds on different
cycles.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from moot.meetings.models import Body


class LegislativeTerm(models.Model):
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="legislative_terms")
    name = models.CharField(max_length=200, help_text='As the council names it: "2023–2027".')
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(
        null=True, blank=True, help_text="Set instead of deleting, so OParl clients learn of it."
    )

    class Meta:
        ordering = ["body", "start_date", "pk"]

    def __str__(self) -> str:
        return f"{self.body}: {self.name}"
