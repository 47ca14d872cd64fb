"""A bare Django site of one view, served by the pages bench exactly as Moot is (gunicorn, the
same workers), so each page's speed is read as a ratio to what Django itself costs on this
machine in the same run: ``gunicorn bench.bare_site:application``."""

from __future__ import annotations

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="bench-bare-site",
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
    )

PAGE = b"<!DOCTYPE html><html lang='en-GB'><title>Bare</title><p>" + b"x" * 2000 + b"</p></html>"


def bare(request):
    return HttpResponse(PAGE)


urlpatterns = [path("", bare)]

application = get_wsgi_application()
