from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

# The admin signs in through Moot's own sign-in, so its two-factor and lock-out apply there too.
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]

urlpatterns: list[URLPattern | URLResolver] = [
    path("admin/", admin.site.urls),
    path("accounts/", include("moot.access.urls")),
    path("clerk/", include("moot.clerk.urls")),
    path("oparl/v1/", include("moot.api.urls")),
    path("", include("moot.search.urls")),
    path("", include("moot.documents.urls")),
    path("", include("moot.portal.urls")),
    path("", include("moot.feeds.urls")),
    path("", include("moot.executive.notice_urls")),
    path("", include("moot.executive.plan_urls")),
    path("", include("moot.interests.urls")),
]

# Moot's own error pages, in the body's brand (see moot.portal.errors).
handler404 = "moot.portal.errors.page_not_found"
handler500 = "moot.portal.errors.server_error"

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
