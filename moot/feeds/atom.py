"""Atom feeds: the whole site, a committee, a search.

Site and committee feeds carry one entry per publication (an agenda went out, minutes went
out) with the meeting's public items listed. A search feed carries the newest items that
match, found by the search module for the public.
"""

from __future__ import annotations

from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape, format_html, format_html_join

from .events import Event, absolute, site_host

ENTRIES = 50


def tag(key: str) -> str:
    """A stable Atom id for an entry (RFC 4151 tag URI)."""
    return f"tag:{site_host()},2025:{key}"


def feed(title: str, link: str, feed_url: str, description: str, events: list[Event]) -> Atom1Feed:
    atom = Atom1Feed(
        title=title,
        link=absolute(link),
        feed_url=absolute(feed_url),
        description=description,
        language="en-gb",
        feed_guid=tag(f"feed:{feed_url}"),
    )
    for event in events:
        atom.add_item(
            title=event.title,
            link=event.url,
            description=entry_html(event),
            unique_id=tag(event.key),
            unique_id_is_permalink=False,
            pubdate=event.at,
            updateddate=event.at,
            categories=[event.committee.name],
        )
    return atom


def entry_html(event: Event) -> str:
    """The entry's content: when, the snippet for a search match, the items. All escaped."""
    parts: list[str] = [format_html("<p>{}: {}</p>", event.committee.name, event.when)]
    if event.item is not None:
        parts.append(format_html("<p>{}</p>", f"{event.item.reference} {event.item.title}".strip()))
    if event.snippet:
        parts.append(f"<p>{event.snippet}</p>")  # escaped by the search snippets, <mark> kept
    if event.items:
        parts.append(
            format_html(
                "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((str(i),) for i in event.items))
            )
        )
    parts.append(format_html('<p><a href="{}">{}</a></p>', event.url, escape(event.url)))
    return "".join(parts)
