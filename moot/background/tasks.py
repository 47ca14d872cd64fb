"""Moot's background work, as tasks of Django's tasks framework (the ``django-tasks``
backport on Django 5.2; on Django 6 the same code runs on ``django.tasks``).

Where they run is a setting (``MOOT_TASKS``): ``immediate`` runs each task in the process
that queues it, at once (the demo, one small server); ``database`` queues it in the database
for ``moot db-worker`` processes on any machine. See docs/deploying.md.

A task that fails is tried again later, up to ``TASK_ATTEMPTS`` times with a growing pause,
where the backend can run a task later (the database one can); every failed attempt stays
visible to an administrator (Admin › Tasks Database Backend › Task results) with its
traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from typing import Any

from django.conf import settings
from django.utils import timezone
from django_tasks import default_task_backend, task

log = logging.getLogger(__name__)

# Priorities (larger first): a take-down's purge before anything else.
URGENT, SOON, ROUTINE = 100, 10, 0


def retried(priority: int = ROUTINE) -> Callable[[Callable[..., Any]], Any]:
    """A task that, when it fails, queues itself again after a pause (1, 2, 4, 8 … minutes)
    until ``TASK_ATTEMPTS`` attempts have failed, then stays failed. Each failure is raised,
    so the backend records it."""

    def decorate(function: Callable[..., Any]) -> Any:
        @wraps(function)
        def attempt(*args: Any, attempt: int = 1, **kwargs: Any) -> Any:
            try:
                return function(*args, **kwargs)
            except Exception:
                if attempt < settings.TASK_ATTEMPTS and default_task_backend.supports_defer:
                    later = timezone.now() + timedelta(minutes=2 ** (attempt - 1))
                    the_task.using(run_after=later).enqueue(*args, attempt=attempt + 1, **kwargs)
                    log.warning(
                        "%s failed (attempt %s of %s); tried again after %s",
                        function.__name__,
                        attempt,
                        settings.TASK_ATTEMPTS,
                        later.isoformat(timespec="seconds"),
                    )
                raise

        the_task = task(priority=priority)(attempt)
        return the_task

    return decorate


@retried(SOON)
def rebuild_papers(meeting_id: int) -> None:
    """Print a meeting's papers again (agenda pack, printed minutes) after a change."""
    from moot.documents.papers.keep_current import rebuild

    rebuild(meeting_id)


@retried(URGENT)
def purge_taken_down(keys: list[str]) -> None:
    """Ask the CDN to forget pages holding material just taken down: first of all."""
    from moot.portal.cdn import send_purge

    send_purge(keys)


@retried(SOON)
def purge(keys: list[str]) -> None:
    """Ask the CDN to forget pages a change made stale."""
    from moot.portal.cdn import send_purge

    send_purge(keys)


@retried(SOON)
def send_summons(meeting_id: int, supplement: bool, published_at: str) -> int:
    """Email the summons of a publication to everyone summoned; the number of messages."""
    from datetime import datetime

    from moot.clerk.summons import send_summons as send

    at = datetime.fromisoformat(published_at)
    return len(send(meeting_id, supplement=supplement, at=at))


@retried()
def drain_index() -> int:
    """Apply the search index tasks left queued (normally applied right after each change)."""
    from moot.search import indexer

    return indexer.drain()


@retried()
def send_alerts() -> dict[str, int]:
    """Email alert digests, then delete addresses kept past their time."""
    from moot.feeds import alerts

    report = alerts.send_alerts()
    unconfirmed, unsubscribed = alerts.purge()
    if report.failed:
        raise RuntimeError(f"{report.failed} alert digest(s) could not be sent")
    return {
        "digests": report.digests,
        "events": report.events,
        "deleted": unconfirmed + unsubscribed,
    }


@retried()
def release_due() -> dict[str, int]:
    """Publish restricted material whose release date has come."""
    from moot.meetings.services.publishing import release_due as release

    released = release()
    return {"items": len(released.items), "documents": len(released.documents)}
