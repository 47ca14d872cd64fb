"""What every import keeps: the raw input it read and what it did with it."""

from django.db import models
from django.utils import timezone


class ImportRun(models.Model):
    source = models.CharField(max_length=40, help_text='Importer, e.g. "moderngov_page".')
    location = models.CharField(max_length=1000, help_text="File path or URL read.")
    sha256 = models.CharField(max_length=64)
    raw = models.TextField(help_text="The input exactly as read, kept for audit and re-parsing.")
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    report = models.JSONField(default=dict, blank=True)
    ok = models.BooleanField(default=False)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.source} {self.location} at {self.started_at:%Y-%m-%d %H:%M}"
