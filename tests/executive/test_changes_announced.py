"""A change to the executive's or the register's rows is a change of the public site: saved
by any screen (a service, a clerk's form, the admin), it moves the page cache on and purges the
CDN; a decision notice taken down is purged first, as a meeting's take-down is."""

from __future__ import annotations

import pytest
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from moot.executive import notice_services
from moot.portal.cache import ContentVersion
from moot.portal.cdn import EVERYTHING
from tests.executive.conftest import make_notice

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def queued(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    settings.CDN_PURGE_URL = "http://127.0.0.1:9/purge"


def _version() -> int:
    row = ContentVersion.objects.filter(pk=1).first()
    return row.value if row else 0


def test_a_decision_maker_saved_by_a_screen_of_its_own_moves_the_page_cache_on(executive):
    before = _version()
    executive.officer.title = "Director of Resources"
    executive.officer.save()  # as the clerk's decision-maker form saves it
    assert _version() > before


def test_a_register_entry_saved_moves_the_page_cache_on(executive):
    from moot.interests.models import Category, RegisterEntry

    before = _version()
    RegisterEntry.objects.create(
        person=executive.scrutineer_person,
        body=executive.personas.body,
        category=Category.EMPLOYMENT,
        description="Solicitor, Elm Row Chambers",
    )
    assert _version() > before


def test_a_withdrawn_decision_notice_is_purged_at_take_down_priority(executive, queued):
    notice = make_notice(executive.officer)
    notice_services.publish_notice(notice)
    DBTaskResult.objects.all().delete()
    with transaction.atomic():
        notice_services.withdraw_notice(notice)
    first = DBTaskResult.objects.ready().order_by("-priority", "enqueued_at").first()
    assert first is not None
    assert first.task_path == "moot.background.tasks.purge_taken_down"
    assert first.args_kwargs["args"] == [[EVERYTHING]]
