"""Plain text in the clerk's forms, sanitised HTML in the tables.

A clerk types paragraphs separated by blank lines; lines starting "- " or "* " make a bulleted
list. Typing HTML is allowed too (pasted from a report): it is sanitised like everything else.
"""

from __future__ import annotations

import re

from moot.meetings.html import paragraphs_to_html, sanitise, to_blocks

_BULLET = re.compile(r"^\s*[-*•]\s+")
_LOOKS_LIKE_HTML = re.compile(r"<(p|ul|ol|li|strong|em|a|table|br)\b", re.I)


def to_html(text: str) -> str:
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        return ""
    if _LOOKS_LIKE_HTML.search(text):
        return sanitise(text)
    blocks: list[str | list[str]] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line for line in chunk.split("\n") if line.strip()]
        if lines and all(_BULLET.match(line) for line in lines):
            blocks.append([_BULLET.sub("", line).strip() for line in lines])
        else:
            blocks.append(" ".join(line.strip() for line in lines))
    return sanitise(paragraphs_to_html(blocks))


def to_editable(fragment: str) -> str:
    """Stored HTML as the text a clerk edits; HTML as it is when it holds links or tables,
    which plain text cannot keep."""
    if re.search(r"<(a|table|h\d|blockquote)\b", fragment or "", re.I):
        return fragment
    parts = []
    for block in to_blocks(fragment or ""):
        if isinstance(block, list):
            parts.append("\n".join(f"- {entry}" for entry in block))
        else:
            parts.append(block)
    return "\n\n".join(parts)
