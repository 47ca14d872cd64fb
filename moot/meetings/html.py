"""Sanitised HTML: the one small subset Moot stores and shows for agenda text and minutes.

Paragraphs, line breaks, lists, emphasis, links, simple tables and headings below h2. Anything
else (scripts, styles, Word's ``MsoNormal`` classes, inline styles, images) is stripped.
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Sequence

import nh3

ALLOWED_TAGS = {
    "p",
    "br",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "a",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "h3",
    "h4",
    "h5",
    "h6",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
URL_SCHEMES = {"http", "https", "mailto"}

_TAG_RE = re.compile(r"<[^>]+>")
_BLOCK_END_RE = re.compile(r"(?i)<br\s*/?>|</(p|li|tr|h\d|blockquote)>")
_SPACES = r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]"
# A run of spaces, tabs and other blanks that is not already one plain space: one space after
# another, or a run opening with a blank other than a space. (Matching single spaces too gives
# the same text, replacing every gap between words by itself: a third slower on prose.)
_SPACE_RE = re.compile(rf" {_SPACES}+|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]{_SPACES}*")


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


def paragraphs_to_html(blocks: Sequence[str | list[str]]) -> str:
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
    """Plain text of stored HTML: block ends become newlines, entities decoded, runs of spaces
    one space, blank lines left out. (Spaces are joined over the whole text at once, not line
    by line: a rebuild of the search index converts every item's text.)"""
    if not fragment:
        return ""
    text = _html.unescape(_TAG_RE.sub("", _BLOCK_END_RE.sub("\n", fragment)))
    lines = [line.strip() for line in _SPACE_RE.sub(" ", text).splitlines()]
    return "\n".join(line for line in lines if line)


def to_blocks(fragment: str) -> list[str | list[str]]:
    """Stored HTML as blocks of plain text: a paragraph is a string, a list is a list of strings."""
    if not fragment:
        return []
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except Exception:
        return [to_text(fragment)]
    blocks: list[str | list[str]] = []
    loose: list[str] = []

    def flush() -> None:
        text = _SPACE_RE.sub(" ", " ".join(loose)).strip()
        if text:
            blocks.append(text)
        loose.clear()

    if root.text and root.text.strip():
        loose.append(root.text)
    for child in root:
        if child.tag in ("ul", "ol"):
            flush()
            entries = [_SPACE_RE.sub(" ", li.text_content()).strip() for li in child.iter("li")]
            blocks.append([e for e in entries if e])
        elif child.tag in ("p", "h3", "h4", "h5", "h6", "blockquote", "table"):
            flush()
            loose.append(child.text_content())
            flush()
        else:
            loose.append(child.text_content())
        if child.tail and child.tail.strip():
            loose.append(child.tail)
    flush()
    return blocks
