"""Sends anyone who must use two-factor sign-in, and has not set it up, to set it up."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from .twofactor import has_second_factor, must_use_two_factor

# Where such a user may still go: setting up two-factor, signing out, and static files.
_OPEN = ("/accounts/", "/static/", "/favicon.ico")
_SESSION_KEY = "moot_two_factor_ok"


class TwoFactorRequiredMiddleware:
    """A signed-in clerk, member or administrator without an authenticator reaches no page
    (none can show exempt material) but the set-up pages under /accounts/. Checked once per
    session when it passes (up to three queries); removing an authenticator asks again
    (``forget_two_factor_check``)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            settings.TWO_FACTOR_REQUIRED
            and user is not None
            and user.is_authenticated
            and request.session.get(_SESSION_KEY) != user.pk
            and not request.path.startswith(_OPEN)
        ):
            if must_use_two_factor(user) and not has_second_factor(user):
                return HttpResponseRedirect(reverse("mfa_activate_totp"))
            request.session[_SESSION_KEY] = user.pk
        return self.get_response(request)


def forget_two_factor_check(request: HttpRequest | None, **kwargs: object) -> None:
    """An authenticator was removed: check again on the next page."""
    if request is not None and hasattr(request, "session"):
        request.session.pop(_SESSION_KEY, None)
