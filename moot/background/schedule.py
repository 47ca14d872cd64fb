"""Scheduled jobs, as tasks: the schedule is a setting (``SCHEDULE``) and ``moot schedule``
queues each job when its time comes.

A job runs ``every`` so many minutes (on the clock: every 15 minutes is :00, :15, :30, :45)
or once a day ``at`` a local time. Each run is one time slot; a slot is queued once, however
many servers run ``moot schedule`` (a unique row per job and slot), and a slot missed while
nothing ran is caught up by the next look, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any, cast

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import ScheduledRun


@dataclass(frozen=True)
class Job:
    name: str
    task: str
    every: int | None = None  # minutes
    at: time | None = None  # local time, daily

    def slot(self, now: datetime) -> str | None:
        """The slot due at ``now`` (local time), or None before a daily job's time."""
        local = timezone.localtime(now)
        if self.every:
            minutes = (local.hour * 60 + local.minute) // self.every * self.every
            start = local.replace(hour=minutes // 60, minute=minutes % 60, second=0, microsecond=0)
            return start.strftime("%Y-%m-%dT%H:%M")
        assert self.at is not None
        if local.time() < self.at:
            return None
        return f"{local.date().isoformat()}T{self.at.strftime('%H:%M')}"


def jobs() -> list[Job]:
    """The jobs of ``settings.SCHEDULE``, each checked: a task that exists, and one of
    ``every`` (minutes, dividing a day) or ``at`` ("HH:MM")."""
    found = []
    setting = cast(dict[str, dict[str, Any]], settings.SCHEDULE)
    for name, spec in setting.items():
        every, at = spec.get("every"), spec.get("at")
        if (every is None) == (at is None):
            raise ImproperlyConfigured(f"SCHEDULE[{name!r}] needs one of 'every' or 'at'")
        if every is not None and (not isinstance(every, int) or every < 1 or 1440 % every):
            raise ImproperlyConfigured(
                f"SCHEDULE[{name!r}]['every'] must be minutes that divide a day, not {every!r}"
            )
        try:
            daily = time.fromisoformat(at) if at is not None else None
        except ValueError:
            raise ImproperlyConfigured(
                f"SCHEDULE[{name!r}]['at'] must be HH:MM, not {at!r}"
            ) from None
        import_string(spec["task"])  # fails now, not at three in the morning
        found.append(Job(name, spec["task"], every, daily))
    return found


def queue_due(now: datetime | None = None) -> list[str]:
    """Queue every job whose slot has come and is not queued yet; the names queued."""
    now = now or timezone.now()
    queued = []
    for job in jobs():
        slot = job.slot(now)
        if slot is None:
            continue
        try:
            with transaction.atomic():
                run = ScheduledRun.objects.create(job=job.name, slot=slot, queued_at=now)
                result = import_string(job.task).enqueue()
                run.task_id = str(result.id)
                run.save(update_fields=["task_id"])
        except IntegrityError:
            continue  # queued already, here or by another server
        queued.append(job.name)
    return queued


def prune(now: datetime | None = None, days: int = 30) -> int:
    """Forget the slots of runs queued more than ``days`` ago."""
    before = (now or timezone.now()) - timedelta(days=days)
    return ScheduledRun.objects.filter(queued_at__lt=before).delete()[0]
