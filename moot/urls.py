from django.conf import settings
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("moot.access.urls")),
    path("clerk/", include("moot.clerk.urls")),
    path("oparl/v1/", include("moot.api.urls")),
    path("", include("moot.search.urls")),
    path("", include("moot.documents.urls")),
    path("", include("moot.portal.urls")),
    path("", include("moot.feeds.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
