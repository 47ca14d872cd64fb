"""Signing in: our own page, clerks land in the back office, guessing is slowed down."""

import time

from django.core.cache.backends.locmem import LocMemCache

from moot.access import throttle
from moot.access.policy import viewer_for_user
from tests.clerk.personas import make_user

PASSWORD = "correct horse battery staple"


def _sign_in(client, username, password, address="203.0.113.5"):
    return client.post(
        "/accounts/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def test_the_sign_in_page_is_ours(client, db):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert b'autocomplete="current-password"' in response.content
    assert b"Skip to main content" in response.content


def test_a_clerk_signs_in_and_lands_on_the_dashboard(client, personas):
    response = _sign_in(client, "clerk", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/clerk/"


def test_a_member_signs_in_and_lands_on_the_home_page(client, personas):
    response = _sign_in(client, "member", PASSWORD)
    assert response["Location"] == "/"


def test_a_clerk_role_fills_clerk_of(personas):
    viewer = viewer_for_user(personas.clerk_user)
    assert viewer.clerk_of == {personas.body.pk}
    assert viewer.clerks(personas.body.pk)
    assert not viewer.clerks(personas.other_body.pk)
    assert viewer_for_user(personas.member_user).clerk_of == frozenset()


def test_five_failures_lock_the_username_from_that_address(client, db):
    make_user("clerk")
    for _ in range(throttle.LIMIT):
        response = _sign_in(client, "clerk", "wrong password")
        assert response.status_code == 200
        assert b"Enter a correct username and password" in response.content
    response = _sign_in(client, "clerk", PASSWORD)
    assert response.status_code == 200
    assert b"Too many failed attempts" in response.content
    assert "_auth_user_id" not in client.session


def test_the_lock_is_per_address_and_per_username(client, db):
    make_user("clerk")
    make_user("other")
    for _ in range(throttle.LIMIT):
        _sign_in(client, "clerk", "wrong password")
    assert _sign_in(client, "other", PASSWORD).status_code == 302
    client.logout()
    assert _sign_in(client, "clerk", PASSWORD, address="198.51.100.7").status_code == 302


def test_a_success_before_the_limit_clears_the_count(client, db):
    make_user("clerk")
    for _ in range(throttle.LIMIT - 1):
        _sign_in(client, "clerk", "wrong password")
    assert _sign_in(client, "clerk", PASSWORD).status_code == 302
    assert throttle.failures("clerk", "203.0.113.5") == 0


def test_the_lock_lifts_when_the_window_has_passed(client, db, monkeypatch):
    make_user("clerk")
    for _ in range(throttle.LIMIT):
        _sign_in(client, "clerk", "wrong password")
    from django.core.cache import cache

    cache.clear()  # what the cache does when LOCK_SECONDS have passed
    assert _sign_in(client, "clerk", PASSWORD).status_code == 302


def test_signing_out_takes_a_post(client, personas):
    _sign_in(client, "clerk", PASSWORD)
    assert client.get("/accounts/logout/").status_code == 405
    assert client.post("/accounts/logout/").status_code == 302
    assert "_auth_user_id" not in client.session


def _guess_at_once(monkeypatch, guesses):
    """``guesses`` wrong passwords for one account from one address, sent together on as many
    threads, each password check slow enough for them to overlap. The usernames whose
    password was checked, and each guess's (valid, error codes)."""
    import threading

    from django.contrib.auth import forms as auth_forms
    from django.core.cache import cache
    from django.db import connection
    from django.test import RequestFactory

    from moot.access.forms import SignInForm

    cache.clear()
    checked = []
    lock = threading.Lock()

    def slow_wrong_password(request=None, **credentials):
        with lock:
            checked.append(credentials["username"])
        time.sleep(0.05)  # a real hasher takes this long: the guesses overlap
        return None

    monkeypatch.setattr(auth_forms, "authenticate", slow_wrong_password)
    barrier = threading.Barrier(guesses)
    results = []

    def guess(n):
        try:
            request = RequestFactory().post("/accounts/login/", REMOTE_ADDR="203.0.113.5")
            form = SignInForm(request, data={"username": "clerk", "password": f"guess {n}"})
            barrier.wait()
            valid = form.is_valid()
            with lock:
                results.append((valid, [e.code for e in form.non_field_errors().as_data()]))
        finally:
            connection.close()

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(guesses)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == guesses
    return checked, results


def test_sixty_guesses_at_once_check_no_more_than_the_limit_of_passwords(monkeypatch):
    """Each attempt takes its number before its password is checked, so guesses arriving
    together cannot all read the same count of zero."""
    guesses = 60
    checked, results = _guess_at_once(monkeypatch, guesses)
    assert not any(valid for valid, _ in results)
    assert len(checked) == throttle.LIMIT
    assert sum(codes == ["locked"] for _, codes in results) == guesses - throttle.LIMIT
    assert sum(codes == ["invalid_login"] for _, codes in results) == throttle.LIMIT


class ReadThenWriteIncrCache(LocMemCache):
    """A cache that increments as Django's database cache does — read the value, then write
    it back — with a pause between, while ``add`` stays atomic (the database refuses a second
    row with the same key)."""

    def incr(self, key, delta=1, version=None):
        value = self.get(key, version=version)
        if value is None:
            raise ValueError(f"Key '{key}' not found")
        time.sleep(0.01)
        self.set(key, value + delta, version=version)
        return value + delta


def test_sixty_guesses_at_once_check_no_more_than_the_limit_on_the_database_cache(
    monkeypatch,
):
    """Several app servers share the database cache, whose increment reads then writes: the
    count cannot rest on it. Each attempt claims a numbered place only one attempt can add."""
    monkeypatch.setattr(throttle, "cache", ReadThenWriteIncrCache("signin-read-then-write", {}))
    guesses = 60
    checked, results = _guess_at_once(monkeypatch, guesses)
    assert not any(valid for valid, _ in results)
    assert len(checked) == throttle.LIMIT
    assert sum(codes == ["locked"] for _, codes in results) == guesses - throttle.LIMIT


def test_the_lock_holds_on_the_database_cache(client, db, monkeypatch):
    from django.core.cache.backends.db import DatabaseCache
    from django.core.management import call_command
    from django.test import override_settings

    table = "moot_test_signin_cache"
    backend = "django.core.cache.backends.db.DatabaseCache"
    with override_settings(CACHES={"default": {"BACKEND": backend, "LOCATION": table}}):
        call_command("createcachetable", verbosity=0)
    monkeypatch.setattr(throttle, "cache", DatabaseCache(table, {}))
    make_user("clerk")
    for _ in range(throttle.LIMIT - 1):
        _sign_in(client, "clerk", "wrong password")
    assert throttle.failures("clerk", "203.0.113.5") == throttle.LIMIT - 1
    assert _sign_in(client, "clerk", PASSWORD).status_code == 302
    assert throttle.failures("clerk", "203.0.113.5") == 0
    client.logout()
    for _ in range(throttle.LIMIT):
        _sign_in(client, "clerk", "wrong password")
    assert b"Too many failed attempts" in _sign_in(client, "clerk", PASSWORD).content
