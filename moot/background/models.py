"""The schedule's memory: which run of each scheduled job has been queued."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class ScheduledRun(models.Model):
    """One queued run of a scheduled job. The (job, slot) pair is unique, so however many
    servers run ``moot schedule``, each run is queued once."""

    job = models.CharField(max_length=60)
    slot = models.CharField(max_length=40, help_text="The run's time slot, e.g. 2026-12-04T05:00.")
    queued_at = models.DateTimeField(default=timezone.now)
    task_id = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-queued_at"]
        constraints = [models.UniqueConstraint(fields=["job", "slot"], name="scheduled_run_uniq")]

    def __str__(self) -> str:
        return f"{self.job} at {self.slot}"
