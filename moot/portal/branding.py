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
