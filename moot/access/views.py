"""Signing out of Moot. Signing in is django-allauth's (``adapters.py``, ``forms.py``)."""

from __future__ import annotations

from django.contrib.auth import views as auth_views


class SignOutView(auth_views.LogoutView):
    """POST only (Django's rule), then back to the home page."""

    next_page = "/"
