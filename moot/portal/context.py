"""Template context every page gets: the site's name and branding."""

from django.conf import settings


def site(request):
    return {
        "site_name": settings.SITE_NAME,
        "site_url": settings.SITE_URL,
        "demo_site": getattr(settings, "DEMO_SITE", False),
    }
