from allauth.account import views as account_views
from django.urls import include, path

from . import views

# Moot's sign-out (POST only) stands before django-allauth's pages: sign-in, two-factor
# (authenticator app, recovery codes, security keys) and single sign-on. Sign-up is closed.
urlpatterns = [
    path("login/", account_views.login, name="login"),
    path("logout/", views.SignOutView.as_view(), name="logout"),
    path("", include("allauth.urls")),
]
