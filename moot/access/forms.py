from __future__ import annotations

import logging
from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm

from . import throttle

log = logging.getLogger(__name__)


class SignInForm(AuthenticationForm):
    """Django's sign-in form, refusing a username and address after too many failures."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "Enter a correct username and password. Both are case-sensitive.",
        "locked": (
            "Too many failed attempts to sign in. Wait %(minutes)d minutes and try again, or "
            "ask an administrator to reset your password."
        ),
    }

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username") or ""
        address = throttle.client_address(self.request)
        # The attempt is counted before the password is checked: concurrent guesses each get
        # their own number, and those past the limit are refused unchecked.
        attempt = throttle.reserve(username, address)
        if attempt > throttle.LIMIT:
            log.warning("sign-in refused while locked out: %r from %s", username, address)
            raise forms.ValidationError(
                self.error_messages["locked"],
                code="locked",
                params={"minutes": throttle.LOCK_SECONDS // 60},
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            throttle.record_failure(username, address)
            if attempt == throttle.LIMIT:
                log.warning(
                    "sign-in locked after %d failures: %r from %s", attempt, username, address
                )
            raise
        throttle.clear(username, address)
        return cleaned
