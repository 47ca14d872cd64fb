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


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/committees/{slug}/",
        "/councillors/",
        "/councillors/{person}/",
        "/feeds/atom.xml",
        "/feeds/committees/{slug}.atom",
    ],
)
def test_every_busy_public_page_is_cached_and_a_change_is_served_at_once(
    client, url, django_assert_num_queries
):
    from tests.factories import make_membership, make_person

    meeting = make_meeting()
    committee = meeting.committee
    person = make_person(name="Cllr Ann Example")
    make_membership(person, committee)
    item = make_item(meeting, title="Budget monitoring")
    url = url.format(slug=committee.slug, person=person.slug)
    first = client.get(url)
    assert first.status_code == 200
    with django_assert_num_queries(1):  # the content version, no more
        assert client.get(url).content == first.content
    item.title = "Budget monitoring, quarter two"
    item.save()  # any change moves the version on: the page is made again
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as made_again:
        assert client.get(url).status_code == 200
    assert len(made_again) > 1
