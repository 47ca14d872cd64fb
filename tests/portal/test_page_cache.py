"""The meeting page is cached for anonymous visitors, and no change can hide behind the cache."""

import pytest
from django.http import HttpResponse
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


def test_a_cached_page_is_kept_as_its_bytes_and_headers(client):
    from django.core.cache import cache

    meeting = make_meeting()
    make_item(meeting, title="Budget monitoring")
    first = client.get("/feeds/atom.xml")
    keys = [key.split(":", 2)[2] for key in cache._cache if "moot:page:" in key]  # type: ignore[attr-defined]
    kept = [cache.get(key) for key in keys]
    assert kept and all(isinstance(entry, tuple) and isinstance(entry[2], bytes) for entry in kept)
    again = client.get("/feeds/atom.xml")
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert again["ETag"] == first["ETag"]


def test_the_cached_feed_follows_a_publication_and_a_take_down(client):
    from moot.meetings.services import publishing
    from tests.factories import local

    published = make_meeting()
    make_item(published, title="Budget monitoring")
    meeting = make_meeting(published=False, start=local(2030, 5, 15))
    item = make_item(meeting, published=False, title="Library opening hours")
    before = client.get("/feeds/atom.xml").content.decode()
    assert "Budget monitoring" in before and "Library opening hours" not in before
    assert client.get("/feeds/atom.xml").content.decode() == before  # cached

    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    after = client.get("/feeds/atom.xml").content.decode()
    assert "Library opening hours" in after

    item.refresh_from_db()
    publishing.withdraw_item(item, "Published by mistake")
    taken_down = client.get("/feeds/atom.xml").content.decode()
    assert "Library opening hours" not in taken_down and "Budget monitoring" in taken_down


def test_a_page_with_a_form_token_is_never_kept():
    """The token would be the first reader's: every later reader's post would be refused."""
    from django.middleware.csrf import get_token
    from django.test import RequestFactory

    from moot.portal.cache import serve

    made = []

    def page(request):
        made.append(1)
        return HttpResponse(f"<input name=csrfmiddlewaretoken value={get_token(request)}>")

    for _ in range(2):
        request = RequestFactory().get("/a-form")
        serve(request, "/a-form", lambda request=request: page(request))
    assert len(made) == 2


def test_an_anonymous_reader_of_a_cached_committee_page_can_ask_for_alerts():
    from django.test import Client

    committee = make_meeting().committee
    url = f"/committees/{committee.slug}/"
    Client(enforce_csrf_checks=True).get(url)  # made and kept
    reader = Client(enforce_csrf_checks=True)
    page = reader.get(url).content.decode()
    assert "csrfmiddlewaretoken" not in page
    link = f"/alerts/?committee={committee.slug}"
    assert f'href="{link}"' in page
    form = reader.get(link).content.decode()
    import re

    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    answer = reader.post(
        "/alerts/",
        {"csrfmiddlewaretoken": token, "email": "reader@example.org", "committee": committee.slug},
    )
    assert answer.status_code == 200


def test_a_kept_page_carries_its_etag_and_a_current_copy_gets_a_304(client):
    meeting = make_meeting()
    make_item(meeting, title="Budget monitoring")
    url = reverse("portal:meeting", args=[meeting.pk])
    made = client.get(url)
    kept = client.get(url)
    assert made["ETag"] and kept["ETag"] == made["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=kept["ETag"]).status_code == 304
    make_item(meeting, title="A new report")
    changed = client.get(url)
    assert changed["ETag"] != made["ETag"] and "A new report" in changed.content.decode()


def test_the_page_not_found_is_drawn_once_for_readers_not_signed_in(
    client, django_assert_num_queries, django_user_model
):
    first = client.get("/no/such/page/")
    assert first.status_code == 404 and "Page not found" in first.content.decode()
    with django_assert_num_queries(1):  # the content version; the page is kept
        again = client.get("/another/missing/page/")
    assert again.status_code == 404 and again.content == first.content
    assert "My meetings" not in again.content.decode()
    # A change moves the kept page on with every other: it is drawn again (its brand read).
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_meeting()
    with CaptureQueriesContext(connection) as drawn:
        client.get("/no/such/page/")
    assert len(drawn) > 1


def test_a_signed_in_reader_gets_their_own_page_not_found(client, django_user_model):
    client.get("/no/such/page/")  # kept for readers not signed in
    user = django_user_model.objects.create_user("reader", password="a long pass phrase")
    client.force_login(user)
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "My meetings" in response.content.decode()
    client.logout()
    assert "My meetings" not in client.get("/no/such/page/").content.decode()
