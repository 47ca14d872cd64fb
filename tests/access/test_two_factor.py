"""Two-factor sign-in: required of anyone who can read exempt material (clerks, members,
administrators), optional for everyone else. The codes are worked out here from the secret, as
an authenticator app would."""

import re

import pytest
import time_machine
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.test import Client

from tests.access.totp import totp
from tests.clerk.personas import PASSWORD, make_personas, make_user

pytestmark = pytest.mark.django_db

SET_UP = "/accounts/2fa/totp/activate/"
ASK_CODE = "/accounts/2fa/authenticate/"


@pytest.fixture(autouse=True)
def _two_factor_required(settings):
    settings.TWO_FACTOR_REQUIRED = True


@pytest.fixture
def personas():
    return make_personas()


def sign_in(client, username):
    return client.post("/accounts/login/", {"login": username, "password": PASSWORD})


def set_up_authenticator_app(client):
    """Open the set-up page, read the secret from it, and confirm it with a code."""
    page = client.get(SET_UP)
    assert page.status_code == 200
    secret = re.search(r'id="authenticator_secret"[^>]*value="([A-Z2-7]+)"', page.text)
    assert secret, "the set-up page shows the secret to type into an app"
    response = client.post(SET_UP, {"code": totp(secret.group(1))})
    assert response.status_code == 302, response.content
    return secret.group(1)


def test_it_sends_a_clerk_without_two_factor_to_set_it_up(personas):
    client = Client()
    assert sign_in(client, "clerk").status_code == 302
    response = client.get("/clerk/")
    assert response.status_code == 302
    assert response["Location"] == SET_UP
    # No page that could show exempt material is reached first.
    assert client.get("/").status_code == 302


def test_it_sends_a_member_without_two_factor_to_set_it_up(personas):
    client = Client()
    sign_in(client, "member")
    assert client.get("/")["Location"] == SET_UP


def test_it_sends_a_monitoring_officer_without_two_factor_to_set_it_up(personas):
    from moot.access.models import MonitoringOfficerRole

    officer = make_user("officer")
    MonitoringOfficerRole.objects.create(user=officer, body=personas.body)
    client = Client()
    sign_in(client, "officer")
    assert client.get("/")["Location"] == SET_UP


def test_it_sends_an_administrator_without_two_factor_to_set_it_up(db):
    make_user("admin", is_staff=True, is_superuser=True)
    client = Client()
    sign_in(client, "admin")
    assert client.get("/admin/")["Location"] == SET_UP


def test_it_does_not_ask_a_member_of_the_public_for_two_factor(db):
    make_user("resident")
    client = Client()
    assert sign_in(client, "resident").status_code == 302
    assert client.get("/").status_code == 200


def test_it_lets_a_clerk_in_with_a_code_from_their_authenticator_app(personas):
    client = Client()
    with time_machine.travel("2030-05-15 09:00:00Z", tick=False) as clock:
        sign_in(client, "clerk")
        secret = set_up_authenticator_app(client)
        assert Authenticator.objects.filter(user=personas.clerk_user, type="totp").exists()
        assert client.get("/clerk/").status_code == 200
        client.post("/accounts/logout/")

        clock.shift(60)  # a code is good once: the next one comes from the next 30 seconds
        response = sign_in(client, "clerk")
        assert response["Location"] == ASK_CODE
        assert "_auth_user_id" not in client.session  # not signed in on the password alone
        assert client.post(ASK_CODE, {"code": "000000"}).status_code == 200
        response = client.post(ASK_CODE, {"code": totp(secret)})
        assert response.status_code == 302
        assert response["Location"] == "/clerk/"
        assert client.get("/clerk/").status_code == 200


def test_it_takes_a_recovery_code_once(personas):
    client = Client()
    with time_machine.travel("2030-05-15 09:00:00Z", tick=False):
        sign_in(client, "clerk")
        set_up_authenticator_app(client)
        client.post("/accounts/logout/")
    codes = RecoveryCodes(
        Authenticator.objects.get(user=personas.clerk_user, type="recovery_codes")
    ).get_unused_codes()
    assert codes

    sign_in(client, "clerk")
    assert client.post(ASK_CODE, {"code": codes[0]})["Location"] == "/clerk/"
    client.post("/accounts/logout/")

    sign_in(client, "clerk")
    response = client.post(ASK_CODE, {"code": codes[0]})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_the_pages_to_set_it_up_are_in_moots_layout(personas):
    client = Client()
    sign_in(client, "clerk")
    page = client.get(SET_UP).text
    assert "Skip to main content" in page
    assert 'class="input"' in page
    assert 'class="button"' in page


def test_the_admin_signs_in_through_the_same_page(db):
    response = Client().get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_changing_two_factor_later_asks_for_the_password_again(personas):
    client = Client()
    with time_machine.travel("2030-05-15 09:00:00Z", tick=False) as clock:
        sign_in(client, "clerk")
        set_up_authenticator_app(client)
        clock.shift(10 * 60)
        response = client.get("/accounts/2fa/totp/deactivate/")
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/reauthenticate/")


def test_it_offers_security_keys_too(personas):
    client = Client()
    with time_machine.travel("2030-05-15 09:00:00Z", tick=False):
        sign_in(client, "clerk")
        set_up_authenticator_app(client)
        page = client.get("/accounts/2fa/")
    assert page.status_code == 200
    assert "security keys" in page.text.lower()
    assert 'href="/accounts/2fa/webauthn/add/"' in page.text
