"""With ``MOOT_CACHE=redis`` the page cache, the sign-in failure counts and the alert limits
live in one Redis server, so every app server sees the same ones (issue: many app servers).

Each test runs against a real ``redis-server`` and proves the state is in Redis by reading
or clearing it there, not through Django."""

from __future__ import annotations

import pytest
import redis
from django.core.cache import cache
from django.urls import reverse

from tests.clerk.personas import make_user
from tests.factories import make_committee, make_item, make_meeting
from tests.servers.redis import redis_server

PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture
def shared(settings, redis_url):
    """Django configured as the documented many-server set-up configures it."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "moot",
        }
    }
    settings.AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
    server = redis.Redis.from_url(redis_url)
    server.flushall()
    yield server
    server.flushall()


def _keys(server, pattern: str) -> list[str]:
    return [key.decode() for key in server.keys(pattern)]


def test_the_settings_choose_redis_for_every_shared_limit(monkeypatch):
    import importlib

    import moot.settings

    monkeypatch.setenv("MOOT_CACHE", "redis")
    monkeypatch.setenv("MOOT_REDIS_URL", "redis://cache.internal:6380/2")
    try:
        chosen = importlib.reload(moot.settings)
        assert chosen.CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
        assert chosen.CACHES["default"]["LOCATION"] == "redis://cache.internal:6380/2"
        assert chosen.AXES_HANDLER == "axes.handlers.cache.AxesCacheHandler"
    finally:
        monkeypatch.undo()
        importlib.reload(moot.settings)


@pytest.mark.django_db(transaction=True)
def test_a_public_page_is_cached_in_redis_and_a_change_is_served_at_once(shared, settings, client):
    settings.PAGE_CACHE_SECONDS = 600
    meeting = make_meeting()
    item = make_item(meeting, title="Budget monitoring")
    url = reverse("portal:meeting", args=[meeting.pk])
    assert "Budget monitoring" in client.get(url).content.decode()
    assert _keys(shared, "moot:*moot:page:*")  # the rendered page is in Redis
    item.title = "Budget monitoring, quarter two"
    item.save()
    assert "quarter two" in client.get(url).content.decode()


def test_the_sign_in_failures_are_counted_in_redis(shared, client, db):
    make_user("clerk")
    for _ in range(5):
        client.post(
            "/accounts/login/",
            {"login": "clerk", "password": "wrong"},
            REMOTE_ADDR="203.0.113.5",
        )
    locked = client.post(
        "/accounts/login/", {"login": "clerk", "password": PASSWORD}, REMOTE_ADDR="203.0.113.5"
    )
    assert locked.status_code == 429
    assert _keys(shared, "moot:*")  # the count is there …
    shared.flushall()  # … and nowhere else: emptying Redis lifts the lock
    again = client.post(
        "/accounts/login/", {"login": "clerk", "password": PASSWORD}, REMOTE_ADDR="203.0.113.5"
    )
    assert again.status_code == 302


def test_the_alert_requests_of_one_address_are_counted_in_redis(shared, client, db):
    committee = make_committee()
    client.post(
        "/alerts/",
        {"email": "resident@example.org", "committee": committee.slug},
        REMOTE_ADDR="198.51.100.7",
    )
    assert cache.get("moot:feeds:subscribe:198.51.100.7") == 1
    assert _keys(shared, "moot:*moot:feeds:subscribe:198.51.100.7")
