"""Sanitised HTML: the one small subset Moot stores and shows for agenda text and minutes.

Paragraphs, line breaks, lists, emphasis, links, simple tables and headings below h2. Anything
else (scripts, styles, Word's ``MsoNormal`` classes, inline styles, images) is stripped.
"""

from __future__ import annotations

import html as _html
import re

import nh3

ALLOWED_TAGS = {
    "p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "u", "a", "blockquote",
    "table", "thead", "tbody", "tr", "th", "td", "h3", "h4", "h5", "h6",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan", "scope"}}
URL_SCHEMES = {"http", "https", "mailto"}

_TAG_RE = re.compile(r"<[^>]+>")
_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def sanitise(fragment: str) -> str:
    """Clean ``fragment`` down to the allowed subset. Idempotent."""
    if not fragment:
        return ""
    cleaned = nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener",
        strip_comments=True,
    )
    return cleaned.strip()


def paragraphs_to_html(blocks: list[str | list[str]]) -> str:
    """Build HTML from plain text blocks: a string is a paragraph, a list is a bullet list."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, list):
            if block:
                out.append("<ul>" + "".join(f"<li>{_html.escape(x)}</li>" for x in block) + "</ul>")
        elif block.strip():
            out.append(f"<p>{_html.escape(block.strip())}</p>")
    return "".join(out)


def to_text(fragment: str) -> str:
    """Plain text of stored HTML: block ends become newlines, entities decoded."""
    if not fragment:
        return ""
    text = re.sub(r"(?i)<br\s*/?>|</(p|li|tr|h\d|blockquote)>", "\n", fragment)
    text = _html.unescape(_TAG_RE.sub("", text))
    lines = (_SPACE_RE.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
