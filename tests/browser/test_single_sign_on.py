"""Single sign-on in a real browser, against the OpenID Connect provider the tests start: the
sign-in page's button, the provider, and back — signed in, or refused with a page that passes
axe-core."""

from __future__ import annotations

import pytest

from tests.access import oidc_provider
from tests.access.oidc_provider import provider_person
from tests.browser.conftest import axe_violations
from tests.clerk.personas import make_user

pytestmark = [pytest.mark.browser]


@pytest.fixture
def provider(live_server, settings, transactional_db):
    yield from oidc_provider.started(live_server.url, settings)


def through_the_provider(page, base, provider_username):
    page.context.add_cookies([{"name": "idp_user", "value": provider_username, "url": base}])
    page.goto(base + "/accounts/login/")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Sign in with Stockton Council account").click()
    page.wait_for_load_state()


def test_a_member_signs_in_with_the_councils_account(page, provider):
    from django.contrib.sessions.backends.db import SessionStore

    ann = make_user("ann", email="ann.member@stockton.gov.uk")
    provider_person("ann@idp", email="ann.member@stockton.gov.uk")
    through_the_provider(page, provider, "ann@idp")
    assert page.url == provider + "/"
    session = next(c["value"] for c in page.context.cookies() if c["name"] == "sessionid")
    assert SessionStore(session_key=session).get("_auth_user_id") == str(ann.pk)


def test_an_unknown_address_is_refused_with_a_clear_page(page, provider):
    provider_person("stranger@idp", email="stranger@elsewhere.example")
    through_the_provider(page, provider, "stranger@idp")
    assert "You cannot sign in to this site with that account" in page.locator("main").inner_text()
    violations = axe_violations(page)
    assert violations == [], violations
