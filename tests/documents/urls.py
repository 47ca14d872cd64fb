"""The routes the papers tests need: the portal (for meeting links) and the front sheet."""

from django.urls import include, path

urlpatterns = [
    path("", include("moot.documents.urls")),
    path("", include("moot.portal.urls")),
]
