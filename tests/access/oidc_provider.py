"""An OpenID Connect provider for the single sign-on tests: django-oauth-toolkit with OIDC
on, mounted by this URLconf (Moot's own URLs, and the provider under /idp/) — never by Moot's.

The provider is another organisation's identity service: the person it vouches for is one of
its users (signed in to it by an ``idp_user`` cookie, standing in for its own sign-in page),
whose claims (email, email_verified, name) the test sets in ``IDENTITIES``."""

from __future__ import annotations

from collections.abc import Iterator

from django.contrib.auth import get_user_model
from django.urls import include, path
from jwcrypto import jwk
from oauth2_provider.oauth2_validators import OAuth2Validator
from oauth2_provider.views import AuthorizationView

from moot.urls import urlpatterns as moot_urlpatterns

CLIENT_ID = "moot-council"
CLIENT_SECRET = "a secret shared by the council and its provider"

# The provider's username → the claims it gives about that person.
IDENTITIES: dict[str, dict[str, object]] = {}


class Validator(OAuth2Validator):
    def get_additional_claims(self, request):
        return dict(IDENTITIES.get(request.user.username, {}))


class SignedInToTheProvider(AuthorizationView):
    """The provider's authorisation page, for the person signed in to the provider."""

    def dispatch(self, request, *args, **kwargs):
        username = request.COOKIES.get("idp_user")
        if username:
            request.user = get_user_model().objects.get(username=username)
        return super().dispatch(request, *args, **kwargs)


urlpatterns = [
    path("idp/authorize/", SignedInToTheProvider.as_view()),
    path("idp/", include("oauth2_provider.urls", namespace="oauth2_provider")),
    *moot_urlpatterns,
]


def started(base_url: str, settings) -> Iterator[str]:
    """Serve the provider at ``base_url``/idp (the live server, with this URLconf), register
    Moot with it, and configure Moot to use it as a council would (MOOT_OIDC_*)."""
    from oauth2_provider.models import get_application_model

    settings.ROOT_URLCONF = "tests.access.oidc_provider"
    settings.OAUTH2_PROVIDER = {
        "OIDC_ENABLED": True,
        "OIDC_RSA_PRIVATE_KEY": jwk.JWK.generate(kty="RSA", size=2048)
        .export_to_pem(private_key=True, password=None)
        .decode(),
        "OAUTH2_VALIDATOR_CLASS": "tests.access.oidc_provider.Validator",
        "SCOPES": {"openid": "OpenID Connect", "profile": "Profile", "email": "Email"},
        "PKCE_REQUIRED": True,
    }
    settings.SOCIALACCOUNT_PROVIDERS = {
        "openid_connect": {
            "OAUTH_PKCE_ENABLED": True,
            "APPS": [
                {
                    "provider_id": "sso",
                    "name": "Stockton Council account",
                    "client_id": CLIENT_ID,
                    "secret": CLIENT_SECRET,
                    "settings": {"server_url": base_url + "/idp"},
                }
            ],
        }
    }
    get_application_model().objects.create(
        name="Moot",
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        client_type="confidential",
        authorization_grant_type="authorization-code",
        redirect_uris=base_url + "/accounts/oidc/sso/login/callback/",
        algorithm="RS256",
        skip_authorization=True,
    )
    IDENTITIES.clear()
    yield base_url
    IDENTITIES.clear()


def provider_person(username: str, **claims: object) -> None:
    """A person known to the provider (a user of its own, not of Moot's)."""
    from tests.clerk.personas import make_user

    make_user(username)
    IDENTITIES[username] = {"email_verified": True, **claims}
