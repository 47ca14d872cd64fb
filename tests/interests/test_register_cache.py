"""The cached public pages show a publication or a removal at once."""

import pytest

from moot.interests import services
from moot.interests.models import Category, RegisterEntry
from tests.factories import make_body, make_person

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()


def test_it_shows_a_publication_and_a_removal_on_the_cached_pages_at_once(client):
    body = make_body(name="Borsetshire County Council", slug="borsetshire")
    person = make_person(name="Ann Example")
    urls = [person.get_absolute_url(), "/register-of-interests/"]
    for url in urls:
        assert "Shares in Example plc" not in client.get(url).content.decode()
    entry = services.save(
        RegisterEntry(person=person, body=body),
        None,
        submit=True,
        category=Category.SECURITIES,
        description="Shares in Example plc",
    )
    services.publish(entry, None)
    for url in urls:
        assert "Shares in Example plc" in client.get(url).content.decode()
    services.remove(entry, None)
    for url in urls:
        assert "Shares in Example plc" not in client.get(url).content.decode()
