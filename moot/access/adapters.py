"""How django-allauth signs people in to Moot.

No one signs themselves up: accounts are made by an administrator (or the demo). Single sign-on
(OpenID Connect) maps the person the identity provider vouches for to a Moot user by their email
address, verified by the provider: the user with that address, or the user linked to the person
(``meetings.Person.email``) with that address. When none or several match, sign-in is refused
with a message saying whom to ask — unless ``MOOT_OIDC_CREATE_USERS`` lets a new user (who sees
only what the public sees until given a role) be made.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings
from django.contrib.auth import get_user_model
from django.shortcuts import render
from django.urls import reverse

if TYPE_CHECKING:
    from allauth.socialaccount.models import SocialLogin
    from django.http import HttpRequest

log = logging.getLogger(__name__)


class AccountAdapter(DefaultAccountAdapter):  # type: ignore[misc]  # allauth ships no types
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "username_password_mismatch": (
            "Enter a correct username and password. Both are case-sensitive."
        ),
    }

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False

    def is_reauthentication_required(self, *, app: str, **kwargs: Any) -> bool:
        """Changing two-factor asks for the password again, except within minutes of signing
        in (as everyone who must have an authenticator is sent to add one, then shown their
        recovery codes): that would ask nothing the sign-in did not just prove."""
        if app == "allauth.mfa" and _signed_in_minutes_ago():
            return False
        return bool(super().is_reauthentication_required(app=app, **kwargs))

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        """Clerks go to the back office, everyone else to the home page."""
        from .policy import viewer_for_user

        if viewer_for_user(request.user).is_clerk:
            return reverse("clerk:dashboard")
        return "/"


def _signed_in_minutes_ago() -> bool:
    """Did the user sign in in this session less than allauth's reauthentication timeout
    (five minutes) ago?"""
    import time

    from allauth.account import app_settings as account_settings
    from allauth.account.internal.flows.login import get_authentication_records
    from allauth.core import context

    request = context.request
    user = getattr(request, "user", None)
    if request is None or user is None or not user.is_authenticated:
        return False
    records = get_authentication_records(request, user)
    return bool(records) and (
        time.time() - float(records[-1]["at"]) < account_settings.REAUTHENTICATION_TIMEOUT
    )


def verified_emails(sociallogin: SocialLogin) -> list[str]:
    """The addresses the identity provider says are the person's and verified (or all it
    gives, where ``MOOT_OIDC_TRUST_EMAIL`` says the provider only gives verified ones)."""
    return [
        address.email.strip()
        for address in sociallogin.email_addresses
        if address.email and (address.verified or settings.OIDC_TRUST_EMAIL)
    ]


def users_with_email(emails: list[str]) -> list[Any]:
    """Active users with one of these addresses, on the user or on their linked person."""
    from django.db.models import Q

    if not emails:
        return []
    by_user = Q()
    by_person = Q()
    for email in emails:
        by_user |= Q(email__iexact=email)
        by_person |= Q(person__email__iexact=email)
    return list(get_user_model().objects.filter(by_user | by_person, is_active=True).distinct())


class SocialAccountAdapter(DefaultSocialAccountAdapter):  # type: ignore[misc]  # allauth ships no types
    def is_open_for_signup(self, request: HttpRequest, sociallogin: SocialLogin) -> bool:
        return bool(settings.OIDC_CREATE_USERS)

    def pre_social_login(self, request: HttpRequest, sociallogin: SocialLogin) -> None:
        """Map a first single sign-on to the Moot user with the same verified address, and
        keep that link (later sign-ins use the provider's id for the person)."""
        if sociallogin.is_existing:
            return
        emails = verified_emails(sociallogin)
        users = users_with_email(emails)
        if len(users) == 1:
            log.info("single sign-on linked to user %s by email", users[0].pk)
            sociallogin.connect(request, users[0])
            return
        if not users and settings.OIDC_CREATE_USERS and emails:
            return  # allauth makes a new user, with no role
        log.warning(
            "single sign-on refused: %d users match %s",
            len(users),
            ", ".join(emails) or "no verified address",
        )
        raise ImmediateHttpResponse(
            render(
                request,
                "access/sso_refused.html",
                {"emails": emails, "several": len(users) > 1},
                status=403,
            )
        )
