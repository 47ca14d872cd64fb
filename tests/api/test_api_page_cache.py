"""The API's objects and lists are kept in the page cache like the public pages: served again
with one look-up, and never once anything in them has changed."""

from __future__ import annotations

import pytest
from django.utils import timezone

from tests.factories import make_item, make_meeting

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def test_a_list_is_served_again_from_the_cache(client, django_assert_num_queries):
    meeting = make_meeting()
    make_item(meeting, title="Budget monitoring")
    url = f"/oparl/v1/body/{meeting.committee.body_id}/agenda-items/"
    first = client.get(url)
    assert "Budget monitoring" in first.content.decode()
    with django_assert_num_queries(1):  # the content version
        again = client.get(url)
    assert again.content == first.content
    assert again["Access-Control-Allow-Origin"] == "*"
    other_page = client.get(url + "?limit=1&page=1").json()
    assert other_page["pagination"]["elementsPerPage"] == 1


def test_a_withdrawn_item_leaves_the_cached_list_and_object_at_once(client):
    meeting = make_meeting()
    item = make_item(meeting, title="Wrongly published item")
    listed = f"/oparl/v1/body/{meeting.committee.body_id}/agenda-items/"
    own = f"/oparl/v1/agenda-item/{item.pk}/"
    embedded = f"/oparl/v1/meeting/{meeting.pk}/"
    for url in (listed, own, embedded):
        assert "Wrongly published item" in client.get(url).content.decode()
    item.withdrawn_at = timezone.now()
    item.save()
    for url in (listed, embedded):
        assert "Wrongly published item" not in client.get(url).content.decode()
    assert client.get(own).json().get("deleted") is True or client.get(own).status_code == 404
