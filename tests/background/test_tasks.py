"""Background work runs as tasks on a real queue (the database backend of Django's tasks
framework): queued by a change, run by ``moot db-worker``, tried again after a failure, and
every failure left for an administrator to see."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from moot.background import tasks
from moot.documents.models import Paper
from moot.meetings.services import publishing
from tests.factories import make_item, make_meeting

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def queued(settings):
    """The database queue, as production runs it."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    settings.TASK_ATTEMPTS = 3


def work() -> None:
    """One worker, until the queue has nothing ready."""
    call_command("db_worker", batch=True, interval=0, startup_delay=False, verbosity=0)


def test_a_take_down_queues_the_papers_rebuild_and_the_worker_does_it(queued):
    meeting = make_meeting()
    item = make_item(meeting, title="Published by mistake")
    DBTaskResult.objects.all().delete()
    publishing.withdraw_item(item, "Published in error")
    waiting = DBTaskResult.objects.get(task_path="moot.background.tasks.rebuild_papers")
    assert waiting.status == "READY" and waiting.args_kwargs["args"] == [meeting.pk]
    work()
    waiting.refresh_from_db()
    assert waiting.status == "SUCCESSFUL"
    assert Paper.objects.filter(meeting=meeting).exists()


def test_a_take_down_s_purge_is_queued_before_everything_else(queued, settings):
    settings.CDN_PURGE_URL = "http://127.0.0.1:9/purge"
    meeting = make_meeting()
    item = make_item(meeting, title="Published by mistake")
    DBTaskResult.objects.all().delete()
    publishing.withdraw_item(item, "Published in error")
    first = DBTaskResult.objects.ready().order_by("-priority", "enqueued_at").first()
    assert first.task_path == "moot.background.tasks.purge_taken_down"
    assert f"meeting-{meeting.pk}" in first.args_kwargs["args"][0]


def test_a_failing_task_is_tried_again_later_then_stays_failed(queued, settings, caplog):
    settings.CDN_PURGE_URL = "http://127.0.0.1:9/purge"  # nothing listens there
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        tasks.purge.enqueue(["meeting-1"])
        work()
        assert DBTaskResult.objects.filter(status="FAILED").count() == 1
        again = DBTaskResult.objects.get(status="READY")
        assert again.args_kwargs["kwargs"] == {"attempt": 2}
        assert again.run_after == start + timedelta(minutes=1)
        work()  # not yet: it waits its minute
        assert DBTaskResult.objects.filter(status="FAILED").count() == 1
        clock.shift(timedelta(minutes=1, seconds=1))
        work()
        third = DBTaskResult.objects.get(status="READY")
        assert third.args_kwargs["kwargs"] == {"attempt": 3}
        clock.shift(timedelta(minutes=2, seconds=1))
        work()
    # The third attempt was the last (TASK_ATTEMPTS = 3): three failures, nothing left.
    assert DBTaskResult.objects.filter(status="FAILED").count() == 3
    assert not DBTaskResult.objects.ready().exists()
    assert "failed (attempt 2 of 3)" in caplog.text


def test_a_failed_task_is_shown_to_an_administrator_with_its_error(queued, settings, client):
    from django.contrib.auth import get_user_model

    settings.CDN_PURGE_URL = "http://127.0.0.1:9/purge"
    settings.TASK_ATTEMPTS = 1
    tasks.purge.enqueue(["meeting-1"])
    work()
    failed = DBTaskResult.objects.get(status="FAILED")
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    listing = client.get("/admin/django_tasks_database/dbtaskresult/?status__exact=FAILED")
    assert listing.status_code == 200
    assert f"/admin/django_tasks_database/dbtaskresult/{failed.pk}/" in listing.content.decode()
    detail = client.get(f"/admin/django_tasks_database/dbtaskresult/{failed.pk}/change/")
    assert "ConnectError" in detail.content.decode()


def test_in_one_process_the_same_task_runs_at_once_and_never_fails_the_caller(settings):
    settings.CDN_PURGE_URL = "http://127.0.0.1:9/purge"
    result = tasks.purge.enqueue(["meeting-1"])  # the immediate backend: the default
    assert result.status == "FAILED"
    assert not DBTaskResult.objects.exists()


def test_release_due_runs_as_a_task(queued):
    assert tasks.release_due.enqueue().status == "READY"
    work()
    done = DBTaskResult.objects.get()
    assert done.status == "SUCCESSFUL" and done.return_value == {"items": 0, "documents": 0}
