"""The agenda front sheet, as a web page and as a tagged PDF, from one template."""

from __future__ import annotations

from moot import site
from moot.meetings.models import Meeting

from . import render
from .agenda import Agenda, agenda, public_viewer

TEMPLATE = "papers/frontsheet.html"


def context(sheet: Agenda, *, site_url: str | None = None) -> dict:
    return {
        "agenda": sheet,
        "meeting": sheet.meeting,
        "title": sheet.title,
        "site_url": site.site_url() if site_url is None else site_url,
        "accent": sheet.body.accent_colour,
    }


def public_front_sheet(meeting: Meeting, *, supplement: bool | None = False) -> Agenda:
    return agenda(meeting, public_viewer(), supplement=supplement)


def html(sheet: Agenda, *, site_url: str | None = None) -> str:
    return render.html(TEMPLATE, context(sheet, site_url=site_url))


def printed_context(sheet: Agenda, *, site_url: str | None = None) -> dict:
    """The front sheet printed on its own: it numbers its own pages."""
    return {**context(sheet, site_url=site_url), "numbered": True}


def pdf(sheet: Agenda, *, site_url: str | None = None) -> bytes:
    """The front sheet alone, tagged PDF/UA. One WeasyPrint layout (~0.1 s)."""
    return render.write(
        render.document(render.html(TEMPLATE, printed_context(sheet, site_url=site_url)))
    )
