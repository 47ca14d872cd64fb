"""Who must sign in with a second factor, and whether they have one.

Anyone who can read exempt material must: administrators, clerks (``ClerkRole``), Monitoring
Officers (``MonitoringOfficerRole``) and members (a person linked to the user). Everyone else may add one (Account › Two-factor). The rule is
enforced by ``middleware.TwoFactorRequiredMiddleware``; the code itself is asked at sign-in
by django-allauth for anyone who has an authenticator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from allauth.mfa.models import Authenticator
from django.conf import settings

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from django.contrib.auth.models import AnonymousUser


def must_use_two_factor(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Can this user read exempt material (so must have a second factor)? Up to two queries."""
    if not settings.TWO_FACTOR_REQUIRED or not user.is_authenticated:
        return False
    from moot.access.models import ClerkRole, MonitoringOfficerRole
    from moot.meetings.models import Person

    if getattr(user, "is_superuser", False) or getattr(user, "is_staff", False):
        return True
    if ClerkRole.objects.filter(user_id=user.pk).exists():
        return True
    if MonitoringOfficerRole.objects.filter(user_id=user.pk).exists():
        return True
    return Person.objects.filter(user_id=user.pk).exists()


def has_second_factor(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Has the user set up an authenticator app or a security key? One query."""
    return bool(
        Authenticator.objects.filter(
            user_id=user.pk, type__in=[Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]
        ).exists()
    )
