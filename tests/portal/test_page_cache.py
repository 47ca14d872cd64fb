"""The meeting page is cached for anonymous visitors, and no change can hide behind the cache."""

import pytest
from django.urls import reverse
from django.utils import timezone

from moot.portal.cache import current
from tests.factories import make_item, make_meeting

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()


def test_a_cached_meeting_page_takes_one_query(client, django_assert_num_queries):
    meeting = make_meeting()
    make_item(meeting, title="Budget monitoring")
    url = reverse("portal:meeting", args=[meeting.pk])
    assert "Budget monitoring" in client.get(url).content.decode()
    with django_assert_num_queries(1):
        assert "Budget monitoring" in client.get(url).content.decode()


def test_a_withdrawn_item_leaves_the_cached_page_at_once(client):
    meeting = make_meeting()
    item = make_item(meeting, title="Wrongly published item")
    url = reverse("portal:meeting", args=[meeting.pk])
    assert "Wrongly published item" in client.get(url).content.decode()
    item.withdrawn_at = timezone.now()
    item.save()
    assert "Wrongly published item" not in client.get(url).content.decode()


def test_a_rolled_back_change_still_lets_later_changes_move_the_version():
    from django.db import transaction

    meeting = make_meeting()
    before = current()
    with pytest.raises(RuntimeError), transaction.atomic():
        make_item(meeting, title="Never committed")
        raise RuntimeError
    assert current() == before
    make_item(meeting, title="Committed")
    assert current() > before


def test_one_transaction_moves_the_version_once():
    from django.db import transaction

    meeting = make_meeting()
    before = current()
    with transaction.atomic():
        for n in range(5):
            make_item(meeting, title=f"Item {n}")
    assert current() == before + 1
