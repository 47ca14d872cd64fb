"""Signing in and out of the back office (Django's views, our form and templates)."""

from __future__ import annotations

from django.contrib.auth import views as auth_views

from .forms import SignInForm


class SignInView(auth_views.LoginView):
    template_name = "access/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = False

    def get_default_redirect_url(self) -> str:
        """Clerks go to the back office, everyone else to the home page (no settings needed)."""
        from django.urls import reverse

        from .policy import viewer_for_user

        if viewer_for_user(self.request.user).is_clerk:
            return reverse("clerk:dashboard")
        return "/"


class SignOutView(auth_views.LogoutView):
    """POST only (Django's rule), then back to the home page."""

    next_page = "/"
