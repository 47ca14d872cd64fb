"""The error pages: page not found, and the server error page, in the body's brand.

The page-not-found page is the same for every reader not signed in (it names nothing of the
address asked for), so for them it is drawn once per content version and site and kept
(``cache.part``): a crawler or a scan asking for thousands of missing addresses costs a
cache read each, not a render.

Django's own handler draws ``500.html`` without any context; this one gives it the site's
brand. Whatever failed may be the database itself, so the brand is read with care and the page
is drawn without it (in the site's own name) when it cannot be read.
"""

from __future__ import annotations

import logging

from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template.loader import render_to_string

from . import cache
from .branding import brand_of, site_brand

logger = logging.getLogger(__name__)

FALLBACK = (
    "<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
    "<title>Sorry, there is a problem with the service</title></head><body><main>"
    "<h1>Sorry, there is a problem with the service</h1><p>Try again later.</p>"
    "<p><a href='/'>Go to the list of meetings</a></p></main></body></html>"
)


def server_error(request, template_name: str = "500.html"):
    try:
        brand = site_brand(request)
    except Exception:  # the error page must stand whatever went wrong
        logger.warning("The error page could not read the site's brand", exc_info=True)
        brand = brand_of(None)
    try:
        html: str = render_to_string(template_name, {"brand": brand})
    except Exception:
        logger.warning("The error page could not be drawn", exc_info=True)
        html = FALLBACK
    return HttpResponseServerError(html)


def page_not_found(request, exception=None, template_name: str = "404.html"):
    def make() -> str:
        return render_to_string(template_name, request=request)

    html = cache.part(request, "page-not-found", make) if cache.anonymous(request) else make()
    return HttpResponseNotFound(html)
