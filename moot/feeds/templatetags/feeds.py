"""Feed links and the alert form, for the public site's templates.

``{% load feeds %}{% feed_links committee %}`` puts ``<link rel="alternate">`` tags for the
site's (and, given one, the committee's) Atom and iCalendar feeds into a page's head.
"""

from __future__ import annotations

from html import unescape

from django import template
from django.utils.html import strip_tags

register = template.Library()


@register.inclusion_tag("feeds/alternate_links.html")
def feed_links(committee=None, query: str = ""):
    return {"committee": committee, "query": query}


@register.filter
def plain(html: str) -> str:
    """A snippet's escaped HTML as plain text, for the text part of an email."""
    return unescape(strip_tags(str(html or "")))
