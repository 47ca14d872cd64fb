"""An OpenID Connect provider for the single sign-on tests: django-oauth-toolkit with OIDC
on, mounted by this URLconf (Moot's own URLs, and the provider under /idp/) — never by Moot's.

The provider is another organisation's identity service: the person it vouches for is one of
its users (signed in to it by an ``idp_user`` cookie, standing in for its own sign-in page),
whose claims (email, email_verified, name) the test sets in ``IDENTITIES``."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.urls import include, path
from oauth2_provider.oauth2_validators import OAuth2Validator
from oauth2_provider.views import AuthorizationView

from moot.urls import urlpatterns as moot_urlpatterns

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
