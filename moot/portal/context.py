"""Template context every page gets: the site's name and branding."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from moot.site import site_url

from .branding import site_brand


def site(request):
    return {
        "site_name": settings.SITE_NAME,
        "site_url": site_url(request),
        "demo_site": settings.DEMO_SITE,
        # Pages about one body put its brand in their own context; every other page carries
        # the site's body's (read only when the page draws it).
        "brand": SimpleLazyObject(lambda: site_brand(request)),
    }
