"""HTML templates to tagged PDF, with WeasyPrint.

Every page Moot prints comes through here: the same Django templates that serve the HTML
front sheet, rendered as PDF/UA-1 (tagged, with a title and a language). WeasyPrint may
read only local files (the body's logo in media storage) and ``data:`` URLs, never the
network, so a link in an agenda can never make the server fetch anything.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string

PDF_VARIANT = "pdf/ua-1"
LANGUAGE = "en-GB"


class FetchRefused(ValueError):
    """WeasyPrint asked for something outside media storage."""


def _local_only(url: str, timeout: int = 10, ssl_context=None):
    from weasyprint import default_url_fetcher

    if url.startswith("data:"):
        return default_url_fetcher(url, timeout=timeout, ssl_context=ssl_context)
    if url.startswith("file://"):
        media = Path(settings.MEDIA_ROOT).resolve()
        path = Path(url.removeprefix("file://")).resolve()
        if path.is_relative_to(media):
            return default_url_fetcher(url, timeout=timeout, ssl_context=ssl_context)
    raise FetchRefused(f"papers may not fetch {url}")


def html(template: str, context: dict) -> str:
    context = {"lang": LANGUAGE, **context}
    return render_to_string(template, context)


def document(markup: str, *, tagged: bool = True):
    """Lay ``markup`` out into pages (a WeasyPrint ``Document``). Costs the layout, not the PDF."""
    from weasyprint import HTML

    options = {"pdf_variant": PDF_VARIANT} if tagged else {}
    return HTML(string=markup, url_fetcher=_local_only, base_url=str(settings.MEDIA_ROOT)).render(
        **options
    )


def write(laid_out, *, tagged: bool = True) -> bytes:
    """The PDF bytes of a laid-out document; tagged PDF/UA-1 unless ``tagged`` is False."""
    options = {"pdf_variant": PDF_VARIANT} if tagged else {}
    return laid_out.write_pdf(**options)


def pdf(template: str, context: dict) -> bytes:
    """Render ``template`` to a tagged PDF/UA-1 file. Its title is the template's <title>."""
    return write(document(html(template, context)))


def page_of_anchor(laid_out, anchor: str) -> int | None:
    """Index of the page on which the element with id ``anchor`` starts, if any."""
    for index, page in enumerate(laid_out.pages):
        if anchor in page.anchors:
            return index
    return None
