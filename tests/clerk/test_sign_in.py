"""Signing in: our own page, clerks land in the back office, guessing is locked out (by
django-axes: a number of failures per username and address)."""

from django.conf import settings

from moot.access.policy import viewer_for_user
from tests.clerk.personas import make_user

PASSWORD = "correct horse battery staple"


def _sign_in(client, username, password, address="203.0.113.5"):
    return client.post(
        "/accounts/login/", {"login": username, "password": password}, REMOTE_ADDR=address
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


def test_a_wrong_password_is_refused_saying_so(client, personas):
    response = _sign_in(client, "clerk", "wrong password")
    assert response.status_code == 200
    assert b"Enter a correct username and password" in response.content
    assert "_auth_user_id" not in client.session


def test_no_one_signs_themselves_up(client, db):
    client.post(
        "/accounts/signup/",
        {"username": "new", "password1": PASSWORD, "password2": PASSWORD},
    )
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(username="new").exists()


def test_a_clerk_role_fills_clerk_of(personas):
    viewer = viewer_for_user(personas.clerk_user)
    assert viewer.clerk_of == {personas.body.pk}
    assert viewer.clerks(personas.body.pk)
    assert not viewer.clerks(personas.other_body.pk)
    assert viewer_for_user(personas.member_user).clerk_of == frozenset()


def test_it_locks_the_username_out_from_that_address_after_five_failures(client, db):
    make_user("clerk")
    assert settings.AXES_FAILURE_LIMIT == 5
    for _ in range(4):
        response = _sign_in(client, "clerk", "wrong password")
        assert response.status_code == 200
        assert b"Enter a correct username and password" in response.content
    response = _sign_in(client, "clerk", "wrong password")
    assert response.status_code == 429
    response = _sign_in(client, "clerk", PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed attempts to sign in" in page
    assert "Wait 15 minutes and try again" in page
    assert "_auth_user_id" not in client.session


def test_the_lock_is_per_address_and_per_username(client, db):
    make_user("clerk")
    make_user("other")
    for _ in range(5):
        _sign_in(client, "clerk", "wrong password")
    assert _sign_in(client, "other", PASSWORD).status_code == 302
    client.logout()
    assert _sign_in(client, "clerk", PASSWORD, address="198.51.100.7").status_code == 302


def test_a_success_before_the_limit_clears_the_count(client, db):
    from axes.models import AccessAttempt

    make_user("clerk")
    for _ in range(4):
        _sign_in(client, "clerk", "wrong password")
    assert _sign_in(client, "clerk", PASSWORD).status_code == 302
    assert not AccessAttempt.objects.filter(username="clerk").exists()
    client.logout()
    for _ in range(4):
        _sign_in(client, "clerk", "wrong password")
    assert _sign_in(client, "clerk", PASSWORD).status_code == 302


def test_the_lock_lifts_when_the_time_has_passed(client, db):
    import time_machine
    from django.utils import timezone

    make_user("clerk")
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for _ in range(5):
            _sign_in(client, "clerk", "wrong password")
        assert _sign_in(client, "clerk", PASSWORD).status_code == 429
        clock.shift(16 * 60)
        assert _sign_in(client, "clerk", PASSWORD).status_code == 302


def test_signing_out_takes_a_post(client, personas):
    _sign_in(client, "clerk", PASSWORD)
    assert client.get("/accounts/logout/").status_code == 405
    assert client.post("/accounts/logout/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_sign_in_sent_from_a_page_goes_back_to_it(client, personas):
    page = client.get("/accounts/login/?next=/clerk/people/")
    assert b'name="next" value="/clerk/people/"' in page.content
    response = client.post(
        "/accounts/login/",
        {"login": "clerk", "password": PASSWORD, "next": "/clerk/people/"},
        REMOTE_ADDR="203.0.113.5",
    )
    assert response["Location"] == "/clerk/people/"
