"""The routes the papers tests need: the public site (meeting pages, downloads, feeds it links
to) and the front sheet; not the back office."""

from django.urls import include, path

urlpatterns = [
    path("", include("moot.search.urls")),
    path("", include("moot.documents.urls")),
    path("", include("moot.portal.urls")),
    path("", include("moot.feeds.urls")),
    path("", include("moot.executive.notice_urls")),
    path("", include("moot.executive.plan_urls")),
    path("", include("moot.interests.urls")),
]
