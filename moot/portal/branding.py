"""Each body's colours on the public site, and the contrast rule they must meet.

The header prints white text on the body's accent colour, so the colour must reach the WCAG
2.2 AA contrast ratio for normal text (4.5:1) against white. A colour that does not, or is not
a ``#rrggbb`` hex value, is replaced by the default when the page is drawn, and the system
check ``moot.W001`` names it so the operator can fix it.
"""

from __future__ import annotations

import re

DEFAULT_ACCENT = "#1d5c8c"
MINIMUM_CONTRAST = 4.5
_HEX_RE = re.compile(r"^#[0-9a-fA-F]{6}$")


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour, 0 (black) to 1 (white)."""
    if not _HEX_RE.match(colour or ""):
        raise ValueError(f"{colour!r} is not a #rrggbb colour")
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(foreground: str, background: str = "#ffffff") -> float:
    """WCAG contrast ratio between two ``#rrggbb`` colours, from 1 to 21."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def accent_problem(colour: str) -> str | None:
    """Why ``colour`` cannot be a header colour under white text, or None if it can."""
    if not _HEX_RE.match(colour or ""):
        return f"{colour!r} is not a #rrggbb colour"
    ratio = contrast_ratio(colour)
    if ratio < MINIMUM_CONTRAST:
        return f"{colour} has a contrast ratio of {ratio:.2f}:1 with white (needs {MINIMUM_CONTRAST}:1)"
    return None


def safe_accent(colour: str) -> str:
    """``colour`` if white text on it is legible, else the default accent."""
    return colour.lower() if accent_problem(colour) is None else DEFAULT_ACCENT


# The brand every page carries --------------------------------------------------------------


def brand_of(body) -> dict:
    """What the header shows for ``body``: its name, logo and (legible) accent colour; the
    site's own name and the default colour when there is no body."""
    from django.conf import settings

    if body is None:
        return {"name": settings.SITE_NAME, "logo": "", "accent": DEFAULT_ACCENT}
    return {
        "name": body.name,
        "logo": body.logo.url if body.logo else "",
        "accent": safe_accent(body.accent_colour),
    }


def site_body(request=None):
    """The body a page belongs to when it names none (search, people, alerts, sign-in, the
    back office): the one body a signed-in clerk runs, else the site's only body; None when
    there are several. One query."""
    from moot.meetings.models import Body

    bodies = Body.objects.order_by("pk")
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        from moot.access.policy import viewer_for

        clerk_of = viewer_for(request).clerk_of
        if clerk_of:
            bodies = bodies.filter(pk__in=clerk_of)
    found = list(bodies[:2])
    return found[0] if len(found) == 1 else None


def site_brand(request=None) -> dict:
    """The brand of a page that names no body (see ``site_body``)."""
    return brand_of(site_body(request))


def site_title() -> str:
    """The name feeds and calendars carry: the site's only body, else the site's name."""
    return site_brand()["name"]
