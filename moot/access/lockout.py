"""Locking out repeated sign-in failures, by django-axes (settings: ``AXES_*``).

Failures are counted per username and address together: after ``MOOT_SIGN_IN_FAILURE_LIMIT``
of them the pair is refused, even with the right password, for ``MOOT_SIGN_IN_LOCK_MINUTES``
(so guessing is slow without letting anyone lock a clerk out from every address). Axes keeps
the count in the database (``axes.AccessAttempt``), shared by every app server; an
administrator lifts a lock in the admin (Axes › Access attempts) or with ``moot axes_reset``.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def username(request: HttpRequest, credentials: dict[str, Any] | None = None) -> str:
    """The username tried: from the credentials Django checks, or the sign-in form's field."""
    if credentials and credentials.get("username"):
        return str(credentials["username"]).strip().lower()
    return str(request.POST.get("login", "")).strip().lower()


def client_address(request: HttpRequest) -> str:
    """The address the request came from. Only REMOTE_ADDR: forwarded headers can be forged
    (a proxy in front should set REMOTE_ADDR itself)."""
    return str(request.META.get("REMOTE_ADDR", ""))


def lock_minutes() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def locked_out(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict[str, Any] | None = None,
) -> HttpResponse:
    """The page a locked-out sign-in gets: what happened and what to do (429)."""
    response = render(request, "access/locked_out.html", {"minutes": lock_minutes()}, status=429)
    response["Cache-Control"] = "private, no-store"
    return response
