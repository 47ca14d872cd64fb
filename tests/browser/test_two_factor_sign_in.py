"""Two-factor sign-in in a real browser: a clerk is sent to set up an authenticator app, keeps
their recovery codes, and signs in again with a code — axe-core at zero on every new page, the
refused code and the lock-out page included."""

from __future__ import annotations

import pytest

from tests.access.totp import totp
from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser]

PASSWORD = "correct horse battery staple"


@pytest.fixture
def clerk(transactional_db, settings):
    from moot.access.models import ClerkRole
    from tests.clerk.personas import make_user
    from tests.factories import make_body

    settings.TWO_FACTOR_REQUIRED = True
    user = make_user("clerk")
    ClerkRole.objects.create(user=user, body=make_body(name="Stockton-on-Tees Borough Council"))
    return user


def accessible(page):
    violations = axe_violations(page)
    assert violations == [], f"{page.url}: {violations}"


def sign_in(page, base, password=PASSWORD):
    page.goto(base + "/accounts/login/")
    page.get_by_label("Username").fill("clerk")
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_a_clerk_sets_up_an_authenticator_app_and_signs_in_with_a_code(page, live_server, clerk):
    from django.core.cache import cache

    base = live_server.url
    sign_in(page, base)
    assert page.url == base + "/accounts/2fa/totp/activate/"
    accessible(page)
    secret = page.get_by_label("Authenticator secret").input_value()

    page.get_by_label("Authenticator code").fill("000000")
    page.get_by_role("button", name="Activate").click()
    assert page.locator(".error-message").count()
    accessible(page)

    page.get_by_label("Authenticator code").fill(totp(secret))
    page.get_by_role("button", name="Activate").click()
    assert "/accounts/2fa/recovery-codes/" in page.url
    accessible(page)

    page.get_by_role("link", name="Continue").click()
    page.goto(base + "/accounts/2fa/")  # where they manage it later, security keys too
    accessible(page)
    page.goto(base + "/accounts/2fa/webauthn/add/")
    accessible(page)

    page.goto(base + "/clerk/")
    assert page.url == base + "/clerk/"
    page.locator("form[action='/accounts/logout/'] button").first.click()

    cache.clear()  # a code is good once; this test types the same one again
    sign_in(page, base)
    assert page.url == base + "/accounts/2fa/authenticate/"
    accessible(page)
    page.get_by_label("Code").fill(totp(secret))
    page.get_by_role("button", name="Sign in").click()
    assert page.url == base + "/clerk/"


def test_the_lock_out_page_says_what_to_do(page, live_server, clerk):
    base = live_server.url
    for _ in range(5):
        sign_in(page, base, password="wrong password")
    assert "Too many failed attempts to sign in" in page.locator("main").inner_text()
    accessible(page)
