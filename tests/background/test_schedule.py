"""Scheduled jobs are tasks, with the schedule in settings: each run is queued once, on the
clock, however many servers look."""

from __future__ import annotations

from datetime import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from moot.background import schedule
from moot.background.models import ScheduledRun

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


@pytest.fixture(autouse=True)
def queued(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    settings.SCHEDULE = {
        "send-alerts": {"task": "moot.background.tasks.send_alerts", "every": 15},
        "release-due": {"task": "moot.background.tasks.release_due", "at": "05:00"},
    }


def at(hour: int, minute: int, day: int = 4) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=LONDON)


def test_each_run_is_queued_once_on_the_clock():
    assert schedule.queue_due(at(4, 7)) == ["send-alerts"]  # before five: no release yet
    assert schedule.queue_due(at(4, 14)) == []  # the same quarter hour
    assert schedule.queue_due(at(4, 15)) == ["send-alerts"]
    assert schedule.queue_due(at(5, 2)) == ["send-alerts", "release-due"]
    assert schedule.queue_due(at(23, 59)) == ["send-alerts"]  # released once a day
    assert schedule.queue_due(at(5, 0, day=5)) == ["send-alerts", "release-due"]
    assert set(ScheduledRun.objects.values_list("slot", flat=True)) >= {
        "2026-12-04T04:00",
        "2026-12-04T04:15",
        "2026-12-04T05:00",
        "2026-12-05T05:00",
    }
    paths = list(DBTaskResult.objects.values_list("task_path", flat=True))
    assert paths.count("moot.background.tasks.release_due") == 2
    assert paths.count("moot.background.tasks.send_alerts") == 5


def test_two_servers_looking_at_the_same_time_queue_the_run_once():
    first = schedule.queue_due(at(9, 30))
    second = schedule.queue_due(at(9, 31))
    assert first == ["send-alerts", "release-due"] and second == []
    assert DBTaskResult.objects.count() == 2


@pytest.mark.parametrize(
    "spec, says",
    [
        ({"task": "moot.background.tasks.send_alerts"}, "needs one of 'every' or 'at'"),
        ({"task": "moot.background.tasks.send_alerts", "every": 7}, "divide a day"),
        ({"task": "moot.background.tasks.send_alerts", "at": "25:00"}, "must be HH:MM"),
        ({"task": "moot.background.tasks.no_such_task", "every": 5}, "no_such_task"),
    ],
)
def test_a_wrong_schedule_is_refused_naming_the_job(settings, spec, says):
    settings.SCHEDULE = {"broken": spec}
    with pytest.raises((ImproperlyConfigured, ImportError), match=says):
        schedule.jobs()


def test_the_command_queues_what_is_due_and_says_so():
    out = StringIO()
    call_command("schedule", once=True, stdout=out)
    assert "Queued send-alerts." in out.getvalue()
    assert DBTaskResult.objects.filter(task_path="moot.background.tasks.send_alerts").exists()


def test_the_default_schedule_names_real_tasks(settings):
    from moot import settings as moot_settings

    settings.SCHEDULE = moot_settings.SCHEDULE
    assert {job.name for job in schedule.jobs()} == {
        "send-alerts",
        "release-due",
        "index-catch-up",
    }
