"""Single sign-on by OpenID Connect, end to end: Moot (django-allauth) against a real provider
(django-oauth-toolkit) served over HTTP by the live server — the discovery document, the keys,
the token and the user info are all fetched from it. The person is mapped to a Moot user by the
email address the provider says is verified; no match, no sign-in (and no new account)."""

import html
import re

import pytest
import requests
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore

from tests.access import oidc_provider
from tests.access.oidc_provider import provider_person
from tests.clerk.personas import make_user
from tests.factories import make_body, make_committee, make_membership, make_person


@pytest.fixture
def provider(live_server, settings, transactional_db):
    """The provider, configured in Moot as a council would with MOOT_OIDC_* settings."""
    yield from oidc_provider.started(live_server.url, settings)


def sign_in_with_the_provider(base, provider_username):
    """A browser's journey over HTTP: Moot's sign-in page, its single sign-on button, the
    provider's authorisation, back to Moot. The last response, and the browser's session."""
    browser = requests.Session()
    page = browser.get(base + "/accounts/login/")
    assert "Sign in with Stockton Council account" in page.text
    action = re.search(r'<form method="post" action="([^"]*/oidc/sso/login/[^"]*)"', page.text)
    assert action, "the sign-in page offers single sign-on"
    response = browser.post(
        base + html.unescape(action.group(1)),
        data={"csrfmiddlewaretoken": browser.cookies["csrftoken"]},
        allow_redirects=False,
    )
    assert response.status_code == 302
    assert response.headers["Location"].startswith(base + "/idp/authorize/")
    browser.cookies.set("idp_user", provider_username)
    response = browser.get(response.headers["Location"], allow_redirects=False)
    assert response.status_code == 302
    assert response.headers["Location"].startswith(base + "/accounts/oidc/sso/login/callback/")
    response = browser.get(response.headers["Location"], allow_redirects=False)
    return response, browser


def signed_in_user_id(browser):
    key = browser.cookies.get("sessionid")
    return SessionStore(session_key=key).get("_auth_user_id") if key else None


def test_it_signs_in_the_member_whose_verified_email_the_provider_gives(provider):
    committee = make_committee(make_body(name="Stockton-on-Tees Borough Council"), name="Cabinet")
    member = make_user("ann")
    make_membership(
        make_person(name="Ann Member", user=member, email="Ann.Member@stockton.gov.uk"), committee
    )
    provider_person("a.member@idp", email="ann.member@stockton.gov.uk", name="Ann Member")

    response, browser = sign_in_with_the_provider(provider, "a.member@idp")
    assert response.status_code == 302, response.text
    assert response.headers["Location"] == "/"
    assert signed_in_user_id(browser) == str(member.pk)
    # Later sign-ins go by the provider's id for the person, linked now.
    assert member.socialaccount_set.get().provider == "sso"


def test_it_signs_in_a_clerk_by_the_email_on_their_user(provider):
    from moot.access.models import ClerkRole

    clerk = make_user("clerk", email="clerk@stockton.gov.uk")
    ClerkRole.objects.create(user=clerk, body=make_body(name="Stockton-on-Tees Borough Council"))
    provider_person("clerk@idp", email="clerk@stockton.gov.uk")

    response, browser = sign_in_with_the_provider(provider, "clerk@idp")
    assert response.headers["Location"] == "/clerk/"
    assert signed_in_user_id(browser) == str(clerk.pk)


def test_it_refuses_an_email_no_moot_user_has_and_makes_no_account(provider):
    make_user("ann", email="ann.member@stockton.gov.uk")
    provider_person("stranger@idp", email="stranger@elsewhere.example")
    users = get_user_model().objects.count()

    response, browser = sign_in_with_the_provider(provider, "stranger@idp")
    assert response.status_code == 403
    assert "You cannot sign in to this site with that account" in response.text
    assert "No account on this site has the email address" in response.text
    assert "stranger@elsewhere.example" in response.text
    assert signed_in_user_id(browser) is None
    assert get_user_model().objects.count() == users


def test_it_refuses_an_email_the_provider_has_not_verified(provider):
    make_user("ann", email="ann.member@stockton.gov.uk")
    provider_person("ann@idp", email="ann.member@stockton.gov.uk", email_verified=False)

    response, browser = sign_in_with_the_provider(provider, "ann@idp")
    assert response.status_code == 403
    assert "did not give us a verified email address" in response.text
    assert signed_in_user_id(browser) is None
